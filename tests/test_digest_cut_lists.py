"""An outside tester's finding 18 (round 23; refs #10): the digest lists at most ten tickets
awaiting manual dispatch (待人工分拨) and ten urgent ones; a list cut there says how many more
there are (……另有 N 件未列出), so a supervisor can tell it was cut. Printed by `python -m bot
digest --date` in a real process."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from bot.config import load_config
from bot.store import tickets
from bot.store.db import Store
from tests.followkit import cst
from tests.test_calendar_cli import bot, config_file, set_clock

NUMBER = re.compile(r"\d{8}-\d{4,}")


def _county(tmp_path: Path, hotline: int, urgent: int) -> Path:
    """`hotline` tickets at manual dispatch and `urgent` urgent ones at water, received 12-10."""
    path = config_file(tmp_path)
    config = load_config(path)
    store = Store.open(tmp_path / "intake.db")
    try:
        with store.atomic() as db:
            for n in range(hotline + urgent):
                at = cst(2026, 12, 10, 9, 0) + dt.timedelta(minutes=n)
                tickets.create(db, config, source_key=f"t:{n}", citizen_id=5 + n, chat_id=5 + n,
                               citizen_name="市民", text=f"第{n}件事说不清归谁管",
                               unit="hotline" if n < hotline else "water", urgent=n >= hotline,
                               keywords=[], confidence=0.1, now=at.astimezone(dt.UTC))
    finally:
        store.close()
    set_clock(tmp_path, cst(2026, 12, 11, 10, 0))
    return path


def _section(text: str, title: str) -> list[str]:
    """The lines of the digest's section opening with `title`, up to the next blank line or
    section title."""
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith(title))
    rest = []
    for line in lines[start + 1:]:
        if not line or (not NUMBER.match(line) and not line.startswith("……")):
            break
        rest.append(line)
    return [lines[start], *rest]


def test_a_list_cut_at_ten_says_how_many_more(tmp_path: Path) -> None:
    path = _county(tmp_path, hotline=13, urgent=11)
    store = Store.open(tmp_path / "intake.db")
    try:
        held = store.db.execute("SELECT count(*) FROM tickets WHERE unit = 'hotline'").fetchone()
    finally:
        store.close()
    assert held[0] == 13
    done = bot("digest", "--config", str(path), "--date", "2026-12-10")
    assert done.returncode == 0, done.stderr
    dispatch = _section(done.stdout, "待人工分拨")
    assert dispatch[0] == "待人工分拨 13 件", dispatch
    assert len([ln for ln in dispatch if NUMBER.match(ln)]) == 10
    assert dispatch[-1] == "……另有 3 件未列出，完整清单见 /ledger", dispatch
    urgent = _section(done.stdout, "紧急事项")
    assert urgent[0] == "紧急事项（在办）11 件" and len(urgent) == 12, urgent
    assert urgent[-1] == "……另有 1 件未列出，完整清单见 /ledger", urgent


def test_a_list_of_ten_or_fewer_says_nothing_more(tmp_path: Path) -> None:
    path = _county(tmp_path, hotline=10, urgent=2)
    done = bot("digest", "--config", str(path), "--date", "2026-12-10")
    assert done.returncode == 0, done.stderr
    assert "另有" not in done.stdout, done.stdout
    assert len(_section(done.stdout, "待人工分拨")) == 11
