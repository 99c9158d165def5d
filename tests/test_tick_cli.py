"""Follow-up commands as an operator types them: `tick --now` moves the county's clock forward,
never back; `export` refuses a period with no day in it; no config file found says what to do."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.store.db import Store
from tests.harness import REPO
from tests.test_calendar_cli import bot, config_file


def clock(folder: Path) -> dt.datetime:
    store = Store.open(folder / "intake.db")
    try:
        return store.now()
    finally:
        store.close()


def test_tick_moves_the_clock_forward_and_refuses_to_go_back(tmp_path: Path) -> None:
    config = str(config_file(tmp_path))
    ahead = bot("tick", "--config", config, "--now", "2090-12-09T10:00", "--yes")
    assert ahead.returncode == 0, ahead.stderr
    assert ahead.stdout.startswith("tick 2090-12-09T02:00:00+00:00")
    moved = clock(tmp_path)
    assert moved >= dt.datetime(2090, 12, 9, 2, 0, tzinfo=dt.UTC)

    back = bot("tick", "--config", config, "--now", "2090-12-01T10:00")
    assert back.returncode == 2 and back.stdout == ""
    assert back.stderr.startswith("error: --now 2090-12-01T10:00: the county's clock is already"
                                  " at 2090-12-09T10:0") and "never goes back" in back.stderr
    assert back.stderr.count("\n") == 1
    assert clock(tmp_path) >= moved  # nothing ran, the clock stayed

    # A moment typed a minute late runs at the clock's own time.
    late = bot("tick", "--config", config, "--now", "2090-12-09T09:59")
    assert late.returncode == 0 and late.stdout.startswith("tick 2090-12-09T02:00"), late.stdout


def test_export_refuses_an_empty_period(tmp_path: Path) -> None:
    config = str(config_file(tmp_path))
    done = bot("export", "--config", config, "--since", "2026-12-01", "--until", "2026-01-01",
               "--out", str(tmp_path / "ledger.xlsx"))
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert "--since 2026-12-01 is after --until 2026-01-01" in done.stderr
    assert not (tmp_path / "ledger.xlsx").exists()


def test_export_never_overwrites_a_file_unless_asked(tmp_path: Path) -> None:
    config = str(config_file(tmp_path))
    out = tmp_path / "台账.csv"
    out.write_text("上个月的台账，不能丢", encoding="utf-8")
    done = bot("export", "--config", config, "--out", str(out))
    assert done.returncode == 2 and done.stdout == "" and done.stderr.count("\n") == 1
    assert f"--out {out}: exists" in done.stderr and "--overwrite" in done.stderr
    assert out.read_text(encoding="utf-8") == "上个月的台账，不能丢"

    done = bot("export", "--config", config, "--out", str(out), "--overwrite")
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8-sig").startswith("工单编号"), out.read_text()


def test_no_config_in_the_folder_says_what_to_pass(tmp_path: Path) -> None:
    import sys

    done = subprocess.run([sys.executable, "-m", "bot", "check-config"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    assert done.returncode == 2
    assert f"no config.toml or config.example.toml in {tmp_path}: pass --config PATH" in (
        done.stdout + done.stderr)


@pytest.fixture
def read_only_county(tmp_path: Path) -> Iterator[Path]:
    """A county's config whose database was written, then made read-only: a read-only mount
    where mounting is allowed (CI runs as root, whom a file mode does not stop), else mode 0444."""
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(disk)],
                             capture_output=True, text=True).returncode == 0
    if not mounted and os.geteuid() == 0:
        pytest.skip("cannot mount here, and root writes a 0444 file all the same")
    try:
        config = config_file(disk)
        made = bot("tick", "--config", str(config), "--now", "2090-12-09T10:00", "--yes")
        assert made.returncode == 0, made.stderr
        if mounted:
            remounted = subprocess.run(["mount", "-o", "remount,ro", str(disk)],
                                       capture_output=True, text=True)
            assert remounted.returncode == 0, remounted.stderr
        else:
            (disk / "intake.db").chmod(0o444)
        yield config
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(disk)], check=False)


def test_digest_from_a_read_only_database_prints_and_says_it_was_not_kept(
        read_only_county: Path) -> None:
    """An operator printing a digest from a database they cannot write (a read-only mount, a
    copy they only read) gets the digest, and one line on stderr that it was not kept as
    issued; the command succeeded at what it was asked."""
    done = bot("digest", "--config", str(read_only_county), "--date", "2090-12-07")  # not issued by the tick
    assert done.returncode == 0, done.stderr
    assert "督办日报（2090年12月7日）" in done.stdout and "新受理 0 件" in done.stdout
    assert done.stderr.count("\n") == 1, done.stderr
    assert done.stderr.startswith("warning: the digest of 2090-12-07 was printed but not kept"
                                  " as issued"), done.stderr
    assert "Traceback" not in done.stderr


def test_export_from_a_read_only_database_writes_the_ledger(read_only_county: Path) -> None:
    """A supervisor exporting the ledger from a database they cannot write (a read-only copy or
    mount) gets the file: the export only reads."""
    out = read_only_county.parent.parent / "ledger.csv"
    done = bot("export", "--config", str(read_only_county), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"{out}: 0 rows\n" and "Traceback" not in done.stderr
    assert out.read_text(encoding="utf-8-sig").startswith("工单编号")


def test_export_until_a_past_day_counts_each_ticket_for_the_unit_that_held_it_then(
        tmp_path: Path) -> None:
    """A ledger to the end of October, exported after a November 改派: the ticket's counts, its
    rates and its row are all the water bureau's (which held it on October 31, as the digest and
    /stats count), and the ledger says by which moment units are counted."""
    import openpyxl

    from bot.config import load_config
    from bot.store import tickets

    config_path = config_file(tmp_path)
    config = load_config(config_path)
    store = Store.open(tmp_path / "intake.db")
    at = dt.datetime(2026, 10, 20, 2, 0, tzinfo=dt.UTC)
    try:
        with store.atomic() as db:
            ticket = tickets.create(
                db, config, source_key="t:1", citizen_id=5, chat_id=5, citizen_name="市民",
                text="中山路停水", unit="water", urgent=False, keywords=["停水"], confidence=0.9,
                now=at)
            moved = dt.datetime(2026, 11, 5, 2, 0, tzinfo=dt.UTC)
            tickets.update(db, ticket, moved, 7, "staff", "transfer",
                           {"unit": "housing", "state": "new", "accepted_at": None},
                           "不属于本单位", "water", "housing")
    finally:
        store.close()
    out = tmp_path / "ledger.xlsx"
    done = bot("export", "--config", str(config_path), "--since", "2026-10-01", "--until",
               "2026-10-31", "--out", str(out))
    assert done.returncode == 0, done.stderr
    book = openpyxl.load_workbook(out)
    lines = {r[0]: r for r in book["汇总"].iter_rows(min_row=2, values_only=True) if r[0]}
    # 工单总数, 在办, and 响应率 (not signed: 0 %, where the county had nothing to measure)
    assert lines["县水务局"][1:3] == (1, 1) and lines["县水务局"][10] == 0
    assert lines["县住房和城乡建设局"][1] == 0 and lines["县住房和城乡建设局"][10] == "—"
    notes = [r[0] for r in book["汇总"].iter_rows(values_only=True) if r[0] and "承办单位统计" in r[0]]
    assert notes and "2026年10月31日" in notes[0], notes
    water = book["县水务局"]
    assert water.max_row == 2 and water["A2"].value.startswith("20261020-")
    assert "截至2026年10月31日" in water["C1"].value and water["C2"].value == "县水务局"
    assert book["县住房和城乡建设局"].max_row == 1

    csv_out = tmp_path / "ledger.csv"
    done = bot("export", "--config", str(config_path), "--until", "2026-10-31", "--out", str(csv_out))
    assert done.returncode == 0, done.stderr
    head, row = csv_out.read_text(encoding="utf-8-sig").splitlines()[:2]
    assert "责任单位（截至2026年10月31日）" in head and ",县水务局," in row
