"""The one place where text meets Telegram's rules: HTML escaping, masking, splitting, buttons.

Every outgoing text is HTML (parse_mode "HTML"). Templates in texts.py escape what users typed with
`esc`; `split` cuts a finished message into parts Telegram accepts; `mask` hides phone numbers, ID
numbers and names wherever someone other than the citizen will read the text.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Sequence

PARSE_MODE = "HTML"
TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
CALLBACK_LIMIT = 64

# Characters Telegram rejects or that can hijack display order: C0/C1 controls except newline
# and tab, bidi overrides, lone surrogates, noncharacters.
_BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"


def clean(text: str) -> str:
    """Drop characters that cannot or should not be displayed; keep everything else as typed."""
    out = []
    for ch in text:
        if ch in "\n\t":
            out.append(ch)
        elif ch in _BIDI or unicodedata.category(ch) in ("Cc", "Cs", "Cn"):
            continue
        else:
            out.append(ch)
    return "".join(out)


def esc(text: object) -> str:
    """Escape user-supplied text for parse_mode HTML."""
    return html.escape(clean(str(text)), quote=False)


# --- masking ----------------------------------------------------------------------------------

_ID = re.compile(r"(?<![0-9A-Za-z])([1-9]\d{5})(\d{8})(\d{3}[0-9Xx])(?![0-9A-Za-z])")
_ID15 = re.compile(r"(?<!\d)([1-9]\d{5})(\d{6})(\d{3})(?!\d)")
_MOBILE = re.compile(r"(?<!\d)(1[3-9]\d)[\s-]?(\d{4})[\s-]?(\d{4})(?!\d)")
_LANDLINE = re.compile(r"(?<!\d)(0\d{2,3})[-\s]?(\d{3,4})(\d{4})(?!\d)")
_NAME_CUE = re.compile(
    r"((?:我叫|我是|本人|姓名|名字叫|联系人|户主|申请人|举报人|患者)[:：\s]*)"
    r"([\u4e00-\u9fff])([\u4e00-\u9fff]{1,2})"
)
_ADDRESS_DETAIL = re.compile(r"\d+\s*(?:号楼|栋|幢|单元|室|号院|号|户|楼)")


def mask(text: str, names: Iterable[str] = ()) -> str:
    """Hide ID numbers, phone numbers and personal names (known `names` and cue-introduced ones)."""
    text = _ID.sub(lambda m: m[1][:3] + "*" * 14 + m[3][-1], text)
    text = _ID15.sub(lambda m: m[1][:3] + "*" * 11 + m[3][-1], text)
    text = _MOBILE.sub(lambda m: f"{m[1]}****{m[3]}", text)
    text = _LANDLINE.sub(lambda m: f"{m[1]}-****{m[3]}", text)
    for name in sorted({n.strip() for n in names if len(n.strip()) >= 2}, key=len, reverse=True):
        text = text.replace(name, mask_name(name))
    return _NAME_CUE.sub(lambda m: m[1] + m[2] + "*" * len(m[3]), text)


def mask_public(text: str, names: Iterable[str] = ()) -> str:
    """`mask`, and also house, building and room numbers: for the public channel."""
    return _ADDRESS_DETAIL.sub("**", mask(text, names))


def mask_name(name: str) -> str:
    """张三 → 张*, 欧阳娜娜 → 欧***; a Latin name keeps its first letter."""
    name = name.strip()
    return name[:1] + "*" * max(1, len(name) - 1) if name else ""


# --- splitting --------------------------------------------------------------------------------

_TAG = re.compile(r"<(/?)([a-zA-Z-]+)[^>]*>")


def _units(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def split(text: str, limit: int = TEXT_LIMIT) -> list[str]:
    """Cut HTML into parts of at most `limit` units, between lines where possible.

    Templates keep every tag within one line, so whole lines can be packed freely; a single line
    too long for one part is cut between tokens, closing the tags open at the cut and reopening
    them in the next part, so every part is valid HTML on its own.
    """
    if _units(text) <= limit:
        return [text]
    parts: list[str] = []
    current = ""
    for line in text.splitlines(keepends=True):
        if _units(current + line) <= limit:
            current += line
            continue
        if _units(line) > limit:  # one line too long: fill the current part, then cut
            *whole, current = _cut_line(current + line, limit)
            parts.extend(whole)
            continue
        if current.strip():
            parts.append(current.rstrip("\n"))
        current = line
    if current.strip():
        parts.append(current.rstrip("\n"))
    return parts


def _cut_line(line: str, limit: int) -> list[str]:
    """Cut one long line into valid HTML pieces of at most `limit` units."""
    pieces: list[str] = []
    stack: list[tuple[str, str]] = []  # (name, opening tag) of the tags open at this point
    current = ""
    pos = 0
    while pos < len(line):
        token = _next_token(line, pos)
        closing = "".join(f"</{name}>" for name, _ in reversed(stack))
        if current and _units(current + token + closing) > limit:
            pieces.append(current + closing)
            current = "".join(tag for _, tag in stack)
        current += token
        match = _TAG.fullmatch(token)
        if match and match[1]:
            if stack and stack[-1][0] == match[2].lower():
                stack.pop()
        elif match:
            stack.append((match[2].lower(), token))
        pos += len(token)
    pieces.append(current)
    return pieces


def _next_token(text: str, pos: int) -> str:
    """A whole tag, a whole entity, or one character."""
    if text[pos] == "<":
        end = text.find(">", pos)
        if end != -1:
            return text[pos : end + 1]
    if text[pos] == "&":
        end = text.find(";", pos, pos + 10)
        if end != -1:
            return text[pos : end + 1]
    return text[pos]


# --- buttons ----------------------------------------------------------------------------------

Button = tuple[str, str]  # (label, callback data)


def keyboard(rows: Sequence[Sequence[Button]]) -> dict[str, object]:
    """An inline keyboard as Bot API JSON; callback data must fit Telegram's 64 bytes."""
    for row in rows:
        for _, data in row:
            if len(data.encode()) > CALLBACK_LIMIT:
                raise ValueError(f"callback data over {CALLBACK_LIMIT} bytes: {data!r}")
    return {
        "inline_keyboard": [
            [{"text": label, "callback_data": data} for label, data in row] for row in rows
        ]
    }


def truncate(text: str, limit: int) -> str:
    """Shorten plain text to `limit` characters with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
