"""The one authorization gate (bot.actions.gate): every staff or supervisor command refused to
someone whose role may not take it is refused in one place, before any ticket is looked up, with
one text for that reader — /approve and /urge read alike, and no refusal says whether a ticket
exists (refs #10: a citizen's /urge was told something else than their /approve, and a citizen's
/publish 1 was answered with a /status 1 that names no ticket of theirs)."""

from __future__ import annotations

import re
from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.actions import staff, supervise, views
from bot.actions.ctx import Outcome
from bot.domain.permissions import Role
from bot.sandbox import FakeBotAPI
from bot.texts import command_roles
from tests.harness import BotProcess
from tests.staffkit import NOW, OTHER_GROUP, WATER_GROUP, Kit, make_kit
from tests.test_role_gate import COMMANDS
from tests.test_staff_e2e import CITIZEN, HOUSING, SUPERVISOR, WATER, said, start

NUMBER = re.compile(r"\d{8}-\d{4,}")
PEOPLE = {"citizen": 1, "staff": 11, "supervisor": 900}
MISSING = "20991231-9999"

ON_TICKET = COMMANDS  # every command on a ticket, as the role gate's own tests call them
SUPERVISION = {"approve", "urge", "publish"}
PLACES = {"private": None, "unit group": WATER_GROUP, "other group": OTHER_GROUP}


def kit_with_tickets() -> tuple[Kit, str]:
    """A water ticket of the supervisor's own (they are citizens too) and one of a neighbour's."""
    kit = make_kit(supervisors=(PEOPLE["supervisor"],))
    kit.bind(PEOPLE["staff"], Role.STAFF, "water")
    kit.report(PEOPLE["supervisor"], "我家楼道停水了", NOW)
    number = kit.report(2, "小区停水三天了", NOW)
    return kit, number


def lacks(who: str, command: str, place: str) -> bool:
    if command in SUPERVISION:
        return who != "supervisor" or place != "private"
    if who == "staff":
        return place == "other group" or (command == "contact" and place != "private")
    return not (who == "supervisor" and command == "show" and place == "private")


def answer(kit: Kit, who: str, place: str, command: str, ref: str) -> Outcome:
    chat = PLACES[place]
    return ON_TICKET[command](kit, kit.msg(PEOPLE[who], chat_id=chat), ref)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(who=st.sampled_from(sorted(PEOPLE)), command=st.sampled_from(sorted(ON_TICKET)),
       place=st.sampled_from(sorted(PLACES)), exists=st.booleans(),
       short=st.booleans())
def test_no_refusal_says_whether_a_ticket_exists(who: str, command: str, place: str,
                                                 exists: bool, short: bool) -> None:
    """Over role × command × place × ticket there or not: whoever lacks the role gets the same
    words for a real number and a made-up one, naming neither, and nothing changes."""
    kit, number = kit_with_tickets()
    typed = (number.split("-")[1].lstrip("0") if short else number) if exists else MISSING
    before = kit.events(number)
    outcome = answer(kit, who, place, command, typed)
    if not lacks(who, command, place):
        return
    other = answer(kit, who, place, command, MISSING if exists else number)
    assert not outcome.ok and outcome.text == other.text, (outcome.text, other.text)
    assert not NUMBER.search(outcome.text) and typed not in outcome.text.replace("/", " ")
    assert kit.events(number) == before


def test_one_text_per_reader_whatever_the_command() -> None:
    """/approve and /urge (and /publish) read alike for each reader, as every unit command does."""
    kit, number = kit_with_tickets()
    for who, place in [("citizen", "private"), ("staff", "private"), ("citizen", "unit group"),
                       ("staff", "unit group"), ("supervisor", "other group")]:
        texts = {answer(kit, who, place, c, number).text for c in SUPERVISION}
        assert len(texts) == 1, (who, place, texts)
    staff_commands = sorted(set(ON_TICKET) - SUPERVISION - {"show", "contact"})
    for who in ("citizen", "supervisor"):
        texts = {answer(kit, who, "private", c, number).text for c in staff_commands}
        assert len(texts) == 1, (who, texts)
    citizen = {c: answer(kit, "citizen", "private", c, "1").text for c in ON_TICKET}
    assert citizen["urge"] == citizen["approve"] == command_roles.for_citizen(True)
    assert citizen["accept"] == citizen["show"] == command_roles.for_citizen(False)
    assert all("/status 工单编号" in t and "/my" in t for t in citizen.values())
    assert answer(kit, "staff", "private", "urge", "1").text == command_roles.FOR_STAFF
    assert answer(kit, "supervisor", "private", "done", "1").text == \
        command_roles.FOR_SUPERVISOR


def test_general_commands_pass_the_same_gate() -> None:
    """/list, /log, /digest, /overdue, /stats refused alike too: the reader's one text."""
    kit, _ = kit_with_tickets()
    citizen, member = kit.msg(PEOPLE["citizen"]), kit.msg(PEOPLE["staff"])
    assert views.list_tickets(kit.desk, citizen, "", NOW).text == command_roles.for_citizen(False)
    assert staff.log_offline(kit.desk, kit.msg(PEOPLE["supervisor"]), "村里停水", NOW).text == \
        command_roles.FOR_SUPERVISOR
    for person in ("citizen", "staff"):
        supervise.overdue(kit.desk, kit.msg(PEOPLE[person]), "", NOW)
    for person in ("citizen", "staff"):
        supervise.show_digest(kit.desk, kit.msg(PEOPLE[person]), "", NOW)
    supervise.stats(kit.desk, citizen, "", NOW)
    supervise.stats(kit.desk, member, "", NOW)
    refused = [t for t in kit.sent_to(PEOPLE["citizen"]) if "这个命令" in t]
    assert refused == [command_roles.for_citizen(False)] + 3 * [command_roles.for_citizen(True)]
    refused = [t for t in kit.sent_to(PEOPLE["staff"]) if "这个命令" in t]
    assert len(refused) == 3 and set(refused) == {command_roles.FOR_STAFF}


def test_refusals_read_alike_end_to_end(fake: FakeBotAPI,
                                        make_bot: Callable[..., BotProcess]) -> None:
    """Through the real bot: what a citizen, a unit's staff and a supervisor read."""
    start(fake, make_bot)
    fake.send_text(CITIZEN, "我家小区停水两天了")
    number = NUMBER.search(said(fake, CITIZEN, "工单编号")["text"]).group()  # type: ignore[union-attr]
    typed = [(CITIZEN, f"/approve {number}"), (CITIZEN, f"/urge {number} 快办"),
             (CITIZEN, "/publish 1"), (CITIZEN, f"/urge {MISSING} 快办"),
             (WATER, f"/approve {number}"), (WATER, f"/urge {number} 快办"),
             (HOUSING, f"/urge {MISSING} 快办"), (SUPERVISOR, f"/accept {number}"),
             (SUPERVISOR, f"/done {MISSING} 好了"),
             # Without what the command needs: the same refusal, not its usage line.
             (CITIZEN, "/urge"), (CITIZEN, "/approve"), (CITIZEN, "/show"), (WATER, "/publish"),
             (SUPERVISOR, "/done"), (SUPERVISOR, "/urge")]
    for user, text in typed:
        fake.send_text(user, text)

    def refusals(user: int, count: int) -> list[str]:
        found: list[str] = fake.wait_until(lambda: len(
            got := [m["text"] for m in fake.sent(user) if "这个命令仅供" in (m["text"] or "")]
        ) >= count and got)
        return found

    citizen = refusals(CITIZEN, 7)
    assert sorted(citizen) == sorted(6 * [command_roles.for_citizen(True)]
                                     + [command_roles.for_citizen(False)]), citizen
    assert not any(NUMBER.search(t) or "/status 1" in t for t in citizen)
    assert set(refusals(WATER, 3)) == set(refusals(HOUSING, 1)) == {command_roles.FOR_STAFF}
    assert set(refusals(SUPERVISOR, 3)) == {command_roles.FOR_SUPERVISOR}
    said(fake, SUPERVISOR, "用法：/urge")  # theirs: its usage line
    assert not fake.unexpected_errors()
