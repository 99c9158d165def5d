"""An outside tester's CLI findings, as real subprocesses: `learn --out` keeps an existing file
like `export` does, `learn --transfers` says why open transferred tickets teach nothing, and
`check-config` refuses a close of business that is no close of business."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.harness import EXAMPLE, REPO

HISTORY = "text,label\n" + "".join(
    f"{text},{label}\n"
    for text, label in [
        ("小区停水三天了", "water"), ("自来水发黄", "water"), ("又停水了", "water"),
        ("老板拖欠工资", "hrss"), ("工地不发工资", "hrss"), ("拖欠工资半年", "hrss"),
    ] * 3
)


def bot(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "INTAKE_BOT_TOKEN": "1:abc"}
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=REPO, capture_output=True,
                          text=True, timeout=120, env=env)


def config_in(tmp_path: Path, old: str = "", new: str = "") -> Path:
    path = tmp_path / "config.toml"
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        'database = "data/intake.db"', 'database = "intake.db"')
    path.write_text(text.replace(old, new, 1) if old else text, encoding="utf-8")
    return path


def error_lines(done: subprocess.CompletedProcess[str]) -> list[str]:
    assert "Traceback" not in done.stderr
    return [line for line in done.stderr.splitlines() if line.startswith("error")]


def test_learn_keeps_an_existing_out_file_like_export(tmp_path: Path) -> None:
    config = config_in(tmp_path)
    data = tmp_path / "labelled.csv"
    data.write_text(HISTORY, encoding="utf-8")
    kept = tmp_path / "routes.toml"
    kept.write_text("# hand-edited table\n", encoding="utf-8")
    refused = bot("learn", str(data), "--out", str(kept), "--config", str(config))
    assert refused.returncode == 2 and kept.read_text(encoding="utf-8") == "# hand-edited table\n"
    ledger = tmp_path / "ledger.csv"
    ledger.write_text("x\n", encoding="utf-8")
    export = bot("export", "--out", str(ledger), "--config", str(config))
    (learn_line,), (export_line,) = error_lines(refused), error_lines(export)
    assert learn_line == export_line.replace(str(ledger), str(kept)).replace("export never",
                                                                             "learn never")
    assert "--overwrite" in learn_line
    again = bot("learn", str(data), "--out", str(kept), "--overwrite", "--config", str(config))
    assert again.returncode == 0, again.stderr
    assert 'code = "water"' in kept.read_text(encoding="utf-8")


def test_learn_transfers_says_why_open_tickets_are_left_out(tmp_path: Path) -> None:
    from bot.config import load_config
    from bot.store import tickets as repo
    from bot.store.db import Store

    config_path = config_in(tmp_path)
    config = load_config(config_path, env={})
    now = dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC)
    store = Store.open(config.storage.database)
    with store.atomic() as db:  # passed on four times, still waiting at the fourth unit
        ticket = repo.create(db, config, source_key="k1", citizen_id=1, chat_id=1,
                             citizen_name="", text="小区门口井盖丢了", unit="water",
                             urgent=False, keywords=[], confidence=0.5, now=now)
        for count, (old, new) in enumerate(
                [("water", "urban"), ("urban", "housing"), ("housing", "transport"),
                 ("transport", "urban")], 1):
            ticket = repo.update(db, ticket, now, 7, "staff", "transfer",
                                 {"unit": new, "transfer_count": count}, "不归我们", old, new)
    store.close()
    data = tmp_path / "labelled.csv"
    data.write_text(HISTORY, encoding="utf-8")
    learned = bot("learn", str(data), "--transfers", "--out", str(tmp_path / "r.toml"),
                  "--config", str(config_path))
    assert learned.returncode == 0, learned.stderr
    line = next(x for x in learned.stderr.splitlines() if "transferred" in x)
    assert "adding 0 transferred tickets" in line
    assert "1 still open" in line and "only" in line and "settled" in line


@pytest.mark.parametrize("end", ["00:00", "06:00", "08:59"])
def test_check_config_refuses_a_close_of_business_before_the_day_starts(
        tmp_path: Path, end: str) -> None:
    config = config_in(tmp_path, 'workday_end = "18:00"', f'workday_end = "{end}"')
    done = bot("check-config", "--config", str(config))
    assert done.returncode == 2
    assert any(line.startswith("deadlines.workday_end:") and end in line
               for line in done.stdout.splitlines() + done.stderr.splitlines()), done


def test_check_config_keeps_a_close_of_business_in_the_afternoon(tmp_path: Path) -> None:
    config = config_in(tmp_path, 'workday_end = "18:00"', 'workday_end = "17:30"')
    done = bot("check-config", "--config", str(config))
    assert done.returncode == 0, done.stdout + done.stderr


def test_check_config_names_each_holiday_that_is_no_date(tmp_path: Path) -> None:
    """A bad `calendar.holidays` entry is named with where it is and what was written, as every
    other check-config problem is (an outside tester: the whole list was refused unnamed)."""
    config = config_in(tmp_path, "\nholidays = []",
                       '\nholidays = ["2026-10-08", "2026-13-01", 20261009, "2026/10/10"]')
    done = bot("check-config", "--config", str(config))
    assert done.returncode == 2, done.stdout + done.stderr
    lines = [x for x in done.stdout.splitlines() if x.startswith("calendar.holidays")]
    assert len(lines) == 3, lines
    month, number, slashes = lines
    assert month.startswith("calendar.holidays[1]: ") and "'2026-13-01'" in month
    assert number.startswith("calendar.holidays[2]: ") and "20261009" in number
    assert slashes.startswith("calendar.holidays[3]: ") and "'2026/10/10'" in slashes
    assert all('"2026-10-01"' in line for line in lines)  # the form to write instead
    assert "2026-10-08" not in done.stdout  # a good entry is not named


@pytest.mark.parametrize("typed", ["县局", "局"])
def test_invite_for_a_unit_name_that_fits_many_lists_those_it_could_be(
        tmp_path: Path, typed: str) -> None:
    """`invite --unit 县局` names the bureaus it could mean (codes and names), not every unit
    as if nothing fitted (an outside tester)."""
    done = bot("invite", "--unit", typed, "--config", str(config_in(tmp_path)))
    [line] = error_lines(done)
    assert done.returncode == 2 and "could be" in line, line
    assert "water (县水务局)" in line and "police (县公安局)" in line
    assert "power" not in line and "women" not in line and "hotline" not in line


def test_invite_for_a_near_miss_of_a_unit_name_offers_it(tmp_path: Path) -> None:
    """A name written nearly right (水利局 for the 水务局) is offered, not every unit."""
    done = bot("invite", "--unit", "县水利局", "--config", str(config_in(tmp_path)))
    [line] = error_lines(done)
    assert "could be" in line and "water (县水务局)" in line, line
    assert "police" not in line
