"""A citizen's flood of reports is held for a person before it reaches the units (refs #10).

200 fast messages from one citizen, each a different report, once made 200 tickets pushed to six
units, all in their rates and in the ledger under them. A county expects a flood to be looked at by
a person first: every message is still kept as a ticket (nothing is lost), the citizen's first
floods.FLOOD_TICKETS reports in floods.FLOOD_TICKET_MINUTES go to their units as any would, and
the rest wait at the 12345 hotline's manual dispatch (人工分拨), told once to the supervisors, in no
unit's rates until a person dispatches them. An emergency always goes straight to its unit."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.actions.floods import FLOOD_TICKETS
from bot.config import FALLBACK_UNIT
from bot.reports import digest
from bot.store import reports
from tests.fuzzkit import SUPERVISOR, Rig, ledger_csv, start_rig, stop_rig, unit_chat

PLACES = ["李庄村", "王楼村", "张集村", "后刘村", "东关社区", "西关社区", "金城社区", "南关村", "北街村",
          "前进村", "胡集镇", "鸡黍镇", "王丕镇", "羊山镇", "卜集镇", "高河镇", "司马镇", "化雨镇",
          "马庙镇", "兴隆镇"]
PROBLEMS = ["停水了", "路灯不亮", "垃圾没人清运", "井盖丢了", "噪音扰民严重", "下水道堵了", "停电了",
            "道路坑坑洼洼", "有人违章搭建", "物业不管事"]
FLOOD = [place + problem for place in PLACES for problem in PROBLEMS]


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    rig = start_rig(tmp_path)
    yield rig
    stop_rig(rig)


def test_a_flood_of_reports_waits_for_a_person_before_the_units(rig: Rig, tmp_path: Path) -> None:
    flooder, other = rig.citizen(), rig.citizen()
    for n, text in enumerate(FLOOD):
        rig.say(flooder, text)
        if n == 100:
            rig.say(flooder, "李庄村燃气泄漏了，味道很大")
    rig.say(other, "胡集镇李庄村停水两天了")
    mine = rig.tickets_of(flooder)
    assert len(mine) == len(FLOOD) + 1  # every message kept: nothing is lost
    units = Counter(t["unit"] for t in mine)
    reached = sum(n for unit, n in units.items() if unit != FALLBACK_UNIT)
    assert reached == FLOOD_TICKETS + 1, units  # the first ones and the emergency
    [fire] = [t for t in mine if "燃气泄漏" in t["text"]]
    assert fire["urgent"] and fire["unit"] != FALLBACK_UNIT
    [theirs] = rig.tickets_of(other)
    assert theirs["unit"] == "water"  # another citizen is not held up by the flood
    # The units were told of the first ones only; the supervisors once, naming the hotline.
    config = rig.desk.config
    pushed = sum(text.startswith(("🆕", "🔴")) for i, unit in enumerate(config.units)
                 if unit.code != FALLBACK_UNIT for text in rig.shown_to(unit_chat(i)))
    assert pushed == FLOOD_TICKETS + 2, pushed
    [at_hotline] = [i for i, unit in enumerate(config.units) if unit.code == FALLBACK_UNIT]
    held = [text for text in rig.shown_to(unit_chat(at_hotline)) if text.startswith("🆕")]
    assert len(held) == len(FLOOD) - FLOOD_TICKETS and "人工核实" in held[0], held[:1]
    assert f"/transfer {mine[-1]['number']} " in held[-1]  # where the router would have sent it
    picks = rig.db.execute("SELECT count(*) FROM outbox WHERE chat_id = ? AND params LIKE"
                           " '%inline_keyboard%'", [flooder]).fetchone()[0]
    assert picks == 0  # the citizen cannot send a held report on to a unit by a button
    assert any("本件先由县12345" in text for text in rig.shown_to(flooder))
    told = [text for text in rig.shown_to(SUPERVISOR) if "人工核实" in text]
    assert len(told) == 1 and "12345" in told[0], told
    # No unit's rates count the held ones; the ledger keeps them, under the hotline.
    now = dt.datetime.now(dt.UTC)
    rates = reports.unit_rates(rig.db, now - dt.timedelta(days=1), now + dt.timedelta(days=3), 24,
                               now + dt.timedelta(days=3))
    assert sum(r.dispatched for code, r in rates.items() if code != FALLBACK_UNIT) \
        == FLOOD_TICKETS + 2
    # Nor are the held ones a 热点诉求 of their own: one citizen's flood is no 集中反映.
    today = now.astimezone(config.county.tz).date()
    topics = {word: n for word, n, _ in digest.build(rig.db, config, today, now).topics}
    assert all(n <= 2 for n in topics.values()), topics
    ledger = ledger_csv(rig, tmp_path)
    assert ledger.count(config.unit(FALLBACK_UNIT).name) >= len(FLOOD) - FLOOD_TICKETS  # type: ignore[union-attr]
