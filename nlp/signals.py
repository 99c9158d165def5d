"""Emergency and non-report signals, independent of any routing table.

Both work on normalised text (see nlp.tokenizer.normalize): half-width punctuation, simplified
characters, lower case. Patterns are data-like tables of regular expressions so they can be read
and extended without touching the logic.
"""

from __future__ import annotations

import re

__all__ = ["is_noise", "urgent_cues"]

# Emergencies: what a caller to 110/119/120 would say, including the wording of people who do not
# name the emergency ("叫不醒", "嘴唇都紫了", "一动不动").
_URGENT = re.compile("|".join([
    # help right now
    r"救命|求救|快来人|快来救|快救|快叫(救护车|120|人)|叫救护车|打120|快报警",
    # fire, explosion
    r"着火|起火|失火|火灾|大火|火(特别|很|太|非常)?大|烧起来|浓烟|灭火|爆炸|炸了",
    # gas
    r"(煤气|燃气|天然气|液化气)(味|泄漏|泄露|漏了|中毒)|漏气|一氧化碳|中毒",
    # drowning
    r"(掉|落)(进|到|入)?了?(河|水|井|湖|塘|池|沟|渠)|(跳|滑|冲)(进|到|入)了?(河|水|井|湖|塘|池|沟|渠)",
    r"溺水|被水冲走",
    # body in danger
    r"叫不醒|昏迷|晕倒|昏过去|晕过去|不省人事|倒地|倒在地|(喘|透)不(上|过)气|呼吸困难|没(了)?呼吸",
    r"没气了|嘴唇(都|发)?紫|抽搐|抽风|口吐白沫|吐白沫|一动不动|不会动了|胸口(疼|痛)|心脏病(犯|发)",
    r"(流|出)了?(好多|很多|一地|大量)?(的)?血|大出血|血流不止|流血不止|割腕|(喝|吃)了?(农)?药自杀",
    r"误(喝|服|食|吃)|喝了?农药|吃了?(老鼠药|安眠药)|被电(打|击|到)|触电",
    # violence, crime in progress
    r"(拿|持|举)(着)?(菜|砍|水果)?(刀|棍|斧|枪|砖)|砍(人|我|倒|伤|死)|捅(人|我|伤|了)|杀人|要杀",
    r"打死|抢劫|绑架|劫持|(撬|砸|踹)(我家|我们家|家)?(的)?门|非礼|强奸|拐(走|卖)(孩子|小孩)?",
    # suicide, collapse, trapped
    r"(要|想)(往下)?跳(楼|河|下去|下来)|跳楼|跳河|轻生|自杀|往下跳",
    r"被(压|埋|困)|压在(底下|下面)|埋在(底下|下面|里)|卡在(车|里)|困在|往下掉|坠楼|摔下来",
    r"撞(倒|飞|伤|死)|车祸.{0,12}(流血|昏|不动|卡|压)|(浑身|满身|满脸|一身)是血",
    r"(高压线|电线).{0,8}(掉|断|冒火|着)|(家|屋|楼|房).{0,4}冒(出)?(好多|很多|大)?(的)?烟",
    r"(被|让)(陌生人|人|坏人).{0,6}(拽|拖|抱|抢|拉|带)(走|上车)|拽上车|抢孩子",
]))
# A cue cancelled by what precedes it: "不是着火", "没有人受伤" — not an emergency.
_URGENT_NEGATED = re.compile(r"(不是|没有|没|不会|不)$")

# Non-reports. Each is matched against the whole normalised message.
_GREETING = re.compile(
    r"^(你好|您好|你们好|hello|hi|嗨|哈喽|在吗|在不在|在么|有人吗|有人在吗|有人没|早上好|早安|"
    r"上午好|中午好|下午好|晚上好|晚安|新年好|过年好|节日快乐|喂|[啊哦嗯哈呀吧呢])+$"
)
_THANKS = re.compile(r"谢谢|感谢|多谢|辛苦(了|啦)|点赞|好的|收到|明白了|知道了|ok|okay|👍|🙏")
_RESOLVED = re.compile(
    r"(已经|已)?(解决|修好|处理好|办好|搞定|弄好|恢复)了|问题解决|没事了|不用了|"
    r"(水|电|气|暖气)(已经)?(来|通)了"
)
# Small talk that names no problem: weather, jokes, where to eat.
_SMALLTALK = re.compile(r"天气|下雨吗|几度|笑话|聊天|唱(首|个)歌|好吃|好喝|好玩|星期几|几号|你喜欢")
_META = re.compile(
    r"机器人|真人|人工(客服|服务)?[吗呢?]|你(们)?是(谁|什么|啥)|这个(平台|号|机器人|bot)|"
    r"(能|可以)反映(什么|啥|哪些)|(怎么|咋|如何)(用|使用|反映问题)|多久(能|会)?(有)?(回复|答复|回)|"
    r"几点.{0,6}(没人|下班|上班|处理)|(什么|啥)时候(上班|下班)|怎么联系(你们|人工)|你叫什么|"
    r"(这个|这里|这儿|你们)(能|可以)(投诉|反映|举报|管)(吗|么|啥|什么)"
)
_AD = re.compile(
    r"加(微信|微|v|vx|qq|扣)|微信号|vx|私聊|私信|详谈|日赚|日入|月入|躺赚|低息|无需抵押|无抵押|"
    r"当天放款|秒批|代办|代理记账|兼职|刷单员|招募|优惠|特价|促销|限时|包过|包邮|扫码领|"
    r"免费领取|返利|点击链接|专业(代办|办理|承接)|欢迎(来电|咨询|选购)|联系电话|有意者|"
    r"日结|包吃住|普工|招工启事|联系.{0,3}(经理|老师|主管)|薪资|待遇优厚"
)
_NOTICE = re.compile(r"特此通知|相互转告|望周知|请周知|请转发|转发给|请扩散|扩散出去|转给身边")
_SHORT = 60  # characters of content: greetings, thanks and small talk are shorter than this
_CONTACT = re.compile(r"\d{7,}|\d{3}x{2,}|微信|vx|qq|电话|联系")
# Victims quote adverts too ("被刷单骗了三千"): these words make an advert-like text a report.
_VICTIM = re.compile(r"被骗|骗了|诈骗|上当|报警|举报|投诉|受骗|骗子|被坑|咋办|怎么办|退钱|维权")
# Words that make a message a request even when no unit's keyword fits (it then goes to hotline).
_PROBLEM = re.compile(
    r"坏|丢|漏|堵|臭|脏|吵|闹|乱|差|难|慢|贵|少|欠|拖|偷|骗|骂|抢|砸|没给|不给|不让|不管|没人|"
    r"不(能|行|够|对|退|开|通|合理)|"
    r"没(有|法|钱|水|电|信号)|太|投诉|举报|反映|咨询|建议|希望|要求|申请|办理|补贴|问题|麻烦|帮|"
    r"求|救|咋办|怎么办|怎么|咋|如何|能不能|可不可以|找谁|谁管|哪个部门|在哪|去哪|多久|什么时候|"
    r"啥时候|为啥|为什么|凭什么|合法|违法|违规|收费|罚|退|赔|修|装|查|管"
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CONTENT = re.compile(r"[\u4e00-\u9fffa-z0-9]")
_REPEATS = re.compile(r"(.)\1{2,}")


def urgent_cues(text: str) -> tuple[str, ...]:
    """The emergency phrases found in normalised text, in order (empty when none)."""
    cues = []
    for match in _URGENT.finditer(text):
        before = text[max(0, match.start() - 2):match.start()]
        if not _URGENT_NEGATED.search(before):
            cues.append(match.group())
    return tuple(dict.fromkeys(cues))


def _distinct(pattern: re.Pattern[str], text: str) -> int:
    """How many different phrases of the pattern occur in the text."""
    return len({match.group() for match in pattern.finditer(text)})


def _strip_noise(text: str) -> str:
    """Remove repeated characters and non-content, leaving what could carry a request."""
    return "".join(_CONTENT.findall(_REPEATS.sub(r"\1", text)))


def is_noise(text: str, evidence: float) -> bool:
    """True when normalised text is not a problem report.

    `evidence` is the keyword score of the message: a message with strong unit keywords is a
    report even when it starts with a greeting or a thank-you.
    """
    content = _strip_noise(text)
    if not _CJK.search(content):
        # Emoji, punctuation, digits, keyboard mashing, English: nothing a unit can act on.
        return True
    if len(content) > _SHORT:
        # A long letter is a report even when it thanks someone or says "优惠政策"; only a
        # pasted advert (several advert words and a way to get in touch) or notice is not.
        pasted = _NOTICE.search(text) or (
            _distinct(_AD, text) >= 3 and _CONTACT.search(text)
        )
        return bool(pasted) and not _VICTIM.search(text)
    if _SMALLTALK.search(text) and evidence < 1.0:
        return True
    if _GREETING.match(content):
        return True
    if _THANKS.search(text) and (_RESOLVED.search(text) or len(content) <= 8):
        return evidence < 3.0 or bool(_RESOLVED.search(text))
    if _META.search(text) and evidence < 2.0:
        return True
    adverts = _distinct(_AD, text) + 2 * _distinct(_NOTICE, text)  # a notice says so
    if adverts and not _VICTIM.search(text):
        # One advert-like word in a real request ("培训包吃住吗") is not enough on its own.
        contact = _CONTACT.search(text) and evidence < 4.0
        if adverts >= 2 or contact or evidence < 1.0:
            return True
    if evidence > 0 or _PROBLEM.search(text):
        return len(content) <= 1
    # Small talk ("今天下雨吗") is short; a longer text without known words still goes to hotline.
    return len(content) <= 12


def noise_topic(text: str) -> str:
    """Which helpful answer a non-report deserves: "thanks", "meta", "greeting", or "" (other).

    Only asked about messages `is_noise` already called noise; normalised text, as there.
    """
    if _THANKS.search(text) or _RESOLVED.search(text):
        return "thanks"
    if _META.search(text):
        return "meta"
    if _GREETING.match(_strip_noise(text)):
        return "greeting"
    return ""
