"""The names staff type for a unit (bot/domain/unit_names.find_unit) against the default units:
codes, full names, short names, and the names everyone uses that share no character with the
official one (城管 for 县综合行政执法局; an outside tester, round 21; refs #10)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import load_config
from bot.domain.unit_names import find_unit

CONFIG = load_config(Path(__file__).parents[1] / "config.example.toml")


@pytest.mark.parametrize(("typed", "code"), [
    ("urban", "urban"), ("县综合行政执法局", "urban"), ("城管", "urban"), ("城管局", "urban"),
    ("卫健委", "health"), ("环保局", "ecology"), ("国土局", "land"), ("交警", "police"),
    ("供电所", "power"), ("住建局", "housing"), ("金乡县水务局", "water"),
])
def test_a_unit_is_found_by_the_names_staff_type(typed: str, code: str) -> None:
    found, _ = find_unit(CONFIG.units, CONFIG.county.name, typed)
    assert found is not None and found.code == code, (typed, found)


@pytest.mark.parametrize("typed", ["局", "保障局", "城", "不存在局"])
def test_a_name_that_fits_several_or_none_is_not_taken(typed: str) -> None:
    found, _ = find_unit(CONFIG.units, CONFIG.county.name, typed)
    assert found is None, (typed, found)
