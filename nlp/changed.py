"""Words telling that the situation of a matter just reported has changed (refs #10: after police
answered a drunk man at the door, 他走了，谢谢警察同志 was answered 不客气 and the officers on the
way never heard it): the one feared left (他走了, 那人跑了), the fire is out (火灭了), the one
missing came home or was found (她回来了, 孩子找到了), the one hurt is safe (救上来了, 血止住了), or it
got worse (越来越大, 更严重了, 又来了, 还在踹门). Such a message, short and naming no matter of its
own, is a 补充 to the citizen's recent open ticket (bot/actions/changed.py), thanks or not; bare
thanks (谢谢) are none. Patterns work on normalised text (nlp.tokenizer.normalize).
"""

from __future__ import annotations

import re

__all__ = ["changed"]

_SHORT = 60  # characters: a longer message tells a matter, not a change
_WHO = r"(?:他|她|它|他们|她们|人|对方|那人|那个人|那个?男的|那个?女的|那个?男人|那个?女人|小偷|醉汉|狗)"
# Someone of the writer's own, gone missing or hurt: 孩子, 我爸, 老人.
_KIN = (r"孩子|小孩|娃|儿子|女儿|闺女|孙子|孙女|老人|老伴|我爸|我妈|俺爹|俺娘|爸爸|妈妈|爷爷|奶奶|"
        r"姥姥|姥爷|外婆|外公|媳妇|老婆|老公")
_CHANGE = re.compile(
    rf"{_WHO}(?:已经|终于|刚|刚刚)?(?:走了|跑了|离开了|溜了|被带走了|被抓了|抓住了)|"
    r"(?:火|烟|明火)[^,，。!！?？]{0,4}(?:灭了|扑灭了|灭掉了|没了|小了)|灭火了|"
    rf"(?:{_WHO}|{_KIN})[^,，。!！?？]{{0,4}}(?:回来了|回家了|到家了|找到了|找着了|联系上了|有消息了)|"
    rf"(?:找到|找着)了?(?:{_KIN})|"
    r"(?:没事了|醒了|醒过来了|救上来了|救出来了|送(?:到|去)?医院了|止住了|不流血了|脱险了)|"
    r"(?:更|越来越|愈发)(?:严重|厉害|大|凶|猛)|加重了|扩大了|蔓延|又来了|又回来了|"
    r"还在(?:踹|砸|闹|骂|烧|冒|漏|追)|"
    r"\b(?:he|she|they|the (?:man|woman|guy))(?:'s| is| has| have)? (?:left|gone|run off|ran off)\b|"
    r"\b(?:fire|smoke) (?:is|has) (?:out|gone|stopped)\b|"
    r"\b(?:he|she|they|my \w+) (?:came|has come|got) (?:back|home)\b|"
    r"\bfound (?:him|her|them|my)\b|\b(?:got|getting|is getting|it's getting) worse\b|"
    r"\b(?:is|are) safe now\b")
_ASKED = re.compile(r"[?？]|吗|么|没有$|\bis (?:he|she|it)\b")


def changed(text: str) -> bool:
    """True when normalised `text` is short and tells that the situation changed, not asking."""
    return len(text) <= _SHORT and bool(_CHANGE.search(text)) and not _ASKED.search(text)
