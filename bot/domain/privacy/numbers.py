"""Numbers and handles that point at a person, found by what they are, not by how they are typed.

People write a phone number as 139-0021-0021, 139.0021.0021, 1 3 9 0 0 2 1 0 0 2 1, １３９００２１００２１,
幺三九零零二一零零二一, ①③⑨⓪⓪②①⓪⓪②①, 139O0210021, over three lines or as +86 139 0021 0021. So a
run of digit-like characters and what people put between them (digits.py) is found first; then
it is read through a *digit view* of the same length (every digit an ASCII digit, every separator
"-", so a span in the view is the span in the text) and cut into the numbers it holds, each
judged by what it is (kinds.py): a mobile number, a landline with its area code, an 18-digit ID
number (checksum or a birth date; with up to three digits after it, as a 残疾证 number), a bank card
(Luhn), a local number, a QQ or WeChat number after its cue. Ticket numbers (YYYYMMDD-NNNN), dates,
amounts, quantities and public service lines (12345, 12315, 95598, 400 numbers) are none of these
and stay. The last digits of a phone said in words (电话后面是5678, 手机尾号5678) are a number too. E-mail
addresses and WeChat ids are found in a *letter view* that folds full-width letters to ASCII;
passport and other document numbers after their word in documents.py.
"""

from __future__ import annotations

import re

from bot.domain.privacy import documents
from bot.domain.privacy.digits import (
    ASTRAL,
    ASTRAL_DIGITS,
    DIGITS,
    KEYCAP,
    LETTERS,
    LOOKALIKES,
    NUMERALS,
    RUN_DIGITS,
    D,
    S,
)
from bot.domain.privacy.kinds import (
    date,
    digits_of,
    id_checksum,
    id_like,
    id_suffixed,
    luhn,
    old_id,
    phone,
)
from bot.domain.privacy.words import NOT_EMAIL_LOCAL

Span = tuple[int, int, str]  # start, end, label kind
Group = tuple[int, int, str]  # start, end, digits

PHONE, ID, CARD, EMAIL, QQ, WECHAT, HANDLE, NUMBER, DOCUMENT = (
    "phone", "id", "card", "email", "qq", "wechat", "handle", "number", "document")

# Five digits or more: anything shorter is no one's number. The lookahead lets `re` skip fast.
# Look-alike letters stand between digits as separators do (a run never starts or ends with one)
# and are digits in the view of the run.
_RUN = re.compile(rf"(?=[+＋{D}])[+＋]?[{D}](?:[{S}{LOOKALIKES}]{{0,3}}[{D}]){{4,}}"
                  rf"(?:[{S}]{{0,2}}[XxＸｘ](?![A-Za-z]))?{KEYCAP}?")
# The last digits of a phone, said in words: 电话后面是5678, 手机尾号5678, 号码后四位：五六七八.
# The cue is found first (a plain alternation of words is what `re` scans fast), the rest at it.
_TAIL_CUE = re.compile("电话|手机|号码|尾号|尾数|身份证|卡号")  # 身份证后四位是5678 too
_TAIL = re.compile(
    rf"(?:(?<=[话机码证号])(?:号码?)?的?(?:后面|后边|最后|末尾|后|末|尾)的?(?:[三四五六3-6３-６]|几)?位?"
    rf"(?:数字?|号码?)?|(?<=[号数]))(?:是|为|:|：|\s)*([{D}](?:[{S}]?[{D}]){{2,5}})(?![{D}])")
# ... and the first digits told after them (手机号后四位是1234，前面是139 0537): the rest of the same
# number, looked for a little way after the cue.
_HEAD = re.compile(rf"(?:前面|前边|开头|前[三七几]位|头[三七几]位)的?(?:数字?|号码?)?(?:是|为|:|：|\s)*"
                   rf"([{D}](?:[{S}]?[{D}]){{2,7}})(?![{D}])")
_HEAD_WINDOW = 30  # characters after a tail's cue searched for its head
# An id on a video or work app (抖音号 douyin_zhang88, 快手号, 钉钉号): an account, as WeChat's.
_APP_CUE = re.compile("抖音|快手|钉钉|小红书|微博")
# Public service lines stay: 12345 市长热线, 12315, 12369, 95598, 10086, 400 and 800 numbers.
_SERVICE = re.compile(r"(?:0[1-9][0-9]{1,2})?(?:12[0-9]{3}|100[0-9]{2}|9[56][0-9]{3})|[48]00[0-9]{7}")
_GROUP = re.compile(r"[0-9]+|[Xx]")
TICKET_NUMBER = re.compile(r"[0-9]{8}-[0-9]{4,}(?![0-9])")  # not after a digit: see tickets()
# An ID number written in its groups with dashes, 370811-19750211-1981: its birth date and sequence
# only look like a ticket number (the region before them and the checksum tell; after a space,
# 370828 20261127-4107 is a ticket number beside other digits).
_TICKETS_SINCE = "2020"  # no ticket number is dated before this year
_REGION_BEFORE = re.compile(r"(?<![0-9])([1-8][0-9]{5})[-‐‑–—－]$")  # grouped with dashes, as a ticket is
# An e-mail address is found from its @ outwards (a search from every letter would be slow).
_EMAIL_LOCAL = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+\-]*$")
_EMAIL_DOMAIN = re.compile(r"[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
_WECHAT_CUE = re.compile("微信|薇信|威信")
_WECHAT_WORDS = ("wx", "vx", "WX", "VX", "Wx", "Vx", "v信", "V信", "wechat", "WeChat", "Wechat",
                 "weixin", "Weixin", "加v", "加V", "+v", "+V")
_AT = re.compile("[@＠]")
# A Telegram username as written to mention someone: @ and 5–32 letters, digits or _, a letter first.
_HANDLE = re.compile(r"[@＠]([A-Za-z][A-Za-z0-9_]{4,31})(?![A-Za-z0-9_])")
# An address spelled out so a machine would miss it: zhangsan at 163 dot com, li(at)qq.com,
# li#163.com, li [at] qq [dot] com — then a known top-level domain must end it.
_AT_SPELLED = re.compile(r"(?<=[A-Za-z0-9])(?:\s*[(\[（【<]\s*at\s*[)\]）】>]\s*|\s+at\s+|#)(?=[A-Za-z0-9])",
                         re.IGNORECASE)
_SPELLED_AT = ("#", "at", "AT", "At", "＃", "ａｔ", "ＡＴ")  # plain searches first: the letter view is slow
_DOT = r"(?:\.|\s*[(\[（【<]\s*dot\s*[)\]）】>]\s*|\s+dot\s+)"
_SPELLED_DOMAIN = re.compile(rf"[A-Za-z0-9\-]+(?:{_DOT}[A-Za-z0-9\-]+)*?{_DOT}"
                             r"(?:com|cn|net|org|edu|gov|top|info)(?![A-Za-z0-9])", re.IGNORECASE)
_WECHAT_ID = re.compile(r"(?:\s*(?:号码?|[Ii][Dd]))?(?:是|为|:|：|\s)*"
                        r"([A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9])")
# Before a run: the cues that make it a phone number whatever its shape, a card, a QQ or WeChat
# number, or something that is not a phone at all (an order, meter or room number).
# Searched in the digit view, where a space is "-" (Q Q 12345678 reads Q-Q-12345678).
# One search of the few characters before a run names its cue, if any.
_CUE = re.compile(
    r"(?:(?P<qq>[Qq]-?[Qq]|扣扣|企鹅)|(?P<wechat>微信|薇信|威信|[Vv]信|[Ww]e[Cc]hat|[Ww]eixin|[VvWw][Xx]|加[Vv])"
    r"|(?P<card>卡号|银行卡|储蓄卡|信用卡|借记卡|账号|帐号|账户|帐户|卡)"
    r"|(?P<phone>电话|手机|座机|联系方式|号码|[Tt][Ee][Ll]|[Cc]all|打|拨打?|致电)"
    r"|(?P<other>单号|订单|户号|表号|编号|发票|合同|车架|型号|批次|学号|工号|房号|邮编|邮政编码|快递|账单|"
    r"金额|价格|面积|人口|票号))"
    r"(?:号码?|[Ii][Dd])?(?:是|为|:|：|-|\s){0,4}$")
_AMOUNT_BEFORE = re.compile(r"[¥￥$]\s*$|RMB\s*$|第$")
# After a run: an amount or a quantity, not a phone.
_UNIT_AFTER = re.compile(r"-?\s?[元块万亿角米吨斤克亩平㎡人户次个件台辆棵天年月日时分秒岁%％度千百]")
# After a number (or, reversed, before it): a decimal fraction. A label there stood for digits
# when the text was first read, so it counts as one: masking what is masked changes nothing.
_DECIMAL = re.compile(r"\.[0-9【】]")
_LATIN_END = re.compile(r"[A-Za-z]$")
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
_HAN = re.compile("[\u4e00-\u9fff]")
_KEYCAP = re.compile(KEYCAP)
_CUE_WINDOW = 12  # characters before a run searched for a cue
_LONGEST = 23  # digits in the longest number judged (0086 + a 19-digit card)


def find(text: str, public: bool = False) -> list[Span]:
    """Every number or handle in `text` that points at a person; `public` also takes any other
    run of five digits or more that is not an amount (for the public channel)."""
    spans: list[Span] = _emails(text) if "@" in text or "＠" in text else []
    if any(mark in text for mark in _SPELLED_AT):
        spans += _spelled_emails(text.translate(LETTERS) if not text.isascii() else text)
    if ASTRAL.search(text):  # one code point for one: every span stays where it is
        text = text.translate(ASTRAL_DIGITS)
    for cue in _wechat_cues(text):
        m = _WECHAT_ID.match(text[cue:cue + 40].translate(LETTERS))
        if m:
            spans.append((cue + m.start(1), cue + m.end(1), WECHAT))
    # Ticket numbers and what was found already are not searched again for digits.
    blocked = [(s, e) for s, e, _ in spans]
    blocked += tickets(text)
    # 护照号E87654321, 港澳通行证C…: a number inside one is part of it (E 8765 4321 holds no phone).
    papers = [(s, e, _document(text[s:e])) for s, e in documents.find(text)
              if not any(b < e and s < c for b, c in blocked)]
    for run in _RUN.finditer(text):
        # 幺三八…八两天了, …一直打不通: a numeral that ends the run right before a word may start
        # the word, not end the number; the run is read without it first.
        # Unless the whole run is an ID number or a card to its last numeral (卡号六二二…九上了:
        # a Luhn check or checksum that holds with it is no accident).
        if text[run.end() - 1] in NUMERALS and _HAN.match(text, run.end()):
            shorter = _RUN.match(text, run.start(), run.end() - 1)
            if shorter and (found := _judge_run(text, shorter, blocked, public)):
                whole = _judge_run(text, run, blocked, public)
                spans += whole if any(e == run.end() and kind in (ID, CARD)
                                      for _, e, kind in whole) else found
                continue
        spans += _judge_run(text, run, blocked, public)
    for word in _TAIL_CUE.finditer(text):
        tail = _TAIL.match(text, word.end())
        if tail:
            spans.append((tail.start(1), tail.end(1), NUMBER))
            head = _HEAD.search(text, tail.end(), tail.end() + _HEAD_WINDOW)
            if head:
                spans.append((head.start(1), head.end(1), NUMBER))
    for app in _APP_CUE.finditer(text):
        account = _WECHAT_ID.match(text[app.end():app.end() + 40].translate(LETTERS))
        if account:
            spans.append((app.end() + account.start(1), app.end() + account.end(1), HANDLE))
    return [sp for sp in spans if not any(s <= sp[0] and sp[1] <= e for s, e, _ in papers)] + papers


def _document(written: str) -> str:
    """A document number's label: an ID number's (驾驶证号 and 残疾证号 are one), else its own."""
    digits = digits_of(written)
    if (len(digits) == 18 and id_like(digits)) or (len(digits) == 15 and digits.isdigit()
                                                   and old_id(digits)) or id_suffixed(digits):
        return ID
    return DOCUMENT


def tickets(text: str) -> list[tuple[int, int]]:
    """Where ticket numbers stand: never personal data. A ticket number opens with its day, so
    00861871-0398 (a mobile after 0086) and the tail of 370811-19750211-1981 are none."""
    if "-" not in text:
        return []
    found, at = [], 0
    while (m := TICKET_NUMBER.search(text, at)) is not None:
        if not (m.start() and text[m.start() - 1].isdigit()) and date(m[0][:8], []) \
                and not _grouped_id(text, m):
            found.append(m.span())
            at = m.end()
        else:  # 00000000-20261127-0001: the ticket number may start inside what was not one
            at = m.start() + 1
    return found


def _grouped_id(text: str, ticket: re.Match[str]) -> bool:
    """Whether a ticket number's shape is the birth date and sequence of a grouped ID number: its
    checksum holds, or (370828-19750211-1981, a digit mistyped) a birth date from before any
    ticket was received (_TICKETS_SINCE) — no ticket's day."""
    region = _REGION_BEFORE.search(text, max(0, ticket.start() - 8), ticket.start())
    if region is None or len(ticket[0]) != 13:
        return False
    digits = region[1] + ticket[0][:8] + ticket[0][9:]
    return id_checksum(digits) or (ticket[0][:4] < _TICKETS_SINCE and id_like(digits))


def _emails(text: str) -> list[Span]:
    """E-mail addresses, found from each @ outwards in the letter view around it, and the
    Telegram usernames an @ that starts no domain mentions (@wang_xiaomei)."""
    spans: list[Span] = []
    for m in _AT.finditer(text):
        start = max(0, m.start() - 64)
        window = text[start:m.start() + 256].translate(LETTERS)
        at = m.start() - start
        local = _EMAIL_LOCAL.search(window, 0, at)
        domain = _EMAIL_DOMAIN.match(window, at + 1) or _SPELLED_DOMAIN.match(window, at + 1)
        if local and domain:
            spans.append((start + local.start(), start + domain.end(), EMAIL))
        elif handle := _HANDLE.match(text, m.start()):
            spans.append((*handle.span(), HANDLE))
    return spans


def _spelled_emails(text: str) -> list[Span]:
    """E-mail addresses with the @ or the dots spelled out (see _AT_SPELLED), in the letter view
    (ｚｈａｎｇ ａｔ １６３．ｃｏｍ)."""
    spans: list[Span] = []
    for m in _AT_SPELLED.finditer(text):
        local = _EMAIL_LOCAL.search(text, max(0, m.start() - 64), m.start())
        domain = _SPELLED_DOMAIN.match(text, m.end())
        if local and domain and not (m[0].strip().lower() == "at" and local[0].lower() in NOT_EMAIL_LOCAL):
            spans.append((local.start(), domain.end(), EMAIL))
    return spans


def _wechat_cues(text: str) -> list[int]:
    """Where a WeChat id would start: after 微信, wx, vx, WeChat …"""
    cues = [m.end() for m in _WECHAT_CUE.finditer(text)] if "信" in text else []
    for word in _WECHAT_WORDS:  # plain searches: text.lower() on a long Chinese text is slow
        at = text.find(word)
        while at != -1:
            if not (at and text[at - 1].isascii() and text[at - 1].isalpha()):
                cues.append(at + len(word))
            at = text.find(word, at + 1)
    return cues


def _judge_run(text: str, run: re.Match[str], blocked: list[tuple[int, int]], public: bool
               ) -> list[Span]:
    """Cut a run of digits and separators into the numbers it holds, longest first; for the
    public, what is left of five digits or more is a number too."""
    offset = max(0, run.start() - _CUE_WINDOW)
    # The run and what stands around it (look-alike letters are digits from the run on only:
    # before it, "Tel" must stay a cue).
    view = text[offset:run.start()].translate(DIGITS) \
        + text[run.start():run.end() + 3].translate(RUN_DIGITS)
    start = run.start() - offset
    segments: list[list[Group]] = [[]]
    blocked = [(s, e) for s, e in blocked if s < run.end() and run.start() < e]
    for m in _GROUP.finditer(view, start, run.end() - offset):
        if blocked and any(s < m.end() + offset and m.start() + offset < e for s, e in blocked):
            segments.append([])  # a ticket number cuts the run in two
        else:
            segments[-1] += _by_script(text, offset, m)
    plus = view[start] == "+"
    found: list[Span] = []
    for groups in segments:
        if sum(len(g[2]) for g in groups) < 5:
            continue
        signed = plus and groups[0][0] == start + 1
        # "(0537)8761234", "(+86)135…": the bracket opened before the run goes with the number.
        opened = start > 0 and text[offset + start - 1] in "(（" and any(c in run[0] for c in ")）")
        for s, e, kind in _numbers(groups, view, signed, public):
            first = s == start or (signed and s == start + 1)
            keycap = _KEYCAP.match(text, offset + e)  # 8️⃣ ending it: the marks go too
            found.append((offset + (start - opened if first else s),
                          keycap.end() if keycap else offset + e, kind))
    return found


def _by_script(text: str, offset: int, group: re.Match[str]) -> list[Group]:
    """A group of digits cut where Chinese numerals meet Arabic digits: in 张三13900210021 the
    三 belongs to the name (the parts still join into one number when that is what they are,
    as in 139零零21零零21)."""
    start, digits = group.start(), group[0]
    written = text[offset + start:offset + group.end()]
    if written.isascii():
        return [(start, group.end(), digits)]
    chinese = [ch in NUMERALS for ch in written]
    if all(chinese) or not any(chinese):
        return [(start, group.end(), digits)]
    parts, first = [], 0
    for i in range(1, len(digits) + 1):
        if i == len(digits) or chinese[i] != chinese[first]:
            parts.append((start + first, start + i, digits[first:i]))
            first = i
    return parts


def _numbers(groups: list[Group], view: str, plus: bool, public: bool) -> list[Span]:
    found: list[Span] = []
    if len(groups) > 1 and _SERVICE.fullmatch("".join(g[2] for g in groups)):
        return found  # 400-812-3456 is a service line as a whole, not a local number in part
    left: list[list[int]] = [[]]  # indexes of groups no number took, in stretches
    i = 0
    while i < len(groups):
        j, kind = _longest(groups, i, view, plus and i == 0)
        if not kind:
            left[-1].append(i)
            i += 1
            continue
        found.append((groups[i][0], groups[j][1], kind))
        left.append([])
        i = j + 1
    if public:
        for stretch in left:
            if stretch and _kind([groups[k][2] for k in stretch], view, groups[stretch[0]][0],
                                 groups[stretch[-1]][1], False, True):
                found.append((groups[stretch[0]][0], groups[stretch[-1]][1], NUMBER))
    return found


def _longest(groups: list[tuple[int, int, str]], i: int, view: str, plus: bool
             ) -> tuple[int, str | None]:
    """The last group of the longest number starting at group `i`, and what it is."""
    total, ends = 0, []
    for j in range(i, len(groups)):
        total += len(groups[j][2])
        if total > _LONGEST:
            break
        if total >= 5:
            ends.append(j)
    for j in reversed(ends):
        kind = _kind([g[2] for g in groups[i:j + 1]], view, groups[i][0], groups[j][1], plus,
                     False)
        if kind:
            return j, kind
    return i, None


def _kind(groups: list[str], view: str, start: int, end: int, plus: bool, public: bool
          ) -> str | None:
    """What a number is, judged by its digits, its grouping and what stands around it."""
    digits = "".join(groups)
    n = len(digits)
    if n < 5:
        return None
    before = view[max(0, start - _CUE_WINDOW):start]
    found = _CUE.search(before)
    cue = found.lastgroup if found else None
    if cue == "qq" and n <= 11 and digits.isdigit():
        return QQ
    if cue == "wechat" and digits.isdigit():
        return WECHAT
    if digits[-1] in "Xx":
        return ID if n in (15, 18) and id_like(digits[:-1] + "X") else None
    if phone(digits, plus):
        return PHONE
    if n == 18 and id_like(digits):
        return ID
    if n == 15 and old_id(digits):
        return ID
    if id_suffixed(digits) and not _UNIT_AFTER.match(view[end:end + 3]):
        return ID  # 37082819550303122642: a 残疾证 number, an ID number and two digits
    if (16 <= n <= 19 and luhn(digits)) or (12 <= n <= 21 and cue == "card"):
        return CARD
    if 16 <= n <= 19 and cue != "other" and digits.startswith("62") and digits.isdigit():
        return CARD  # a UnionPay card (62…) mistyped (its checksum fails): still a card
    if n <= 10 and _SERVICE.fullmatch(digits):
        return None  # a public service line (no phone, ID or card has its shape)
    after = view[end:end + 3]
    amount = bool(_UNIT_AFTER.match(after) or _AMOUNT_BEFORE.search(before)
                  or _DECIMAL.match(after) or _DECIMAL.match(view[start - 2:start][::-1]))
    if n >= 7 and cue == "phone" and not amount:
        return PHONE  # short numbers after a cue are service lines (12345, 95588)
    if 7 <= n <= 8 and digits[0] in "23456789" and not amount and not date(digits, groups) \
            and cue != "other" and not _LATIN_END.search(before) \
            and not (len(groups) > 1 and _YEAR.fullmatch(groups[0])):
        return PHONE  # a local number without its area code (not GB3096-2008, not 〔2012〕1076)
    if public and not amount and not date(digits, groups):
        return NUMBER
    return None
