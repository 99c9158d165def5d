"""Outside testers' findings on the flood hold (refs #10), through real Bot API updates:

- what a flooding citizen is told must be true: their reports past floods.FLOOD_TICKETS wait at
  the hotline for a person, so neither the burst's notice nor its receipt may say every report
  was handed to its unit (转交责任单位办理);
- a flood is counted by when the messages were written (Telegram's `date`), not by when the bot
  got round to them: reports written over half an hour and handled at once after downtime are
  no flood, and none of them waits at the hotline."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from telegram import Update

from bot.actions.floods import FLOOD_TICKET_MINUTES, FLOOD_TICKETS
from bot.config import FALLBACK_UNIT
from bot.store import inbox
from tests.fuzzkit import Rig, start_rig, stop_rig
from tests.test_flood_hold_e2e import FLOOD


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    rig = start_rig(tmp_path)
    yield rig
    stop_rig(rig)


def write(rig: Rig, user: int, text: str, date: int) -> None:
    """A message written at `date` (Telegram's), stored in the inbox before it is handled, as
    the polling loop does (handlers/transport.py), then handled."""
    update = {"update_id": next(rig.update_ids), "message": rig.message(user, text, date=date)}
    inbox.store(rig.db, [update], dt.datetime.now(dt.UTC))
    rig.runner.run(rig.app.process_update(Update.de_json(update, rig.app.bot)))
    assert not rig.app.bot_data.pop("errors", [])
    rig.check_outbox()


def test_a_flooder_is_never_told_held_reports_went_to_their_units(rig: Rig) -> None:
    flooder = rig.citizen()
    now = int(time.time())
    for text in FLOOD[:30]:
        write(rig, flooder, text, now)
    mine = rig.tickets_of(flooder)
    held = {t["number"] for t in mine if t["unit"] == FALLBACK_UNIT}
    sent_on = {t["number"] for t in mine if t["unit"] != FALLBACK_UNIT}
    assert len(sent_on) == FLOOD_TICKETS and len(held) == len(mine) - FLOOD_TICKETS
    shown = rig.shown_to(flooder)
    [notice] = [m for m in shown if m.startswith("您短时间内发来的消息较多")]
    assert "核实" in notice, notice  # it says some may wait for a person first
    receipts = [m for m in shown if m.startswith("📋")]
    assert receipts, shown
    listed = 0
    hotline = rig.desk.config.unit(FALLBACK_UNIT).name  # type: ignore[union-attr]
    for receipt in receipts:
        assert "转交责任单位办理：" not in receipt, receipt  # not said of all of them
        for line in receipt.splitlines():
            number = line.split(" ", 1)[0]
            if number in held:
                listed += 1
                assert "人工核实" in line and hotline in line, line
            elif number in sent_on:
                listed += 1
                assert "人工核实" not in line, line
    assert listed >= 10, receipts


@pytest.mark.parametrize("spacing", [4 * 60, FLOOD_TICKET_MINUTES * 60 // FLOOD_TICKETS + 1])
def test_reports_written_slowly_are_no_flood_however_fast_they_are_handled(
        rig: Rig, spacing: int) -> None:
    """Eight reports written `spacing` seconds apart (an hour ago: the bot was down), handled
    one right after another: never FLOOD_TICKETS + 1 of them within FLOOD_TICKET_MINUTES of
    each other's writing, so none waits at the hotline and no supervisor hears of a flood."""
    citizen = rig.citizen()
    start = int(time.time()) - 3600
    for n, text in enumerate(FLOOD[::11][:8]):
        write(rig, citizen, text, start + n * spacing)
    mine = rig.tickets_of(citizen)
    assert len(mine) == 8
    assert [t["number"] for t in mine if t["unit"] == FALLBACK_UNIT] == []
    assert not any("人工核实" in m for m in rig.shown_to(900))
    assert not any("本件先由" in m for m in rig.shown_to(citizen))


def test_reports_written_in_a_burst_are_a_flood_when_handled_later(rig: Rig) -> None:
    """The other side: eight reports written within a minute, an hour ago, handled after the
    downtime: the sixth on waits at the hotline, as it would have then."""
    citizen = rig.citizen()
    start = int(time.time()) - 3600
    for n, text in enumerate(FLOOD[::11][:8]):
        write(rig, citizen, text, start + n * 5)
    units = [t["unit"] for t in rig.tickets_of(citizen)]
    assert units[FLOOD_TICKETS:] == [FALLBACK_UNIT] * (8 - FLOOD_TICKETS), units
    assert FALLBACK_UNIT not in units[:FLOOD_TICKETS]
