"""Numbers said in words: what numbers.py, reading one character for one, cannot see.

A phone number may be spelled out, whole or in part, in English or pinyin digit words (one三九
1234 5678, dian hua yao san ba yi er san si …, yisanjiu, groups joined by "and", double zero,
triple six; English numbers in groups, one thirty nine, twelve thirty four, only when the digits
alone make a phone number), read out the
radio way (洞 0, 拐 7, 勾 9: 幺三八洞洞拐拐勾勾两两), or said in groups with commas between them
(幺三八，幺二三四，五六七八; 139，0537，1234 when together they make a mobile number).
Such a run of digit words, digits and separators is read as the digits it stands for and judged
as numbers.py judges a number (kinds.py). Names spelled in pinyin are read in pinyin_names.py.
"""

from __future__ import annotations

import re

from bot.domain.privacy.digits import NUMERALS, RUN_DIGITS, SEPARATORS, D
from bot.domain.privacy.kinds import id_like, luhn, mobile, old_id, phone
from bot.domain.privacy.numbers import CARD, ID, NUMBER, PHONE, tickets

Said = tuple[int, int, str, str]  # start, end, kind, the digits it stands for

# Pinyin with its tone marks (wǒ jiào, diàn huà yāo sān bā), read without them: one character
# for one, so a span in the view is the span in the text.
_MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ"
_TONES = str.maketrans(_MARKED, "aaaaeeeeiiiioooouuuuvvvvvAAAAEEEEIIIIOOOOUUUU")
_TONE_MARK = re.compile(f"[{_MARKED}]")


def toneless(text: str) -> str:
    return text.translate(_TONES) if _TONE_MARK.search(text) else text

_WORDS = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
          "six": "6", "seven": "7", "eight": "8", "nine": "9", "ling": "0", "dong": "0",
          "yao": "1", "yi": "1", "liang": "2", "er": "2", "san": "3", "si": "4", "wu": "5",
          "liu": "6", "qi": "7", "guai": "7", "ba": "8", "jiu": "9", "gou": "9"}
# English numbers said in groups (one thirty nine, twelve thirty four) and repeated digits
# (double zero, triple six): a tens word takes the unit word after it (thirty four, fifty-six).
_TEENS = {w: str(10 + i) for i, w in enumerate(["ten", "eleven", "twelve", "thirteen", "fourteen",
                                                  "fifteen", "sixteen", "seventeen", "eighteen",
                                                  "nineteen"])}
_TENS = {w: f"{i + 2}0" for i, w in enumerate(["twenty", "thirty", "forty", "fifty", "sixty",
                                               "seventy", "eighty", "ninety"])}
_TIMES = {"double": 2, "triple": 3, "treble": 3}
_GROUPED = frozenset(_TEENS) | frozenset(_TENS)
_WORD = "|".join(sorted(_WORDS, key=len, reverse=True))
_DIGIT_WORDS = re.compile(rf"(?:{_WORD})+", re.IGNORECASE)
_ONE_WORD = re.compile(_WORD, re.IGNORECASE)
_RADIO = {"洞": "0", "拐": "7", "勾": "9"}
_NUMERALS = "".join(NUMERALS)
# Whole digit words, radio digits, or Chinese numerals before a comma: only around them is a text
# read token by token (Latin words are found first and then judged: a search for digit words at
# every position of a long text would be slow).
_TRIGGER = re.compile(rf"[A-Za-z]+|[洞拐勾]|[{_NUMERALS}][，,、]")
_TOKEN = re.compile(rf"[A-Za-z]+|[{D}洞拐勾]+")
# What a run of digits and digit words is made of: the stretch of text read around a trigger.
_STRETCH = re.compile(rf"[A-Za-z{D}洞拐勾{re.escape(SEPARATORS)}.．，,、]+")
_GAP = re.compile(rf"[{re.escape(SEPARATORS)}.．]{{0,3}}|\s*[，,、]\s*")
_CUE = re.compile(r"(?:电话|手机|号码|座机|联系方式|dian\s?hua|shou\s?ji|hao\s?ma|lian\s?xi|phone|tel|"
                  r"call|mobile|number)\W{0,4}$", re.IGNORECASE)
_LISTED = re.compile(r"(?<![0-9０-９])[0-9０-９]{3,4}(?:\s*[，,、]\s*[0-9０-９]{3,4}){2}(?![0-9０-９])")
_AND = re.compile(r"\band\b", re.IGNORECASE)
_MOST_DROPPED = 3  # tokens tried off either end of a run (a numeral that ends a name: 张三 one …)


def numbers(text: str, public: bool) -> list[Said]:
    """Every number said in words in `text` that points at a person (for the public, any run of
    five digits or more said so)."""
    text = toneless(text)
    found: list[Said] = _listed(text) if "，" in text or "," in text or "、" in text else []
    end = 0
    for trigger in _TRIGGER.finditer(text):
        if trigger.start() < end or (trigger[0].isalpha() and trigger[0].isascii()
                                     and not _DIGIT_WORDS.fullmatch(trigger[0])
                                     and trigger[0].lower() not in _GROUPED
                                     and trigger[0].lower() not in _TIMES):
            continue  # inside the stretch read already, or a word that is no digit
        start = trigger.start()
        while start and _STRETCH.fullmatch(text, start - 1, start):
            start -= 1
        stretch = _STRETCH.match(text, trigger.start())
        end = stretch.end() if stretch else trigger.end()
        for run, commas, grouped in _runs(text, start, end):
            said = _judge(text, run, commas, public, grouped)
            if said:
                found.append(said)
    # A ticket number is never personal data, whatever word stands by it (ER 20261127-0001).
    kept = tickets(text)
    return [said for said in found if not any(said[0] < e and s < said[1] for s, e in kept)]


def _listed(text: str) -> list[Said]:
    """Arabic digit groups with commas between them are a list (2008、2009、2010), unless together
    they are a mobile number (139，0537，1234)."""
    found: list[Said] = []
    for m in _LISTED.finditer(text):
        digits = "".join(ch for ch in m[0].translate(RUN_DIGITS) if ch.isdigit())
        if mobile(digits):
            found.append((m.start(), m.end(), PHONE, digits))
    return found


Token = tuple[int, int, str, bool]  # start, end, the digits it stands for, spelled
_JOINED = re.compile(r"[ \-]*")  # between a tens word and its unit, a multiplier and its digit


def _runs(text: str, start: int, end: int) -> list[tuple[list[Token], bool, bool]]:
    """Runs of digit tokens with only separators (or "and") between them, that hold something
    numbers.py cannot read (a digit word, a radio digit, a comma between groups); whether commas
    stand between its groups, and whether it holds English numbers said in groups (thirty four)."""
    runs = []
    run: list[Token] = []
    commas = grouped = False
    times, times_at, times_end = 1, 0, 0  # a pending "double" or "triple"
    tens = False  # the last token is a tens word alone (thirty), waiting for its unit

    def close() -> None:
        spelled = any(token[3] for token in run)
        if sum(len(token[2]) for token in run) >= 5 and (spelled or commas):
            runs.append((list(run), commas, grouped))

    for m in _TOKEN.finditer(text, start, end):
        word, lower = m[0], m[0].lower()
        if word.isascii() and word.isalpha():
            if run and lower == "and":  # one three nine, ... and one two three four
                continue
            if lower in _TIMES:
                times, times_at, times_end = _TIMES[lower], m.start(), m.end()
                continue
            if lower in _GROUPED:
                token: Token = (m.start(), m.end(), _TEENS.get(lower) or _TENS[lower], True)
            elif _DIGIT_WORDS.fullmatch(word):
                token = (m.start(), m.end(), "".join(_WORDS[w.lower()] for w in _ONE_WORD.findall(word)),
                         True)
            else:
                close()
                run, commas, grouped, times, tens = [], False, False, 1, False
                continue
        else:  # a group of digits: spelled if it holds a radio digit
            digits = "".join(_RADIO.get(ch) or ch.translate(RUN_DIGITS) for ch in word)
            token = (m.start(), m.end(), digits, any(ch in _RADIO for ch in word))
        if times > 1:  # double zero: the digit twice, from where "double" stood
            if len(token[2]) == 1 and _JOINED.fullmatch(text, times_end, token[0]):
                token = (times_at, token[1], token[2] * times, True)
            times = 1
        if tens and len(token[2]) == 1 and token[2] != "0" and token[3] \
                and _JOINED.fullmatch(text, run[-1][1], token[0]):  # thirty four, fifty-six
            run[-1] = (run[-1][0], token[1], run[-1][2][0] + token[2], True)
            tens = False
            continue
        tens = lower in _TENS
        grouped = grouped or lower in _GROUPED
        gap = _AND.sub("", text[run[-1][1]:token[0]]) if run else ""
        if run and not _GAP.fullmatch(gap):
            close()
            run, commas, grouped = [], False, lower in _GROUPED
        # Commas between groups of Chinese numerals (幺三八，幺二三四): not between Arabic ones,
        # which are lists (2008、2009、2010年; 1205,2005房).
        commas = commas or bool(run and any(c in gap for c in "，,、")
                                and not (word.isascii() and run[-1][2] == text[run[-1][0]:run[-1][1]]))
        run.append(token)
    close()
    return runs


def _judge(text: str, run: list[Token], commas: bool, public: bool, grouped: bool = False
           ) -> Said | None:
    """The number the run holds: a few tokens off either end may belong to what stands around it
    (张三 one three nine …), so every part is tried, what a number is by its digits alone (a
    mobile, an ID number, a card) before what it is by a cue or its length, longest first. English
    numbers said in groups (twelve fifty, nineteen ninety eight) are prices, times and years far
    more often: such a run is a number only by its digits alone."""
    cued = bool(_CUE.search(text, max(0, run[0][0] - 16), run[0][0]))
    parts = [run[first:last] for first in range(min(_MOST_DROPPED, len(run) - 1) + 1)
             for last in range(len(run), max(first, len(run) - _MOST_DROPPED), -1)]
    parts.sort(key=lambda part: -sum(len(token[2]) for token in part))
    for strong in (True,) if grouped else (True, False):
        for part in parts:
            digits = "".join(token[2] for token in part)
            kind = _kind(digits, cued, commas, strong)
            if kind:
                return part[0][0], part[-1][1], kind, digits
    digits = "".join(token[2] for token in run)
    if public and not commas and not grouped and len(digits) >= 5:
        return run[0][0], run[-1][1], NUMBER, digits
    return None


def _kind(digits: str, cued: bool, commas: bool, strong: bool) -> str | None:
    """What `digits` are: by themselves (`strong`), else by a cue before them or their length."""
    n = len(digits)
    if n < 5:
        return None
    if strong:
        if phone(digits, False):
            return PHONE
        if (n == 18 and id_like(digits)) or (n == 15 and old_id(digits)):
            return ID
        return CARD if 16 <= n <= 19 and luhn(digits) else None
    if n >= 7 and cued:
        return PHONE
    if 7 <= n <= 8 and digits[0] in "23456789" and not commas:
        return PHONE  # a local number without its area code
    return None
