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


def _userdict_words(current: list[str]) -> list[str]:
    """The user dictionary's words: the current ones, then every shipped keyword of three or
    more Chinese characters with no grammar character, so jieba cuts at their edges."""
    import re

    grammar = set("的了着过也都就把被给让是在有没不")
    chinese = re.compile(r"^[\u4e00-\u9fff]{3,}$")
    words = dict.fromkeys(current)
    for code in sorted(shipped_codes()):
        for entry in shipped_keywords(code):
            word = entry.rpartition(":")[0] if ":" in entry else entry
            if chinese.match(word) and grammar.isdisjoint(word):
                words.setdefault(word)
    return list(words)


if __name__ == "__main__":
    # Maintainers: `python -m nlp.lexicon` rewrites nlp/userdict.txt after the lexicon changed,
    # with the frequency jieba would suggest for each word (so loading it computes nothing).
    import logging
    from pathlib import Path

    import jieba

    jieba.setLogLevel(logging.WARNING)
    path = Path(__file__).with_name("userdict.txt")
    # A current word keeps its frequency: one set by hand (微信号 5000, a common word a keyword
    # hit may not cut into, see nlp/matching.py) must survive the rewrite.
    given = dict(line.split()[:2] for line in path.read_text(encoding="utf-8").splitlines() if line)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    lines = []
    for word in _userdict_words(list(given)):
        tokenizer.add_word(word, int(given[word]) if word in given else None)
        lines.append(f"{word} {tokenizer.FREQ[word]}\n")
    path.write_text("".join(lines), encoding="utf-8")
    print(f"{path}: {len(lines)} words")
