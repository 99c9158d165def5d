"""The county's last supervisor leaving (refs #10; an outside tester): `/leave` once released the
only supervisor with no warning, and afterwards an urgent ticket's alert reached no one while
`/extend` still promised 督查人员批准后生效. The last supervisor is warned and asked to confirm
(`/leave 确认`); once nobody supervises, the bot's log says where a supervisors' notice went
nowhere, `/extend` says nobody can approve it yet, and `check-config` warns."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Callable
from dataclasses import replace

import pytest

from bot.domain.permissions import Role
from bot.sandbox import FakeBotAPI
from tests.fuzzkit import WATER_STAFF, Rig
from tests.harness import BotProcess
from tests.test_config_chats import lines

ONLY = 901
SECOND = 902


def _alone(rig: Rig) -> None:
    """No supervisor in the config; one bound by invite."""
    config = rig.desk.config
    rig.desk.config = replace(config, people=replace(config.people, supervisors=frozenset()))
    rig.bind(ONLY, Role.SUPERVISOR)


def _role(rig: Rig, user: int) -> str | None:
    row = next(iter(rig.db.query("SELECT role FROM people WHERE user_id = ?", [user])), None)
    return row["role"] if row else None


def test_the_last_supervisor_is_warned_and_released_only_once_confirmed(rig: Rig) -> None:
    _alone(rig)
    [warned] = rig.answers(rig.say(ONLY, "/leave", name="王督查"))
    assert "唯一" in warned and "/leave 确认" in warned and "invite --supervisor" in warned, warned
    assert _role(rig, ONLY) == "supervisor"
    [left] = rig.answers(rig.say(ONLY, "/leave 确认", name="王督查"))
    assert "已解除" in left and "督查人员" in left, left
    assert _role(rig, ONLY) != "supervisor"


def test_a_supervisor_with_a_colleague_leaves_at_once(rig: Rig) -> None:
    _alone(rig)
    rig.bind(SECOND, Role.SUPERVISOR)
    [left] = rig.answers(rig.say(ONLY, "/leave", name="王督查"))
    assert "已解除" in left and "确认" not in left, left
    assert _role(rig, ONLY) != "supervisor"
    assert any("王督查" in said for said in rig.shown_to(SECOND))


def test_with_no_supervisor_the_log_and_extend_say_so(rig: Rig,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    _alone(rig)
    rig.say(ONLY, "/leave 确认", name="王督查")
    user = rig.citizen()
    with caplog.at_level(logging.WARNING):
        rig.say(user, "楼下有人煤气泄漏了，味道很大，快来人", name="老乡")
    [ticket] = rig.tickets_of(user)
    assert ticket["urgent"], ticket
    assert any("no supervisor" in r.getMessage() for r in caplog.records), caplog.text
    water = rig.citizen()
    rig.say(water, "李家庄村停水两天了，做饭都没有水", name="老乡")
    [other] = rig.tickets_of(water)
    [asked] = rig.answers(rig.say(WATER_STAFF, f"/extend {other['number']} 3 等管材到货"))
    assert "督查人员批准后生效" not in asked and "目前没有督查人员" in asked, asked
    later = (rig.desk.now() + dt.timedelta(days=14)).date().isoformat()  # past its deadline
    [project] = rig.answers(rig.say(WATER_STAFF, f"/project {other['number']} 更换主管 | 分两期施工"
                                                 f" | {later}"))
    assert "目前没有督查人员" in project, project


def test_check_config_warns_when_no_supervisor_is_bound(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    bot = make_bot()
    bot.stop()
    assert lines(bot.cli("check-config"), "warning: supervisors: no supervisor")
    with sqlite3.connect(bot.database) as conn:
        conn.execute("INSERT INTO people (user_id, role, updated_at) VALUES (?, 'supervisor', ?)",
                     [ONLY, "2026-12-01T00:00:00+00:00"])
    conn.close()
    assert not lines(bot.cli("check-config"), "warning: supervisors: no supervisor")
