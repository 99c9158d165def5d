"""A place between an action and a person hides no name (refs #10): `走访李庄村刘翠花等农户` was
masked for the public but read whole by supervisors, staff and the ledger (`mask`), because the
cue (走访) stood too far from the name. bot/domain/privacy/placed.py sets the place aside and
reads the name by its cue. Attacked with Hypothesis over towns, villages, communities, estates,
groups and 的 between cue and name (tests/maskattackkit.py), and end to end: a unit's result
with such a name reaches the supervisors' ledger masked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.domain.privacy import mask, mask_public
from tests.fuzzkit import SUPERVISOR, WATER_STAFF, Rig, ledger_csv, start_rig, stop_rig
from tests.maskattackkit import PLACED_FRAMES, chinese_names, places_before_names


@pytest.mark.parametrize("text", [
    "走访李庄村刘翠花等农户", "为李庄村刘翠花办理了低保", "联系金城小区刘翠花核实",
    "帮胡集镇李庄村赵秀英申请了救助", "走访胡集镇李庄村3组的刘翠花了解情况",
    "给东关社区王建国家修好了水管",
])
def test_a_name_after_a_place_after_its_cue_is_masked_for_everyone(text: str) -> None:
    name = next(n for n in ("刘翠花", "赵秀英", "王建国") if n in text)
    assert name not in mask(text), mask(text)
    assert name not in mask_public(text), mask_public(text)


@pytest.mark.parametrize("text", ["为李庄村修好了路", "给李庄村王庄修了路", "走访李庄村张庄村",
                                  "联系李庄村村委会", "走访胡集镇李庄村"])
def test_places_alone_stay_for_supervisors(text: str) -> None:
    assert mask(text) == text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(frame=st.sampled_from(PLACED_FRAMES), place=places_before_names(), name=chinese_names())
def test_a_place_between_cue_and_name_never_unmasks_it(frame: str, place: str, name: str) -> None:
    """Whatever name the frame reads without a place, it reads with one too."""
    bare = frame.format(p="", n=name)
    if name in mask(bare):
        return  # this frame does not read this name by its cue at all: another class of finding
    text = frame.format(p=place, n=name)
    assert name not in mask(text), (text, mask(text))
    assert name not in mask_public(text), (text, mask_public(text))


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    rig = start_rig(tmp_path)
    yield rig
    stop_rig(rig)


def test_what_supervisors_and_the_unit_read_is_masked(rig: Rig, tmp_path: Path) -> None:
    user = rig.citizen()
    rig.say(user, "李庄村停水三天了")
    [ticket] = rig.tickets_of(user)
    rig.say(SUPERVISOR, f"/urge {ticket['number']} 请尽快走访李庄村刘翠花等农户")
    urged = [s for s in rig.shown_to(WATER_STAFF) if "督办意见" in s]
    assert urged and "走访李庄村【姓名】等农户" in urged[0]
    rig.say(WATER_STAFF, f"/done {ticket['number']} 走访李庄村刘翠花等农户，已恢复供水")
    ledger = ledger_csv(rig, tmp_path)
    assert "走访李庄村【姓名】等农户，已恢复供水" in ledger
    assert "刘翠花" not in ledger and "翠花" not in ledger
