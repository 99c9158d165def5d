"""A citizen's threat in anger: what the writer says they will do to others unless their matter is
handled (再不修我就拿刀去水务局, 再不赔我就去把他的店砸了, 惹急了我一把火烧了物业办公室).

It is no emergency: nobody is in danger now, and the matter is the one complained of (the drain,
the wages), its unit's by its own words. The unit and the supervisors are told that the citizen
spoke of violence in anger, so that staff can calm things down and, where they judge it serious,
call in the police; the citizen gets the ordinary receipt, not a victim's advice.

A threat is the writer's own (我, 俺, 老子 — not 我儿子 or 我家), made on a condition or in anger
(再不, 不给…就, 逼急了, 下回见着), against someone else (砍他, 砸了营业厅 — not 杀了我). Someone
else's threat (他说再不给钱就杀了我，现在拿着菜刀) stays an emergency, and so does a threat to oneself
(再不解决我就从楼上跳下去), a threat carried out now (我现在就拿着刀在水务局门口), and any other
sign of danger in the message: only the threat's own words are set aside (`calmed`).
"""

from __future__ import annotations

import re

from nlp.regex import quick

__all__ = ["calmed", "threat_words"]

_SENTENCE = re.compile(r"[^。!?;\n]+")
# On a condition or in anger: 再不修, 不给…就, 要是不, 逼急了, 下回见着.
_IF = quick(
    r"再(也)?(不|没人|拖|推|敢|让|吵|排|耍|敷衍|躲|卡|这样|这么|收|欺负|糊弄)|"
    r"(要是|如果|若是|假如|万一)[^,，。]{0,6}(不|没|再)|不(给|赔|退|修|管|批|还|清|办|解决|处理|来)[^,，。]{0,8}就|"
    r"逼急了|惹急了|惹毛了|惹火了|气急了|急眼了|(把|给)(我|俺|老子)逼(急|得)|否则|不然|"
    r"下(回|次)|(碰|遇|逮|见|撞)(上|着|到)")
# The writer (我, 俺们, 老子), not a relative or a place of theirs (我儿子, 我家, 我村).
_ME = (r"(?<![把被让叫说打砍杀揍])(我们|我|俺们|俺|老子|咱们|咱)"
       r"(?!儿|女|老|媳|爸|妈|爹|娘|哥|姐|弟|妹|舅|叔|姨|姑|爷|奶|姥|家|村|们?的|孩|闺|丈|外|孙|侄|单位|公司|厂|这)")
_WEAPON = (r"(菜刀|砍刀|刀子|刀|斧头|斧子|斧|棍子|棍|棒子|砖头|砖|锤子|榔头|锤|铁锹|铁锨|锄头|镰刀|"
           r"汽油|硫酸|钢管|铁棍|拐棍|拐杖|枪|炸药)")
# What the writer says they will do: a weapon taken up, blows, a place smashed or set on fire.
_ACT = (rf"(拿|提|带|拎|扛|抄|揣|握|举|抡)(着|上|起)?[^,，。]{{0,4}}{_WEAPON}|"
        r"砸|打(一顿|死|残|断|他|她|谁|人|一个)|揍|扇|砍|捅|杀|弄死|拍死|劈|掀|拼命|拼了|(跟|和|对)[^,，。]{0,4}动手|"
        r"(放|点)(把|一把)?火|一把火|烧了|炸了|泼")
_THREAT = quick(rf"{_ME}[^。!?]{{0,16}}?({_ACT})(?!(了|死|伤)?(我|俺))")
# A threat to oneself, or one carried out now: a person in danger, an emergency (nlp.urgent).
_SELF = quick(r"跳(楼|河|下|井|江|湖|水库|桥)|喝(农)?药|吊死|上吊|自杀|自焚|死在|不活|寻死|轻生|"
              r"(点|烧|砍|割|捅)了?自己|把自己")
_NOW = re.compile(r"现在|正在|已经|马上|这就|立刻|眼下|在[^,，。]{0,8}(门口|里|大厅)")
# Someone else's words, told by the writer: 他说再不给钱就…
_TOLD = re.compile(r"(?<![我俺])(说|喊|扬言|放话|威胁)[^,，。]{0,2}$")
_CLAUSE_END = re.compile(r"[,，。!?;]")


def _threats(text: str) -> list[tuple[int, int, str]]:
    """Each threat in normalised text: where it starts and ends (the clause it ends in), and the
    words of its act."""
    found: list[tuple[int, int, str]] = []
    for sentence in _SENTENCE.finditer(text):
        said = sentence.group()
        if _SELF.search(said):
            continue
        for threat in _THREAT.finditer(said):
            act = threat.start(2)
            if _NOW.search(said, threat.start(), threat.end()):
                continue
            cue = next((m for m in _IF.finditer(said, 0, act) if not _TOLD.search(said[:m.start()])), None)
            if cue is None:
                continue
            end = _CLAUSE_END.search(said, threat.end())
            start = min(cue.start(), threat.start())
            found.append((sentence.start() + start,
                          sentence.start() + (end.start() if end else len(said)), threat.group(2)))
    return found


def threat_words(text: str) -> tuple[str, ...]:
    """The words of the writer's threats of violence in normalised text, in order; () for none."""
    return tuple(dict.fromkeys(word for _, _, word in _threats(text)))


def calmed(text: str) -> str:
    """Normalised text with the writer's threats blanked (as commas, keeping every offset), for the
    emergency check to read what else the message says."""
    for start, end, _ in _threats(text):
        text = text[:start] + "," * (end - start) + text[end:]
    return text
