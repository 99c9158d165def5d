"""An outside tester's finding 18 (round 23; refs #10): the demo's start logged `WARNING …
no supervisor is bound: urgent alerts, 督办通知书 … reach nobody` although the demo binds its
supervisor through the real invite flow a second later — alarming for a newcomer following
Quick start. A supervisor invite waiting for its /join is said calmly instead; `run` with no
supervisor and no invite still warns (tests/test_last_supervisor_e2e.py)."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from tests.demokit import DemoProcess, texts


@pytest.mark.slow
def test_the_demo_starts_without_warning_of_a_supervisor_it_binds(tmp_path: Path) -> None:
    data = tmp_path / "county"
    demo = DemoProcess(tmp_path, "--port", "0", "--data", str(data))
    try:
        demo.wait_url()
        state = demo.wait(lambda s: s["ready"] and s, timeout=90)
        assert any("督查人员" in t for t in texts(state["panes"]["supervisor"])), state
        with contextlib.closing(sqlite3.connect(f"file:{data / 'intake.db'}?mode=ro",
                                                uri=True)) as db:
            roles = db.execute("SELECT count(*) FROM people WHERE role = 'supervisor'").fetchone()
            used = db.execute("SELECT count(*) FROM invites WHERE role = 'supervisor'"
                              " AND used_by IS NOT NULL").fetchone()
        assert roles[0] == 1 and used[0] == 1
    finally:
        assert demo.stop() == 0, demo.text()
    output = demo.text()
    assert "no supervisor is bound" not in output, output
    assert "a supervisor invite waits for its /join" in output, output
