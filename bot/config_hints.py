"""What check-config adds to a problem an operator cannot see by looking (an outside tester,
round 20; refs #10): a full-width character typed with a Chinese input method where TOML wants
an ASCII one, and a token pasted with what surrounds it in the Bot API's address or a space.
Pure but for reading the config file's line the TOML error names; never echoes the token."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

_AT_LINE = re.compile(r"at line (\d+)")


def full_width_hint(path: Path, error: str) -> str:
    """`; line N holds the full-width character '－' (U+FF0D): type '-'` for the line a TOML
    error names, when it holds one outside quotes and comments; else ""."""
    found = _AT_LINE.search(error)
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return ""
    if found is None or not 0 < int(found[1]) <= len(lines):
        return ""
    code = re.sub(r'"[^"]*"|\'[^\']*\'|#.*', "", lines[int(found[1]) - 1])
    wide = next((ch for ch in code if unicodedata.east_asian_width(ch) == "F"), None)
    if wide is None:
        return ""
    plain = unicodedata.normalize("NFKC", wide)
    return (f"; line {found[1]} holds the full-width character '{wide}' (U+{ord(wide):04X}),"
            f" typed with a Chinese input method: type '{plain}' instead")


def token_hint(token: str) -> str:
    """What is wrong with a token that is nearly right (the token itself never shown)."""
    if token != token.strip():
        return "; it has a space or line break before or after it: remove it"
    if token.lower().startswith("bot") and token[3:4].isdigit():
        return ("; it starts with 'bot', as in the Bot API's address (…/bot<token>/…):"
                " leave out that 'bot'")
    return ""
