"""How digits are written: the characters that are digits, the ones that stand between them.

Data and translation tables for numbers.py: full-width and Chinese numerals, circled and other
symbol digits (①, ❶, ⑴, ⒈, ¹, 𝟏), the letters that stand for 0 and 1 inside a number
(139O5371234), and the separators people put between digits (dashes of every kind, dots,
slashes, brackets, spaces, line breaks). Every table maps one character to one, so a position in
a translated text is the same position in the text.
"""

from __future__ import annotations

import re
import unicodedata

FULL = {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}  # full-width ASCII
LETTERS = str.maketrans({**FULL, "\u3000": " "})
NUMERALS = {"〇": "0", "零": "0", "○": "0", "幺": "1", "一": "1", "壹": "1", "二": "2", "贰": "2",
            "两": "2", "三": "3", "叁": "3", "四": "4", "肆": "4", "五": "5", "伍": "5", "六": "6",
            "陆": "6", "七": "7", "柒": "7", "八": "8", "捌": "8", "九": "9", "玖": "9"}


def _digits_in(*blocks: tuple[int, int]) -> dict[str, str]:
    return {chr(c): str(unicodedata.digit(chr(c))) for start, end in blocks
            for c in range(start, end + 1) if unicodedata.digit(chr(c), None) is not None}


# Digits of other scripts people paste or pick from a symbol keyboard: ①③⑤, ❶, ⑴, ⒈, ¹ …
OTHER_DIGITS = _digits_in((0xB2, 0xB3), (0xB9, 0xB9), (0x2070, 0x209F), (0x2460, 0x24FF),
                          (0x2776, 0x2793))
# … and 𝟏𝟑𝟗 beyond the BMP: folded to ASCII digits before the search, and only when the text has
# any (in a character class they would make every search of every text five times slower).
ASTRAL_DIGITS = str.maketrans(_digits_in((0x1D7CE, 0x1D7FF), (0x1FBF0, 0x1FBF9)))
ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
# Letters that stand for digits between digits (139O5371234): O, o for 0, l, I for 1.
LOOKALIKES = "OoＯｏlIｌＩ"
# Between digits these only separate: dashes of every kind, slashes, brackets, spaces and line
# breaks; dots too, but they stay dots in the view (1234.50 is an amount, not six digits).
# The marks of a keycap emoji (1️⃣ is 1, U+FE0F, U+20E3) stand between digits as separators do.
SEPARATORS = " \t\n\r\u3000-‐‑‒–—―─━－﹣−·・•/／\\_＿()（）[]〔〕\ufe0f\u20e3"
KEYCAP = "(?:\ufe0f?\u20e3)"  # after a number's last digit: it goes with the number
DIGITS = str.maketrans({**FULL, **NUMERALS, **OTHER_DIGITS, **dict.fromkeys(SEPARATORS, "-"),
                        "．": ".", "＋": "+", "Ｘ": "X", "ｘ": "x"})
# Inside a run the look-alike letters are digits too (outside, "Tel" must stay "Tel").
RUN_DIGITS: dict[int, str | int | None] = {**DIGITS, **str.maketrans(LOOKALIKES, "00001111"),
                                           **ASTRAL_DIGITS}
# For character classes in patterns: every digit (D) and every separator, dots included (S).
D = "0-9０-９" + "".join(NUMERALS) + "".join(OTHER_DIGITS)
S = re.escape(SEPARATORS + ".．")
