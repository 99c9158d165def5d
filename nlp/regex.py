"""Long alternations made quick to search, with the same matches.

Python's `re` tries every branch of an alternation at every position of the text, unless each
branch starts with a plain character (then it skips ahead to one of them). Our word lists start
branches with groups, lookbehinds and classes ((叫|喊)不应, (?<!怎么)没反应), so a list of two hundred
phrases costs two hundred tries per character. `guarded` puts a lookahead for the characters a
match can start with in front, `(?=[叫喊没…])(?:…)` (or `(?:^|(?=[…]))` when a branch is anchored at
the start): the other positions fail at once. The guard consumes nothing and captures nothing, so
matches, spans and groups stay the same; a pattern that may start with any character (`.`,
`[^…]`), may match empty, or carries flags is returned as it is. `quick` compiles a source once,
guard included.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

__all__ = ["guarded", "quick"]

try:  # the parser re itself uses: private, so anything unexpected leaves a pattern as it is
    _parser: Any = importlib.import_module("re._parser")
    _ops: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - a Python whose re is laid out otherwise
    _parser = _ops = None

# What a stretch of pattern may start with: class items (`a`, `a-z`, `\d`), whether it may match
# empty, and whether it may match only at the start of the text (^).
_Start = tuple[set[str], bool, bool]
_CATEGORIES = {} if _ops is None else {
    _ops.CATEGORY_DIGIT: r"\d", _ops.CATEGORY_NOT_DIGIT: r"\D", _ops.CATEGORY_SPACE: r"\s",
    _ops.CATEGORY_NOT_SPACE: r"\S", _ops.CATEGORY_WORD: r"\w", _ops.CATEGORY_NOT_WORD: r"\W",
}


def quick(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, guarded where that helps, compiled once: compiling a pattern
    and then guarding it compiles it twice, which costs start-up for our ~100 long lists."""
    return re.compile(_guard(source, flags) or source, flags)


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern with a lookahead for its possible first characters, or itself."""
    source = _guard(pattern.pattern, pattern.flags)
    return pattern if source is None else re.compile(source, pattern.flags)


def _guard(source: str, flags: int) -> str | None:
    """The source behind a lookahead for its possible first characters, or None when the
    pattern has nothing to gain (or carries flags)."""
    if _parser is None or flags & ~re.UNICODE:
        return None  # ignoring case, multiline, verbose: left alone
    try:
        parsed = _parser.parse(source, flags)
        if _scanned(parsed):
            return None
        start = _sequence(parsed)
    except Exception:  # a structure this module does not know: left alone
        return None
    if start is None or start[1] or not start[0]:
        return None
    lookahead = f"(?=[{''.join(sorted(start[0]))}])"
    guard = f"(?:^|{lookahead})" if start[2] else lookahead
    return f"{guard}(?:{source})"


def _scanned(items: Any) -> bool:
    """True when re already skips ahead to the characters a match may start with: the pattern
    starts with a character, a class, or branches that all start with a character (inside a
    group or not)."""
    op, argument = items[0]
    while op is _ops.SUBPATTERN and not (argument[1] or argument[2]):
        op, argument = argument[3][0]
    return op in (_ops.LITERAL, _ops.IN) or (op is _ops.BRANCH and all(
        branch and branch[0][0] is _ops.LITERAL for branch in argument[1]))


def _sequence(items: Any) -> _Start | None:
    """What a sequence of pattern items may start with; None when any character may."""
    chars: set[str] = set()
    for op, argument in items:
        if op is _ops.AT and argument in (_ops.AT_BEGINNING, _ops.AT_BEGINNING_STRING):
            return chars, False, True  # matches only at the start, whatever follows
        found = _item(op, argument)
        if found is None:
            return None
        chars |= found[0]
        if not found[1]:
            return chars, False, found[2]
    return chars, True, False


def _item(op: Any, argument: Any) -> _Start | None:
    if op is _ops.LITERAL:
        return {re.escape(chr(argument))}, False, False
    if op in (_ops.AT, _ops.ASSERT, _ops.ASSERT_NOT):
        return set(), True, False  # $, \b and lookarounds consume nothing
    if op is _ops.IN:
        chars: set[str] = set()
        for kind, value in argument:
            if kind is _ops.LITERAL:
                chars.add(re.escape(chr(value)))
            elif kind is _ops.RANGE:
                chars.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
            elif kind is _ops.CATEGORY and value in _CATEGORIES:
                chars.add(_CATEGORIES[value])
            else:
                return None  # a negated class
        return chars, False, False
    if op is _ops.BRANCH:
        chars, empty, anchored = set(), False, False
        for branch in argument[1]:
            found = _sequence(branch)
            if found is None:
                return None
            chars |= found[0]
            empty, anchored = empty or found[1], anchored or found[2]
        return chars, empty, anchored
    if op is _ops.SUBPATTERN:
        _, added, removed, inner = argument
        return None if added or removed else _sequence(inner)
    if op in (_ops.MAX_REPEAT, _ops.MIN_REPEAT, _ops.POSSESSIVE_REPEAT):
        least, _, inner = argument
        found = _sequence(inner)
        return None if found is None else (found[0], found[1] or least == 0, found[2])
    if op is _ops.ATOMIC_GROUP:
        return _sequence(argument)
    return None  # any character, a back-reference
