"""What a /publish draft may still hold for the public, checked on the draft itself (outside
tester, round 25, findings 1, 11 and 12): the header's 个人信息已隐去 was a fixed sentence, so a
name after 家长代表 and a phone split by ★ went to the column under it.

Masking (bot/domain/privacy) replaces what it knows; this reads the words the public would read
once more, more bluntly: a run of 7 or more digits with any symbols, emoji or spaces between its
groups (139★0537★1234), a name or a plate the public masking finds, a building, unit or room
number. A clause holding any of these is left out of the draft and the draft says of what kind;
what remains anyway (in the matter or place of a drafted summary) is said plainly in its header.
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
    return list(dict.fromkeys(kinds))


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
