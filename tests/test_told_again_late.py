"""The same matter at the same place told again while its ticket is open, its unit late (bot/
actions/repeats.again): the citizen is told how the unit is late — past its time limit, or not
signed for within `accept_hours` (a ticket a day old is not past a five-working-day limit) — and
the unit is urged (refs #10)."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path

from bot.actions import citizen as intake
from bot.actions.desk import Desk, Incoming
from bot.config import load_config
from bot.store.db import Store
from nlp.router import Router
from tests.staffkit import NOW

CITIZEN = 6
CONFIG = load_config(Path(__file__).resolve().parent.parent / "config.example.toml")
FIRST, AGAIN = "幸福小区3号楼的自来水管漏水了", "幸福小区3号楼的自来水管又漏水了，到现在没人来修"


def _told(router: Router, later: dt.timedelta) -> tuple[str, list[str]]:
    desk, ids = Desk(Store.memory(), CONFIG, router), itertools.count(1)
    for text, moment in ((FIRST, NOW), (AGAIN, NOW + later)):
        number = next(ids)
        intake.receive(desk, Incoming(update_id=number, user_id=CITIZEN, chat_id=CITIZEN,
                                      chat_type="private", message_id=number, text=text), moment)
    assert [r["text"] for r in desk.db.query("SELECT text FROM tickets")] == [FIRST]
    said = [json.loads(r["params"]).get("text", "") for r in desk.db.query(
        "SELECT params FROM outbox WHERE chat_id = ? ORDER BY id", [CITIZEN])]
    return said[-1], [r["action"] for r in desk.db.query("SELECT action FROM events")]


def test_not_signed_for_a_day_is_said_as_such(router: Router) -> None:
    said, actions = _told(router, dt.timedelta(hours=25))
    assert "作为补充" in said and "超过 24 小时仍未签收" in said, said
    assert "超过办理时限" not in said and "chased" in actions


def test_past_its_time_limit_is_said_as_such(router: Router) -> None:
    said, actions = _told(router, dt.timedelta(days=14))
    assert "已超过办理时限" in said and "chased" in actions, said


def test_in_time_urges_nobody(router: Router) -> None:
    said, actions = _told(router, dt.timedelta(hours=5))
    assert "作为补充" in said and "催促" not in said and "chased" not in actions, said
