"""What a string of digits is: a mobile number, a landline with its area code, an ID number of
either generation, a bank card, a date. Pure predicates over the digits that numbers.py cut out of
a run; `digits_of` is how a found number is shown back (`/contact`).
"""

from __future__ import annotations

import datetime as dt

from bot.domain.privacy.digits import RUN_DIGITS

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def phone(digits: str, plus: bool) -> bool:
    """A mobile number, or a landline with its area code; either after +86 / 0086."""
    if mobile(digits) or landline(digits):
        return True
    for prefix in ("0086", "86"):
        if digits.startswith(prefix) and (plus or prefix == "0086" or len(digits) in (13, 11, 12)):
            rest = digits[len(prefix):]
            if mobile(rest) or landline("0" + rest) or landline(rest):
                return True
    return False


def mobile(digits: str) -> bool:
    return len(digits) == 11 and digits[0] == "1" and digits[1] in "3456789"


def landline(digits: str) -> bool:
    return 10 <= len(digits) <= 12 and digits[0] == "0" and digits[1] != "0"


def id_like(digits: str) -> bool:
    """An 18-character ID number: the checksum holds, or the birth date is a real date."""
    if not digits[:17].isdigit() or digits[0] in "09":
        return False
    check = "10X98765432"[sum(int(d) * w for d, w in zip(digits, _ID_WEIGHTS, strict=False)) % 11]
    return check == digits[17].upper() or _birth(digits[6:14])


def id_checksum(digits: str) -> bool:
    """An 18-character ID number whose checksum holds (its region starts 1–8)."""
    return len(digits) == 18 and digits[:17].isdigit() and digits[0] in "12345678" \
        and "10X98765432"[sum(int(d) * w for d, w in zip(digits, _ID_WEIGHTS, strict=False)) % 11] \
        == digits[17].upper()


def id_suffixed(digits: str) -> bool:
    """An 18-digit ID number with a real birth date and one to three digits after it: how a
    残疾证 number (the holder's ID number and two digits) and some card numbers are written."""
    return 19 <= len(digits) <= 21 and digits.isdigit() and digits[0] in "12345678" \
        and _birth(digits[6:14])


def old_id(digits: str) -> bool:
    """A 15-digit ID number of the first generation: region, then a yymmdd birth date."""
    return digits[0] in "12345678" and _birth("19" + digits[6:12])


def _birth(yyyymmdd: str) -> bool:
    try:
        day = dt.date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:8]))
    except ValueError:
        return False
    return 1900 <= day.year <= 2100


def date(digits: str, groups: list[str]) -> bool:
    """20261127, 2026-11-27, 2026.1.5: a date, not a number."""
    if len(groups) == 3 and len(groups[0]) == 4 and all(1 <= len(g) <= 2 for g in groups[1:]):
        return _birth(f"{groups[0]}{int(groups[1]):02d}{int(groups[2]):02d}")
    return len(digits) == 8 and digits[:2] in ("19", "20") and _birth(digits)


def luhn(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char) * (2 if index % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def digits_of(text: str) -> str:
    """The number as digits only (+86 and separators dropped, X kept): how `/contact` shows it."""
    digits = "".join(ch for ch in text.translate(RUN_DIGITS) if ch.isdigit() or ch in "Xx")
    for prefix in ("0086", "86"):
        rest = digits[len(prefix):]
        if digits.startswith(prefix) and (mobile(rest) or landline("0" + rest)):
            return rest if mobile(rest) else "0" + rest
    return digits
