"""The shortcuts routing takes for speed change nothing it finds: a regex guarded on its first
characters matches as before, a learned table's leaning is the sum `score` gives, a negation is
looked for only where one can be."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import nlp
from nlp import matching
from nlp.regex import guarded
from nlp.router import Router, clean_text

REPO = Path(__file__).resolve().parent.parent
SETS = REPO / "tests" / "routing_sets"


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """Every message of our routing sets, as routing reads it."""
    rows = [line.split("\t")[-1] for path in sorted(SETS.glob("*.tsv"))
            for line in path.read_text(encoding="utf-8").splitlines()[1:]]
    return [clean_text(text) for text in rows]


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(match.span(), match.groups()) for match in pattern.finditer(text)]


def _patterns() -> list[re.Pattern[str]]:
    """Every pattern nlp's modules define, alone or in a table."""
    found: dict[int, re.Pattern[str]] = {}
    for module in pkgutil.iter_modules(nlp.__path__):
        for value in vars(importlib.import_module(f"nlp.{module.name}")).values():
            items = [value, *(value if isinstance(value, tuple) else ())]
            items += [inner for item in items if isinstance(item, tuple) for inner in item]
            for item in items:
                if isinstance(item, re.Pattern) and isinstance(item.pattern, str):
                    found[id(item)] = item
    return list(found.values())


@pytest.mark.slow  # every pattern over some 2,500 messages
def test_every_pattern_of_nlp_matches_the_same_guarded(texts: list[str]) -> None:
    patterns = _patterns()
    assert len(patterns) > 200
    for pattern in patterns:
        quick = guarded(pattern)
        for text in texts[::4]:  # some 2,500 messages of every kind, in a few seconds
            assert _found(quick, text) == _found(pattern, text), pattern.pattern[:60]


@pytest.mark.parametrize(("source", "text"), [
    (r"(?<!怎么)没反应|(叫|喊)(他|她)?不应", "叫他不应，怎么没反应，又没反应"),
    (r"(^|平台|号)(是)?真的假的", "真的假的，这个号是真的假的"),
    (r"^.{0,4}通知[:：]|(?<![没不])(通知|公告)[,，]", "停水通知：明天停水，公告，没通知，"),
    (r"(\d+|[一二三])(个|件)事|[a-z]+\d", "有3件事和两个事，还有abc12"),
])
def test_a_guard_keeps_spans_and_groups(source: str, text: str) -> None:
    pattern = re.compile(source)
    quick = guarded(pattern)
    assert quick is not pattern
    assert _found(quick, text) == _found(pattern, text)
    assert quick.groups == pattern.groups


@pytest.mark.parametrize("source", [
    r"停电|停水",  # re already skips ahead to 停
    r"(手|脚)[^,，。]{0,4}夹住",  # ... and to 手 or 脚
    r"[^,，。]{0,4}夹住",  # may start with anything
    r".{0,3}(被|让)(车)?撞",
    r"(的)?",  # may match empty
])
def test_a_pattern_with_nothing_to_gain_is_left_as_it_is(source: str) -> None:
    pattern = re.compile(source)
    assert guarded(pattern) is pattern
    flagged = re.compile(r"(?<!不)停电|(?<!没)停水", re.IGNORECASE)
    assert guarded(flagged) is flagged


def test_a_negation_is_looked_for_only_where_one_can_be() -> None:
    # strength() skips the negation cues where the text before a hit holds neither 不 nor 非.
    assert all("不" in cue or "非" in cue for cue in matching._NEGATION)


def test_a_learned_tables_leaning_is_the_sum_score_gives(router: Router, texts: list[str]) -> None:
    opinion = router._opinion
    assert opinion is not None and opinion.settings.match_all
    for text in texts:
        assert list(opinion.leaning(text).values()) == opinion._lean(text).scores
