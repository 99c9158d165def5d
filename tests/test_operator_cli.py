"""Operator subcommands as real subprocesses: `people` lists and releases bindings, `backup`
never overwrites."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bot.actions import invites
from bot.config import load_config
from bot.domain.permissions import Role
from bot.store.db import Store
from tests.harness import EXAMPLE, REPO


def bot(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    config = tmp_path / "config.toml"
    if not config.exists():
        config.write_text(EXAMPLE.read_text(encoding="utf-8").replace(
            'database = "data/intake.db"', f'database = "{tmp_path / "intake.db"}"'),
            encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "bot", *args, "--config", str(config)],
                          cwd=REPO, capture_output=True, text=True, timeout=60)


def test_people_lists_and_releases_a_binding(tmp_path: Path) -> None:
    assert "nobody is bound" in bot(tmp_path, "people").stdout
    store = Store.open(tmp_path / "intake.db")
    config = load_config(tmp_path / "config.toml")
    with store.atomic() as db:
        code = invites.create(db, config, Role.STAFF, "water", store.now()).code
        invites.redeem(db, config, 4242, code, store.now())
    store.close()
    assert "4242\tstaff\twater" in bot(tmp_path, "people").stdout
    done = bot(tmp_path, "people", "--remove", "4242")
    assert done.returncode == 0 and "released (staff of water)" in done.stdout
    assert "4242" not in bot(tmp_path, "people").stdout
    again = bot(tmp_path, "people", "--remove", "4242")
    assert again.returncode == 2 and again.stderr.count("\n") == 1 and "not bound" in again.stderr


def test_backup_never_overwrites(tmp_path: Path) -> None:
    bot(tmp_path, "people")  # creates the database
    out = tmp_path / "copy.db"
    assert bot(tmp_path, "backup", "--out", str(out)).returncode == 0 and out.exists()
    before = out.read_bytes()
    done = bot(tmp_path, "backup", "--out", str(out))
    assert done.returncode == 2 and "exists" in done.stderr and "Traceback" not in done.stderr
    assert out.read_bytes() == before
