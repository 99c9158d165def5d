"""What an emergency is about, read more finely than the tables (nlp.emergency; refs #10, an
outside tester's round-24 finds).

- Someone about to end their life told without the usual words: a goodbye or an apology to the
  family (跟家里人说对不起, 遗书, 再见了大家) with a high place, water, pills or a rope (桥上, 楼顶,
  安眠药); in English a first-person wish to die or to end it, even told with fear words ("I'm
  scared, I want to die", "I'm going to end it tonight"). A complaint about the bridge or the
  roof (护栏坏了, 路灯不亮) is no goodbye.
- A blade that slipped at work or in the kitchen (切菜不小心切到手, 镰刀把腿划了) is an injury
  (medical, health's), not an attack.
- An attack (a weapon, blows) that left someone hurt (倒地, 流血) is the police's, the wound named
  for health beside it (`wounded`), not health's alone.
- Someone missing (an elder with dementia not home, a child not back) is "missing" and a person
  taken away "abduction": both the police's, each with its own advice (bot.texts.safety).
- A gas tank or cylinder on fire (液化气罐着火) is a fire: leave and call 119, not open windows.
- Fish taken by electricity, explosives or poison (河里有人电鱼, 水库有人炸鱼) is the river's matter:
  the one in the water is the poacher, in no danger, unless someone is told hurt or in the water.
- A danger told as over (人已经救上来了, 火已经灭了，没人受伤) with nothing still wrong is none.
Patterns work on normalised text (nlp.tokenizer.normalize).
"""

from __future__ import annotations

import re

from nlp.not_now import happening
from nlp.urgent_signs import SIGNS

__all__ = ["ABDUCTION", "MISSING", "accident", "at_risk", "attacked", "missing_only", "over", "poaching",
           "tank_fire", "wounded"]

ABDUCTION, MISSING = "abduction", "missing"

# A goodbye or an apology to the family, a last letter, a last time.
_FAREWELL = re.compile(
    r"(跟|和|给|对)(家里人?|爸妈|爸爸|妈妈|我爸|我妈|老婆|老公|媳妇|孩子|儿子|女儿|大家|你们|家人)"
    r"[^,，。!?]{0,4}(说)?(声|句)?(对不起|再见|永别|告别)|对不起(爸妈|爸爸|妈妈|大家|你们|家里人?|孩子)|"
    r"遗书|绝笔|永别了|再见了(大家|爸妈|妈|爸|各位|这个世界)|来生再|下辈子再|最后一次(跟|和|给)?(你们|大家|家里|爸妈)|"
    r"(替我)?照顾好(我)?(爸妈|爸|妈|孩子|自己)|别(再)?(找|等)我了|不用(再)?(找|等)我了|"
    r"\b(goodbye|farewell) (everyone|all|mum|mom|dad|world)\b|\btell (my )?(mum|mom|dad|family|kids) "
    r"(i'?m|i am) sorry\b|\bsuicide note\b|\bthis is my last (message|goodbye)\b")
# ... where a life can be ended: a height, water, pills, a rope.
_MEANS = re.compile(
    r"桥上|桥边|大桥|楼顶|天台|顶楼|窗台|阳台外|江边|河边|湖边|海边|水库|崖|铁轨|跳|"
    r"安眠药|一瓶药|药[^,，。]{0,5}(吃|喝)了|吃了?[^,，。]{0,3}药|农药|绳|炭|"
    r"\b(bridge|roof|rooftop|ledge|cliff|river|tracks|pills|rope|jump)\b")
# ... unless it is a complaint about the place (a broken railing, a lamp out, a repair).
_MATTER = re.compile(r"护栏|栏杆|路灯|坏了|维修|修(一下|好|理)|反映|投诉|施工|堵车|"
                     r"\b(railing|repair|broken)\b")
# A first-person wish to die or to end it, told in English, fear words or not.
_WISH = re.compile(
    r"\b(i|i'm|i am|im)\b[^.!?]{0,20}\b(want|wanna|going|gonna|about|ready) (to )?"
    r"(die|end it|end it all|end my life|kill myself|jump)\b|"
    r"\b(i'?ll|i will|i'm going to|im going to|i am going to) (end it|kill myself|end my life)\b|"
    r"\bcan'?t (do this|go on|take (it|this)) any ?more\b[^.!?]{0,40}\b(die|end it|end my life)\b")

# Blows or a weapon (the tables' attack signs), and a body hurt by them.
_ATTACK = tuple(pattern for kind, _, pattern in SIGNS if kind == "violence")
# ... not a knife slipping at work or in the kitchen (切菜不小心把手切了): an accident.
_ACCIDENT = re.compile(r"不小心|切菜|切肉|切到|割(到|了|破|伤)|划(到|破|伤|了)|削|剁|砍柴|镰刀|干活|"
                       r"机器|电锯|手术")
# ... unless someone did it: an attacker told beside the slip (有人拿刀, 砍人, 那个男的).
_ATTACKER = re.compile(r"有人|那人|那个人|男的|女的|歹徒|坏人|小偷|贼|(拿|持|举|抡)着?.{0,3}刀|"
                       r"(砍|捅|打|扎)(人|我|他|她)|追着|杀")
_WOUNDED = re.compile(
    r"流血|出血|是血|血流|血泊|头破|(砸|打|磕|砍)破|骨折|倒地(?!沟)|倒在地|受伤|伤了|砍伤|捅伤|打伤|昏迷|不省人事|叫不醒|"
    r"\b(bleeding|injured|wounded|unconscious|stabbed)\b")
_MISSING = tuple(pattern for kind, _, pattern in SIGNS if kind == "missing")

# A gas tank or cylinder in flames itself (not a leak next to a flame: that is still gas).
_TANK_FIRE = re.compile(
    r"(液化气|煤气|燃气|天然气|气)(罐|瓶)[^,，。!?]{0,4}(着火|起火|失火|烧起来|燃起来|冒火|窜火|蹿火)|"
    r"\b(gas|propane|lpg) (tank|cylinder|bottle) (is |has )?(caught fire|on fire|burning|in flames)\b")

# Fish taken by electricity, explosives or poison, unless someone is hurt or in the water by it.
_POACHING = re.compile(r"电鱼|炸鱼|毒鱼|药鱼|电捕|\belectro-?fishing\b")
_HARMED = re.compile(r"倒了|晕|昏|漂着|沉|落水|掉(进|到|下)|溺|不动|叫不醒|救|被电|触电|受伤|死了|淹|"
                     r"电(着|倒|到)了?(人|他|她|自己|孩子)|没了?(呼吸|气)")
# A danger over: the one in it brought out, the fire out, nobody hurt.
_OVER = re.compile(
    r"(已经|都)(被)?(救|捞|拉|抬|抱|背)(上来|出来|上岸)了|火(已经|都)(被)?(扑)?(灭|熄灭)了|已经脱险|"
    r"(没|没有)(人)?(受伤|伤着|伤到)|人(都)?没事|都平安|"
    r"\b(has been|was|were|have been) (pulled|rescued|brought) out\b|\bfire is (out|put out)\b|"
    r"\b(no one|nobody) (was |is )?(hurt|injured)\b|\beveryone is (safe|ok|fine)\b")
# ... unless something is still wrong: someone still in it, not breathing, bleeding.
_STILL = re.compile(
    r"还有(人|个)|还在|没(有)?(了)?(呼吸|气)|叫不醒|喊不醒|昏迷|不省人事|流血|抽搐|不动|救命|快来|怎么办|"
    r"又|但是|可是|\b(still|not breathing|unconscious|bleeding|help|but)\b")


def at_risk(text: str) -> tuple[str, ...]:
    """The words of someone about to end their life told without the tables' words: a goodbye
    with a means, or an English first-person wish to die; () if none."""
    wish = _WISH.search(text)
    if wish:
        return (wish.group(),)
    farewell, means = _FAREWELL.search(text), _MEANS.search(text)
    if farewell and means and not _MATTER.search(text):
        return farewell.group(), means.group()
    return ()


def attacked(text: str) -> str:
    """The words of an attack happening (a weapon, blows), or "" (or for an accident)."""
    if _ACCIDENT.search(text):
        return ""
    return next((m.group() for pattern in _ATTACK for m in happening(pattern, text)), "")


def accident(text: str) -> bool:
    """Whether a blade told is a slip at work or in the kitchen (切菜不小心把手切了, 割麦子镰刀把腿
    划了), with nobody wielding it at anyone."""
    return bool(_ACCIDENT.search(text)) and not _ATTACKER.search(text)


def wounded(text: str) -> bool:
    """Whether someone is told hurt (bleeding, down, unconscious)."""
    return bool(happening(_WOUNDED, text))


def missing_only(text: str) -> bool:
    """Whether someone is told missing, with no attack told."""
    return not attacked(text) and any(happening(pattern, text) for pattern in _MISSING)


def tank_fire(text: str) -> str:
    """The words of a gas tank or cylinder on fire, or ""."""
    return next((m.group() for m in happening(_TANK_FIRE, text)), "")


def poaching(text: str) -> bool:
    """Whether fish taken by electricity, explosives or poison is told with nobody hurt by it."""
    return bool(_POACHING.search(text)) and not _HARMED.search(text)


def over(text: str) -> bool:
    """Whether a danger is told as over with nothing still wrong."""
    return bool(_OVER.search(text)) and not _STILL.search(text)
