"""A withdrawn ticket (撤回) is no 热点诉求: the digest's hot topics count what citizens still
ask for. The rates follow the specification's formulas, where a ticket withdrawn before its unit
had time to sign counts in no denominator (bot/domain/figures.py)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from bot.actions import citizen as intake
from bot.actions import withdraw
from bot.actions.desk import Desk, Incoming
from bot.config import load_config
from bot.reports import digest
from bot.store.db import Store
from bot.texts import for_supervisors
from nlp.router import Router
from tests.followkit import cst

CONFIG = Path(__file__).resolve().parent.parent / "config.example.toml"
DAY = dt.date(2026, 11, 25)


def _topics(text: str) -> dict[str, int]:
    return {m[1]: int(m[2]) for m in re.finditer(r"^(\S+) (\d+)（\d+）$", text, re.M)}


def test_a_withdrawn_ticket_is_no_hot_topic(tmp_path: Path, router: Router) -> None:
    config = load_config(CONFIG)
    store = Store.open(tmp_path / "intake.db")
    desk = Desk(store, config, router)
    reports = ["小区停水了", "楼里又停水了", "小区路灯坏了", "村口路灯不亮"]
    for n, text in enumerate(reports):
        citizen = 600 + n
        intake.receive(desk, Incoming(update_id=n + 1, user_id=citizen, chat_id=citizen,
                                      chat_type="private", message_id=n + 1, first_name="李",
                                      username=None, text=text), cst(2026, 11, 25, 9, n))
    [lamp] = list(store.db.query("SELECT id, unit FROM tickets WHERE citizen_id = 603"))
    toast = withdraw.press(desk, 100, 603, lamp["id"], cst(2026, 11, 25, 9, 30))
    assert "撤回" in toast or "撤销" in toast, toast
    report = digest.build(store.db, config, DAY, cst(2026, 11, 26, 9, 0))
    text = for_supervisors.digest(report)
    assert _topics(text) == {"停水": 2}, text  # one 路灯 left: no 集中反映
    rates = {r.unit: r.dispatched for r in report.rates}
    # withdrawn within the time to sign: in no denominator
    assert rates.get(lamp["unit"], 0) == sum(
        t["unit"] == lamp["unit"] for t in store.db.query("SELECT unit FROM tickets")) - 1
    store.close()
