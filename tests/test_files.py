"""Files and what is kept: the database, backups, ledgers and charts are the owner's only (0600
in 0700 folders); a config holding the token is warned about when others can read it; sent
report files are deleted; group chatter is not kept; old raw updates are emptied."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

from bot.actions import retention, supervise
from bot.actions.desk import Incoming
from bot.reports import digest, ledger
from bot.store import inbox
from bot.store.db import Store
from handlers import transport
from tests.fuzzkit import SUPERVISOR, Rig, unit_chat
from tests.harness import EXAMPLE, REPO


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_database_wal_shm_and_backup_are_private(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "new" / "data" / "intake.db", exclusive=True)
    with store.atomic() as db:
        db.execute("INSERT INTO meta (key, value) VALUES ('k', 'v')")
    folder = tmp_path / "new" / "data"
    assert {p.name: mode(p) for p in folder.iterdir()} == {
        "intake.db": 0o600, "intake.db-wal": 0o600, "intake.db-shm": 0o600}  # the lock is on
    # the database file itself: no lock file
    assert mode(folder) == mode(folder.parent) == 0o700
    store.backup(tmp_path / "backups" / "copy.db")
    assert mode(tmp_path / "backups" / "copy.db") == 0o600
    assert mode(tmp_path / "backups") == 0o700
    store.close()


def test_an_existing_database_readable_by_others_is_tightened(tmp_path: Path) -> None:
    Store.open(tmp_path / "intake.db").close()
    os.chmod(tmp_path / "intake.db", 0o644)
    Store.open(tmp_path / "intake.db").close()
    assert mode(tmp_path / "intake.db") == 0o600


def test_ledgers_and_charts_are_private(rig: Rig, tmp_path: Path) -> None:
    rig.say(rig.citizen(), "小区停水三天了，我叫刘洋洋")
    now = dt.datetime.now(dt.UTC)
    for name in ("out/ledger.xlsx", "out/ledger.csv"):
        ledger.write(rig.db, rig.desk.config, tmp_path / name, now)
        assert mode(tmp_path / name) == 0o600
    assert mode(tmp_path / "out") == 0o700
    report = digest.build(rig.db, rig.desk.config, now.date(), now)
    chart = digest.chart_file(report, tmp_path / "charts")
    assert chart is not None and mode(chart) == 0o600 and mode(chart.parent) == 0o700


def _check_config(config: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", "check-config", "--config", str(config)],
                          cwd=REPO, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "INTAKE_BOT_TOKEN": ""})


def test_check_config_warns_when_others_can_read_the_token(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(EXAMPLE.read_text(encoding="utf-8").replace('token = ""',
                                                                   'token = "1:SECRET"', 1),
                      encoding="utf-8")
    os.chmod(config, 0o644)
    done = _check_config(config)
    assert done.returncode == 0, done.stdout + done.stderr
    warning = (f"warning: telegram.token: {config} holds the bot token and is readable by group"
               f" and others (mode 644); run chmod 600 {config}")
    assert warning in done.stdout.splitlines() and "SECRET" not in done.stdout
    os.chmod(config, 0o600)
    assert "telegram.token" not in _check_config(config).stdout


def test_sent_report_files_are_deleted_and_waiting_ones_kept(rig: Rig, tmp_path: Path) -> None:
    msg = Incoming(update_id=10**6, user_id=SUPERVISOR, chat_id=SUPERVISOR, chat_type="private",
                   message_id=1)
    now = rig.desk.now()
    inbox.store(rig.db, [{"update_id": msg.update_id}], now)
    rig.runner.run(supervise.send_ledger(rig.desk, msg, now))
    [row] = rig.db.query("SELECT id, params FROM outbox WHERE method = 'sendDocument'")
    sent = Path(json.loads(row["params"])["document"])
    folder = sent.parent
    stray = folder / "digest-2026-01-01.png"
    stray.write_bytes(b"x")
    old = (rig.desk.store.wall() - dt.timedelta(hours=1)).timestamp()
    os.utime(sent, (old, old))
    os.utime(stray, (old, old))
    assert retention.tidy(rig.desk, folder, now)[0] == 1  # queued: the ledger stays
    assert sent.exists() and not stray.exists()
    rig.db.execute("UPDATE outbox SET state = 'sent' WHERE id = ?", [row["id"]])
    young = folder / "digest-2099-01-01.png"
    young.write_bytes(b"x")  # written just now: its message may not be queued yet
    assert retention.tidy(rig.desk, folder, now)[0] == 1
    assert not sent.exists() and young.exists()


def _process(rig: Rig, update: dict[str, object]) -> dict[str, object]:
    inbox.store(rig.db, [update], rig.desk.now())
    rig.runner.run(transport._process_one(rig.app, rig.desk.store, int(update["update_id"]),
                                          update))
    return dict(next(iter(rig.db.query("SELECT * FROM inbox WHERE update_id = ?",
                                       [update["update_id"]]))))


def test_group_chatter_is_not_kept(rig: Rig) -> None:
    chatter = {"update_id": 5001, "message": rig.message(
        7001, "我是李四，电话13900210021，今晚聚餐", chat=unit_chat(0))}
    row = _process(rig, chatter)
    assert row["processed_at"] and row["payload"] is None
    command = {"update_id": 5002, "message": rig.message(
        7001, "/list", chat=unit_chat(0), command=True)}
    assert _process(rig, command)["payload"]  # acted on (answered): kept until inbox_days
    private = {"update_id": 5003, "message": rig.message(7002, "小区停水三天了")}
    assert _process(rig, private)["payload"]


def test_old_payloads_are_emptied_after_inbox_days(rig: Rig, tmp_path: Path) -> None:
    _process(rig, {"update_id": 6001, "message": rig.message(7003, "小区停水三天了")})
    days = rig.desk.config.storage.inbox_days
    now = rig.desk.now()
    assert retention.tidy(rig.desk, tmp_path / "none", now)[1] == 0
    later = now + dt.timedelta(days=days, minutes=1)
    assert retention.tidy(rig.desk, tmp_path / "none", later)[1] >= 1
    [row] = rig.db.query("SELECT payload, processed_at FROM inbox WHERE update_id = 6001")
    assert row["payload"] is None and row["processed_at"]
    assert rig.tickets_of(7003)  # the ticket keeps its text: only the raw update goes
