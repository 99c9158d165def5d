"""Names spelled in pinyin after the cue that introduces one: wo jiao zhang gui lan, wo de ming zi
shi …, lian xi ren …, wo xing zhang, jiao …, my name is …, and after a Chinese cue (联系人：sun li
qiang, 我叫Sun Liqiang, 本人 SUNLIQIANG, 反映人：li na, 经联系Wang Defu). Tone marks or not
(spoken.toneless)."""

from __future__ import annotations

import re

from bot.domain.privacy.names import NAME
from bot.domain.privacy.numbers import Span
from bot.domain.privacy.spoken import toneless
from bot.domain.privacy.words import ACCOUNT_HOLDERS, PINYIN_CALLED, PINYIN_SURNAMES

# A name in pinyin after its cue: wo jiao …, wo de ming zi shi …, ben ren jiao …, lian xi ren ….
# A cue starts after no Latin letter: right after Chinese too (路灯坏了wo jiao …), where `\b`
# sees no boundary (a Chinese character is a word character to `re`).
_NAME_CUE = re.compile(
    r"(?<![A-Za-z])(?:(?:wo|ben\s?ren)\s?(?:de\s?)?(?:ming\s?zi\s?)?(?:jiao\s?zuo|jiao)|(?:wo|ben\s?ren)\s?de\s?"
    r"ming\s?zi\s?shi|ming\s?zi\s?(?:shi|jiao)|xing\s?ming|lian\s?xi\s?ren(?:\s?shi)?|"
    r"my\s+name\s+is|name\s*[:：])\s*[:：,，]?\s*", re.IGNORECASE)
_NAME_CUE_WORDS = ("iao", "IAO", "ing", "ING", "ame", "AME", "ian", "IAN")  # jiao, ming/xing, name, lian
_SURNAME_CUE = re.compile(r"(?<![A-Za-z])(?:wo|ben\s?ren)\s?xing\s+([a-z]+)(?:\s*[,，]?\s*(?:jiao|ming)\s+)?",
                          re.IGNORECASE)
_SYLLABLE = re.compile(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|"
    r"iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v)", re.IGNORECASE)
_PINYIN_WORD = re.compile(rf"(?:{_SYLLABLE.pattern})+", re.IGNORECASE)
PINYIN_WORD = _PINYIN_WORD  # a word spelled in pinyin syllables (bot.domain.language reads it)
_LATIN_WORD = re.compile("[A-Za-z]+")
_SPACES = re.compile(r"[ \u3000]*")
# Words of a name: spaces between, or a hyphen inside the given name (Wang De-fu).
_NAME_WORDS = re.compile(r"[A-Za-z]+(?:(?:[ \u3000]+|[\-‐](?=[A-Za-z]))[A-Za-z]+){0,3}")
# What follows a name rather than continues it: 的, 了, 在, 住在, 电话, 手机, 联系.
_STOPS = frozenset(("de", "le", "ne", "ma", "ba", "a", "zai", "wo", "ni", "ta", "qing", "is"))
# … but the first word of a name may be a common surname spelled as one of them: ma 马 (wo jiao ma jun).
_SURNAME_STOPS = frozenset(("ma",))
# … and the second and last pinyin word of one a given name spelled as 的 or 了: my name is wang de
# (王德), wo jiao wang de and ….
_GIVEN_STOPS = frozenset(("de", "le"))
_STOP_PAIRS = frozenset(("zhu zai", "dian hua", "shou ji", "lian xi", "jia zhu", "jin nian", "xian zai"))
_COMPOUND = frozenset(("ouyang", "sima", "zhuge", "shangguan", "dongfang", "huangfu", "murong",
                       "situ", "xiahou", "linghu", "gongsun", "yuwen", "zhangsun", "duanmu"))


# The same after a Chinese cue (联系人：sun li qiang, 我叫Sun Liqiang, 本人 SUNLIQIANG).
# Who filed or is named on a ticket (反映人：li na, 户主 …) and whom staff reached (经联系Wang Defu).
# A mark may stand between the cue and the name (经联系，Wang Defu; 找到了、LI NA).
_HAN_CUE = re.compile(
    r"(?:联系人|我叫做?|我名叫|我是|姓名|本人|名字[是叫]|反映人|投诉人|来电人|当事人|户主|申请人|"
    rf"经联系|联系了|联系到|联系上|找到了?|{ACCOUNT_HOLDERS})(?:是|叫|为)?[ \u3000]*[:：，,、]?"
    r"[ \u3000]*")
_HAN_CUE_WORDS = ("联系人", "我叫", "我名叫", "我是", "姓名", "本人", "名字", "反映人", "投诉人",
                  "来电人", "当事人", "户主", "申请人", "经联系", "联系了", "联系到", "联系上", "找到",
                  *ACCOUNT_HOLDERS.split("|"))  # 开户名：LI GUILAN, as a bank prints it
# A title before the name (MR. WANG DEFU, Mr Wang, Ms. Li Na): a surname alone is a name then.
_TITLE = re.compile(r"(?:mr|mrs|ms|miss|madam|dr)\.?[ \u3000]*(?=[A-Za-z])", re.IGNORECASE)
# A comma between surname and given name, as on a form (ZHANG，GUILAN, Zhang, Guilan).
_COMMA_NAME = re.compile(r"([A-Za-z]+)[ \u3000]*[,，][ \u3000]*([A-Za-z]+)(?![A-Za-z])")
_JOINED_LEAST = 3  # syllables in one joined word after a Chinese cue: sunliqiang, not Taxi …
_CAPITALS_LEAST = 2  # … but two in capitals, as a name is written on a form: LINA
# Who or where one is, said in pinyin after 我是 or 本人: 我是 ye zhu (业主), 我是 xiao qu de ….
_NOT_NAMES = frozenset((
    "yezhu", "cunmin", "jumin", "zhuhu", "xuesheng", "laoren", "fangzhu", "chezhu", "fangdong",
    "zuhu", "qunzhong", "shimin", "xiaoqu", "laoshi", "yisheng", "siji", "jiazhang", "cunzhang",
    "zuzhang", "bencun", "zheli", "nali", "bushi", "meiyou", "dangyuan", "laobaixing", "mama",
    "baba", "nainai", "yeye", "gongren", "nongmin", "laoban", "yuangong", "jiashu", "bingren",
    "huanzhe", "zhege", "nage", "shuide", "xinlai", "benren", "zhuzai", "laixiang", "didi",
    "weixin", "dianhua", "shouji", "kuaidi", "waimai"))


def names(text: str) -> list[Span]:
    """Names spelled in pinyin after the cue that introduces one."""
    text = toneless(text)
    spans: list[Span] = _after_han_cue(text) if any(w in text for w in _HAN_CUE_WORDS) else []
    if not any(word in text for word in _NAME_CUE_WORDS):  # plain searches: the cue is rare
        return spans
    for cue in _NAME_CUE.finditer(text):
        span = _name_at(text, cue.end(), 2)
        if span and _name_shaped(text, span, cue[0].rstrip(" :：,，").lower().endswith("jiao")):
            spans.append(span)
    for cue in _SURNAME_CUE.finditer(text):  # wo xing zhang, jiao gui lan
        if _PINYIN_WORD.fullmatch(cue[1]) and cue[1].lower() not in _STOPS:
            spans.append((cue.start(1), cue.end(1), NAME))
            if cue.end() > cue.end(1):
                given = _name_at(text, cue.end(), 1)
                if given:
                    spans.append(given)
    return spans


def plain(said: str) -> str:
    """A pinyin name as it is known from then on: without its title, hyphen or comma (MR. WANG
    DE-FU → WANG DEFU, ZHANG，GUILAN → ZHANG GUILAN), so its spellings and given name are found."""
    if not _TITLE.match(said) and not any(mark in said for mark in "-‐,，"):
        return said
    said = _TITLE.sub("", said, count=1) if _TITLE.match(said) else said
    return " ".join(re.sub(r"[\-‐]", "", said).replace("，", " ").replace(",", " ").split())


def _after_han_cue(text: str) -> list[Span]:
    """Pinyin names after a Chinese cue, shaped as a name: a surname of the list first, and one
    word alone (sunliqiang) only of three syllables or more, since an English word may read as
    pinyin (Taxi, banana)."""
    spans: list[Span] = []
    for cue in _HAN_CUE.finditer(text):
        title = _TITLE.match(text, cue.end())
        start = title.end() if title else cue.end()
        if comma := _comma_name(text, start):
            spans.append((cue.end(), comma, NAME))
            continue
        span = _name_at(text, start, 1 if title else 2)
        if span is None or not _name_shaped(text, span, "叫" in cue[0]):
            continue
        if title:  # Mr Wang: the title goes with the name
            spans.append((cue.end(), span[1], NAME))
            continue
        said = text[span[0]:span[1]]
        if "".join(said.lower().split()) in _NOT_NAMES:
            continue
        syllables = len(_SYLLABLE.findall(said))
        if " " in said or "\u3000" in said or syllables >= _JOINED_LEAST \
                or (said.isupper() and syllables >= _CAPITALS_LEAST):
            spans.append(span)
    return spans


def _comma_name(text: str, start: int) -> int | None:
    """Where a name written surname, comma, given name (ZHANG，GUILAN) at `start` ends: a
    surname of the list and a given name of one or two syllables; None for no such name."""
    m = _COMMA_NAME.match(text, start)
    if m is None:
        return None
    surname, given = m[1].lower(), m[2].lower()
    if (surname not in PINYIN_SURNAMES and surname not in _COMPOUND) \
            or not _PINYIN_WORD.fullmatch(given) or given in _STOPS \
            or not 1 <= len(_SYLLABLE.findall(given)) <= 2:
        return None
    return m.end()


def _name_at(text: str, start: int, least: int) -> Span | None:
    """Pinyin words at `start` that make a name: up to three syllables (four with a compound
    surname), at least `least`, ending before a word that follows a name."""
    m = _NAME_WORDS.match(text, start)
    if m is None:
        return None
    words = list(_LATIN_WORD.finditer(m[0]))
    taken, syllables = 0, 0
    split = len(words) > 1 and (words[0][0] + words[1][0]).lower() in _COMPOUND  # si ma jie gui
    most = 4 if split or any(words[0][0].lower().startswith(c) for c in _COMPOUND) else 3
    for i, word in enumerate(words):
        lower = word[0].lower()
        pair = f"{lower} {words[i + 1][0].lower()}" if i + 1 < len(words) else ""
        if not _PINYIN_WORD.fullmatch(lower) or pair in _STOP_PAIRS \
                or (lower in _STOPS and not _middle_syllable(words, i)
                    and not (i == 0 and lower in _SURNAME_STOPS) and not (i == 1 and split)
                    and not (i == 1 and lower in _GIVEN_STOPS and _last_pinyin(words, i))):
            break
        count = len(_SYLLABLE.findall(lower))
        if syllables + count > most:
            break
        taken, syllables = i + 1, syllables + count
    if taken == 0 or syllables < least:
        return None
    return start + words[0].start(), start + words[taken - 1].end(), NAME


def _last_pinyin(words: list[re.Match[str]], at: int) -> bool:
    """Whether the word at `at` is the last pinyin word of the run (wang de and the lift …)."""
    return at + 1 == len(words) or not _PINYIN_WORD.fullmatch(words[at + 1][0])


def _middle_syllable(words: list[re.Match[str]], at: int) -> bool:
    """Whether the word at `at` is the middle one of three single syllables that end the pinyin
    of a Latin run: a given name's first character (WANG DE FU, 王德福; ma de min thanks), not 的
    (zhang san de dian hua)."""
    return at == 1 and len(words) >= 3 \
        and all(_SYLLABLE.fullmatch(w[0]) for w in words[:3]) and words[2][0].lower() not in _STOPS \
        and (len(words) == 3 or not _PINYIN_WORD.fullmatch(words[3][0]))  # ma de min thanks


def _name_shaped(text: str, span: Span, after_jiao: bool) -> bool:
    """Whether the words a cue introduces are shaped like a name: they start with a surname of
    the list (wo jiao jiu hu che le is no name), and after 叫 one that is also who or what one
    calls for (ren 人, che 车) ends where a name ends: wo jiao ren jie, … but not wo jiao ren lai
    bang mang (我叫人来帮忙), whose words run on past a name's length."""
    first = text[span[0]:span[1]].split()[0].lower()
    if any(first.startswith(c) for c in _COMPOUND):
        return True
    syllable = _SYLLABLE.match(first)
    surname = syllable[0] if syllable else ""
    if surname not in PINYIN_SURNAMES:  # yuanguoli reads as yuang·uo·li: try a shorter surname
        surname = next((s for s in PINYIN_SURNAMES if first.startswith(s)
                        and first[len(s):len(s) + 1] not in "aeiouv"  # guoli, not ji·u
                        and _PINYIN_WORD.fullmatch(first[len(s):])), "")
        if not surname:
            return False
    if not after_jiao or surname not in PINYIN_CALLED:
        return True
    gap = _SPACES.match(text, span[1])  # always matches: it may be empty
    rest = _NAME_WORDS.match(text, gap.end() if gap else span[1])
    if rest is None:
        return True  # a mark or the end follows
    following = rest[0].lower().split()
    return following[0] in _STOPS or " ".join(following[:2]) in _STOP_PAIRS

