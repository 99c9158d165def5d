"""Whose phone number a message says it gives, for `/contact`'s labels (refs #10).

A citizen often writes for someone else or gives a relative's number: 帮我奶奶反映…，我是她孙子，
电话138… gives the grandson's number, 我女儿电话 139… the daughter's. Staff who ring back must
know whom they will reach, so a number is tied to the relative the words name right before it
(我女儿电话, 俺闺女的手机号是, 联系我儿子), or else to the relative the writer says they are
(我是她孙子, 我是老人的儿子), and the same said in English (my daughter's number is 139…, I'm
her grandson); a number the words tie to nobody is the one the writer left. A number the words
give as someone else's — a third person's before it (他电话是158…, 对方的手机号, 骚扰电话158…,
his number is …) or what it does to the writer after it (158…一直打我电话骚扰, …keeps calling me)
— is OTHERS, unless the writer said it is theirs (我的电话, 联系我, 打我…, call me on). A contact
card shared with Telegram's contact button is the sender's own unless its user_id is another's.
"""

from __future__ import annotations

import re

from bot.domain.privacy import numbers as _numbers
from bot.domain.privacy import spoken as _spoken
from bot.domain.privacy import words
from bot.domain.privacy.kinds import digits_of
from bot.domain.privacy.plain import plain

__all__ = ["OTHERS", "card_owner", "whose"]

# Relatives and others a number may belong to; 先生 is as often a title (王先生) as a husband.
_KIN = "|".join(k for k in words.FAMILY.split("|") if k != "先生")
_OWNER = r"(?:我|俺|咱|他|她|老人家?|家里?)(?:的|家)?"
# The words that lead to a contact number (also where a 事项 excerpt stops: bot.domain.excerpt).
CONTACT_CUE = r"(?:联系电话|联系方式|电话号码|手机号码|手机号|电话|手机|号码)"
# The kin right before the number: 我女儿电话, 俺闺女的手机号是：, 联系我儿子.
_NAMED = re.compile(rf"(?P<owner>{_OWNER})?(?P<kin>{_KIN})的?{CONTACT_CUE}?[是为：:\s]*$")
# The writer says who they are: 我是她孙子, 我是老人的儿子, 本人系李庄村张大爷的侄子.
_SELF = re.compile(rf"(?:我|俺|本人)(?:就)?(?:是|系)(?:[^，,。；;！!？?\s]{{0,12}}?的)?"
                   rf"(?:他|她|老人家?)?的?(?P<kin>{_KIN})")
# The same in English: my daughter's number is 139…, I'm her grandson, call me on 138….
_LATIN_NAMED = re.compile(rf"\b(?:my|his|her|our|their)\s+(?P<kin>{words.LATIN_KIN})(?:'s)?"
                          r"(?:\s+(?:phone|mobile|cell|contact))?(?:\s+(?:number|no\.?))?"
                          r"(?:\s+is|\s*:)?\s*$", re.IGNORECASE)
_LATIN_SELF = re.compile(rf"\bI(?:'m|\s+am)\s+(?:her|his|their)\s+(?P<kin>{words.LATIN_KIN})\b",
                         re.IGNORECASE)
_SENTENCE_END = re.compile(r"[。！？；!?;\n]|\.(?=\s)")
# The writer's own, said right before the number: 我的电话, 俺手机号是, 联系我, 打我, call me on.
_MINE = re.compile(rf"(?:(?:我|俺|本人)(?:的|家的?)?{CONTACT_CUE}|(?:联系|打|找|拨|致电)(?:我|俺|本人)"
                   rf"(?:的?{CONTACT_CUE})?)[是为：:\s]*$|\b(?:my|call me|reach me|text me)\b[^,.;]{{0,24}}$",
                   re.IGNORECASE)
# Someone else's, said right before the number: 他电话是, 对方的手机号, 那个男的号码, 骚扰电话, 被….
_THEIRS = re.compile(
    rf"(?:(?:(?<!其)他|她|它|对方|那人|此人|这人|那个人|这个人|该人|该男子|该女子|男子|女子|男的|女的|司机|老板|店主|"
    rf"商家|卖家|骗子|陌生人|某人|前夫|前妻|前男友|前女友|催收)(?:们)?(?:的)?{CONTACT_CUE}|骚扰电话|陌生电话|陌生号码|"
    rf"来电号码|(?<![我俺])(?:被|用))[是为：:\s]*$"
    r"|\b(?:his|her|their|the caller's|the man's|the woman's)\s+(?:phone\s+|mobile\s+|cell\s+)?"
    r"(?:number|no\.?)(?:\s+is|\s*:)?\s*$", re.IGNORECASE)
# What a number does to the writer, right after it: 一直打我电话骚扰, 天天打来, 发短信辱骂, keeps
# calling me. A harm word is needed, or a "again and again": 电话139…，打我就行 is the writer's.
_HOUNDS = re.compile(
    r"^(?:这个|那个|的)?(?:号码?|手机号?|电话)?[，,\s]*(?:(?:一直|天天|老是|总是|经常|反复|不停地?|每天|"
    r"多次|频繁|半夜|深更半夜)[^，,。！？!?]{0,8}(?:打|拨|发|骚扰|辱骂|威胁|恐吓)|(?:给我)?(?:骚扰|辱骂|威胁|恐吓|"
    r"诈骗|冒充)|[^，,。！？!?]{0,8}(?:打|拨|发)[^，,。！？!?]{0,8}(?:骚扰|辱骂|骂我|威胁|恐吓|诈骗))"
    r"|^\s*(?:keeps|kept|has been|was|is)\s+(?:calling|texting|harass|threaten|call)", re.IGNORECASE)


def whose(text: str) -> dict[str, str]:
    """The phone numbers in `text` (their digits, as `scan` gives them) that its words tie to
    someone, each with the word for whom (女儿, 孙子)."""
    text, _ = plain(text)
    found = [(s, e, digits_of(text[s:e])) for s, e, kind in _numbers.find(text, False)
             if kind == _numbers.PHONE]
    found += [(s, e, digits) for s, e, kind, digits in _spoken.numbers(text, False)
              if kind == _numbers.PHONE]
    owners: dict[str, str] = {}
    for start, end, digits in sorted(found):
        if owner := _owner(text[:start], text[end:]):
            owners.setdefault(digits, owner)
    return owners


OTHERS = "other"  # someone else's: a contact card shared not one's own, a number the words give so


def card_owner(sender: int, card_user_id: object) -> str | None:
    """Whose a shared contact card is: None for the sender's own (the contact button shares
    one's own, with one's user id; a card without one says nothing), OTHERS for another's."""
    return OTHERS if isinstance(card_user_id, int) and card_user_id != sender else None


def _owner(before: str, after: str) -> str:
    """Whom the number between `before` and `after` belongs to, as the words say ("" when they
    do not): a relative, OTHERS, or the relative the writer says they are."""
    lead = _SENTENCE_END.split(before)[-1]
    named = _NAMED.search(lead)
    # A one-character kin (哥, 姐, 娃) needs an owner before it: 张姐电话 is no relative's.
    if named and (len(named["kin"]) > 1 or named["owner"]):
        return named["kin"]
    if latin := _LATIN_NAMED.search(lead):
        return latin["kin"].lower()
    if not _MINE.search(lead[-30:]) and (_THEIRS.search(lead[-30:]) or _HOUNDS.match(after[:40])):
        return OTHERS
    said = [(m.start(), m["kin"]) for m in _SELF.finditer(before)]
    said += [(m.start(), m["kin"].lower()) for m in _LATIN_SELF.finditer(before)]
    return max(said)[1] if said else ""
