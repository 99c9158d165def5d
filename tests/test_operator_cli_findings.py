"""An outside tester's findings on the operator CLI, as real subprocesses: every error is one
`error: …` line and a non-zero exit, never a traceback — a read-only database, a file that is
no database, a database from a newer version, an `--out` that cannot be written, a `tick --now`
far ahead, the release of a unit's last staff member."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.harness import REPO
from tests.test_calendar_cli import bot, config_file
from tests.test_tick_cli import read_only_county  # noqa: F401  (a fixture)


def one_error(done: subprocess.CompletedProcess[str]) -> str:
    """The single `error: …` line of a refused command (and no traceback)."""
    assert done.returncode != 0, done.stdout
    assert "Traceback" not in done.stderr, done.stderr
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("error: "), done.stderr
    return done.stderr.strip()


def test_backup_of_a_read_only_database_copies_it(read_only_county: Path) -> None:  # noqa: F811
    out = read_only_county.parent.parent / "copy.db"
    done = bot("backup", "--config", str(read_only_county), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"{out}\n" and out.read_bytes().startswith(b"SQLite format 3")


def test_commands_that_write_say_the_database_is_read_only(
        read_only_county: Path) -> None:  # noqa: F811
    config = str(read_only_county)
    database = read_only_county.parent / "intake.db"
    for args in (["tick"], ["invite", "--supervisor"], ["people", "--remove", "5"]):
        line = one_error(bot(*args, "--config", config))
        assert line.startswith(f"error: database {database} is read-only"), (args, line)
        assert "unable to open" not in line
    listing = bot("people", "--config", config)  # a listing only reads
    assert listing.returncode == 0, listing.stderr
    assert "nobody is bound" in listing.stdout


def test_backup_of_a_file_that_is_no_database_is_one_line(tmp_path: Path) -> None:
    config = config_file(tmp_path)
    (tmp_path / "intake.db").write_bytes(b"these are my notes, not a database\n" * 200)
    out = tmp_path / "copy.db"
    line = one_error(bot("backup", "--config", str(config), "--out", str(out)))
    assert line == f"error: database {tmp_path / 'intake.db'}: file is not a database"
    assert not out.exists() and not (tmp_path / "copy.db.partial").exists()


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    """A database a newer version migrated (a migration this code does not know) is refused by
    every command that opens it, saying the running code is older; nothing is written to it."""
    import sqlite3

    from bot.store.db import Store

    config = config_file(tmp_path)
    database = tmp_path / "intake.db"
    Store.open(database).close()
    with sqlite3.connect(database) as conn:
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                     " VALUES ('jinlaiban', 'm099_from_the_future', '2027-01-01')")
    conn.close()
    before = database.read_bytes()
    for args in (["people"], ["export", "--out", str(tmp_path / "ledger.csv")], ["tick"],
                 ["backup", "--out", str(tmp_path / "copy.db")], ["run"]):
        try:
            line = one_error(subprocess.run(
                [sys.executable, "-m", "bot", *args, "--config", str(config)], cwd=REPO,
                capture_output=True, text=True, timeout=30,
                env={**os.environ, "INTAKE_BOT_TOKEN": "1:x"}))
        except subprocess.TimeoutExpired:
            raise AssertionError(f"{args}: ran on a database from a newer version") from None
        assert line.startswith(f"error: database {database}: made by a newer version"), line
        assert "m099_from_the_future" in line and "older than the database" in line
    assert database.read_bytes() == before
    assert not (tmp_path / "ledger.csv").exists() and not (tmp_path / "copy.db").exists()


def test_learn_refuses_an_out_it_cannot_write_before_learning(
        tmp_path: Path, read_only_county: Path) -> None:  # noqa: F811
    """`learn` says an --out cannot be written at once, not after the learning pass: a folder
    that does not exist, a read-only mount."""
    from tests.test_cli_findings import HISTORY

    data = tmp_path / "labelled.csv"
    data.write_text(HISTORY, encoding="utf-8")
    for out in (tmp_path / "no-such-folder" / "routes.toml",
                read_only_county.parent / "routes.toml"):
        done = bot("learn", str(data), "--out", str(out), "--config", str(read_only_county))
        line = one_error(done)  # the only line: no progress bar of a learning pass before it
        assert line.startswith(f"error: {out}: cannot write ("), line
        assert not out.exists()


def test_tick_far_ahead_needs_yes_and_never_claims_a_running_bot(tmp_path: Path) -> None:
    """A `tick --now` more than 7 days ahead of the county's clock (a typo in the year) is
    refused, moving nothing, unless confirmed with --yes; a day ahead needs nothing. What it
    queued is not said to be delivered by a running bot when none runs."""
    import datetime as dt

    from bot.actions import invites
    from bot.config import load_config
    from bot.domain.permissions import Role
    from bot.store.db import Store
    from tests.test_tick_cli import clock

    config = str(config_file(tmp_path))
    assert bot("people", "--config", config).returncode == 0  # the database, at real time
    start = clock(tmp_path)

    def by_day(moment: dt.datetime) -> str:
        """`moment`, moved on to noon county time if earlier that day: past the digest's time, so
        that a tick then has the morning digest to queue, whatever the hour the test runs."""
        local = moment.astimezone(ZoneInfo("Asia/Shanghai"))
        return (local if local.hour >= 12 else local.replace(hour=12, minute=0)).isoformat(
            timespec="minutes")

    far = by_day(start + dt.timedelta(days=400))
    line = one_error(bot("tick", "--config", config, "--now", far))
    assert line.startswith(f"error: --now {far}: 400 days ahead of the county's clock"), line
    assert "--yes" in line
    assert clock(tmp_path) - start < dt.timedelta(minutes=5)

    near = by_day(start + dt.timedelta(days=1))
    assert bot("tick", "--config", config, "--now", near).returncode == 0
    store = Store.open(tmp_path / "intake.db")
    with store.atomic() as db:  # a supervisor, to whom the tick queues the morning digest
        code = invites.create(db, load_config(Path(config)), Role.SUPERVISOR, None,
                              store.now()).code
        invites.redeem(db, load_config(Path(config)), 77, code, store.now())
    store.close()
    done = bot("tick", "--config", config, "--now", far, "--yes")
    assert done.returncode == 0, done.stderr
    assert "for the running bot to deliver" not in done.stdout
    queued = [line for line in done.stdout.splitlines() if line.startswith("queued")]
    assert len(queued) == 1 and queued[0].endswith(
        " messages; no bot is running on this database: they wait in the outbox until"
        " `python -m bot run` starts"), done.stdout
    back = one_error(bot("tick", "--config", config, "--now", near, "--yes"))
    assert "never goes back" in back  # --yes confirms a jump ahead, never one into the past

    running = Store.open(tmp_path / "intake.db", exclusive=True)  # as `run` holds it
    try:
        later = (clock(tmp_path) + dt.timedelta(days=2)).isoformat(timespec="minutes")
        done = bot("tick", "--config", config, "--now", later)
    finally:
        running.close()
    assert done.returncode == 0, done.stderr
    assert "messages; the running bot delivers them\n" in done.stdout, done.stdout


def test_removing_a_units_last_staff_member_warns_and_tells_them_and_the_supervisors(
        tmp_path: Path) -> None:
    """`people --remove` releases as /leave does: the supervisors get /leave's notice, the
    person is told, and the operator is warned when the unit is left with no staff (a second
    member's release leaves one, and says nothing of it)."""
    import json
    import sqlite3

    from bot.actions import invites
    from bot.config import load_config
    from bot.domain.permissions import Role
    from bot.store import people
    from bot.store.db import Store
    from bot.texts import for_staff, for_supervisors

    config_path = config_file(tmp_path)
    config = load_config(config_path)
    store = Store.open(tmp_path / "intake.db")
    with store.atomic() as db:
        for user_id, role, unit, name in ((77, Role.SUPERVISOR, None, "督查甲"),
                                          (4242, Role.STAFF, "water", "王工"),
                                          (4343, Role.STAFF, "water", "李工")):
            people.seen(db, user_id, name, None, store.now())
            code = invites.create(db, config, role, unit, store.now()).code
            invites.redeem(db, config, user_id, code, store.now())
    store.close()

    def sent_to(chat_id: int) -> list[str]:
        with sqlite3.connect(tmp_path / "intake.db") as conn:
            rows = conn.execute("SELECT params FROM outbox WHERE chat_id = ? ORDER BY id",
                                [chat_id]).fetchall()
        conn.close()
        return [json.loads(params).get("text", "") for (params,) in rows]

    first = bot("people", "--remove", "4343", "--config", str(config_path))
    assert first.returncode == 0 and first.stderr == "", first.stderr
    last = bot("people", "--remove", "4242", "--config", str(config_path))
    assert last.returncode == 0, last.stderr
    assert last.stdout.startswith("4242: released (staff of water); now a citizen")
    assert last.stderr == ("warning: water (县水务局) now has no staff: its new tickets reach only"
                           " its group chat, if it has one; `python -m bot invite --unit water`"
                           " makes a code for a successor\n")
    assert sent_to(4242) == [for_staff.released("staff", "县水务局")]
    assert sent_to(4242)[0].startswith("系统管理员已解除您作为<b>县水务局</b>工作人员的绑定")
    # Who did it, and that the unit now has no staff (refs #10: an outside tester's findings).
    assert sent_to(77)[-3:] == [
        for_supervisors.left_for_supervisors("李工", "staff", "县水务局", by_operator=True),
        for_supervisors.left_for_supervisors("王工", "staff", "县水务局", by_operator=True),
        for_supervisors.unit_unstaffed("县水务局", "water", 0, False)]


def test_check_config_without_a_config_and_backup_help_speak_like_the_rest(
        tmp_path: Path) -> None:
    """A config that cannot be read at all is the one `error:` line every command gives (its
    key-path problems stay the check's own listing); `backup --help` says what --out is."""
    missing = tmp_path / "nope.toml"
    for args in (["check-config"], ["people"]):
        line = one_error(bot(*args, "--config", str(missing)))
        assert line == f"error: {missing}: config file not found", (args, line)
    helped = bot("backup", "--help")
    assert helped.returncode == 0
    out_help = helped.stdout[helped.stdout.rindex("--out FILE"):].split("\n--", 1)[0]
    assert "never overwrites" in " ".join(out_help.split()), helped.stdout
