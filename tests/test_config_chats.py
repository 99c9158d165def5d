"""What `check-config` and the bot's start say about chat ids that would send messages to the
wrong people, and about units removed from the config while tickets still name them (#10)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.demo.county import rewrite
from bot.sandbox import FakeBotAPI
from tests.harness import EXAMPLE, REPO, BotProcess

CHANNEL = -1001234567890


def check(tmp_path: Path, values: dict[str, Any], command: str = "check-config"
          ) -> subprocess.CompletedProcess[str]:
    config = tmp_path / "config.toml"
    config.write_text(rewrite(EXAMPLE.read_text(encoding="utf-8"), {
        "storage.database": str(tmp_path / "intake.db"), **values}), encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "bot", command, "--config", str(config)],
                          cwd=REPO, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "INTAKE_BOT_TOKEN": "1:x"})


def lines(result: subprocess.CompletedProcess[str], start: str) -> list[str]:
    return [line for line in result.stdout.splitlines() if line.startswith(start)]


def test_a_unit_group_that_is_the_public_channel_is_refused(tmp_path: Path) -> None:
    result = check(tmp_path, {"publish.channel_id": CHANNEL, "units.water.chat_id": CHANNEL})
    assert result.returncode == 2, result.stdout
    [problem] = [line for line in result.stdout.splitlines() if "publish.channel_id" in line]
    assert problem.startswith("units[0].chat_id:") and str(CHANNEL) in problem
    assert "Traceback" not in result.stderr
    run = check(tmp_path, {"publish.channel_id": CHANNEL, "units.water.chat_id": CHANNEL}, "run")
    assert run.returncode == 2 and run.stderr.startswith("error: units[0].chat_id:"), run.stderr
    assert len(run.stderr.strip().splitlines()) == 1 and not (tmp_path / "intake.db").exists()


def test_other_chat_id_mistakes_are_warned_about(tmp_path: Path) -> None:
    result = check(tmp_path, {"publish.channel_id": CHANNEL, "people.supervisors": [5005],
                              "units.water.chat_id": -100111, "units.housing.chat_id": -100111,
                              "units.power.chat_id": 5005, "units.police.chat_id": 4242})
    assert result.returncode == 0, result.stdout
    warned = lines(result, "warning: units[")
    assert any("-100111" in w and "units[0].chat_id" in w for w in warned), warned
    assert any("5005" in w and "people.supervisors" in w for w in warned), warned
    assert any("4242" in w for w in warned), warned
    assert len(warned) == 3, warned


def test_a_channel_id_that_lost_its_minus_sign_is_refused(tmp_path: Path) -> None:
    """Outside tester: `channel_id = 1001234567890` was only a warning, and the bot started."""
    for key in ("publish.channel_id", "units.water.chat_id"):
        result = check(tmp_path, {key: -CHANNEL})
        assert result.returncode == 2, result.stdout
        [problem] = [line for line in result.stdout.splitlines() if str(-CHANNEL) in line]
        assert problem.endswith(f"is no chat's id: a supergroup's or channel's id is negative"
                                f" ({CHANNEL}; copy it with its minus sign)"), problem
        run = check(tmp_path, {key: -CHANNEL}, "run")
        assert run.returncode == 2 and "minus sign" in run.stderr, run.stderr


def test_a_quoted_id_and_an_unknown_time_zone_say_what_to_write(tmp_path: Path) -> None:
    result = check(tmp_path, {"units.water.chat_id": "-1001234567890",
                              "county.timezone": "Asia/Beijing"})
    assert result.returncode == 2
    assert lines(result, "units[0].chat_id: must be an integer") == [
        "units[0].chat_id: must be an integer between -1000000000000000 and 1000000000000000"
        " (without quotes: -1001234567890)"], result.stdout
    assert lines(result, "county.timezone:") == [
        "county.timezone: unknown time zone 'Asia/Beijing' (an IANA name: China's is"
        " Asia/Shanghai)"], result.stdout


def test_a_correct_config_says_nothing_about_chats(tmp_path: Path) -> None:
    result = check(tmp_path, {"publish.channel_id": CHANNEL, "units.water.chat_id": -100111,
                              "units.housing.chat_id": -100222})
    assert result.returncode == 0 and not lines(result, "warning: units"), result.stdout


def test_a_removed_unit_with_tickets_is_named_by_check_config_and_at_start(
        tmp_path: Path, fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    bot = make_bot()
    fake.send_text(2001, "小区停水三天了，一直没人管")
    fake.wait_until(lambda: bot.tickets())
    bot.stop()
    with sqlite3.connect(bot.database) as conn:  # as if `oldunit` were deleted from the config
        conn.execute("UPDATE tickets SET unit = 'oldunit'")
    conn.close()
    result = bot.cli("check-config")
    assert result.returncode == 0, result.stdout
    [warning] = lines(result, "warning: units:")
    assert "'oldunit'" in warning and "1 tickets" in warning and "hotline" in warning
    bot.start()
    bot.wait_log("'oldunit' is not in the config")
