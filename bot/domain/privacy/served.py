"""Names told by what is said around them: served, thanked, or listed beside another name.

Staff and supervisors write about the people they helped, and what they write goes to supervisors,
the ledger and (in a supervisor's own words) the public channel. So a name is found where such
prose puts one, without a word for a person next to it (names.py needs one):
- after 为, 给, 帮, 替, 协助 … and before what was done for the person: 为张桂兰办理了低保,
  给李建华家修好了水管, 帮赵秀英及时申请了救助;
- after thanks or praise, where the phrase ends or goes on about the person: 感谢王建国，
  谢谢刘洋洋的帮助, 表扬李秀英热心;
- beside a name found otherwise, joined by 和, 与, 及, 跟 or 、 (张桂兰和李建华反映…: the second is a
  name by 反映, so the first is one too), and two names of three characters joined so even with
  nothing else around them (刘洋洋、王秀英两户已恢复供水).
A name here has a common surname, is no everyday word (names.plausible), and does not end in a
word for a place (王庄, 李集, 石材厂): 给王庄修了路 is about a village.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from bot.domain.privacy import words
from bot.domain.privacy.names import LEFT_TITLED, NAME, WEAK_WHOLE, plausible, whole_name_ending_at
from bot.domain.privacy.numbers import Span

_SERVE_CUE = re.compile("帮助|帮忙|帮扶|协助|为|给|帮|替")
# An aside may stand between the person and what was done (为刘洋洋家（电话【电话】）更换了水管),
# and so may a comma (为刘洋洋家，更换了水管).
_ASIDE = r"(?:\s*[（(][^（()）\n]{0,40}[）)])?\s*"
_SERVICE = re.compile(
    rf"{_ASIDE}(?:一家|家里|家中|家)?{_ASIDE}[，,]?\s*"
    "(?:及时|免费|重新|顺利|尽快|主动|上门|已经|已|成功|全部)?"
    "(?:办理|办好|办成|补办|代办|解决|处理|更换|换上|换好|修好|修理|维修|修复|修缮|安装|装上|装好|"
    "申请|申报|发放|补发|送去|送来|送上|送达|落实|协调|疏通|清理|讨回|追回|追讨|要回|结清|兑现|报销|"
    "争取|解答|答复|接通|开通|恢复|调解|登记|找回|挽回|减免|垫付|捐赠|联系|安排|提供|检修|排查|核实|"
    "领取|转交|对接|化解|补助|补贴|救助|退还|退回|更正|理顺|办|修|换|装|送|补)")
_THANK_CUE = re.compile("感谢|谢谢|感激|多谢|致谢|表扬|称赞|夸奖|点赞|鸣谢")
# After a thanked name: the phrase ends, or goes on about the person (的帮助, 对我们, 热心).
_THANKED_END = re.compile(r"$|[^\u3400-\u9fff]|的|对|为|给|帮|一家|全家|热心|及时|等|和|与|及|、|"
                          r"同志|师傅|先生|女士|老师|大爷|大娘|阿姨|夫妇|一直|多次|主动|无私")
_JOIN = frozenset("和与及跟、")
# What a name does not end in: a village (王庄, 李集, 张楼), a works or an office (石材厂).
_PLACE_ENDS = frozenset("庄村集楼屯营店寨铺湾桥园厂场站馆院所局社队组坊沟洼岗坡庙寺岭堂河湖滩堤坝渠")
# Bodies thanked that read like a name.
_NOT_NAMES = frozenset(("党中央", "解放军", "党和国家", "国务院"))
# 为 ending a word (认为, 因为, 作为 …) introduces no one.
_WORD_BEFORE_WEI = frozenset("认因作成行以称视更极最较甚尤广改变分列评定化转")
_TITLES = tuple(sorted(words.TITLES, key=len, reverse=True))


def find(text: str, spans: list[Span], joined_only: bool = False, cut: int = -1
         ) -> tuple[list[Span], list[str]]:
    """The spans of names `text` holds by what is said around them, given `spans` of names
    found otherwise (and 【姓名】 labels of names found before); and those names. `joined_only`:
    only names joined to those (the others were found in an earlier reading of the text).
    `cut`: where placed.py took a place out; what stands either side of it makes no word
    (为李庄村何建国 read as 为何建国 is no 为何)."""
    hits = [] if joined_only else _served(text, cut)
    anchors = [(s, e) for s, e, kind in spans if kind == NAME] + hits
    anchors += [m.span() for m in re.finditer("【姓名】", text)]
    hits += _joined(text, anchors)
    return [(s, e, NAME) for s, e in hits], [text[s:e] for s, e in dict.fromkeys(hits)]


def _served(text: str, cut: int = -1) -> list[tuple[int, int]]:
    """Names served, thanked, or two joined with nothing else around them."""
    hits: list[tuple[int, int]] = []
    for cue in _SERVE_CUE.finditer(text):
        if cue[0] == "为" and text[cue.start() - 1:cue.start()] in _WORD_BEFORE_WEI:
            continue  # 认为应好好处理
        hit = _name_at(text, cue.end(), lambda end: _SERVICE.match(text, end) is not None)
        if hit and cue[0] == "为" and text.startswith("何", cue.end()) and cue.end() != cut \
                and not _given_name(text[cue.end() + 1:hit[1]]):
            continue  # 为何频繁更换, 为何重新办理: 为何 asks why
        if hit:
            hits.append(hit)
    for cue in _THANK_CUE.finditer(text):
        hit = _name_at(text, cue.end(), lambda end: _THANKED_END.match(text, end) is not None)
        if hit:
            hits.append(hit)
    return hits + _pairs(text)


def _name_at(text: str, start: int, ends_well: Callable[[int], bool], length: int = 0
             ) -> tuple[int, int] | None:
    """The longest name (of `length` characters, if given) at `start` after which
    `ends_well(end)` holds."""
    for size in (length,) if length else (4, 3, 2):
        end = start + size
        name = text[start:end]
        if end <= len(text) and _name(name) and ends_well(end):
            return start, end
    return None


def _given_name(given: str) -> bool:
    """Whether `given` (after 为何) is a given name (建国, 秀英) rather than the word that asks
    why something is done (频繁, 重新, 迟迟, 建设): jieba's dictionary tags a given name as a
    name or place, or knows no tag for it."""
    return len(given) == 2 and _word_tags().get(given) in _NAME_TAGS


_NAME_TAGS = frozenset((None, "nr", "nrfg", "nrt", "ns", "nz"))


@cache
def _word_tags() -> dict[str, str]:
    from jieba import posseg  # loads its tag table: only when a text holds 为何 and a name

    return posseg.dt.word_tag_tab


def _name(name: str) -> bool:
    return bool(WEAK_WHOLE.fullmatch(name)) and plausible(name) and name[-1] not in _PLACE_ENDS \
        and name not in _NOT_NAMES


def _ends_name(text: str, end: int) -> bool:
    """Whether a name may end at `end`: the text or the phrase ends, or what follows starts
    what is said about the person (两户, 反映, 家, 老人 …)."""
    if end >= len(text):
        return True
    after = text[end]
    return not "\u3400" <= after <= "\u9fff" or after in words.NOT_GIVEN \
        or after in words.PREDICATE_STARTS or after in _JOIN or text.startswith(_TITLES, end)


def _starts_name(text: str, start: int) -> bool:
    if start == 0:
        return True
    before = text[start - 1]
    return not "\u3400" <= before <= "\u9fff" or before in LEFT_TITLED or before in _JOIN


def _pairs(text: str) -> list[tuple[int, int]]:
    """Two names of three characters joined by 和 or 、 (刘洋洋、王秀英两户), see _two_names."""
    hits: list[tuple[int, int]] = []
    for join in re.finditer("[和与及、]", text):
        at = join.start()
        left = (at - 3, at) if at >= 3 and _name(text[at - 3:at]) \
            and _starts_name(text, at - 3) else None
        right = _name_at(text, at + 1, lambda end: _ends_name(text, end), 3)
        if left and right and _two_names(text[left[0]:left[1]], text[right[0]:right[1]]):
            hits += [left, right]
    return hits


def _two_names(first: str, second: str) -> bool:
    """Whether two words joined by 和 or 、 with nothing else around them are two names: not
    words in parallel (陈述权、申辩权, 严肃性和严谨性, 南往北、南往西), and no surname that is also
    an everyday word (高毒性、高污染)."""
    return first[-1] != second[-1] and first[:2] != second[:2] \
        and first[0] not in words.AMBIGUOUS and second[0] not in words.AMBIGUOUS


def _joined(text: str, anchors: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names joined to a name already found (张桂兰和李建华反映, 王芳、李强、赵敏等人), link by link."""
    hits: list[tuple[int, int]] = []
    todo = list(anchors)
    seen = set(todo)
    while todo:
        start, end = todo.pop()
        found = []
        if end < len(text) and text[end] in _JOIN:
            found.append(_name_at(text, end + 1, lambda at: _ends_name(text, at)))
        if start > 1 and text[start - 1] in _JOIN:
            left = whole_name_ending_at(text, start - 1)
            if left and _name(text[left[0]:left[1]]) and _starts_name(text, left[0]):
                found.append(left)
        for hit in found:
            if hit and hit not in seen:
                seen.add(hit)
                hits.append(hit)
                todo.append(hit)
    return hits
