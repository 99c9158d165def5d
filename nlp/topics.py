"""Words of one matter (nlp/topics.txt): 停水, 没水 and 自来水 are one hot topic, not three.

The table is data beside the units' lexicons: each line names a matter by its first word,
followed by the other words the routing tables hold for it; those after `|` name the matter
only as a whole keyword, not inside a longer one. Loaded once, on first use.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

__all__ = ["held_topic", "topic_in", "topic_of"]


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], frozenset[str]]:
    """Each word of the table → the first word of its line; and the words that name their
    matter inside a longer keyword too (those before `|`)."""
    text = resources.files("nlp").joinpath("topics.txt").read_text(encoding="utf-8")
    table: dict[str, str] = {}
    held: set[str] = set()
    for line in text.splitlines():
        anywhere, _, whole = line.split("#", 1)[0].partition("|")
        words = anywhere.split() + whole.split()
        for word in words:
            table.setdefault(word, words[0])
        held.update(anywhere.split())
    return table, frozenset(held)


def topic_of(word: str) -> str | None:
    """The matter a whole keyword names (没水, 自来水 → 停水), or None when the table does not
    know the word."""
    return _table()[0].get(word)


def held_topic(word: str) -> str:
    """The matter `word` names where a longer keyword holds it (楼上没水's 没水 → 停水; not
    自来水发黄's 自来水), or `word` itself."""
    table, held = _table()
    return table[word] if word in held else word


def topic_in(text: str) -> str | None:
    """The matter a text names by a word of the table that names it inside longer ones (those
    before `|`): 水龙头不出水's 不出水 → 停水, 家里电没了's 电没了 → 停电; the word that starts
    first (the longest there) when several do, None when none does."""
    table, held = _table()
    found = [(at, -len(word), word) for word in held if (at := text.find(word)) >= 0]
    return table[min(found)[2]] if found else None
