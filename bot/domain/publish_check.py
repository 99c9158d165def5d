"""What a /publish draft may still hold for the public, checked on the draft itself (outside
tester, round 25, findings 1, 11 and 12): the header's 个人信息已隐去 was a fixed sentence, so a
name after 家长代表 and a phone split by ★ went to the column under it.

Masking (bot/domain/privacy) replaces what it knows; this reads the words the public would read
once more, more bluntly: a run of 7 or more digits with any symbols, emoji or spaces between its
groups (139★0537★1234), a name or a plate the public masking finds, a plate without its province
near a word for a vehicle (涉事车辆H8A123), a building, unit or room number. A clause holding any
of these is left out of the draft and the draft says of what kind; what remains anyway (in the
matter or place of a drafted summary) is said plainly in its header.
A link (http, https, www) or a markup tag is kept, escaped, but the draft warns of it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from bot.domain.privacy import goes_on, mask_public

# Digits, each pair apart by at most four characters that are neither letters, digits nor Chinese.
_DIGIT_RUN = re.compile(r"\d(?:(?:[^\w]|_){0,4}\d){6,}")
# Long numbers that are no one's: a ticket number (20261213-0003), a date (2026-12-13), an amount.
_NOT_PERSONAL = re.compile(r"\d{8}-\d{4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")
_AMOUNT_AFTER = re.compile(r"\s*(?:万|元|块|亿|平方|米|吨|亩|户|人)")
_DOOR = re.compile(r"[0-9０-９]+\s*(?:号楼|栋|幢|单元|室|号房)|(?:号楼|栋|幢|单元)\s*[0-9０-９]{3,4}")
_LABELS = {"【电话】": "电话", "【号码】": "电话", "【姓名】": "姓名", "【车牌】": "车牌",
           "【身份证号】": "证件号", "【证件号】": "证件号", "【银行卡号】": "银行卡号",
           "【邮箱】": "邮箱", "【QQ号】": "QQ号", "【微信号】": "微信号", "【账号】": "账号"}
# A plate written without its province (涉事车辆H8A123, H·8A123: T27 finding 20): a letter, then five
# letters and digits, two letters at most, or a new-energy plate's six (D12345 + a digit, 12345F),
# standing alone — read as a plate only where a vehicle is named near it. Plates have no I or O,
# and a model number has more letters (iPhone12, RTX3060); a train's number is followed by 次.
_PLATE_BARE = re.compile(r"(?<![A-Za-z0-9])[A-HJ-NP-Z][\s·•\-]?([A-HJ-NP-Z0-9]{5,6})(?![A-Za-z0-9次])",
                         re.IGNORECASE)
_PLATE_DIGITS = 3
_VEHICLE = re.compile("车|牌照|号牌|司机|驾驶")
_VEHICLE_NEAR = 12  # characters either side of a bare plate where its vehicle is looked for
_FULL_WIDTH = str.maketrans({chr(c): chr(c - 0xFEE0) for c in (*range(0xFF10, 0xFF1A),
                                                               *range(0xFF21, 0xFF3B),
                                                               *range(0xFF41, 0xFF5B))})
_LINK = re.compile(r"https?://|www\.|<\s*/?\s*[A-Za-z][^<>]*>", re.IGNORECASE)
# A clause with its brackets (an aside in brackets belongs to its clause) and its end marks.
_CLAUSE = re.compile(r"(?:[（(][^（()）]*[）)]?|[^，,；;。！!？?\n（(])+[，,；;。！!？?\n]*"
                     r"|[，,；;。！!？?\n]+")
_TRAIL = "，,；;、 "
_SENTENCE_END = re.compile(r"[。！!？?\n]\s*$")


def leftovers(text: str, names: Iterable[str] = ()) -> list[str]:
    """The kinds of personal data (电话, 姓名, 车牌, 门牌号 …) `text` may still hold for the public,
    each once, in the order found; empty when none."""
    kinds: list[str] = []
    masked = mask_public(text, names)
    for label, kind in _LABELS.items():
        if label in masked and masked.count(label) > text.count(label):
            kinds.append(kind)
    if any(not _NOT_PERSONAL.fullmatch(m[0]) and not _AMOUNT_AFTER.match(text, m.end())
           for m in _DIGIT_RUN.finditer(text)):
        kinds.append("电话")
    if _DOOR.search(text):
        kinds.append("门牌号")
    if _bare_plate(text):
        kinds.append("车牌")
    return list(dict.fromkeys(kinds))


def _bare_plate(text: str) -> bool:
    """Whether `text` holds a plate without its province near a word for a vehicle (see above)."""
    read = text.translate(_FULL_WIDTH)  # one character for one: Ｈ８Ａ１２３ is H8A123
    return any(_plate_tail(m[1].upper())
               and _VEHICLE.search(read, max(0, m.start() - _VEHICLE_NEAR), m.end() + _VEHICLE_NEAR)
               for m in _PLATE_BARE.finditer(read))


def _plate_tail(tail: str) -> bool:
    """What follows a plate's letter: five signs with three digits or more, or a new-energy six."""
    if len(tail) == 5:
        return sum(ch.isdigit() for ch in tail) >= _PLATE_DIGITS
    return (tail[0] in "DF" and tail[1:].isalnum() and tail[2:].isdigit()) \
        or (tail[:5].isdigit() and tail[5] in "DF")


def clean(text: str, names: Iterable[str] = ()) -> tuple[str, list[str]]:
    """`text` (masked for the public and cut to its clear clauses already) without the clauses
    that still hold anything personal, and the kinds of what those held."""
    kept, kinds = [], []
    # A clause that goes on from one left out before it in the sentence goes with it, or the
    # public reads it of what stays (已纳入低保。已停发。: T27 finding 5).
    dropped = False  # the clause before, in this sentence, was left out
    for clause in _CLAUSE.findall(text):
        found = leftovers(clause, names)
        kinds += found
        skip = bool(found) or (dropped and goes_on(clause))
        if not skip:
            kept.append(clause)
        dropped = skip and not _SENTENCE_END.search(clause)
    return "".join(kept).rstrip(_TRAIL), list(dict.fromkeys(kinds))


def words_of(post: str) -> str:
    """A post's HTML as the public reads it, without the column's head and foot lines."""
    lines = post.split("\n")[1:-1]
    return html.unescape("\n".join(lines).replace("<b>", "").replace("</b>", ""))


def has_link(text: str) -> bool:
    """Whether `text` (as the public reads it) holds a link or a markup tag."""
    return _LINK.search(text) is not None
