"""The role gate: a staff or supervisor command typed by someone without the role gets the one
refusal, decided before any ticket is looked up, so no answer names a ticket the asker may not see
(refs #10: an outside tester's citizen typed /publish 1 and was told the states of two tickets)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.actions import contact, extensions, staff, supervise, transfers
from bot.actions import views as staff_read
from bot.actions.ctx import Outcome
from bot.domain.permissions import Role
from bot.texts import command_roles
from tests.staffkit import NOW, WATER_GROUP, Kit, make_kit

CITIZEN, NEIGHBOUR, WATER, HOUSING, POWER, SUPERVISOR = 1, 2, 11, 21, 41, 900
DAY = dt.timedelta(days=1)
NUMBER = re.compile(r"\d{8}-\d{4,}")

Call = Callable[[Kit, Any, str], Outcome]
STAFF_COMMANDS: dict[str, Call] = {
    "show": lambda k, m, n: staff_read.show(k.desk, m, n, NOW),
    "accept": lambda k, m, n: staff.accept(k.desk, m, n, NOW),
    "reply": lambda k, m, n: staff.reply(k.desk, m, n, "已安排人员处理", NOW),
    "done": lambda k, m, n: staff.done(k.desk, m, n, "已修复", NOW),
    "note": lambda k, m, n: staff.note(k.desk, m, n, "已电话联系", NOW),
    "transfer": lambda k, m, n: transfers.transfer(k.desk, m, n, "power", "属供电职责", NOW),
    "extend": lambda k, m, n: extensions.extend(k.desk, m, n, 3, "需协调施工", NOW),
    "project": lambda k, m, n: extensions.project(k.desk, m, n, "改造管网", "分两期", "2026-12-31",
                                                  NOW),
    "contact": lambda k, m, n: contact.contact(k.desk, m, n, NOW),
}
SUPERVISOR_COMMANDS: dict[str, Call] = {
    "approve": lambda k, m, n: extensions.approve(k.desk, m, n, NOW),
    "urge": lambda k, m, n: supervise.urge(k.desk, m, n, "请尽快办理", NOW),
    "publish": lambda k, m, n: supervise.publish_ticket(k.desk, m, n, "", NOW),
}
COMMANDS = {**STAFF_COMMANDS, **SUPERVISOR_COMMANDS}


def setup() -> tuple[Kit, dict[str, str]]:
    """Tickets of two citizens in two units over three days: sequence 1 is shared by three."""
    kit = make_kit(supervisors=(SUPERVISOR,))
    kit.bind(WATER, Role.STAFF, "water")
    kit.bind(HOUSING, Role.STAFF, "housing")
    kit.bind(POWER, Role.STAFF, "power")
    units = {
        kit.report(NEIGHBOUR, "我家停水三天了", NOW - 2 * DAY): "water",
        kit.report(CITIZEN, "小区物业不管垃圾", NOW - 2 * DAY): "housing",
        kit.report(CITIZEN, "楼道停水了", NOW - DAY): "water",
        kit.report(NEIGHBOUR, "物业乱收费", NOW): "housing",
    }
    return kit, units


def seen(who: int, units: dict[str, str], kit: Kit) -> set[str]:
    """The ticket numbers `who` may see."""
    if who == SUPERVISOR:
        return set(units)
    unit = {WATER: "water", HOUSING: "housing", POWER: "power"}.get(who)
    if unit:
        return {n for n, u in units.items() if u == unit}
    return {n for n in units if kit.ticket(n)["citizen_id"] == who}


def lacks_role(who: int, command: str) -> bool:
    if command in SUPERVISOR_COMMANDS:
        return who != SUPERVISOR
    return who not in (WATER, HOUSING, POWER) and not (who == SUPERVISOR and command == "show")


REFS = st.one_of(st.sampled_from(["1", "01", "0001", "2", "#1", "1号", "20991231-9999"]),
                 st.integers(0, 3))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(command=st.sampled_from(sorted(COMMANDS)),
       who=st.sampled_from([CITIZEN, NEIGHBOUR, HOUSING, POWER, SUPERVISOR]), ref=REFS)
def test_no_answer_names_a_ticket_the_asker_may_not_see(command: str, who: int,
                                                         ref: str | int) -> None:
    kit, units = setup()
    typed = sorted(units)[ref] if isinstance(ref, int) else ref
    before = [kit.events(n) for n in units]
    outcome = COMMANDS[command](kit, kit.msg(who), typed)
    named = set(NUMBER.findall(outcome.text)) - {typed}
    assert named <= seen(who, units, kit), outcome.text
    if lacks_role(who, command):
        # The one refusal, whatever was typed: nothing looked up, nothing changed.
        assert not outcome.ok
        missing = COMMANDS[command](kit, kit.msg(who), "20991231-9999").text
        assert outcome.text == missing.replace("20991231-9999", typed)  # /show echoes it
        assert not named and "序号" not in outcome.text, outcome.text
        assert [kit.events(n) for n in units] == before


def test_a_citizen_typing_publish_gets_the_one_refusal() -> None:
    kit, _ = setup()
    # A citizen is pointed to their own view (/status, /my), whatever the number typed, in the
    # same words for every supervisors' command (tests/test_one_gate.py).
    answers = {COMMANDS[c](kit, kit.msg(CITIZEN), "1").text for c in SUPERVISOR_COMMANDS}
    assert answers == {command_roles.for_citizen(True)}
    [approve] = answers
    assert "仅供督查人员使用" in approve and "/status 1" not in approve and "/my" in approve
    for command in STAFF_COMMANDS:
        answer = COMMANDS[command](kit, kit.msg(CITIZEN), "1")
        assert "序号" not in answer.text and not NUMBER.search(answer.text), (command, answer.text)
        assert "/status" in answer.text and "/my" in answer.text, (command, answer.text)


def test_a_supervisor_typing_a_staff_command_is_told_what_supervisors_do() -> None:
    kit, _ = setup()
    for command in ("done", "accept", "reply", "transfer"):
        answer = COMMANDS[command](kit, kit.msg(SUPERVISOR), "1")
        assert answer.text == command_roles.FOR_SUPERVISOR, (command, answer.text)


def test_staff_in_their_group_still_get_the_shared_sequence_answer() -> None:
    kit, units = setup()
    answer = staff.done(kit.desk, kit.msg(WATER, chat_id=WATER_GROUP), "1", "已修复", NOW)
    assert "序号为 1" in answer.text
    assert set(NUMBER.findall(answer.text)) <= {n for n, u in units.items() if u == "water"}
