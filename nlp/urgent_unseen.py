"""An old person living alone, unseen for days behind a door nobody answers (refs #10, round 19).

`隔壁老太太好几天没见出门了，敲门没人应，门口一股怪味` names no hazard and no harm, and its 好几天
reads as a lasting matter to nlp.urgent; yet someone may be lying inside, fallen or ill, now. An
elder or someone who lives alone with two of three signs — not seen (没见出门, 没下楼, nobody has seen
him), no answer at the door or on the phone, or what was left (a smell, milk or papers piling up,
the light left on, the curtains still drawn) — is an emergency: a body in crisis (nlp.urgent's
"medical": 120 and the health bureau). One sign alone is not (邻居老太太去儿子家住了好几天), nor a suggestion
for the village to visit its elders (its nobody is one person now).
"""

from __future__ import annotations

from dataclasses import dataclass

from nlp.regex import quick

__all__ = ["Unseen", "unseen"]

_WHO = quick(
    r"老人|老太太|老太|老奶奶|奶奶|老大爷|大爷|大娘|老头|老汉|老爷子|老伴|五保户|孤寡|独居|空巢|一个人(住|过|生活)|"
    r"我(爸|妈|爹|娘)|父亲|母亲|爷爷|姥姥|姥爷|"
    r"\b(elderly|old (man|woman|lady|gentleman|neighbou?r|couple)|lives? (alone|by (him|her)self)|"
    r"living (alone|by (him|her)self)|grand(ma|pa|mother|father)|my (father|mother|dad|mum|mom))\b")
_UNSEEN = quick(
    r"没(见|看见|看到|瞧见)(着|到)?(他|她|人|老人)?(出门|出来|下楼|露面|人影|动静|人)|没(露面|下楼|出门|出屋)|"
    r"不见(人|出门|人影)|见不着人了|没动静了|好几天没动静|几天没动静|"
    r"\b((nobody|no one|no-one) (has )?(seen|heard from) (him|her|them)|(has ?n[o']t|have ?n[o']t) "
    r"(been seen|come out|left (the|his|her) (house|flat|home))|(we )?(haven'?t|have not) seen (him|her))")
_UNANSWERED = quick(
    r"(敲|叫|喊|拍)(门|他|她)?[^,，。]{0,4}(没人|没|不|也不|都不)(应|开|答应|回应|吭声|动静)|没人(应|开门|答应)|"
    r"(电话|手机)[^,，。]{0,6}(不接|没人接|打不通|关机)|"
    r"\b((doesn'?t|does not|isn'?t|is not|won'?t|didn'?t) (answer|answering|respond|open)|not answering|"
    r"no answer)")
_LEFT = quick(
    r"臭味|怪味|异味|难闻|臭了|(报纸|牛奶|快递|外卖|信)[^,，。]{0,8}(堆|没拿|没取|馊)|灯[^,，。]{0,4}(一直|都)(亮|开)着|"
    r"窗帘[^,，。]{0,4}(一直)?拉着|反锁|饿得直叫|"
    r"\b((bad|strange|awful|terrible) smell|smells?\b|stink|curtains (are )?(still )?(closed|drawn)|"
    r"(mail|post|newspapers?|milk) (is |are )?piling up|lights? (are|is|have been) on)")


@dataclass(frozen=True)
class Unseen:
    """What tells that someone unseen may be in danger: the cue and its words."""

    cue: str
    words: tuple[str, ...]


def unseen(text: str) -> Unseen | None:
    """An elder or someone alone, not seen or not answering, and a second sign: normalised text."""
    who = _WHO.search(text)
    if who is None:
        return None
    signs = [m for pattern in (_UNSEEN, _UNANSWERED, _LEFT) if (m := pattern.search(text))]
    if len(signs) < 2:
        return None
    words = (who.group(), *(m.group() for m in signs))
    return Unseen("+".join(words), words)
