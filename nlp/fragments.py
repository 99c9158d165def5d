"""Lines that are part of a report told over several short messages, not reports of their own.

An elderly citizen types a complaint the way she would say it on the phone: 喂 / 俺是后王楼村的 /
俺家门口那个路灯 / 坏了好几天了 / 晚上黑咕隆咚的俺不敢出门. Read alone, only one of those lines is
a report; the others say where (`place_only`), how long, how bad or how it feels (`names_no_matter`)
about the report next to them. A relative writing for her says who is writing first (我是她孙子,
this is for my grandma, 帮我奶奶发的): `who_is_writing` splits that off from what else is said.

Pure text readers: what they mean for tickets is decided in bot/actions/threads.py.
"""

from __future__ import annotations

import re

from nlp.english_lines import in_letters, place_said
from nlp.tokenizer import normalize
from nlp.topics import held_topic, topic_in

__all__ = ["adds_to_matter", "bare_duration", "consequences_only", "names_no_matter", "near_miss",
           "no_trouble", "own_place", "place_only", "plea_only", "same_matter", "thing_at_place",
           "what_is_wrong", "who_is_writing"]

FRAGMENT_CHARS = 30  # a line longer than this with no matter word is a letter, not a fragment
DETAIL_CHARS = 12  # a line naming the matter says more of it in this many characters at most
_I = r"(?:俺们|我们|咱们|俺家|我家|咱家|俺|我|咱|额|阿拉)"
_PLACE_END = r"(?:村|社区|小区|镇|乡|街道|庄|屯|寨|组|队|花园|家园|苑|新村|大院|路|街|巷)"
_PLACE = rf"[\u4e00-\u9fff0-9]{{1,12}}?{_PLACE_END}"
_HELLO = r"(?:(?:喂|你好|您好|同志|领导)[，,。!！\s~]*)*"
# Where in a place: 3号楼, 2单元, 5栋, 301室, 12号 (阳光小区3号楼).
_SPOT = r"(?:[\d一二三四五六七八九十]{1,4}(?:号楼|号院|号|栋|幢|单元|室|层|楼|排|组))"
# What the writer does there (东关街开超市的, 幸福路卖菜的): who they are, no matter of their own.
_TRADE = r"(?:(?:开|卖|摆|经营|做)[\u4e00-\u9fff]{1,6}?的)"
_SELF_PLACE = re.compile(
    rf"^{_HELLO}(?:{_I}(?P<be>是|住在|住|在|家在|就是)?)?(?P<place>{_PLACE}{_SPOT}{{0,3}})"
    r"(?:的|这边|这块|这里|那边|那块)?"
    rf"(?:人|村民|居民|住户|业主|(?P<trade>{_TRADE}))?(?:的)?[。.!！~～\s…]*$")
_PLACES = re.compile(rf"{_PLACE}|\d+号楼?|\d+栋|\d+单元")
_DURATION = re.compile(r"(?:有)?(?:[一二两三四五六七八九十几好多半\d]+)(?:个)?(?:多)?"
                       r"(?:天|日|周|星期|礼拜|月|年|小时|钟头|钟)(?:多)?")
_AGAIN = re.compile(r"又|再次|再一次|重新|另一|别的|第.{1,3}次")
# 也 puts a line beside what came before it (井盖也丢了, 俺家低保也停了): another matter.
_ALSO = re.compile(r"也")
# What is wrong with a thing: a line without any of these names a thing, not a trouble (那个小桥,
# 冰箱里还有肉哩), so it is either the start of a report or what the trouble reported does.
_TROUBLE = re.compile(r"坏|断|丢|停|没|无|漏|堵|破|塌|裂|掉|倒|烂|歪|翻|冒|脏|臭|吵|响|扣|欠|占|乱|"
                      r"缺|少|偷|抢|打|骗|不(?:亮|通|出|来|给|管|让|行|好|能|退|发|到|对|清|干净)")
# A near miss (差点掉河里, 险些撞上): what a trouble nearly did, told after it.
_NEAR = re.compile(r"差点|差一点|险些|差些|好悬|幸亏|幸好")
# Who or what nearly came to harm in a near miss: a unit may weigh them (电动车 for theft), but
# in a near miss they name no matter.
HARMED = frozenset({"电动车", "摩托车", "三轮车", "自行车", "骑车", "车", "孩子", "小孩", "老人",
                    "学生", "行人"})
# A plea (快点来修吧, 赶紧来人, 麻烦快点派人来修一下): urging words and nothing else.
_URGE = re.compile(r"快|赶紧|赶快|尽快|抓紧|马上|立刻|求")
_PLEA = re.compile(r"快点儿?|快些|赶紧|赶快|尽快|抓紧|马上|立刻|求求|求|麻烦|帮帮忙|帮忙|派个?人|来人|"
                   r"过来|来|修理|修|处理|解决|管管|管|看看|看|一下|下|给|你们|您们|俺们|我们|俺|我|"
                   r"同志|领导|好不好|行不行|快")
_FILLER = re.compile(r"[了的啊呀吧咧哩嘞呢哈嘛么咯啦]")
_WORDS = re.compile(r"[\s\W_]+")
_HAN_CHARS = re.compile(r"[\u4e00-\u9fff]")
# Words that say what a trouble does to the people living with it (the dark a broken lamp
# leaves, the smell of a blocked drain), not which trouble it is: a unit's lexicon weighs them
# as clues, but a line made of them tells more about the matter already reported.
CONSEQUENCES = frozenset({
    "黑咕隆咚", "黑乎乎", "黑灯瞎火", "摸黑", "晚上很黑", "太黑", "看不见路", "不敢出门",
    "睡不着", "睡不着觉", "吵得睡不着", "臭死了", "臭烘烘", "熏得慌", "急死了", "没法过",
})
_RELATIVE = (r"(?:奶奶|爷爷|姥姥|姥爷|外婆|外公|老妈|老爸|妈妈|爸爸|妈|爸|老娘|老爹|娘|爹|母亲|父亲|"
             r"婆婆|公公|老人|家里老人|老人家|大娘|大爷|邻居|亲戚)")
_KIN = (r"(?:孙子|孙女|外孙|外孙女|儿子|女儿|闺女|儿媳|儿媳妇|媳妇|女婿|侄子|侄女|邻居|老伴|"
        r"家里人|亲戚|家属)")
_EN_KIN = (r"(?:grand(?:ma|mother|pa|father|parents?)|granny|grandpa|ma|mom|mum|mother|pa|dad|"
           r"father|parents?|aunt|uncle|neighbou?r|husband|wife|son|daughter|family)")
_EN_CHILD = r"(?:grand)?(?:son|daughter|child|kid)|nephew|niece|neighbou?r"
# Who is writing for whom, with the words around it that say nothing else (我是帮…发的, 替我爸问一下,
# I'm writing for my father): what is left of the clause is the writer's own message.
_WHO = re.compile(
    rf"(?:我|俺)(?:就)?是(?:她|他|俺|我|老人)(?:的|家)?{_KIN}"
    rf"|(?:(?:我|俺)(?:就)?是|这是)?(?:帮|替|给|代)(?:我|俺)?(?:们)?(?:家)?(?:邻居)?{_RELATIVE}"
    r"(?:发|打字|问|反映|说|看|写|弄|回)(?:的|一下|一声|下)?(?:消息|信息)?"
    rf"|(?:{_RELATIVE}|她|他)(?:她|他)?(?:不会|不识|不认|不太会)(?:打字|写字|用手机|认字|弄)"
    r"|以后(?:我|俺)?(?:帮|替|给)(?:她|他)(?:看|回|发|弄)(?:消息|信息)?"
    r"|(?:(?:this is|i'?m writing|i am writing|i'?m messaging|i'?m asking|writing|asking)"
    r"(?: this)? )?(?:for|on behalf of) (?:my|our) (?:old |elderly )?" + _EN_KIN + r"(?:'s)?"
    r"|(?:she|he) (?:can ?not|can'?t|cannot|doesn'?t|does not) (?:type|write|read|use)"
    r"(?: (?:a |the )?(?:phone|telegram|english|chinese|well|this|it))?"
    r"|(?:i'?m|i am) (?:her|his) (?:" + _EN_CHILD + ")",
    re.IGNORECASE)
_HAN = r"[\u4e00-\u9fff]"
# Clauses end at punctuation, and at a space next to a Chinese character (我是她孙子 以后…).
_CLAUSE = re.compile(rf"[，,。.!！?？;；:：…~～\n]+|(?<={_HAN})\s+|\s+(?={_HAN})")
_COURTESY = re.compile(r"(?i)(?:thanks?|thank you|please|pls|(?:she|he)(?:'s| is) (?:old|elderly|"
                       r"\d+)(?: years old)?)|.{0,3}(?:看消息|回消息|发消息|谢谢|麻烦了|麻烦你们了)")
_LATIN_WORDS = re.compile(r"[a-z]+", re.IGNORECASE)


def place_only(text: str) -> str | None:
    """The place a line names when it says nothing but where the writer lives or is (俺是后王楼村的,
    俺们后王楼村, 我家住幸福小区, 喂 我在城关镇; I live in Houwanglou village: nlp.english_lines):
    that place, else None."""
    if in_letters(said := normalize(text).strip()):
        return place_said(text)
    found = _SELF_PLACE.match(said)
    if found is None or (found["trade"] and found["be"] not in ("是", "就是")):
        return None  # 东关街卖假货的 says who others are: a report, not who is writing
    return found["place"]


# Where a thing stands, said of a place (村东头, 小区门口, 学校旁边): with a thing after it and no
# trouble, a line that points at what the report told next is about.
_SIDE = re.compile(r"东头|西头|南头|北头|门口|门前|旁边|边上|附近|对面|后面|前面|路口|拐角")
_POINTED = re.compile(r"(?:那个|这个|那座|那条|那根|那棵|那片|那块|那段|那口|那盏)[\u4e00-\u9fff]{1,4}$")


def thing_at_place(text: str) -> str | None:
    """The line, a leading 就是 aside, when it only points at a thing at a place, nothing wrong
    said yet (就是我们村东头那个桥, 小区门口那棵树): the first piece of a report told in pieces, held for
    the words of what is wrong with it (bot/actions/threads.py); else None."""
    said = normalize(text).strip()
    clean = _WORDS.sub("", said)
    if not no_trouble(clean) or _POINTED.search(clean) is None \
            or not (_SIDE.search(clean) or _PLACES.search(clean)):
        return None
    return re.sub(r"^(?:就是|就|是)", "", text.strip()).rstrip("。.!！~～… ")


def names_no_matter(text: str, keywords: tuple[str, ...]) -> bool:
    """Whether a short line, read with the matter words routing found in it, names no matter of
    its own: a time (三天咧), a state (坏了好几天了), a feeling (做饭咋弄啊) or a consequence
    (晚上黑咕隆咚的俺不敢出门). Bare signs and digits (。。, 1) are no fragment of anything."""
    clean = normalize(text).strip()
    if len(_HAN_CHARS.findall(clean)) < 2 or len(clean) > FRAGMENT_CHARS or _AGAIN.search(clean):
        return False  # a sign, words in another script (a chase in pinyin), a telling anew
    return not keywords or consequences_only(keywords)


def consequences_only(keywords: tuple[str, ...]) -> bool:
    """Whether every matter word found is one that tells what a trouble does (CONSEQUENCES)."""
    return bool(keywords) and all(_bare(word) in CONSEQUENCES for word in keywords)


def same_matter(keywords: tuple[str, ...], ticket_text: str, ticket_keywords: tuple[str, ...]
                ) -> bool:
    """Whether every matter word of a line names the matter of a ticket: by the topics table
    (做饭都没水's 没水 is 停水's matter: nlp/topics.txt), as a word of the ticket's, or as what the
    trouble does (CONSEQUENCES). One word of another matter (停水了，楼道里还停电了) is enough
    for a report of its own."""
    told = normalize(ticket_text)
    theirs = [_bare(k) for k in ticket_keywords]
    topics = {held_topic(k) for k in theirs} | {topic_in(told) or ""}
    return bool(keywords) and all(
        word in told or word in CONSEQUENCES or any(word in k or k in word for k in theirs)
        or held_topic(word) in topics or (topic_in(word) or "-") in topics
        for word in (_bare(k) for k in keywords))


def own_place(text: str, ticket_text: str) -> bool:
    """Whether a line names a place (幸福小区, 3号楼) the ticket's words do not: another spot."""
    told = normalize(ticket_text)
    return any(place not in told for place in _PLACES.findall(normalize(text)))


def no_trouble(text: str) -> bool:
    """Whether a line says nothing wrong, in a few words: a thing named (俺村西边那个小桥), or what
    a trouble does to it (冰箱里还有肉哩 after 没电). Told beside another (也) it is no such line."""
    clean = normalize(text)
    return len(_HAN_CHARS.findall(clean)) <= DETAIL_CHARS and not (
        _TROUBLE.search(clean) or _ALSO.search(clean) or _AGAIN.search(clean))


def what_is_wrong(text: str) -> bool:
    """Whether a short line says what is wrong and names nothing beside (栏杆断了两节; not 井盖也丢了):
    what is wrong with a thing named just before it."""
    clean = normalize(text)
    return len(_HAN_CHARS.findall(clean)) <= DETAIL_CHARS and _TROUBLE.search(clean) is not None \
        and not (_ALSO.search(clean) or _AGAIN.search(clean))


def near_miss(text: str, keywords: tuple[str, ...]) -> bool:
    """Whether a short line tells what a trouble nearly did (昨天晚上有个骑电动车的差点掉河里), its
    matter words naming only who nearly came to harm (HARMED) or the near miss itself (a unit
    may weigh 差点 too), nothing beside it (也, 又)."""
    clean = normalize(text)
    return (_NEAR.search(clean) is not None and len(clean) <= FRAGMENT_CHARS
            and not _ALSO.search(clean) and not _AGAIN.search(clean)
            and all(_bare(k) in HARMED or _NEAR.fullmatch(_bare(k)) for k in keywords))


def plea_only(text: str) -> bool:
    """Whether a line only urges (快点来修吧, 快点, 赶紧来人): no matter, place or time of its own."""
    clean = normalize(text)
    rest = _FILLER.sub("", _PLEA.sub("", clean))
    return _URGE.search(clean) is not None and len(clean) <= FRAGMENT_CHARS \
        and not _HAN_CHARS.search(rest)


def bare_duration(text: str) -> bool:
    """Whether a line says only how long (三天咧, 两天了, 好几天了): how long the trouble lasts,
    told right after it (a chase says more: 这都五天了, 快点啊, 有人管吗)."""
    return _DURATION.fullmatch(_FILLER.sub("", _WORDS.sub("", normalize(text)))) is not None


def adds_to_matter(text: str, keywords: tuple[str, ...]) -> bool:
    """Whether a line naming a matter says more of it than its name, in a few words (做饭都没水
    咋弄啊: what it does to the household), not the matter anew: 停水 alone, 又停水 (it happened
    again) or a whole report with its own details (家里停水两天了，孩子叫小宝…) is one of its own."""
    clean = normalize(text)
    if _AGAIN.search(clean) or len(_HAN_CHARS.findall(clean)) > DETAIL_CHARS:
        return False  # told anew, or a report of its own with its own details
    for word in sorted((_bare(k) for k in keywords), key=len, reverse=True):
        clean = clean.replace(word, "")
    return len(_HAN_CHARS.findall(_FILLER.sub("", clean))) >= 2 and not bare_duration(clean)


def who_is_writing(text: str) -> str | None:
    """For a line in which someone says who is writing for whom (我是她孙子, 帮我奶奶发的, this is
    for my grandma, she cant type): what else it says, clause by clause ("" when nothing: the
    rest of a clause that named the helper counts when it has words of its own, 替我爸问一下村里
    停水了); None when it says no such thing. Whether what else it says names a matter is the
    router's to say (bot/actions/threads.py)."""
    clauses = [c.strip() for c in _CLAUSE.split(text) if c.strip()]
    if not any(_WHO.search(c) for c in clauses):
        return None
    rest = [left for c in clauses
            if (left := _WHO.sub(" ", c).strip().lstrip("的了是，, ")) and _worded(left)]
    return "，".join(c for c in rest if not _courtesy(c))


def _worded(text: str) -> bool:
    """Whether what is left of a clause has words of its own: two Chinese characters, or two
    words in another script."""
    return len(_HAN_CHARS.findall(text)) >= 2 or len(_LATIN_WORDS.findall(text)) >= 2


def _courtesy(clause: str) -> bool:
    """A clause of a helper's introduction that says nothing of a matter (以后我帮她看消息, she
    is old, thanks)."""
    return _COURTESY.fullmatch(clause) is not None


def _bare(keyword: str) -> str:
    """A routed keyword as written, without how it was found (污水横流(污水流) → 污水横流)."""
    return re.sub(r"\(.*?\)", "", keyword)
