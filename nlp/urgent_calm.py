"""A hazard told as a complaint or a request for a repair: no call for help.

Citizens who report a hazard use an emergency's words (煤气味, 冒烟, 摔倒, 高压线) in another
frame: they ask for a check or a repair (想找人上门检查, 麻烦来修一下, 能不能给村里通上暖气), they
complain that those in charge do nothing (一直不修, 也不来管, 商家不给换), or they tell how long it
has gone on (每年, 三年没检验, 半个月了, every morning). Such a message is routine when nothing in
it calls for help or tells the moment (快来, 赶紧, 正在, 刚才, 现在, !), and no one in it is in
danger (出不来, 叫不醒, 困住), missing, attacked, poisoned, in labour or losing their life: a lift
that holds someone "and the property company does not come" is still a call.
Patterns work on normalised text (nlp.tokenizer.normalize) and are data-like tables.
"""

from __future__ import annotations

from nlp.not_now import happening
from nlp.regex import quick
from nlp.urgent_signs import SIGNS

__all__ = ["calm"]

_FRAME = quick(
    # a check, a repair or an installation asked for
    r"上门(检查|检修|维修|看看|查看)|想找人|(麻烦|请|希望|建议|能不能|能否|可不可以|可以)[^,，。!?]{0,8}"
    r"(修|检查|检修|检验|查查|查一下|看一下|安装|装个|换个|更换|加固|通上|锁上|处理一下|来看看|派人看看)|"
    # those in charge doing nothing about it
    r"(一直|也|都|还|就是|始终|从来)(不|没人|没有人|没)(来)?(修|管|处理|检验|检修|给换|给修|给退|理)|"
    r"不归[^,，。]{0,4}管|没人(修|管|处理)|(不给|不肯|不愿)(换|退|修|赔|处理)|"
    # how long it has gone on, or how often
    r"每年|年年|每个月|每回|每次都|半个月|(一|两|三|四|五|几|好几|半)(个)?(年|月)(了|没|多|都)|一个多(月|星期|礼拜)|"
    # the same in English
    r"\bevery (morning|evening|week|month|year|winter|summer)\b|\bfor (weeks|months|years)\b|"
    r"\bcould (someone|somebody|you)\b[^.!?]{0,40}\b(check|fix|repair|look at)\b")
# A call for help or the moment told: the hazard is happening, whatever else is said.
_NOW = quick(
    r"快来|快点|赶紧|赶快|马上|立刻|正在|刚刚|刚才|现在|救|怎么办|咋办|[!！]|"
    r"\b(help|hurry|now|right now|urgent(ly)?|emergency|ambulance|please come)\b")
# Someone in danger, missing, attacked or whose life is at stake: never a routine complaint.
_PEOPLE = tuple(pattern for kind, _, pattern in SIGNS if kind in (
    "danger", "missing", "violence", "fraud", "despair", "poison", "body", "birth", "burn", "crowd"))


def calm(text: str) -> bool:
    """True for normalised text that tells of a hazard as a complaint or a repair request, with
    no call, no moment and nobody in danger."""
    return bool(_FRAME.search(text)) and not _NOW.search(text) and not any(
        happening(pattern, text) for pattern in _PEOPLE)
