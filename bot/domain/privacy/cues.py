"""Cue words, found fast, for names.py: the words that lead to a name (我叫, 联系人：, 我爸, 回访),
each with what may stand between it and the name, and whose relative a family word names.

Python's `re` scans quickly for a plain alternation of Chinese words, so a cue is found first
and what may follow it is matched only there, never tried at every position of a long text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.domain.privacy import words

# A relative said with 儿化 counts as the word: 媳妇儿, 闺女儿, 老伴儿.
RELATIVES = frozenset(words.FAMILY.split("|")) | frozenset(
    f"{w}儿" for w in words.FAMILY.split("|") if w[-1] != "儿")


class Cues:
    """Cue words and what must follow each before the name."""

    def __init__(self, links: dict[str, str], kin: str | None = None) -> None:
        """`links`: cue word → what must follow it before the name; `kin`: the link after a
        family word (我爸, 本人的妻子), which counts only after 我, 俺, 咱 or 本人."""
        links = {**links, **dict.fromkeys(RELATIVES, kin)} if kin is not None else links
        self._words = re.compile(trie(links))
        self._links = {word: re.compile(link) for word, link in links.items()}
        self._kin = RELATIVES if kin is not None else frozenset()

    def ends(self, text: str) -> list[int]:
        """Where what a cue introduces starts, for every cue in `text`."""
        return [end for _, end, _ in self.found(text)]

    def found(self, text: str) -> list[tuple[int, int, str]]:
        """(where the cue word ends, where what it introduces starts, the word) for every cue."""
        out = []
        for m in self._words.finditer(text):
            if m[0] in self._kin and not (m.start() and text[m.start() - 1] in _OWNER_ENDS
                                          and _OWNER.search(text, max(0, m.start() - 6), m.start())):
                continue
            link = self._links[m[0]].match(text, m.end())
            if link:
                out.append((m.end(), link.end(), m[0]))
        return out


def trie(words: Iterable[str]) -> str:
    """An alternation of `words` grouped by their first character ("老(?:伴儿|伴|公)|…"), longest
    first in each group: `re` tries fewer branches at each position than with a flat list."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(word[1:])
    out = []
    for first, rests in groups.items():
        tails = [r for r in rests if r]
        inner = trie(tails) if tails else ""
        optional = "?" if "" in rests and tails else ""
        out.append(re.escape(first) + (f"(?:{inner}){optional}" if tails else ""))
    return "|".join(out)


# Whose relative: 我爸, 俺闺女, 本人的妻子, 我家老伴儿, 我大儿子.
_OWNER = re.compile(r"(?:我|俺|咱|本人)(?:的|家的?)?(?:大|二|三|四|小|亲|老)?$")
_OWNER_ENDS = frozenset("我俺咱人的家大二三四小亲老")


def said_at(text: str, at: int) -> bool:
    """Whether what is said about a person (or the phrase's end) starts at `at`, so a name before
    it ends there: 喝, 被, 说 (words.PREDICATE_STARTS) or a word such as 带队, 负责 whose first
    character could go on a name (words.SAID_AFTER: 王强带队 is 王强, not 王强带); never 刚刚."""
    return at == len(text) or text[at:at + 2] in words.SAID_AFTER \
        or (text[at] in words.PREDICATE_STARTS and text[at - 1:at + 1] != "刚刚")


def holds_post(text: str, span: tuple[int, int], end: int) -> bool:
    """Whether the name at `span` holds the post that ends at `end` (刘明亮主任), not part of a
    longer post or body (班主任, 胡总书记, 谢副校长, 纪委书记, 劳资科长, 楚大校长) nor 长 starting a
    word (临街门店长期)."""
    name = text[span[0]:span[1]]
    return name[-1] not in words.POST_PARTS and not (len(name) == 2 and name[0] in "祝") \
        and not (text[end - 1] == "长" and text[end:end + 1] in words.AFTER_ZHANG)
