"""Someone taken away, and someone about to end their life: what an emergency is about when the
tables' kind says less (nlp.emergency).

A child or a person taken away (抱走, 拐走, 抢走孩子, 被人带走, 拉上车开走了; abducted, snatched,
dragged into a van) is an attack on them, the police's to act on now, whatever carried them off:
the vehicle (面包车, 三轮) is where they were taken, not a transport matter. Read as the person
taken × a taking verb, either way round (把孩子抱上车开走, 有人抱走了我家孩子); a thing taken (孩子的
玩具被抢走了), a relative fetching a child (被他爸接走) and the writer carrying one (我把孩子抱上车
送医院) are no taking. In English, a stranger grabbing a person (someone just grabbed my daughter),
or anyone taking one into a vehicle or driving off with them, is one; the writer driving their own
child (I took my daughter to the car) is not.

A person saying they will end their life (不想活了, 活着没意思…跳下去, I don't want to live anymore)
with nobody attacking anyone is "despair": the citizen gets words for a person at risk (the crisis
line, stay with someone; bot.texts.safety), the police act on it as on any attack.
"""

from __future__ import annotations

import re

from nlp.not_now import happening
from nlp.regex import quick
from nlp.urgent_signs import NAMED, NAMED_KINDS, SIGNS

__all__ = ["DESPAIR_KIND", "despairing", "taken"]

DESPAIR_KIND = "despair"
# Who is taken: a child, a family member, a woman or an elder (not a thing, nor "人" alone: 派出所
# 把人带走了 is the police's own doing).
_WHO = (r"(孩子|小孩|小孩子|娃|娃娃|宝宝|婴儿|闺女|儿子|女儿|孙子|孙女|外孙女?|(小)?女孩|(小)?男孩|"
        r"小姑娘|姑娘|小朋友|学生|老人|老太太|老头|我妈|我爸|老婆|媳妇|妹妹|弟弟|姐姐)(?!的)")
# How: carried, lured, snatched or forced away, or into a vehicle that drove off. 带走 and 拉走
# (a parent fetching, a truck's load) are a taking only by someone strange to them.
_STRANGER = r"(陌生人|陌生的?(男|女)的?人?|不认识的人|坏人|人贩子|一个(男|女)的|(两|几|俩)个人|有人|人)"
_CARRY = (r"(抱|拐|抢|掳|劫|拽|拖|绑)走|被拐|(抱|拉|拽|拖|塞|推|架)(上|进)了?[^,，。!?]{0,8}车"
          r"([^,，。!?]{0,3}(开|跑)?走)?|" + _STRANGER + r"[^,，。!?]{0,4}(带|拉|领)走")
# In English: who takes, the taking, whose, who is taken, and off in a vehicle.
_SOMEONE = (r"(someone|somebody|a (man|woman|stranger|guy|couple)|two (men|guys|people)|some (men|guys)|"
            r"a group of (men|people)|strangers?|the (man|woman|stranger))")
_TAKING = r"(grabbed|snatched|took|dragged|pulled|kidnapped|abducted|carried off|bundled|forced)"
_WHOSE = r"(my|our|a|the|his|her|their) (little |young |baby |\d+[- ]year[- ]old )?"
_PERSON = (r"(son|daughter|kid|child|baby|boy|girl|toddler|wife|woman|man|sister|brother|mother|father|"
           r"mum|mom|dad|grandma|grandpa|grandson|granddaughter|niece|nephew|student)")
_AWAY = (r"drove (off|away)|sped (off|away)|ran off|took off|into (a|an|the|his|her|their) (\w+ ){0,2}"
         r"(car|van|truck|vehicle|minibus|suv)")
_TAKEN = quick(
    rf"{_WHO}[^,，。!?]{{0,14}}({_CARRY})|({_CARRY})了?[^,，。!?]{{0,6}}{_WHO}|"
    # taken by a stranger, told without the one taken in the clause (被一个不认识的人领走了)
    r"被(一个|两个|几个|俩)?(陌生人|陌生的?(男|女)的?人?|不认识的(男|女)?的?人?|人贩子|(男|女)的)"
    r"[^,，。!?]{0,4}(带|领|抱|拐)走|"
    r"\b(abducted|kidnapped|snatched)\b|"
    r"\b(son|daughter|child|kid|baby|boy|girl|toddler|sister|brother|wife|mother|father)s? "
    r"(was |were |has been |have been |got |just |been )+(taken|grabbed|taken away)\b|"
    r"\b(grabbed|dragged|pulled|pushed|bundled|forced|put|carried) (my|our|a|the|his|her) (\w+ ){1,2}"
    r"into (a|an|the|his|her|their) (\w+ ){0,2}"
    r"(car|van|truck|vehicle|minibus)\b|"
    # a stranger taking a person (someone just grabbed my daughter), or anyone taking one into a
    # vehicle or driving off with them (took my son … and drove off)
    rf"\b{_SOMEONE} (just )?{_TAKING} {_WHOSE}{_PERSON}\b|"
    rf"(?<!\bi )(?<!\bwe )\b{_TAKING} {_WHOSE}{_PERSON}\b[^.!?]{{0,60}}\b({_AWAY})|"
    rf"\b{_PERSON}s? (was|were|has been|got|just got) (just )?{_TAKING} (away |off )?({_AWAY})")
_FETCHED = re.compile(r"(爸|妈|爷|奶|姥|外公|外婆|姑|姨|舅|叔|婶|老师|家长|亲戚)"
                      r"[^,，。!?]{0,4}(接|带|领|抱)走|"
                      r"(我|俺|咱)们?[^,，。!?]{0,3}把")  # ... nor the writer carrying their own

# Someone about to end their life: the despair signs (nlp.urgent_signs) and the phrases named of it.
_DESPAIR = tuple(pattern for kind, _, pattern in SIGNS if kind == DESPAIR_KIND)
_DESPAIR_NAMED = tuple(pattern for kind, pattern in NAMED_KINDS if kind == DESPAIR_KIND)
# Someone attacking, cheating or threatening others: the police's as an attack, whatever else.
_ATTACK = tuple(pattern for kind, _, pattern in SIGNS if kind in ("violence", "fraud"))


def taken(text: str) -> str:
    """The words telling that a person was taken away in normalised text, or ""."""
    for match in happening(_TAKEN, text):
        if not _FETCHED.search(text, max(0, match.start() - 6), match.end()):
            return match.group()
    return ""


def despairing(text: str) -> tuple[str, ...]:
    """The words of someone about to end their life, where no one attacks anyone; () if none."""
    if any(happening(pattern, text) for pattern in _ATTACK):
        return ()
    words = [m.group() for pattern in _DESPAIR for m in happening(pattern, text)]
    words += [m.group() for m in happening(NAMED, text)
              if any(pattern.search(m.group()) for pattern in _DESPAIR_NAMED)]
    return tuple(dict.fromkeys(words))
