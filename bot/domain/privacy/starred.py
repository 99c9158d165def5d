"""Numbers the citizen starred themselves: 138****1234, 138xxxx1234, 1380000****, 3708**********1234.

Starring hides some digits and shows the rest: 7 of 11 digits of a phone are most of it, and SPEC
§5 says personal data is removed, not partly shown. So a run of digits and stars (*, ＊, ×, x, X …)
with the separators people put between them (digits.py) is a number like any other: it becomes
the label of what it is by its length and its cue — 【电话】, 【身份证号】, 【银行卡号】, else
【号码】. It holds no whole phone, so it is nobody's call-back number (/contact reads none from it).
Ticket numbers stay; a run needs two stars and three digits, so 2*3 or a bold **重要** is no number.
Eleven digits starting with 1 and stars only between them (138**0537**1234) are a mobile number
split by stars, not a longer number partly hidden: 【电话】, however many stars (one too).
"""

from __future__ import annotations

import re

from bot.domain.privacy.digits import DIGITS
from bot.domain.privacy.numbers import CARD, ID, NUMBER, PHONE, QQ, WECHAT, Span, tickets

# Stars people type over digits; x and X stand for digits too when they run between them.
STARS = "*＊∗⁎✱✲✳×xXｘＸ"
_VIEW = str.maketrans({**{chr(k): v for k, v in DIGITS.items() if isinstance(v, str)},
                       **dict.fromkeys(STARS, "*")})
# The same with spaces left as written, where ticket numbers are looked for: in the view a space
# is a dash, and XX19000101 20261127-0001 would read 19000101-20261127 as one.
_TICKETS_VIEW = str.maketrans({**{chr(k): v for k, v in DIGITS.items()
                                  if isinstance(v, str) and not chr(k).isspace()},
                               **dict.fromkeys(STARS, "*")})
# Digits and stars, at most two separators between two of them, not inside a word or a number.
_RUN = re.compile(r"(?<![0-9A-Za-z*])[0-9*](?:-{0,2}[0-9*]){4,}(?![0-9A-Za-z*])")
_CUE = re.compile(
    r"(?:(?P<id>身份证|证件|身份号)|(?P<qq>[Qq][Qq]|扣扣)|(?P<wechat>微信|[VvWw][Xx])"
    r"|(?P<card>卡号|银行卡|储蓄卡|信用卡|账号|帐号|卡)|(?P<phone>电话|手机|座机|号码|联系方式|[Tt]el|打|拨)|(?P<other>单号|订单|户号|表号|编号|工号|快递))"
    r"[^0-9*]{0,6}$")
_CUE_WINDOW = 12
_KINDS = {"id": ID, "qq": QQ, "wechat": WECHAT, "card": CARD, "phone": PHONE, "other": NUMBER}


def find(text: str) -> list[Span]:
    """Every partly starred number in `text`, with the kind of its label."""
    if not any(star in text for star in STARS):
        return []
    view = text.translate(_VIEW)
    for start, end in tickets(text.translate(_TICKETS_VIEW)):  # a ticket number is never starred
        view = view[:start] + "#" * (end - start) + view[end:]
    spans: list[Span] = []
    for run in _RUN.finditer(view):
        kind = _kind(run[0], view[max(0, run.start() - _CUE_WINDOW):run.start()])
        if kind:
            spans.append((run.start(), run.end(), kind))
    return spans


def _kind(run: str, before: str) -> str | None:
    signs = run.replace("-", "")
    stars, digits = signs.count("*"), len(signs) - signs.count("*")
    split = digits == 11 and signs[0] == "1" and signs[-1] != "*"  # 138**0537**1234, 1380537*1234
    if (stars < 2 and not split) or digits < 3 or len(signs) < 7:
        return None
    if signs[0] == "*" and signs[-1] == "*" and "*" not in signs.strip("*"):
        return None  # **2024**: digits set off by stars, none hidden
    found = _CUE.search(before)
    cue = found.lastgroup if found else None
    if cue and cue != "phone":
        return _KINDS[cue]
    n = len(signs)  # a phone has 7 to 13 digits with its area or country code, whatever its cue
    if split:
        return PHONE  # a mobile's 11 digits with stars between, none hidden
    if n in (15, 18):
        return ID
    if 16 <= n <= 19:
        return CARD
    if 10 <= n <= 13 or cue:
        return PHONE
    return NUMBER
