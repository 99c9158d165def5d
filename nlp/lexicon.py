"""The remit lexicon shipped for the standard units (nlp/lexicon/CODE.txt).

Each file holds one unit's words, grouped under comments by the items of its remit (权责清单):
what the department is responsible for, in officials' and citizens' words. Entries are written as
in the config's `keywords` ("停水", "物业:0.5", "停*水"), separated by spaces or new lines; `#`
starts a comment. `build_router` lays a unit's config keywords over its shipped words: a config
entry sets the weight of a shipped word, "word:0" switches it off, and a unit whose code has no
file (a county's own unit) routes by its config keywords alone.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

__all__ = ["shipped_codes", "shipped_keywords"]


@lru_cache(maxsize=1)
def shipped_codes() -> frozenset[str]:
    """Unit codes with a shipped lexicon file."""
    folder = resources.files("nlp").joinpath("lexicon")
    return frozenset(
        entry.name.removesuffix(".txt") for entry in folder.iterdir() if entry.name.endswith(".txt")
    )


@lru_cache(maxsize=32)
def shipped_keywords(code: str) -> tuple[str, ...]:
    """The shipped keyword entries of one unit, in file order; () for an unknown code."""
    if code not in shipped_codes():
        return ()
    text = resources.files("nlp").joinpath("lexicon", f"{code}.txt").read_text(encoding="utf-8")
    entries: list[str] = []
    for line in text.splitlines():
        entries.extend(line.split("#", 1)[0].split())
    return tuple(entries)
