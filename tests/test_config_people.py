"""What `check-config`, the bot's start and `people` say about a config people would trip on:
staff bound to a unit code the config no longer has (a unit renamed), two units of one name, a
reminder longer than the time limit it reminds of."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.test_config_chats import check, lines
from tests.test_staff_e2e import join

STAFF = 11


def test_staff_of_a_renamed_unit_are_named_at_check_config_start_and_in_people(
        tmp_path: Path, fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    fake.add_user(STAFF, "王经办", "water_wang")
    bot = make_bot()
    join(bot, fake, STAFF, "--unit", "water")
    bot.stop()
    with sqlite3.connect(bot.database) as conn:  # as if `water` were renamed in the config
        conn.execute("UPDATE people SET unit = 'shuiwu' WHERE user_id = ?", [STAFF])
    conn.close()
    result = bot.cli("check-config")
    assert result.returncode == 0, result.stdout
    [warning] = lines(result, "warning: people:")
    assert f"{STAFF} (王经办)" in warning and "'shuiwu'" in warning
    assert f"people --remove {STAFF}" in warning
    listed = [line for line in bot.cli("people").stdout.splitlines()
              if line.startswith(f"{STAFF}\t")]
    assert listed and "not in the config" in listed[0]
    bot.start()
    bot.wait_log(f"staff member {STAFF} (王经办) is bound to unit 'shuiwu'")


def test_a_bound_staff_member_of_a_known_unit_is_not_flagged(
        tmp_path: Path, fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    fake.add_user(STAFF, "王经办", "water_wang")
    bot = make_bot()
    join(bot, fake, STAFF, "--unit", "water")
    assert not lines(bot.cli("check-config"), "warning: people:")
    assert "not in the config" not in bot.cli("people").stdout


def test_two_units_of_one_name_are_refused(tmp_path: Path) -> None:
    result = check(tmp_path, {"units.housing.name": "县水务局"})
    assert result.returncode == 2, result.stdout
    [problem] = [line for line in result.stdout.splitlines() if "县水务局" in line]
    assert problem.startswith("units[") and ".name:" in problem and "units[0]" in problem
    spaced = check(tmp_path, {"units.housing.name": "县 水务局"})
    assert spaced.returncode == 2, spaced.stdout


def test_a_reminder_longer_than_the_time_limit_is_refused(tmp_path: Path) -> None:
    result = check(tmp_path, {"deadlines.remind_before_hours": 2000})
    assert result.returncode == 2, result.stdout
    [problem] = lines(result, "deadlines.remind_before_hours:")
    assert "2000" in problem and "5 working days" in problem
    assert check(tmp_path, {"deadlines.remind_before_hours": 48}).returncode == 0
    # A longer time limit allows a longer reminder.
    assert check(tmp_path, {"deadlines.remind_before_hours": 200,
                            "deadlines.normal_working_days": 15}).returncode == 0
