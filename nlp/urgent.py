"""Emergencies: a named emergency, or a hazard with a person in danger now.

Callers to 110/119/120 often do not name the emergency ("楼道里全是烟，里面还有人"), so besides the
phrases that name one (救命, 着火, 溺水 …) a message is urgent when it describes

- an acute hazard (smoke, gas, water coming in, a live wire, a crash, a collapse or a machine, a
  weapon or blows, a body in crisis, a birth, a fall, someone missing) close to a person in danger
  (inside, trapped, unable to move or breathe, bleeding, unconscious) or to words of the moment
  (现在, 快来, 怎么办), or
- a vulnerable person (a child, an elder, a pregnant woman, anyone) close to a person in danger.

A cry of 40 characters or fewer takes less weight of signs than a longer message (a hazard and
the moment: 刚才路口两辆车撞到一块了), unless it thanks someone.

`assess` also says what an urgent message is about, so that the router can send a call (≤ 120
characters; a longer letter keeps its keywords' unit) to whoever acts on it: a body in crisis or a
limb caught in a machine to health, an attack happening now, someone missing or about to end their
life or vehicles that collided to the police, gas or a collapse on a building site to housing,
someone in a lift or on a ride to market, a flood (a dike, water pouring in) to the water bureau,
a live wire or socket holding someone or sparking near people to power, a chemical cloud to
ecology (smoke with no flame from a chemical source, an ammonia tank), a boiler or pressure vessel
about to burst to market, a farm machine that pinned or caught someone to health, an animal loose
and attacking with no one bleeding yet or a driver still driving recklessly to the police, and a
house fallen in on someone (not on a building site) to the hotline.

Recall comes first: a false alarm costs a reminder, a miss can cost a life. A routine complaint
stays routine: a described hazard told as a recurring or past matter (天天, 好几个月, 去年) with
nothing happening now is not an emergency, and "没有人受伤" cancels the cue it negates; so do a
threat told after the fact, a what-if (有人掉进去怎么办), what follows the cue (烧没了, 住了院,
已经好几天了), a thing as its subject (站牌被车撞倒), someone unreachable who took or owes money,
and a sick animal with no person near. One sign of a person in danger (出不来, 一动不动) takes a
second sign, or a second word of its kind, to make an emergency: alone it may be a form or a fund.
A letter over 200 characters recounts: a phrase that names an emergency there calls for help only
with the moment around it (刚才, 正在, 快来, 赶紧派人).

The same signs are read in English too (a visitor's "please help, he is not breathing"); a past
or a fear told in English (last year, years ago, worried) is routine like 去年, named or described.

Patterns work on normalised text (nlp.tokenizer.normalize) and are data-like tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.not_now import cancelled, happening
from nlp.urgent_english import ENGLISH_PAST, ROUTING, spelt
from nlp.urgent_road import holding
from nlp.urgent_signs import CHRONIC, GAS, MATTERS, NAMED, NAMED_EACH, NAMED_KINDS, SIGNS, any_of

__all__ = ["CONDUCT", "HAZARD_UNITS", "Emergency", "assess", "recounted", "urgent_cues"]

# The signs of harm (all but who and when): most messages have none, and need no closer look.
# Searched one by one: a union of them all is three times slower (no pattern's prefix helps it).
_HARM = tuple(pattern for kind, _, pattern in SIGNS if kind not in ("person", "now"))
_THINGS = frozenset({"smoke", "blast", "gas", "leak", "water", "power", "traffic", "fall", "lift"})
_URGENT = 3.0  # signs' weight that makes an emergency, with a hazard and one more sign besides who
_CRY = 40  # characters: a cry this short takes less (a hazard and the moment: 2.5), recall first,
_URGENT_CRY = 2.5  # unless it thanks someone (感谢供电所…现在电可足了 is no call for help)
_THANKS = re.compile(r"感谢|谢谢|致敬|表扬|点赞|辛苦了")
_STRETCH = re.compile(r"[^。!?;\n]+[。!?;\n]*")  # sentences; a stretch is one and the next

# A described hazard told as a recurring or past matter: routine, unless something happens now.
_ROUTINE = any_of(
    r"last (year|month|week|night)|(years?|months?|weeks?|days?) ago|\bused to\b|\byesterday\b|"
    r"\b(worried|afraid|scared) (that|about)|\bone day\b|\blast (summer|winter|spring|autumn|time)\b|"
    r"\b(twice|several times|many times|often|usually)\b|"
    r"\b(almost|nearly) (drowned|died|fell|hit|killed|flipped)|\bfor (years|months|ages|a long time)\b|"
    r"\bthis (week|month|year)\b|\bevery (day|night|week|time)\b",
    r"三天两头|隔三差五|好几个(晚上|夜里|早上|星期|礼拜)|好几天|几天了|好几个月|几个月|半年|一年|多年|好几年|天天|每天|每晚|经常|老是|总是|老在|总在|老有|总有|常有|老(追|往|跑)|长期|好久|多次",
    r"整天|成天|一天到晚|没日没夜|白天黑夜|黑天白夜|日夜|昼夜|好几次|好几回|好多次|几次了|出院|好几个人了|处理完|已经解决|没事了",
    r"幸亏|幸好|好在|还好没|没出事|没伤着人|差点|差一点|险些|才(被)?(救|放|弄|拉)?出来",
    # the frame of a complaint about what happened, not a call for help
    r"就不管了|只给了|说法|纠纷|不是(他们|我们|医院)的责任|推卸责任|花了[^,，。]{0,4}(钱|块|元|百|千|万)|赔偿|赔钱|没赔|理赔|赔付|保险公司|医药费|药费|医疗费|报销|住院(?![楼部])|报了警|报过警|认定|调解|血汗钱|花的钱|能报(不|吗|么)|参保|欠(薪|钱|款)|拖欠|补偿|投诉|处理结果|不管不问|怎么申请|补贴|多少钱|费用|工资|合同|离婚|维权|鉴定|等级|评残|残疾证|不承认|不认账",
    r"[两三四五六七八九十几]+(回|次|遍)|好几遍|(摔|撞|掉|栽|伤)[^,，。]{0,2}(好几|好多|不少)(个|人|回)|住了[^,，。]{0,4}(天|周|礼拜|个?月)|该谁(认|负责|出|掏|赔|管)|要回来|要不回来|说理",
    r"去年|上个月|上周|上个?(礼拜|星期)|前几天|前段时间|以前|曾经|之前|那次|一到(晚上|夏天|冬天|下雨)|每到|每逢|一(刮风|起风|下雨|下雪|打雷|阴天|变天)就",
    # what a school made of it afterwards: 老师说是闹着玩的
    r"(老师|学校|校长|班主任|园长|医院)((就|只|还|却|都)?说(没事|不要紧|没啥)|(就|只|还|却|都)说|(也|都)?不(说|管|问|处理))|闹着玩",
    # a danger feared for a season to come, asked about while there is none
    r"到了汛期|汛期(来|到)|(马上|快|就要|快要|眼看)(到)?了?汛期|到时候|趁(现在|着)|再(来|下)(一)?场[^,，。]{0,2}雨",
    r"(迟早|早晚|总有一天|哪天|哪一天)[^,，。]{0,3}(出(事|大事|人命)|(塌|倒|垮|掉))|(掉|摔|栽|跌|落)(进|下|到)?(去|来)?过(?!来|去)|并发症|医疗事故|耽误(了|的)|(怕|担心)[^,，。]{0,4}(顶不住|扛不住|撑不住)",
    # safety advice to everyone, not a call: 一定要注意防止…, 请大家相互提醒
    r"一定要注意|注意防(止|范)|请大家|相互提醒|温馨提示|小常识|小知识",
    # a question about procedure: 上户口要啥材料, 这算不算工伤
    r"材料|手续|怎么办理|算不算|能不能(报|办|申请)|工伤|上户口|狂犬(疫苗|针)|打疫苗|归谁管|(咋|怎么|如何|去哪|在哪|哪里)申请|有没有(培训|补贴|政策|名额)|想学",
    # the lasting aftermath of an illness or an accident: 中风后半边身子不能动
    r"(中风|脑梗|脑血栓|脑出血|偏瘫|车祸|手术|骨折)(以|之)?后(?![面边头门院山窗])",
    MATTERS,  # a long illness diagnosed, a burial, a betrothal gone wrong
    # smoke of burning in the open, a burst tyre: a nuisance or damage, nobody in danger
    r"(烧|焚烧)(秸秆|麦秸|稻草|垃圾|树叶|荒草|电线|电缆|线皮|塑料|轮胎)|(烧|焚烧)的?废|烟囱(?![^。]{0,6}突然)|烧窑|爆胎|(车胎|轮胎)(都|也)?爆",
)
# (or a danger still going on: 还在开, 还在砸 — what nearly happened is not all of it)
# A longer message (over _CALL characters) that tells how a danger ended recounts it.
_RECOUNTED = re.compile(
    r"幸亏|幸好|好在|去年|上个?(月|周|礼拜|星期)|前几天|那次|浇灭|扑灭|(火|烟)[^,，。]{0,3}灭了|烧没了")
_NOW = re.compile(r"正在|刚刚|刚才|此刻|快来|救命|救救|还在(开|跑|追|砸|打|砍|烧|冒|往)")
# A named emergency in a letter (over _LETTER characters) calls for help only with the moment.
_CALLING = re.compile(_NOW.pattern + r"|(赶紧|赶快|快|马上)点?(派|来|救)|现在(就|正|人)")
# An animal, the only one in the stretch that is unwell (猪, 羊 … and no person sign).
_BEAST = re.compile(r"猪|羊|牛|鸡|鸭|鹅|兔|驴|骡|马(?!路|上)|狗|猫|鱼|蜂|牲口|牲畜|家禽")
# Someone unreachable who owes or took money (the boss, the seller, the vet): a matter, not a
# person missing — "包工头电话也打不通", "转了他三万多，现在联系不上".
_COUNTERPARTY = re.compile(
    r"(老板|包工头|工头|公司|卖家|商家|商户|商贩|蒜商|收购商|店家?|物业|客服|经理|中介|兽医|开发商|厂家|厂里|售后|对方|"
    r"施工队|维保|师傅|村里|单位|局|所|站|部门|办|大夫|医生|干部|人员|值班|领导|管[^,，。]{1,3}的人?)[^,，。]{0,6}$"
)
_MONEY = re.compile(
    r"(转|借|欠|交|付|充|骗|卷|拉走|给|带着)(了)?[^,，。]{0,6}(钱|万|千|块|元|款|货|蒜)|一分钱|血汗钱|工资|工钱|钱[^,，。]{0,2}一分没"
)


def _described(text: str) -> str:
    """The signs of a described emergency in the strongest stretch of text, or ""."""
    if not any(pattern.search(text) for pattern in _HARM):
        return ""
    sentences = [m.group() for m in _STRETCH.finditer(text)] or [text]
    best, cue = 0.0, ""
    needed = _URGENT_CRY if len(text) <= _CRY and not _THANKS.search(text) else _URGENT
    for number in range(len(sentences)):
        stretch = "".join(sentences[number : number + 2])
        found, several = {}, False
        owed = bool(_MONEY.search(stretch))
        for kind, weight, pattern in SIGNS:
            matches = {m.group() for m in happening(pattern, stretch) if not (kind == "missing" and (
                owed or _COUNTERPARTY.search(stretch[max(0, m.start() - 8) : m.start()])))}
            if matches and not (kind == "smoke" and "fire" in found):
                # A second and third sign of the same kind add a little: 烫了 … 起泡.
                extra = 0.5 * min(2, len(matches) - 1) if kind not in ("person", "now") else 0.0
                several = several or extra > 0
                found[kind] = (weight + extra, "/".join(sorted(matches)))
        if "violence" in found and "danger" not in found and CONDUCT.search(stretch):
            del found["violence"]  # 老师打孩子: the conduct of a school's staff, not a call to 110
        if "missing" in found and not found.keys() - {"missing", "now", "danger"}:
            del found["missing"]  # no one, nothing to miss them in: a seller gone, a report lost
        if _BEAST.search(stretch) and not found.keys() - {"danger", "body", "ill", "now"}:
            found = {}  # a sick pig 倒在圈里起不来, with no one and nothing else: the vet's matter
        total = sum(weight for weight, _ in found.values())
        hazards = [kind for kind in found if kind not in ("person", "now", "danger")]
        # A hazard of things alone (smoke, gas, water, a wire, a crash) is a nuisance or damage:
        # someone must be in it, in danger, or it be happening now; harm to a body is enough.
        # A person in danger alone (出不来, 动不了, 一动不动) may be a seedling, a form or a fund:
        # it takes a second sign, of a hazard, a person or the moment.
        enough = ("danger" in found or bool(hazards)) and bool(
            found.keys() & {"person", "now", "danger"} or set(hazards) - _THINGS
        ) and (len(found) >= 2 or several)
        if total >= needed and enough and total > best:
            best, cue = total, "+".join(group for _, group in found.values())
    return cue


# Named cues typed by sound (着伙 for 着火, 救名 for 救命): checked with nlp.homophones' readings.
_SOUNDS = ("着火", "起火", "失火", "救命", "报警", "救人")
_SOUND_FIRST, _SOUND_LAST = frozenset(w[0] for w in _SOUNDS), frozenset(w[1] for w in _SOUNDS)
_CODE = re.compile(r"[a-z0-9一二三四五六七八九十两几]")
_SHORT = 60  # characters: a cry for help is short
_LETTER = 200  # characters, as Chinese counts them (nlp.urgent_english.spelt): a letter this long recounts
_CALL = 120  # characters: longer, an emergency is routed by its keywords, not by its kind


def _sounds_like(text: str) -> list[str]:
    """Short cries for help typed by sound; a long text or a code or number nearby is no slip."""
    from nlp.homophones import readings

    found: list[str] = []
    if len(text) > _SHORT:
        return found
    for start in range(len(text) - 1):
        pair = text[start : start + 2]
        if (pair[0] not in _SOUND_FIRST and pair[1] not in _SOUND_LAST) or _CODE.search(
                text[max(0, start - 1) : start + 3]):
            continue  # (a slip keeps one character of the cry: most pairs keep none)
        for word in _SOUNDS:
            if pair != word and (pair[0] == word[0] or pair[1] == word[1]) and all(
                readings(a) & readings(b) for a, b in zip(pair, word, strict=True)
            ) and not cancelled(text, start, start + 2):
                found.append(f"{word}({pair})")
    return found


# What an emergency is about, for whoever must act on it: a family of signs and its words. Gas
# (the gas people cook with) and a lift with someone in danger decide, unless someone is attacking
# someone; otherwise the heaviest of rescue, crime and medical (ties in that order), each kind
# counted once.
_CRISIS = any_of(  # a body failing, with nothing else to blame
    r"叫不醒|喊不醒|拍不醒|昏迷|晕倒|昏倒|晕过去|昏过去|不省人事|没(了|有)?呼吸|没气了|心跳|不喘气|不会喘气|休克",
    r"站不起来|站不住|虚脱|脸色(发)?[青紫白]|发青|发紫|翻白眼|心口|胸口|胸闷|抽搐|抽风",
    r"(突然|一下子)(就)?倒(下|地(?!沟)|了)|叫(他|她)?(也|都)?不应|(?<![码卡钮关控幕机])(?<!按了)(?<!点了)没反应|没动静|不动弹|没气儿|倒在(地|路|马路|教室|屋|院|门口|床|血泊|厕所|卫生间)|倒地|躺(在)?地上|栽(倒|在|地)|一头栽",
    r"抽抽|抽过去|眼(睛)?往上翻|冒沫|白沫|一动不动|(躺|倒|趴)(在)?(那|那儿|那里|地上)?不动|不动了",
    r"not breathing|\bunconscious|"
    r"\b(he|she|man|woman|lady|guy|someone|father|mother|dad|mum|mom) (just |suddenly )?"
    r"collapsed\b|won'?t wake|not moving|passed out|\bfainted|\bseizure|isn'?t (breathing|moving|responding)|"
    r"turning (blue|purple)",
)
# A body hurt, not caught: who fell and bleeds or cannot get up needs a doctor, not a rescue.
_WOUND = any_of(
    r"流血|冒血|出血|是血|头着地|流了?(一地|满地|一滩|好多|很多)的?血|(头|脑袋)(都|也|被)?(打|砸|磕)?破了|血(直流|哗哗|止不住)|口子|伤口|骨折|(腿|胳膊|手|骨头|脚|指头?)[^,，。]{0,3}断|头破|磕破|大包",
    r"起不来|站不起来|爬不起来|骨头(好像)?(都)?(戳|露|刺|支|扎|翻)出来",
    r"\bbleeding\b|\bbroke (his|her|my) (leg|arm|neck|back)|(leg|arm|ankle|neck) is (twisted|broken)|"
    r"can'?t (get up|stand)")
_TRAPPED = re.compile(r"压|埋|卡|困|夹|卷|绞|扣在|出不来|出不去|下不来|上不来")
_FAMILIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("rescue", ("fire", "smoke", "blast", "water", "power", "traffic", "fall", "crowd", "leak")),
    ("violence", ("violence", "fraud", "missing", "despair")),
    ("medical", ("poison", "body", "ill", "burn", "birth", "crisis")),
)  # a bite is medical by what it does to the body: "大狗不拴，已经咬伤两个孩子" is the dog's matter
# Someone at work hitting those in their care (老师打孩子, 护士打老人): the conduct of a school's
# or a hospital's staff, the matter of the unit over them, whatever else it is.
CONDUCT = re.compile(
    r"(老师|教师|班主任|校长|园长|医生|大夫|护士|护工|教练)[^,。!?]{0,10}(打|踢|扇|掐|揪|砸)")
# An attack goes to the police when it is happening: named, told with the moment or a person in
# danger, or going on (一直, 惨叫); "喝了酒就打我，我不敢回家" asks the women's federation for help.
_ONGOING = re.compile(
    r"一直|惨叫|喊|冲进|进不去|(开|骑)?跑了|开跑|逃逸|逃跑|(拿|抄|抡|举)(着|起)?.{0,3}(刀|棍|砖|凳|椅|酒瓶|斧|锤)|闯进|还(在|要|说|把|拿)|不让|围(着|住)|抱着头|同归于尽|堵在|往.{0,4}(拽|拖|开)|拿着|举着|手里|被(?![洪大]?水).{0,6}围(住|在|着)"
    "|" + ROUTING["ongoing"])
# An attack going on or its author fleeing: the police's even when someone bleeds.
_STILL_ATTACKING = re.compile(
    r"还在(打|砸|砍|捅|追|踢|揍|抡)|(一直|正在|还在)在?砸(车|窗|门|玻璃|东西|店|人)|司机[^,，。]{0,4}(还|又)?(想|要)(跑|溜|逃|开走|往前开)|(开|骑)?(车)?跑了|逃跑|逃逸|往[^,，。]{0,6}跑了|还(拿|举|抡)着"
    "|" + ROUTING["still"])
_ADVICE = re.compile(r"怎么办|咋办")  # asked for advice, not a moment
_RESCUES = (("fire", ("fire", "smoke", "blast")), ("water", ("water",)))  # else "rescue"
# Water breaking in (a dike, a flooded garage) is a flood, the water bureau's to fight; someone in
# the water (落水, 冲走) is a rescue.
_FLOOD = re.compile(
    r"被[洪大]?水围|(水|洪水)[^,，。]{0,3}(过|漫过|没过)了?(窗台|门槛|炕)|堤|坝|决口|溃|洪水|山洪|涨水|内涝|车库|(灌|漫|涌|淹)(进|了|到)|水[^,，。]{0,4}(没到|没过|漫过)|往(村|屋|家|院)[^,，。]{0,3}(灌|冲|涌)"
    "|" + ROUTING["flood"])
_IN_WATER = re.compile(
    r"溺|落水|掉(进|到|下)|翻进|冲走|卷走|扑腾|不会游泳|沉下去|冲到河|(漂|浮)着|车顶|车窗|(扎|开|冲)进|(沟|河|塘|井)里"
    "|" + ROUTING["in_water"])
# A limb caught in a machine needs a doctor first (a hand in a garlic peeler, an arm in a mixer).
_LIMB = re.compile(r"(手|胳膊|腿|脚|指头|头发|辫子|袖子|衣服)[^,，。]{0,4}(卷|绞|夹|轧)(进|到|住|断|了)"
    "|" + ROUTING["limb"])
_MACHINE = re.compile(r"机|滚筒|皮带|齿轮|传送带|绞龙"
    "|" + ROUTING["machine"])
# Vehicles that collide are a traffic accident, the police's (交警), whoever is hurt; a vehicle that
# hits a walker or a rider who falls alone is a body hurt, a doctor's.
_VEHICLE = r"(车|三轮|摩托|拖拉机)"
_COLLISION = re.compile(
    rf"(两|三|几|好几)(辆|个)[^,，。]{{0,2}}{_VEHICLE}[^,，。]{{0,6}}(撞|碰|追尾)|"
    rf"(跟|和|与)[^,，。]{{0,10}}{_VEHICLE}[^,，。]{{0,4}}(撞|碰|追尾|顶)|相撞|追尾|撞(在)?(一起|一块)|"
    rf"{_VEHICLE}[^,，。]{{0,3}}(把|将)[^,，。]{{0,8}}{_VEHICLE}[^,，。]{{0,4}}(撞|压|轧|碾|顶|挤)"
    "|" + ROUTING["collision"])
# A chemical cloud or fumes drifting over people: the environment bureau's to stop at its source.
# A battery or a car charging that smokes is a fire about to start, not a chemical cloud.
_BATTERY = re.compile(r"充电|电瓶|电池|电动车|新能源")
_CHEMICAL = re.compile(
    r"烟囱|排污|[绿紫]烟|化工|氨气|液氨|氯气|毒气|硫化氢|黄烟|白烟|白气|罐车|槽车|刺鼻|化学|农药厂"
    "|" + ROUTING["chemical"])
# A live installation: someone held by it, or it sparking near people, is the power company's to
# cut; someone lying still after a shock needs a doctor first.
_LIVE = re.compile(
    r"偷电|私拉|乱拉|电线|高压线|变压器|电箱|电闸|插座|插头|电表|漏电|触电|被电|电(打|击|到|着)"
    "|" + ROUTING["live"])
_CONTACT = re.compile(r"粘(住|在)|吸住|撒不开|松不开|(拽|拉|扯|拔)不(下来|开|动)|下不来")
_BEAST_DOWN = re.compile(r"(狗|猫|牛|羊|猪|鸡|鸭|鹅)[^,，。]{0,8}(不动|倒|死)")  # the one struck is a beast
# Something that fell on a building site and holds people: the site's safety is housing's (住建).
_BENEATH = re.compile(
    r"(底下|下面|下头|墙根|墙脚)(还)?有(个|几个)?人|"
    r"(底下|下面|下头)(就)?是[^,，。]{0,4}(幼儿园|学校|小学|人行道)|人来人往|" + ROUTING["beneath"])
_SITE = re.compile(r"工地|施工|塔吊|脚手架|基坑|沟槽"
    "|" + ROUTING["site"])
# A pressure vessel about to burst (a boiler, its gauge at the top): special equipment, market's.
_VESSEL = re.compile(r"锅炉|压力表|压力容器|储气罐|安全阀|高压罐")
# A farm machine that rolled over or caught someone: a body hurt, a doctor's first.
_FARM_MACHINE = re.compile(r"拖拉机|收割机|旋耕机|粉碎机|脱粒机|播种机|铡草机|三轮车?翻")
# A driver endangering people as they drive (the wrong way, drunk): the police's (交警).
_RECKLESS = re.compile(r"逆行|酒驾|醉驾|醉汉开|喝多了|喝醉|飙车|狂飙|横冲直撞|乱撞|" + ROUTING["reckless"])
# An animal loose and attacking, with no one hurt yet: the police's to stop it; a bite that
# bleeds is a body hurt, a doctor's.
_LOOSE = re.compile(
    r"(狗|犬)[^,，。]{0,12}(围着|扑(倒|着|住)|追着|还在(咬|追))|见人就咬|放狗|"
    r"(牛|马|驴|骡)[^,，。]{0,2}惊了|顶(翻|倒|飞)|疯狗")
# The unit that acts on each kind of emergency; the others keep what their keywords say, and a
# fire goes to the hotline (nlp.router).
HAZARD_UNITS = {"medical": "health", "violence": "police", "gas": "housing", "lift": "market",
                "despair": "police", "vessel": "market", "flood": "water", "power": "power", "fumes":
                "ecology", "site": "housing", "crash": "police", "bite": "health", "animal": "health"}


@dataclass(frozen=True)
class Emergency:
    """An urgent message's cues and what it is about: "gas", "lift" (or a ride), "violence" (an
    attack, a crime, someone missing), "despair" (someone about to end their life: nlp.emergency),
    "medical", "flood", "power", "fumes", "site", "crash", "vessel" (a boiler about to burst),
    "collapse" (a house fallen in on someone), "fire", "water", "rescue" (a fall, a crowd, anything
    else) or "" when unclear; and the words that say so; and whether it is a call (≤ 120
    characters), routed by its kind. A longer letter recounts: its keywords say whose it is, but
    its kind is still known (the gas advice to the citizen follows it)."""

    cues: tuple[str, ...]
    hazard: str = ""
    words: tuple[str, ...] = ()
    call: bool = False


def _hazard(text: str, named: list[str]) -> tuple[str, tuple[str, ...]]:
    found: dict[str, tuple[float, list[str]]] = {}
    for kind, weight, pattern in [*SIGNS, ("crisis", 1.5, _CRISIS), ("wound", 1.5, _WOUND)]:
        words = list(dict.fromkeys(m.group() for m in happening(pattern, text)))
        if words:
            found[kind] = (weight, words)
    if not found.keys() - {"now", "person", "danger", "wound"}:  # no sign says what: the named phrase does
        for phrase in named:  # 喝农药了 names a poisoning, 他要杀我 an attack
            for kind, pattern in NAMED_KINDS:
                if pattern.search(phrase):
                    found.setdefault(kind, (2.5, []))[1].append(phrase)
    if "missing" in found and _IN_WATER.search(text):
        found.pop("missing")  # gone under the water (往下沉…看不见了): a drowning, not someone missing
    if "gas" in found and (_CHEMICAL.search(text) or _VESSEL.search(text)) and not re.search(GAS, text):
        found.pop("gas")  # an ammonia tank (氨气罐) is a chemical leak, not the gas people cook with
    attacked = "violence" in found or "fraud" in found
    now = [word for word in found.get("now", (0, []))[1] if not _ADVICE.search(word)]
    if attacked and (CONDUCT.search(text) or not (
        bool(named) or now or "danger" in found or _ONGOING.search(text)
    )):
        found.pop("violence", None)  # told as a plea, the past or staff's conduct: not the police's
        found.pop("fraud", None)
    if "violence" in found and _STILL_ATTACKING.search(text):
        return "violence", tuple(found["violence"][1])  # whoever bleeds, the attack is the police's
    if "gas" in found and not attacked:
        return "gas", tuple(found["gas"][1])
    if "lift" in found and "danger" in found and not attacked:  # someone in it, not a lift factory
        return "lift", tuple(found["lift"][1])
    if "animal" in found and not attacked and _LOOSE.search(text) and not (
            found.keys() & {"wound", "crisis", "body", "burn", "poison"}):
        return "violence", tuple(found["animal"][1])  # loose and attacking, no one bleeding yet
    families = {
        family: (sum(found[kind][0] for kind in kinds if kind in found),
                 [word for kind in kinds if kind in found for word in found[kind][1]])
        for family, kinds in _FAMILIES
    }
    family, (weight, words) = max(families.items(), key=lambda item: item[1][0])
    if weight <= 0:
        return "", ()
    def said(*kinds: str) -> tuple[str, ...]:
        return tuple(word for kind in kinds if kind in found for word in found[kind][1])

    hurt = said("wound", "crisis")
    if family != "violence":
        if "blast" in found and "fire" not in found and _VESSEL.search(text):
            return "vessel", said("blast")
        if _FARM_MACHINE.search(text) and (found.keys() & {"danger", "fall", "traffic"}) and (
                _TRAPPED.search(text) or hurt or "danger" in found):
            return "medical", tuple(m.group() for m in _FARM_MACHINE.finditer(text)) + hurt
        if "traffic" in found and _RECKLESS.search(text):
            return "crash", said("traffic")
        if _LIMB.search(text) and _MACHINE.search(text):
            return "medical", tuple(m.group() for m in _LIMB.finditer(text)) + hurt
        if "traffic" in found and _COLLISION.search(text):
            return "crash", said("traffic")
        flame = any("火" in word or "燃" in word or "烧" in word for word in found.get("fire", (0, []))[1])
        if found.keys() & {"leak", "smoke"} and not flame and _CHEMICAL.search(text) and not (
                _BATTERY.search(text)):
            return "fumes", said("leak", "smoke")
    if family == "rescue" and "power" in found and _LIVE.search(text) and (
            _CONTACT.search(text) or not hurt or _BEAST_DOWN.search(text)):
        return "power", said("power")
    if family == "rescue" and hurt and not (holding(found.keys(), text) or _TRAPPED.search(text)):
        return "medical", hurt  # fell or was hit and is hurt or lies still: nothing holds them
    if family == "rescue" and "fall" in found and _SITE.search(text) and (
            _TRAPPED.search(text) or _BENEATH.search(text)):
        return "site", said("fall")
    if family == "rescue" and any(re.search(r"塌|垮|倒了|collapsed|under the", word)
                                  for word in said("fall")) and (
            "danger" in found) and not _SITE.search(text):
        return "collapse", said("fall")  # a house fallen in on someone: a rescue, the hotline's
    if family == "rescue":
        family = next((name for name, kinds in _RESCUES if set(kinds) & found.keys()), "rescue")
    if family == "water" and _FLOOD.search(text) and not _IN_WATER.search(text):
        family = "flood"
    return family, tuple(words)


def assess(text: str) -> Emergency:
    """Whether normalised text tells of an emergency (cues empty when not), and of what kind."""
    named = [m for m in happening(NAMED, text)] if any(
        part.search(text) for part in NAMED_EACH) else []
    if spelt(text) > _LETTER or CHRONIC.search(text) or (len(text) > _CALL and _RECOUNTED.search(
            text)) or (text.isascii() and ENGLISH_PAST.search(text)):  # recounted or lasting
        named = [m for m in named if _CALLING.search(text, max(0, m.start() - 30), m.end() + 30)]
    cues = [m.group() for m in named] + _sounds_like(text)
    if not recounted(text):
        described = _described(text)
        if described:
            cues.append(described)
    if not cues:
        return Emergency(())
    hazard, words = _hazard(text, [m.group() for m in named])
    return Emergency(tuple(dict.fromkeys(cues)), hazard, words, len(text) <= _CALL)


def urgent_cues(text: str) -> tuple[str, ...]:
    """The emergency phrases in normalised text, in order; a described one as its signs."""
    return assess(text).cues


def recounted(text: str) -> bool:
    """A letter (over 200 characters as Chinese counts them), or a danger routine or past, nothing now."""
    return spelt(text) > _LETTER or bool(_ROUTINE.search(text) and not _NOW.search(text))

