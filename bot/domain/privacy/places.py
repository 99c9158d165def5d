"""Places and plates for the public channel: the village or community stays, the door goes.

Units and supervisors keep the whole address (where the problem is) and the licence plate (what it
concerns) — but for a plate of the writer's own vehicle (own_plates), which is theirs; the public
reads neither: house, building, unit and room numbers are dropped, a plate becomes a label, and a
drafted summary names the place down to the village or community only.
"""

from __future__ import annotations

import re

from bot.domain.privacy.names import COMPOUND, LEFT_TITLED, SURNAMES, whole_name_ending_at
from bot.domain.privacy.numbers import Span, tickets
from bot.domain.privacy.words import (
    AMBIGUOUS,
    ENDS_IN_SURNAME,
    FUNCTION_WORDS,
    TITLES,
    VILLAGE_ENDS,
)

PLATE = "plate"

_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领"
_ALNUM = "A-Za-z0-9Ａ-Ｚａ-ｚ０-９"
_PLATE = re.compile(rf"[{_PROVINCES}]\s?[A-Za-zＡ-Ｚａ-ｚ][\s·•\-－]?(?=[{_ALNUM}]*[0-9０-９])"
                    rf"[{_ALNUM}]{{5,6}}(?![{_ALNUM}])[挂学警]?")
_CLAUSE_START = frozenset("，,。.；;：:！!？?、（(）)“”\"' \n\t")
_NUMERAL = "0-9０-９一二三四五六七八九十百零〇两幺"
# "3号楼2单元501室", "十八号", "B座", "7楼", "第3户": the door, not the place. Found from the door
# word back to its number (a search that starts at every digit would be slow).
_DOOR_WORD = re.compile("号楼|号院|号门|栋|幢|座|单元|室|号|户|楼|层|排|组")
_DOOR_NUMBER = re.compile(rf"(?:第?(?:[{_NUMERAL}]+|(?<![A-Za-z])[A-Za-zＡ-Ｚａ-ｚ])\s*[-－—]?\s*)$")
# A room written without 室 right after a numbered building or unit (3单元501张桂兰, 2号楼302): the
# door too; not a distance, an amount or a count (2号楼300米, 一座20万吨).
_ROOM_AFTER = frozenset(("号楼", "栋", "幢", "单元"))
_ROOM = re.compile(r"(?:[0-9０-９]{3,4}|[零〇一二三四五六七八九]{3,4})"  # 3单元501, 2单元五零一
                   r"(?![0-9０-９]|[.．][0-9０-９]|"  # a full stop after it ends the room
                   r"[%％米元块年月日号楼室层户个人次天岁平单栋幢座排组门院套间辆台名位万千百多余])")
_ARABIC = re.compile(r"[0-9０-９]")
# What makes a 户 or a 组 a door (_counted): a building or unit right before the household; a
# 的, a house number or a surname right after the group.
_AFTER_DOOR = re.compile(r"(?:号楼|栋|幢|单元|楼|层)\s*$")
_GROUP_TIED = re.compile(rf"\s*(?:的|[{_NUMERAL}]+\s*号|"
                         rf"[{''.join(c for c in SURNAMES if c not in AMBIGUOUS + FUNCTION_WORDS)}])")
# 刘先生, 王女士, 张大爷: a person, if not by full name.
_HONORIFIC = re.compile("|".join(sorted(TITLES, key=len, reverse=True)))
_SURNAME = re.compile(rf"(?:{COMPOUND}|[{SURNAMES}])\Z")  # not $: 修路\n大爷 holds no 路大爷
# How people call someone they know by a surname alone: 王姐, 张哥, 老王, 小李, 小李子 — for the public
# a surname as 刘师傅 is; a surname that is also a word (帅哥, 老师, 小区, 小麦, 小孙子) makes none, and
# 老王 or 小李 only where what is said of a person follows (老王家, 小李说, not 老陈醋, 小苗长高了).
_NICK_SURNAMES = "".join(ch for ch in SURNAMES if ch not in AMBIGUOUS + FUNCTION_WORDS + "麦康苗牛羊鹿熊燕")
_KIN_TITLED = re.compile(rf"([{_NICK_SURNAMES}])[姐哥叔婶](?![姐哥叔婶])")
_CALLED = re.compile(rf"[老小]([{_NICK_SURNAMES}])(?:(?<![孙叶胡林梅])子)?"
                     "(?=家|说|讲|他|她|反映|告诉|打电话|来|去|也|和|在|[^\u3400-\u9fff]|$)")
# Town and village or community, for a drafted summary: 胡集镇李庄村, 鱼山街道金城社区.
_NOT_PLACE = "的在住家我你他她们是了和与到从向也都就还又说这那有没不个省市县区镇乡村街道路号楼栋室址"
_PLACE_CHAR = rf"(?:[\u4e00-\u9fff](?<![{_NOT_PLACE}]))"
# A 乡 followed by 镇 or 街道 is part of the name (金乡街道): 反映金乡 is no town.
_TOWN = rf"{_PLACE_CHAR}{{2,5}}(?:镇|乡(?!镇|街道)|街道)(?![县市区])"
# A town named after its county keeps its 乡 (金乡镇, 金乡街道 of 金乡县, not 金乡); 各乡镇,
# 请问乡镇, 家乡街道 are no names.
_NOT_XIANG = "(?![各本同离某城全每该此其可原发家老故下回返外异他水])(?<![家老故城下回返])"  # 家乡, 城乡
_XIANG_NAME = rf"{_NOT_XIANG}{_PLACE_CHAR}乡(?:镇|街道)"
# Alone, such a town starts after an address word or where a clause starts; right before a
# village it is a town wherever it stands (金乡街道王庄村 opening a report).
_XIANG_TOWN = rf"(?:^|(?<=[县市区省址住在于自是点：:\s，,。；;、！!？?（(])){_XIANG_NAME}"
_TOWN_BEFORE_VILLAGE = rf"(?:{_XIANG_NAME}|{_TOWN})"
_TOWN = rf"(?:{_XIANG_TOWN}|{_TOWN})"
# Words that lead to a place and are none of it: 位于胡集镇, 来自李庄村, 反映胡集镇李庄村.
_LEAD = re.compile("^(?:位于|来自|地处|坐落于|坐落在|属于|反映|投诉|举报|今天|昨天|前天|最近|现在|目前)")
# A village may hold 楼 (后王楼村): not a door there.
_VILLAGE = (rf"(?<![县市])(?:{_PLACE_CHAR}|楼(?=[\u4e00-\u9fff]{{0,4}}(?:村|社区))){{2,6}}"
            "(?:村|社区)(?!委|民|里|口)")
# A residential estate (小区) where no village or community is named: 阳光花园小区, 幸福家园 — a
# place of hundreds of households, as coarse as a village; the building and room stay out.
_ESTATE = rf"(?<![县市]){_PLACE_CHAR}{{2,8}}(?:小区|家园|花园|公寓)"  # 县城御景苑小区: 御景苑小区
# The town before its village, a space or a 的 between (胡集镇的李庄村).
_PLACE = re.compile(rf"(?:({_TOWN_BEFORE_VILLAGE})\s*的?\s*)?({_VILLAGE})|({_TOWN})")
# A place written between an action and a person (走访李庄村刘翠花, 联系金城小区3组的王芳): the
# town, village, community or estate, a group (组, 队) and a 的 (bot/domain/privacy/placed.py).
# An estate may hold 楼 there (东楼小区): no door stands before a person's name.
_NAMED_ESTATE = _ESTATE.replace(_PLACE_CHAR, f"(?:{_PLACE_CHAR}|楼)")
# A village may go without 村 there (走访李庄刘翠花, 回访后王楼王德福): its last character says
# it is one (words.VILLAGE_ENDS).
_BARE_VILLAGE = rf"(?<![县市]){_PLACE_CHAR}{{1,3}}[{VILLAGE_ENDS}](?!村|社区)"
PLACE_BEFORE_NAME = (rf"(?:{_TOWN_BEFORE_VILLAGE}\s*的?\s*)?"
                     rf"(?:{_VILLAGE}|{_NAMED_ESTATE}|{_TOWN}|{_BARE_VILLAGE})"
                     rf"(?:\s*[{_NUMERAL}]+(?:组|队))?\s*的?")
_ESTATE_PLACE = re.compile(rf"(?:({_TOWN_BEFORE_VILLAGE})\s*的?\s*)?({_ESTATE})")
# Words before 小区 that are no name: 对面小区, 附近小区, 隔壁老旧小区 (新城花园 is a name).
_NOT_ESTATE_NAME = re.compile("^(?:对面|附近|隔壁|旁边|周边|周围|整个|老旧|高档|普通|一些|全|各|本|该|"
                              "某|哪|那|这)+")

# A road, bus or bridge named by where it leads (通往镇上的水泥路, 李庄村到王集镇的路, 去往胡集镇
# 的公交): the place is the phrase as written, to its 的 — the going word is no part of a town's
# name (通往镇水泥路 was drafted so). 到 and 至 lead only from a place named before them (我到镇上
# 的时候 names no road).
_GOING = "通往|去往|前往|通向|开往|直通|直达|通到"
_BY_NAME = r"(?:镇上|镇里|乡里|乡上|县城|县里|城里|城区|市里|市区|村里|村上|集上)"
_WHERE_TO = rf"(?:{_TOWN_BEFORE_VILLAGE}\s*的?\s*{_VILLAGE}|{_TOWN}|{_VILLAGE}|{_BY_NAME})"
_ROUTE = re.compile(rf"(?:从)?(?P<origin>{_WHERE_TO})?(?:{_GOING})(?P<to>{_WHERE_TO})(?:上|里)?的"
                    rf"|(?:从)?(?P<from>{_WHERE_TO})(?:到|至)(?P<till>{_WHERE_TO})(?:上|里)?的")
_GOING_WORD = re.compile(rf"(?:{_GOING})(?=\S)")
# What such a phrase names, right after its 的: a road, a bridge, a bus (水泥路, 乡道, 公交车).
_ALONG = re.compile(r"(?:那条|这条|那座|这座|那趟|这趟)?(?P<thing>[\u4e00-\u9fff]{0,3}?"
                    r"(?:路面|路灯|公路|路|道|桥|公交车|公交|班车|客车|站牌|车站))")

# 我在城关镇上班, 在县城打工: where the writer is, not where the problem is.
_ELSEWHERE = re.compile(r"在[^，,。；;！!？?\n]{1,12}?(?:上班|工作|打工|上学|读书|出差|办事)")


def find_plates(text: str) -> list[Span]:
    return [(m.start(), m.end(), PLATE) for m in _PLATE.finditer(text)]


# The writer's own vehicle before its plate (我车牌, 我的车, 俺家车牌号是): the plate is theirs.
_OWN_VEHICLE = re.compile(r"(?:我|俺|咱|本人)(?:们?家|自己)?的?(?:(?:车子?|汽车|小车|轿车|私家车|"
                          r"电动车|摩托车)的?(?:车牌号?码?|牌照|号牌)?|车牌号?码?|牌照|号牌)"
                          r"(?:是|为|[:：])?\s*$")
_OWN_BEFORE = 14  # characters before a plate its owner's words are looked for in


def own_plates(text: str) -> list[Span]:
    """Plates of the writer's own vehicle (我车牌鲁H·7K35B经常被堵, T23 finding 18): personal data
    of its owner, the citizen, masked for everyone else as their phone is; any other plate (一辆
    鲁H12345的车堵在门口) is what the problem concerns and stays for the unit."""
    return [(m.start(), m.end(), PLATE) for m in _PLATE.finditer(text)
            if _OWN_VEHICLE.search(text, max(0, m.start() - _OWN_BEFORE), m.start())]


def public_places(text: str) -> str:
    """Doors dropped: house, building, unit and room numbers (a room without 室 after a numbered
    building or unit too: 3单元501, 5栋2404); a building's side keeps its 楼 (12号楼下 reads 楼下)."""
    cuts = []
    numbers = tickets(text)
    for word in _DOOR_WORD.finditer(text):
        number = _DOOR_NUMBER.search(text, max(0, word.start() - 8), word.start())
        if number and not any(s < word.end() and number.start() < e for s, e in numbers) \
                and not _counted(text, word, number):
            # 三组的王大娘 opening a clause: its 的 goes too, the clause reads 王大娘…; so after
            # 是 (我是三组的孙立强 reads 我是孙立强).
            opens = number.start() == 0 or text[number.start() - 1] in _CLAUSE_START \
                or text[number.start() - 1] == "是"
            end = word.end()
            room = _ROOM.match(text, end) if word[0] in _ROOM_AFTER \
                and _ARABIC.search(number[0]) else None
            end = room.end() if room else end
            end += opens and text.startswith("的", end)
            # 12号楼下王建国家: the door's number goes, 楼下 stays a word (not 下【姓名】家).
            end -= word[0].endswith("楼") and end == word.end() and text.startswith(("下", "上"), end)
            cuts.append((number.start(), end))
    if not cuts:
        return text
    out, at = [], 0
    for start, end in cuts:
        if start >= at:
            out.append(text[at:start])
            at = end
    return "".join(out) + text[at:]


def _counted(text: str, word: re.Match[str], number: re.Match[str]) -> bool:
    """Whether a 户 or 组 after its number is a count or a group, no door (T28 finding 1: 共有5户,
    两户, 全组86户, 后王楼村三组 were cut, 共有符合条件 left): a household is a door only as
    第3户 or after a building or unit (3单元501户); a group only where it leads to one
    household or person (3组12号, 三组的王大娘, 三组王桂兰)."""
    if word[0] == "户":
        return not number[0].startswith("第") and not _AFTER_DOOR.search(text, 0, number.start())
    if word[0] == "组":
        return _GROUP_TIED.match(text, word.end()) is None
    return False


def honorific_names(text: str) -> list[Span]:
    """The surname in 刘先生, 王女士, 王姐, 老王, 小李子: for the public, a surname and a village are
    too much."""
    spans: list[Span] = []
    for word in _HONORIFIC.finditer(text):
        surname = _SURNAME.search(text, max(0, word.start() - 2), word.start())
        if surname is None or surname[0] in FUNCTION_WORDS:  # 我和婆婆
            continue
        # 各位老师, 照顾独居老人, 谢谢叔叔, 公公婆婆: the character before the title ends a word.
        word_end = text[max(0, surname.start() - 1):surname.end()]
        if word_end in ENDS_IN_SURNAME or word_end == surname[0] * 2:
            continue
        # 表彰王桂兰大娘: a surname after a character that starts no name may end a longer
        # name; never half-shown, so the whole of it goes.
        before = text[surname.start() - 1] if surname.start() else ""
        longer = whole_name_ending_at(text, word.start()) \
            if "\u3400" <= before <= "\u9fff" and before not in LEFT_TITLED else None
        spans.append((longer[0] if longer else surname.start(), surname.end(), "name"))
    for nick in _KIN_TITLED.finditer(text):  # 王姐 reads 【姓名】姐, 联系王桂兰姐 【姓名】姐
        if text[max(0, nick.start() - 1):nick.start() + 1] not in ENDS_IN_SURNAME:
            longer = whole_name_ending_at(text, nick.end(1))
            spans.append((longer[0] if longer else nick.start(1), nick.end(1), "name"))
    spans += [(m.start(), m.end(), "name") for m in _CALLED.finditer(text)]  # 老王家: 【姓名】家
    return spans


def village_of(text: str) -> str:
    """The town and village (or community) a text names; else the town and residential estate;
    "" when it names none. A clause saying where the writer works or studies (我在城关镇上班) names
    no place of the problem: another one the text names is preferred (老家李庄村的路灯坏了)."""
    elsewhere = _ELSEWHERE.sub(lambda m: "，" * len(m[0]), text)
    if elsewhere != text and (place := _village_of(elsewhere)):
        return place
    return _village_of(text)


def led_along(text: str) -> str:
    """What a place phrase of where it leads is said of (通往镇上的水泥路 → 水泥路, 去往鸡黍镇的
    公交车 → 公交车): the matter a drafted post names after it; "" for no such phrase or thing."""
    route = _ROUTE.search(text)
    found = _ALONG.match(text, route.end()) if route is not None else None
    return found["thing"] if found is not None else ""


def _village_of(text: str) -> str:
    route = _ROUTE.search(text)
    if route is not None:  # 通往镇上的: with the village it leads from, if named elsewhere
        phrase = _LEAD.sub("", route[0].removeprefix("从"))
        named = route["origin"] or route["from"]
        rest = text[:route.start()] + "，" + text[route.end():]
        before = "" if named else _village_of(rest)
        return before + phrase if before and before not in phrase else phrase
    # A going word is no part of the name after it: 通往镇里 names no town.
    text = _GOING_WORD.sub(lambda m: "，" * len(m[0]), text)
    m = _PLACE.search(text)
    if m is not None and (m[2] or not _ESTATE_PLACE.search(text)):
        return _LEAD.sub("", "".join(part for part in (m[1], m[2], m[3]) if part))
    for found in _ESTATE_PLACE.finditer(text):
        estate = _NOT_ESTATE_NAME.sub("", found[2])
        if len(estate) - 2 >= 2:  # a name of two characters or more before 小区
            return _LEAD.sub("", (found[1] or (m[3] if m else "") or "") + estate)
    return _LEAD.sub("", m[3]) if m else ""
