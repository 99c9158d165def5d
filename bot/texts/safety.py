"""What a citizen should do at once in an emergency, by its kind (nlp.urgent: the hazard a message
tells of), told with the first answer to an urgent report before anything about the ticket. Plain
text in HTML parse mode: only the county's gas hotline, from the config, is put in (escaped)."""

from __future__ import annotations

from bot.render import esc

# hazard (nlp.urgent.Emergency.hazard) → what to do now; "rescue" and "" get the numbers alone,
# "ledge" (a rescue at a height's edge: nlp.urgent_height) the advice of "height".
_ADVICE = {
    "fire": ("发生火灾请立即拨打 119。马上离开着火的地方，走楼梯，<b>不要乘电梯</b>；"
             "用湿毛巾或湿布捂住口鼻，弯腰低姿撤离；已经离开的不要再回去取东西。"
             "液化气罐、煤气罐着火时<b>不要去搬动它</b>，人员远离，等消防员处置。"),
    "medical": ("有人受伤或病危请立即拨打 120，说清楚地址和病人情况；不要随意搬动伤者，"
                "保持呼吸通畅，按急救人员在电话里的指导处置，派人到路口接救护车。"),
    "water": ("有人落水请立即拨打 110 或 119；不会游泳不要下水救人，"
              "可以向落水的人抛救生圈、绳子、竹竿或能漂浮的东西。"
              "救上岸后如果没有呼吸、叫不醒，请马上拨打 120，清除口鼻里的泥沙杂物，"
              "立即做人工呼吸和胸外按压（心肺复苏），一直做到急救人员赶到。"),
    "flood": ("水进屋请尽快转移到高处，先拉下电闸；远离积水深处、下水道口和电线杆；"
              "被水围困请拨打 110 或 119。"),
    "power": ("有人触电请先拉下电闸、切断电源，<b>不要直接用手去拉触电的人</b>，"
              "可以用干燥的木棍挑开电线，然后拨打 120；电线掉在地上请远离 10 米以上，拨打 95598。"),
    "lift": ("被困电梯请不要扒门、撬门，按电梯里的警铃或拨打电梯里贴着的救援电话，"
             "也可以拨打 119；保持冷静，等待救援。"),
    # The first line already says 有人身危险…拨打 110: this says what to do besides.
    "violence": ("先到安全的地方，锁好门，不要和对方正面冲突，看清对方的样子和去向，"
                 "有车的记下车牌号、车型和颜色，尽快报警。"
                 "有人受伤流血请同时拨打 120，用干净的布按住伤口止血。"),
    # Someone taken away: the police first, and what helps them find the vehicle and the person.
    "abduction": ("请<b>立即拨打 110</b>，说清楚是在哪里、几点被带走的，车的颜色、车型、车牌号"
                  "（记得几位也要说）和往哪个方向走了；说清楚被带走的人的长相、年龄和穿的衣服。"
                  "手机保持开机，随时接听警方电话；<b>不要一个人开车去追</b>。"),
    # Someone missing (an elder who went out, a child not back): reported at once, no waiting.
    "missing": ("请<b>立即拨打 110</b> 报警，<b>不需要等满 24 小时</b>。准备一张近期照片，"
                "说清楚走失的人的长相、穿的衣服、最后出现的时间和地点；"
                "发动家人和邻居去他（她）常去的地方找，家里留一个人守着，手机保持开机。"),
    # Someone else at a height's edge (a child outside a balcony railing, on a window sill): the
    # writer is a witness, not a person at risk; startling the one at the edge is what kills.
    "height": ("有人在高处边缘很危险，请<b>立即拨打 110 和 119</b>，说清楚哪栋楼、几楼、在哪一面。"
               "<b>不要大声喊叫，不要吓着他（她）</b>，也不要突然冲过去拽，以免受惊失手掉下去；"
               "尽快让他（她）的家人或能进屋的大人赶过去，从屋里轻声叫他（她）、慢慢把人接回屋里。"
               "楼下留人看着位置、给消防员指路，其他人不要站在正下方围观起哄。"),
    "crash": ("发生交通事故请拨打 122 或 110，有人受伤拨打 120；打开危险报警闪光灯，"
              "人员撤到路边护栏外安全的地方，不要随意搬动伤者。"),
    "fumes": ("闻到刺鼻气味或有毒气体泄漏，请立即往上风方向远离，用湿毛巾捂住口鼻，"
              "到安全的地方拨打 119。屋里一氧化碳报警器响、有人头晕头痛或恶心，"
              "请马上打开门窗通风，熄灭炉火，把人带到屋外空气新鲜的地方，有人不适请拨打 120。"),
    "collapse": ("房屋倒塌请立即远离，不要贸然进去救人，以免再次坍塌；"
                 "马上拨打 119 和 120，说清楚里面可能有几个人。"),
    "site": ("工地有人被埋或坠落，请立即拨打 119 和 120，不要贸然进入坍塌或危险的地方，"
             "先让工地停工。"),
    "vessel": "锅炉或压力容器有爆炸危险，请立即远离，不要靠近操作，疏散周围的人，拨打 119。",
    "bite": ("被蛇咬伤请保持安静、少走动，让伤口低于心脏，摘下戒指、手镯；<b>不要用嘴吸伤口，也不要切开</b>，"
             "记住蛇的样子，立即拨打 120，尽快到能注射抗蛇毒血清的医院。"),
    "animal": ("被狗、猫等动物咬伤请先按压止血，用肥皂水和流动的清水冲洗伤口约 15 分钟，"
               "尽快到医院处理伤口、接种狂犬病疫苗；出血多请拨打 120。"),
}


def safety_advice(hazard: str, gas_hotline: str = "") -> str:
    """What to do now about an emergency of this kind, or "" when none is known for it."""
    if hazard == "gas":
        call = f"燃气抢修 {esc(gas_hotline)} 或 119" if gas_hotline else "119"
        return ("燃气泄漏请立即离开现场：不要开关电灯电器、不要点火，也不要在屋里打电话；"
                f"能顺手就打开门窗，到室外安全的地方再拨打{call}。")
    return _ADVICE.get("height" if hazard == "ledge" else hazard, "")


# Words for a person at risk (nlp.urgent_taken: someone about to end their life), instead of the
# numbers and advice for a hazard: not alone, the numbers now, the crisis line, stay with someone,
# and that the county has it.
_AT_RISK = (
    "💙 <b>您并不孤单，我们看到了您的消息，也很在乎您。</b>",
    "如果您或身边的人现在就有危险，或者已经吃了药、受了伤，请立即拨打 <b>110</b>（报警）或 "
    "<b>120</b>（急救）。",
    "想找人说说心里话，可以拨打 <b>12356</b>：这是全国统一的心理援助热线，有专业人员倾听，和您一起想办法。",
    "请不要一个人待着，现在就找一位信任的家人、朋友或邻居陪在身边；先离开桥边、楼顶、水边这些地方，"
    "把药物、刀具、绳子放到够不着的地方。",
    "如果说这些话的是您身边的人，请陪着他（她），不要让他（她）一个人待着，耐心听他（她）说。",
    "县里已经收到您的消息，已作为<b>紧急</b>情况立即转交处理。本平台不能代替紧急电话。",
)


def emergency_first(hazard: str, gas_hotline: str = "") -> list[str]:
    """The lines an urgent answer starts with: the numbers to call, what to do now, and that the
    report is marked urgent (then a blank line before what is said of the ticket); for a person
    at risk ("despair"), words for them instead."""
    if hazard == "despair":
        return [*_AT_RISK, ""]
    lines = ["⚠️ <b>如果有人身危险，请立即拨打 110（报警）、119（火警）、120（急救）！</b>"]
    if advice := safety_advice(hazard, gas_hotline):
        lines.append(advice)
    return [*lines, "本平台不能代替紧急电话。您的反映已标记为<b>紧急</b>，会优先处理。", ""]


def at_risk_again(chased: str) -> str:
    """The answer to a press or a retelling of a person at risk's ticket (`chased`: where the
    ticket stands): the words for them again first, in the language of the new message."""
    return "\n".join([*_AT_RISK[:-1], "", chased])


from bot.texts import safety_en  # noqa: E402  (the twins wrap what is defined above)
from bot.texts.twins import twin  # noqa: E402

twin(globals(), safety_en)
