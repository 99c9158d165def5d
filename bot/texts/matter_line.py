"""The line naming a ticket's matter in a push to its citizen (HTML parse mode; refs #10)."""

from __future__ import annotations

from bot.render import esc
from bot.texts.twins import Twin


def with_matter(text: str, excerpt: str) -> str:
    """`text` (a push about a ticket) with its matter named on the line after its first:
    事项：村口的路灯不亮好几天了…; unchanged when there are no words or they are shown already."""
    if not excerpt or esc(excerpt) in text:
        return text
    first, sep, rest = text.partition("\n")
    zh = f"{first}\n事项：{esc(excerpt)}{sep}{rest}"
    if isinstance(text, Twin):  # the citizen's own words, named the same way in English
        first, sep, rest = text.en.partition("\n")
        return Twin(zh, f"{first}\nAbout: {esc(excerpt)}{sep}{rest}")
    return zh
