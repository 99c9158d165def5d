"""Names told by how people introduce and sign themselves, where names.py has no cue word.

- A self-introduction with a place between: 俺是后王楼村的王德福, 我是阳光小区的赵红, 我是三组的孙立强,
  俺后王楼村的王德福
  (and so inside what staff write: 给俺是后王楼村的王德福家恢复了供水);
- a signature: 李秀兰敬上, —— 李秀兰 敬上, —— 李秀兰 ending the text, 此致 敬礼 李秀兰 at the end of
  a letter, 落款：李秀兰 (not 落款是一月一日);
- a relative of the writer's named with a space inside the name: 我老伴儿王 秀英腿脚不好;
- a given name alone before 家门口, 家里 or 家的 at the start of a clause (晓梅家门口的路灯坏了),
  only when both its characters are common in given names (words.GIVEN_CHARS): 自己家门口,
  邻居家里, 大家的 are no names;
- a resident named after their village, estate or door, 的 between (已为后王楼村的王德福家) or not
  (6号楼302室刘德华反映, 李庄村王德福家门口, 302室欧阳建华反映, 12号楼下王建国开的), where what is
  said of the person follows; for the public the village goes with the name (`public`);
- a surname and a given name that speaks elsewhere (王德福到现在…，德福说…) or is a known name's
  (never half-shown), after a door or at a clause's start.
Names found here are returned as names (the masker knows them from then on, wherever they stand),
so a name is masked whole in every text about the ticket.
"""

from __future__ import annotations

import re

from bot.domain.privacy import words
from bot.domain.privacy.names import WEAK_WHOLE, plausible

_HAN = "\u4e00-\u9fff\u3400-\u4dbf"
_GIVEN = rf"(?:[{_HAN}](?<![{words.NOT_GIVEN}])|{words.GIVEN_SHENG}|{words.GIVEN_YOU})"  # 张春生
# After 我是…的 or 敬礼 the name is all but said: few characters stay out of it (马春生, 蔡和平, 倪国栋).
_SAID_GIVEN = rf"(?:[{_HAN}](?<![的了在是也就还又说我你他她它们这那有没不很太已吗呢吧啊呀嘛被把从到对向家]))"
_SELF_NAME = re.compile(rf"(?:{words.COMPOUND}|[{words.SURNAMES}]){_SAID_GIVEN}{{1,2}}")
# 我是 + a village, community, estate, group, house number … + 的 (the place may be gone: the
# public loses a group number, 三组的 → ""), or 我 and the place without 是.
_PLACE = (rf"[{_HAN}0-9０-９]{{1,12}}?"
          "(?:村|社区|小区|组|队|屯|庄|街道|镇|乡|家园|花园|苑|号楼|楼|单元|号院|号|室)")
_SELF_PLACE = re.compile(rf"(?:我|俺|咱|本人)(?:就?是(?:{_PLACE})?|[，,\s]*{_PLACE})的\s*")  # 俺后王楼村的
# What a name after such a place is followed by: the phrase ends, or what is said starts.
_NAME_END = re.compile(rf"(?![{_HAN}])|家|俺|我|今年|现年|反映|住|想|要|有|在|和|一家|老人|给|向")
_SIGN_AFTER = re.compile("敬上|谨上|拜上|敬呈|谨呈|叩上")
_DASH_SIGN = re.compile(rf"(?:——|—|--|－－)\s*([{words.SURNAMES}]{_SAID_GIVEN}{{1,2}})\s*$")
_SIGN_LEFT = re.compile(rf"(?:^|[^{_HAN}]|[民众户主人])[\s—\-－~～]*$")
_REGARDS = re.compile(r"落款\s*[:：]\s*|"
                      r"敬礼[\s!！。.,，:：]*(?:[—\-－~～]+\s*)?(?:市民|村民|居民|群众|业主|住户)?\s*")
# The name after 敬礼 ends where no Chinese follows (a mark, a bracket, the end) or where a word that
# no name holds or what is said of a person starts (此致 敬礼 邓波没人管, 此致 敬礼 韩珍谢谢, 苏英兰快来修,
# 李国一直打不通); a compound surname too (令狐勇).
_PREDICATE = re.escape("".join(sorted(ch for ch in words.PREDICATE_STARTS if "\u4e00" <= ch <= "\u9fff")))
_REGARDS_NAME = re.compile(
    rf"((?:{words.COMPOUND}|[{words.SURNAMES}])(?:[ \u3000]?{_SAID_GIVEN}){{1,2}})"
    rf"(?:(?![{_HAN}])|(?=[{words.NOT_GIVEN}]|[{_PREDICATE}]|谢谢|二〇|快|赶紧|麻烦))")
_KIN_SPACED = re.compile(
    rf"(?:我|俺|咱)(?:家的?)?(?:{words.FAMILY})儿?\s*([{words.SURNAMES}][ \u3000]{_GIVEN}{{1,2}})")
_HOME = re.compile("家门口|家里|家的")
_CLAUSE = frozenset("，,。.；;！!？?：:、\n （(")


# A resident named after their village, estate, group or house (为后王楼村的王德福家, 家住…村的王德福
# 反映, 春晖社区的韩美玲大姐): the name ends where what is said of the person starts.
# A door number closes such a place too (春晖社区3号楼2单元501的韩美玲).
_PLACED = re.compile("(?:村|社区|小区|花园|家园|号楼|单元|组|号|室|"
                     "(?:(?<=单元)|(?<=楼)|(?<=栋)|(?<=号)|(?<=区)|(?<=村))[0-9０-９]{1,5})的")
_PLACED_END = re.compile("(?![\u4e00-\u9fff\u3400-\u4dbf])|家(?!具|电|乡)|反映|来电|称|说|今年|现年|"
                         "一家|" + "|".join(sorted(words.TITLES, key=len, reverse=True)))
# The same with no 的 between (6号楼302室刘德华反映, 5组12号王德福家, 3单元501张桂兰, 李庄村王德福家门口):
# a door number or a village right before a common surname. What follows must be said of a
# person (家, 反映, 说 …); where the phrase just ends (302室刘德华，), only a name of three
# characters with a given-name character of words.GIVEN_CHARS is one (12号路灯， and 小区南大门，
# are no names); and anywhere a name whose given name speaks with 说/讲 elsewhere in the text
# (…，德华说, 后来德福说) or is masked as a known name's: a name is never half-shown (王德福 where 德福 goes).
# Found by the place's last character (a plain class `re` scans fast), then read backwards.
# A compound surname starts one too (302室欧阳建华); so does a door's side (12号楼下王建国开的).
_SETTLED = re.compile(
    rf"[号室栋幢元户组楼层院村区园0-9０-９下上壁门面边](?=[{words.SURNAMES}]|{words.COMPOUND})")
# Beside a door: 12号楼下王建国开的小卖部, 302室隔壁张桂兰家.
_BESIDE = frozenset(("楼下", "楼上", "隔壁", "对门", "对面", "旁边"))
_NUMERALS = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十")
_DIGITS = frozenset("0123456789０１２３４５６７８９")
_SETTLED_PAIRS = frozenset(("社区", "小区", "花园", "家园"))
_BEFORE_ROOM = ("单元", "楼", "栋", "幢", "号", "座")  # 3单元501, 2号楼302
# 桂香家园, 陈氏家族, 王家居: an estate, a clan or a shop, no household.
# An aside may come first (李庄村王立新（65岁）反映).
_SETTLED_SAID = re.compile(r"(?:\s*[（(][^（()）\n]{0,40}[）)]\s*)?(?:"
                           "家(?!具|电|乡|园|族|居|属院|纺)|反映|来电|称|说|今年|现年|一家|本人|开的|" +
                           "|".join(sorted(words.TITLES, key=len, reverse=True)) + ")")
# A given name that speaks (德华说, 德福讲), a title between or not (德福大爷说, 德福叔讲), or that a
# title and what is said of a person follow (建国哥家, 德福大爷他). Found from what is said (a plain
# class `re` scans fast), then read backwards: a title that ends there, and two characters before it.
_SAYS = re.compile("[说讲家他她]|告诉")
_TITLE_ENDS = re.compile(f"(?:{'|'.join(sorted(words.GIVEN_TITLES, key=len, reverse=True))})\\Z")
_GIVEN_PAIR = re.compile(f"[{_HAN}]{{2}}")
# A title of two characters or more starting inside such a pair ends the name before it (桂兰大姐家
# holds 桂兰, not 兰大).
_TITLE_INSIDE = re.compile("|".join(sorted((t for t in words.GIVEN_TITLES if len(t) > 1),
                                           key=len, reverse=True)))
_COMPOUNDS = frozenset(words.COMPOUND.split("|"))
_HAN_RUN = re.compile(f"[{_HAN}]+")
_SETTLED_ENDS = re.compile(r"(?![\u4e00-\u9fff\u3400-\u4dbf])|的|和|【")
# Where such a place starts, for the public to drop it: after a word that leads to the person.
_LEADS = frozenset("为给帮替住在是对向与和及、，,。；;：: \n（()）")
# For the public, a village or estate right before a masked name goes too, 的 or not (the doors
# between are gone by then: 李庄村5组12号王德福家 reads 【姓名】家).
_PLACED_PUBLIC = re.compile(f"{_PLACED.pattern}|(?:村|社区|小区|花园|家园)(?!的)")
_MOST_PLACE = 12
_TITLE = re.compile("|".join(sorted(words.TITLES, key=len, reverse=True)))
_SELF_IS = re.compile(r"(?:我|俺|咱|本人)就?是")
_NAME_LABEL = "【姓名】"


def public(text: str, names: tuple[str, ...] = ()) -> str:
    """`text` without the place of a self-introduction whose name is masked (for the public:
    who and where together point at one household). 我是春晖社区的【姓名】 opening a clause reads
    我是【姓名】; inside what staff write, 已为俺是后王楼村的【姓名】家 reads 已为【姓名】家."""
    if _NAME_LABEL not in text and not any(n in text for n in names):
        return text
    out, at = [], 0
    for cue in _SELF_PLACE.finditer(text):
        if not text.startswith(_NAME_LABEL, cue.end()) and not _whole_at(text, cue.end(), names):
            continue
        opens = cue.start() == 0 or text[cue.start() - 1] in _CLAUSE
        said = _SELF_IS.match(cue[0])
        out += [text[at:cue.start()], said[0] if said and opens else ""]
        at = cue.end()
    return _unplaced("".join(out) + text[at:], names)


def _whole_at(text: str, at: int, names: tuple[str, ...]) -> bool:
    """Whether a name of `names` stands whole at `at` (not a surname alone)."""
    return any(len(n) >= 2 and text.startswith(n, at) for n in names)


def _unplaced(text: str, names: tuple[str, ...] = ()) -> str:
    """`text` without the village or estate before a masked name (已为后王楼村的【姓名】家 reads
    已为【姓名】家), where the place's start is clear: after a word that leads to the person, or
    at the start of the text; before a title only where the name stands whole (`names`, found
    before the masking: 已为家住后王楼村的王德福老人 reads 已为家住王德福老人)."""
    out, at = [], 0
    for placed in _PLACED_PUBLIC.finditer(text):
        after = placed.end() + len(_NAME_LABEL)
        whole = _whole_at(text, placed.end(), names)
        # Before a title the label may stand for a surname alone (李庄村的【姓名】大娘, 王大娘):
        # the village stays, as for the self-introduction's neighbours.
        if not whole and (not text.startswith(_NAME_LABEL, placed.end())
                          or _TITLE.match(text, after)):
            continue
        start = placed.start()
        while start > max(at, placed.start() - _MOST_PLACE) and not _led(text, start):
            start -= 1
        if start == at or _led(text, start):
            out.append(text[at:start])
            at = placed.end()
    return "".join(out) + text[at:]


def _led(text: str, at: int) -> bool:
    """Whether a place may start at `at`: after a word that leads to the person, or after the
    敬礼 of a letter's close (此致敬礼大新村【姓名】 reads 此致敬礼【姓名】)."""
    return text[at - 1] in _LEADS or text.startswith("敬礼", at - 2)


def names(text: str, known: tuple[str, ...] = ()) -> list[str]:
    """Every name `text` introduces or signs this way (`known`: names masked wherever they stand,
    whose given names make a name of a surname before them)."""
    found: list[str] = []
    for cue in _SELF_PLACE.finditer(text):
        start = cue.end()
        for size in (4, 3, 2):
            end = start + size
            if end <= len(text) and _SELF_NAME.fullmatch(text, start, end) \
                    and _NAME_END.match(text, end) and plausible(text[start:end], strict=False):
                found.append(text[start:end])
                break
    for placed in _PLACED.finditer(text):
        start = placed.end()
        for size in (4, 3, 2):
            end = start + size
            # A name does not end in a title's first character (周明 of 周明老奶奶, not 周明老).
            if end <= len(text) and _SELF_NAME.fullmatch(text, start, end) \
                    and _PLACED_END.match(text, end) and not _TITLE.match(text, end - 1) \
                    and plausible(text[start:end]):
                found.append(text[start:end])
                break
    speaking = _speaking(text, known)
    found += [n for n in _settled(text, speaking) if n not in found]
    found += [n for n in _said_names(text, speaking) if n not in found]
    for sign in _SIGN_AFTER.finditer(text):
        end = sign.start()
        while end and text[end - 1] in " \u3000":
            end -= 1
        for size in (3, 2, 4):
            start = end - size
            if start >= 0 and WEAK_WHOLE.fullmatch(text, start, end) \
                    and _SIGN_LEFT.search(text, max(0, start - 6), start) \
                    and plausible(text[start:end], strict=False):
                found.append(text[start:end])
                break
    found += [m[1] for m in _DASH_SIGN.finditer(text) if plausible(m[1], strict=False)]
    for regards in _REGARDS.finditer(text):
        m = _REGARDS_NAME.match(text, regards.end())
        if m and plausible(m[1].replace(" ", "").replace("\u3000", ""), strict=False):
            found.append(m[1])
    found += [m[1] for m in _KIN_SPACED.finditer(text)]
    for home in _HOME.finditer(text):
        start = home.start() - 2
        if start >= 0 and (start == 0 or text[start - 1] in _CLAUSE) \
                and all(ch in words.GIVEN_CHARS for ch in text[start:home.start()]) \
                and text[start:home.start()] not in words.NOT_NAMES:
            found.append(text[start:home.start()])
    return list(dict.fromkeys(found))


def _settled_at(text: str, at: int) -> bool:
    """Whether a door number or a village ends with the character at `at`: 302室, 5组, 12号,
    6号楼, 12号院, 3单元, 3单元501, 李庄村, 春晖社区, 金城花园."""
    ch = text[at]
    if text[at - 1:at + 1] in _BESIDE:
        return at >= 2 and _settled_at(text, at - 2)
    if ch in "下上壁门面边":
        return False
    if ch == "村":
        return True
    if ch in "区园":
        return text[at - 1:at + 1] in _SETTLED_PAIRS
    if ch in _DIGITS:  # a room after its building or unit, its whole number (3单元501)
        start = at
        while start and text[start - 1] in _DIGITS:
            start -= 1
        return at - start < 5 and text.endswith(_BEFORE_ROOM, 0, start)
    before = at - 1
    if ch == "元":
        before -= 1
        if text[before + 1:at + 1] != "单元":
            return False
    elif ch in "楼院" and text[before:at] == "号":
        before -= 1  # 6号楼, 12号院
    elif ch == "院":
        return False
    return before >= 0 and text[before] in _NUMERALS


def _speaking(text: str, known: tuple[str, ...]) -> frozenset[str]:
    """Given names that speak with 说/讲 (，德华说…, 后来德福讲…), with the given names of
    `known` (masked wherever they stand): a surname before one makes a name, never half-shown."""
    said = set()
    for says in _SAYS.finditer(text):
        title = _TITLE_ENDS.search(text, max(0, says.start() - 4), says.start())
        end = title.start() if title else says.start()
        if (title is None and says[0] not in "说讲") or end < 2 \
                or not _GIVEN_PAIR.fullmatch(text, end - 2, end):
            continue
        given = text[end - 2:end]
        if any(ch in words.GIVEN_CHARS for ch in given) and not _TITLE_INSIDE.match(text, end - 1) \
                and given not in words.NOT_GIVEN_WORDS and given not in words.NOT_NAMES:
            said.add(given)
    for name in known:
        given = name[2:] if name[:2] in _COMPOUNDS else name[1:]
        if len(given) >= 2 and _HAN_RUN.fullmatch(name):
            said.add(given)
    return frozenset(said)


def _said_names(text: str, speaking: frozenset[str]) -> list[str]:
    """A surname and a given name that speaks elsewhere (王德福到现在…，德福讲…), where a clause
    starts before it (a door before it is _settled's)."""
    found: list[str] = []
    for given in speaking:
        at = text.find(given, 1)
        while at != -1:
            for size in (2, 1):
                start = at - size
                name = text[start:at + len(given)]
                if start >= 0 and (start == 0 or text[start - 1] in _CLAUSE) \
                        and WEAK_WHOLE.fullmatch(name) and plausible(name):
                    found.append(name)
                    break
            at = text.find(given, at + 1)
    return found


def _settled(text: str, speaking: frozenset[str] = frozenset()) -> list[str]:
    """Names right after a door number or a village, no 的 between (see _SETTLED)."""
    found: list[str] = []
    for place in _SETTLED.finditer(text):
        if not _settled_at(text, place.start()):
            continue
        start = place.end()
        for size in (4, 3, 2):
            end = start + size
            name = text[start:end]
            if len(name) < size or not WEAK_WHOLE.fullmatch(name) or not plausible(name) \
                    or name[-1] in "氏姓" or _TITLE.match(text, end - 1):
                continue
            given = name[2:] if name[:2] in _COMPOUNDS else name[1:]
            if _SETTLED_SAID.match(text, end) or given in speaking or (
                    size >= 3 and _SETTLED_ENDS.match(text, end)
                    and any(ch in words.GIVEN_CHARS for ch in given)):
                found.append(name)
                break
    return found
