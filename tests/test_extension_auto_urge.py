"""A 实事项目's later date asked in time and the rules' 督办 that fires while the supervisors have
not decided (outside tester T24, finding 7; SPEC §4 /project, /approve, §5; refs #10): the
request stays approvable — the 督办 is the tick's, not a supervisor's decision — and an approval
replaces the 督办's 限期; a request a supervisor's own /urge overrides is refused, and the citizen,
told the date awaited approval, hears the outcome either way."""

from __future__ import annotations

import datetime as dt

from bot.actions import extensions, followup, mine, supervise
from bot.domain.permissions import Role
from tests.staffkit import NOW, Kit, make_kit

WATER, SUPERVISOR, REPORTER = 11, 900, 501
HOUR = dt.timedelta(hours=1)
MONDAY = dt.datetime(2026, 12, 7, 2, 0, tzinfo=dt.UTC)  # 10:00 county time, 督办 due by then


def _project(kit: Kit) -> str:
    number = kit.report(REPORTER, "中山路停水三天了")
    assert extensions.project(kit.desk, kit.msg(WATER), number, "更换主管网", "分两期施工",
                              "2026-12-18", NOW + HOUR).ok
    assert "待督查部门批准后生效" in kit.sent_to(REPORTER)[-1]
    return number


def _kit() -> Kit:
    kit = make_kit((SUPERVISOR,))
    kit.bind(WATER, Role.STAFF, "water")
    return kit


def test_a_request_pending_when_the_rules_urge_stays_approvable() -> None:
    kit = _kit()
    number = _project(kit)
    assert followup.run_due(kit.desk, MONDAY).urged == 1
    [urge] = [e for e in kit.events(number) if e["action"] == "urge"]
    assert urge["actor_role"] == "system"
    approved = extensions.approve(kit.desk, kit.msg(SUPERVISOR), number, MONDAY + HOUR)
    assert approved.ok
    row = kit.ticket(number)
    assert row["deadline"].startswith("2026-12-18") and not row["extension_until"]
    assert row["overdue"] == 0
    answer = kit.sent_to(SUPERVISOR)[-1]
    assert "已批准" in answer and "自动发出督办之前提出" in answer and "不再适用" in answer
    told = kit.sent_to(REPORTER)[-1]
    assert number in told and "已经督查部门批准" in told and "12月18日" in told
    # The replaced 督办 limit is not reported missed once it passes.
    assert followup.run_due(kit.desk, MONDAY + 3 * 24 * HOUR).missed == 0


def test_a_request_overridden_by_a_supervisors_urge_is_told_to_the_citizen() -> None:
    kit = _kit()
    number = _project(kit)
    assert supervise.urge(kit.desk, kit.msg(SUPERVISOR), number, "请两天内办结",
                          NOW + 2 * HOUR).ok
    refused = extensions.approve(kit.desk, kit.msg(SUPERVISOR), number, NOW + 3 * HOUR)
    assert not refused.ok
    told = kit.sent_to(REPORTER)[-1]
    assert number in told and "未获督查部门批准" in told and "仍须于" in told
    assert "12月18日" not in told


def test_status_names_the_urge_limit_the_citizen_was_told() -> None:
    """/status showed only the passed deadline while the 督办 the citizen was told of named a
    later 限期 (T24 finding 7)."""
    kit = _kit()
    number = kit.report(REPORTER, "中山路停水三天了")
    followup.run_due(kit.desk, MONDAY)
    mine.status(kit.desk, kit.msg(REPORTER), number, MONDAY + HOUR)
    shown = kit.sent_to(REPORTER)[-1]
    assert "办理时限：12月2日 18:00（已逾期）" in shown
    limit = kit.ticket(number)["urge_deadline"]
    assert limit > kit.ticket(number)["deadline"] and "督办限期：" in shown
