"""How a text is signed: a business's card of contact lines, a complaint's pasted service tail.

Two forms where contact words mislead nlp.pasted. A card is a trade or two and how to reach it
(家政保洁，联系电话：…，地址：…): an advert, though its only advert's words are contact lines, which
a citizen signs a report with too. A complaint may end in a service tail that the writer's phone
or a copied text added (…老鼠乱窜。欢迎来电咨询 138…, …如有疑问请致电…): the tail is no advert when
what comes before it is a trouble told with no advert's word of its own.

Patterns work on normalised text (nlp.tokenizer.normalize).
"""

from __future__ import annotations

import re

__all__ = ["NUISANCE", "contact_card", "unsigned", "untailed"]

_PHONE = r"1\d{10}|\d{3,4}-?\d{7,8}|\d{3}x{2,}|\d{3}\*{4}\d{4}"
# How to reach someone, as a card lists it: a label and what follows it up to the next comma.
_LABEL = re.compile(r"(联系|咨询|服务|预约|热线)?(电话|手机|热线|微信|联系人|地址|店址|门店)[:：]?")
# A line is a label with a colon or a number after it, or an address (手机号怎么改 is no line).
_CONTACT_LINE = re.compile(
    r"[,，。;；\s]*(" + _LABEL.pattern + r")(?<=[:：])[^,，。;；!！?？]{0,30}|"
    r"[,，。;；\s]*(" + _LABEL.pattern + r")(?=\s*\d|(?<=址))[^,，。;；!！?？]{0,30}|"
    r"[,，。;；\s]*(" + _PHONE + r")")
# What a card never says: a request, a question, a need (村里的路需要硬化，联系电话…), or how
# something is (煤气味很浓，联系电话…): a card names trades, it tells nothing.
_TOLD = re.compile(r"需要|要求|申请|希望|请|麻烦|帮|能否|能不能|怎么|咋|吗|呢|[?？]|我|俺|咱|谁|没|不|"
                   r"了|的|很|太|有|在|着|过|是|又|还|都|就|才|好|大|小|多|少|味|声|水|火|烟|电|气")
_CARD = 20  # characters before the contact lines: a trade or two, not a story

# One clause of a service tail: an invitation to call or ask, a phone number, a contact line.
_TAIL_CLAUSE = re.compile(
    r"(如有(疑问|需要|问题|需求)|有(需要|疑问)(的)?|欢迎(来电|致电|咨询|垂询|联系)|(来电|致电|电话)?(咨询|垂询)|"
    r"竭诚为(您|你)服务|期待(您|你)的来电|详情(请)?(咨询|致电|联系|来电)|请(致电|来电|拨打)|(咨询|服务|联系)(电话|热线)|"
    r"(" + _PHONE + r"))"
)
# A nuisance told by what it does to people (油烟熏人, 呛得没法开窗): with nlp.pasted's TROUBLE, what
# makes the text before a service tail a complaint.
NUISANCE = re.compile(r"熏|呛|刺鼻|没法(睡|住|开窗|过|走)|受不了|扰民|影响(休息|睡觉|生活|通行)")
_CLAUSES = re.compile(r"[^,，。;；!！\s]+")
_TAIL_CLAUSE_CHARS = 24  # a tail's clause is short: 欢迎来电咨询13800001111


def contact_card(text: str) -> bool:
    """A trade or two and contact lines, with a phone number: 家政保洁，联系电话：…，地址：…."""
    lines = list(_CONTACT_LINE.finditer(text))
    if not lines or not re.search(_PHONE, text):
        return False
    start = lines[0].start()
    rest = _CONTACT_LINE.sub("", text[start:])
    head = text[:start]
    labels = {match.group(2) for match in _LABEL.finditer(text[start:])}
    return (0 < len(head) <= _CARD and not rest.strip(",，。;；!！ ") and len(labels) >= 2
            and not _TOLD.search(head))


def untailed(text: str) -> str:
    """The text without its closing clauses of a service tail (欢迎来电咨询, a phone number), or
    the text itself when it has none."""
    clauses = list(_CLAUSES.finditer(text))
    end = len(text)
    for clause in reversed(clauses):
        if not _TAIL_CLAUSE.search(clause.group()) or len(clause.group()) > _TAIL_CLAUSE_CHARS:
            break
        end = clause.start()
    return text[:end] if end < len(text) else text


def unsigned(text: str) -> str:
    """The text without its contact lines (联系电话：…, 地址：…): how to reach the writer says
    nothing of what the message is, and a learned table has seen them mostly in adverts."""
    return _CONTACT_LINE.sub("", text)
