"""An outside tester's small findings (refs #10): check-config's example for a close of business
that would pass; a bound staff member's wrong or used /join code called what it is; `/list 逾期`
read as `/list overdue`; the English 另涉及 line's grammar."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.actions import invites
from bot.domain.permissions import Role
from bot.texts.citizen_receipt_en import also_line
from tests.fuzzkit import SUPERVISOR, WATER_STAFF, Rig
from tests.test_cli_findings import bot, config_in


def test_check_config_gives_a_close_of_business_that_would_pass(tmp_path: Path) -> None:
    config = config_in(tmp_path, 'workday_end = "18:00"', 'workday_end = "25:00"')
    done = bot("check-config", "--config", str(config))
    assert done.returncode == 2
    [line] = [x for x in done.stdout.splitlines() if x.startswith("deadlines.workday_end:")]
    assert '"18:00"' in line and "08:30" not in line and "09:00" in line, line


def _code(rig: Rig) -> str:
    with rig.desk.store.atomic() as db:
        return invites.create(db, rig.desk.config, Role.STAFF, "water", rig.desk.now()).code


def test_a_bound_staff_members_wrong_or_used_code_is_called_invalid(rig: Rig) -> None:
    [wrong] = rig.answers(rig.say(WATER_STAFF, "/join QQQQQQQQQQ"))
    assert "无效" in wrong and "未使用" not in wrong and "您已是" in wrong, wrong
    code = _code(rig)
    rig.say(12, f"/join {code}")  # a colleague uses it
    [used] = rig.answers(rig.say(WATER_STAFF, f"/join {code}"))
    assert "无效" in used and "未使用" not in used, used
    [kept] = rig.answers(rig.say(WATER_STAFF, f"/join {_code(rig)}"))
    assert "本次邀请码未使用" in kept, kept


@pytest.mark.parametrize(("word", "english"), [("逾期", "overdue"), ("紧急", "urgent"),
                                                ("全部", "all"), ("待签收", "new")])
def test_list_takes_the_chinese_word_for_a_filter(rig: Rig, word: str, english: str) -> None:
    [chinese] = rig.answers(rig.say(SUPERVISOR, f"/list {word}"))
    [latin] = rig.answers(rig.say(SUPERVISOR, f"/list {english}"))
    assert "用法" not in chinese and chinese == latin, (chinese, latin)


def test_the_english_also_line_agrees_in_number() -> None:
    one = also_line("Water Bureau", ["Housing Bureau"])
    assert "that unit does not get a case of its own" in one, one
    two = also_line("Water Bureau", ["Housing Bureau", "Power Company"])
    assert "these units do not get a case of their own" in two, two
