"""An outside tester's findings on the operator CLI, as real subprocesses: every error is one
`error: …` line and a non-zero exit, never a traceback — a read-only database, a file that is
no database, a database from a newer version, an `--out` that cannot be written, a `tick --now`
far ahead, the release of a unit's last staff member."""

from __future__ import annotations

import subprocess
from pathlib import Path

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
