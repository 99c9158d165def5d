"""Whether an emergency told soon after another by the same citizen is that one told again, or an
event of its own (refs #10: an outside tester's knife attack after a suicide message, a missing
child after a drunk man at the door, "a kid inside" after smoke in the stairwell and a gas tank on
fire after a gas smell were all taken as the first told again, and their words reached nobody).

One kind of danger is not one event: nlp.emergency reads a suicide, a knife and a missing elder all
as "violence". A message is the same event only when everything it tells is already in the first:
no word turning to another matter (另外, 还有, also), no person or place the first does not name
(我女儿, a kid, 对门), and every word that made it an emergency found in the first's own words.
Told in another language, the words cannot be compared: the same kind of danger with no other
person or place is the same event (有人落水了, then someone drowning). When in doubt it is a new
event: a duplicate costs a merge, a swallowed emergency may cost a life.
Both texts are normalised (nlp.tokenizer.normalize).
"""

from __future__ import annotations

import re

from nlp.urgent import Emergency

__all__ = ["same_event"]

# Turning to another matter: 另外, 还有, 又有, 另一个, also, another.
_ANOTHER = re.compile(r"另外|另一|还有(?!人)|又有|再有|\b(?:also|another|too|as well)\b")
# A person named, beyond someone (有人, someone): who is in danger or who threatens.
_PEOPLE = (
    r"孩子|小孩|娃|女儿|儿子|闺女|孙子|孙女|婴儿|宝宝|学生|我爸|我妈|俺爹|俺娘|爸爸|妈妈|父亲|母亲|"
    r"老人|老太太|老头|老大爷|大爷|大妈|爷爷|奶奶|姥姥|姥爷|外婆|外公|媳妇|老婆|老公|丈夫|妻子|"
    r"男的|女的|男人|女人|男子|女子|小伙|姑娘|邻居|同事|工人|司机|"
    r"\b(?:kids?|child|children|baby|babies|son|daughter|mother|father|mom|mum|dad|wife|husband|"
    r"man|woman|men|women|boy|girl|grandma|grandpa|grandmother|grandfather|neighbou?rs?|"
    r"old (?:man|lady|woman)|worker|driver)\b")
# A place named: the next door, downstairs, across the road.
_PLACES = (
    r"对门|对面|隔壁|楼下|楼上|楼道|门口|厨房|卧室|院里|院子|车库|地下室|屋里|店里|学校|路口|河边|"
    r"\b(?:next door|downstairs|upstairs|across the (?:road|street)|neighbou?r'?s|kitchen|garage|"
    r"school|stairwell|basement)\b")
_NAMED = re.compile(f"{_PEOPLE}|{_PLACES}")
_LATIN = re.compile(r"[a-z]{2,}")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_PARTS = re.compile(r"[/+]")
_SMALL = frozenset({"is", "are", "the", "and", "there", "my", "a", "an", "on", "in", "of", "help",
                    "please", "someone", "somebody", "now"})


def same_event(said: str, said_found: Emergency, told: str, told_found: Emergency) -> bool:
    """True when `said` (an emergency by its own words, read as `said_found`) only tells again the
    emergency `told` (read as `told_found`); False when it is another event or may be one."""
    if not said_found.hazard or said_found.hazard != told_found.hazard:
        return False
    if _ANOTHER.search(said):
        return False
    if any(word not in told for word in _named(said)):
        return False
    if _language(said) != _language(told):
        return True  # 有人落水了, then someone drowning: nothing else named, the same danger
    cues = [part for cue in said_found.cues for part in _PARTS.split(cue) if part]
    return all(_within(cue, told) for cue in (*cues, *said_found.words))


def _named(text: str) -> set[str]:
    """The people and places `text` names."""
    return {match[0] for match in _NAMED.finditer(text)}


def _language(text: str) -> str:
    """"zh" when `text` is written in Chinese characters, else "en"."""
    return "zh" if _HAN.search(text) else "en"


def _within(cue: str, told: str) -> bool:
    """Whether a cue's words stand in `told`: a Chinese cue whole, an English one word by word."""
    if _HAN.search(cue):
        return cue in told
    return all(word in told for word in _LATIN.findall(cue) if word not in _SMALL)
