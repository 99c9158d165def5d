"""Who records a phone 回访 (permissions.PHONE_VISIT): a supervisor only — never the ticket's
citizen, the staff of its unit, nor whoever logged it (outside tester, refs #10)."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from bot.domain.permissions import PHONE_VISIT, PRIVATE, Actor, Place, Role, authorize
from bot.domain.tickets import Ticket

CITIZEN, STAFF, SUPERVISOR = 501, 11, 900


def _ticket(citizen: int = CITIZEN, logged_by: int = 0) -> Ticket:
    return replace(Ticket.stand_in("water"), citizen_id=citizen, logged_by=logged_by)


def test_only_a_supervisor_records_a_phone_visit() -> None:
    ticket = _ticket()
    assert authorize(Actor(SUPERVISOR, Role.SUPERVISOR), PHONE_VISIT, ticket)
    assert not authorize(Actor(CITIZEN, Role.CITIZEN), PHONE_VISIT, ticket)
    assert authorize(Actor(CITIZEN, Role.CITIZEN), "rate", ticket)  # their own visit, in Telegram
    assert not authorize(Actor(STAFF, Role.STAFF, "water"), PHONE_VISIT, ticket)
    assert not authorize(Actor(STAFF, Role.STAFF, "water", alone=True), PHONE_VISIT, ticket)
    # A supervisor's own complaint, or a demand they logged, is a colleague's to record.
    assert not authorize(Actor(CITIZEN, Role.SUPERVISOR), PHONE_VISIT, ticket)
    assert not authorize(Actor(SUPERVISOR, Role.SUPERVISOR), PHONE_VISIT,
                         _ticket(0, SUPERVISOR))
    assert not authorize(Actor(SUPERVISOR, Role.SUPERVISOR), PHONE_VISIT, ticket,
                         Place(private=False, unit="water"))


@given(user=st.integers(1, 10**9), role=st.sampled_from(list(Role)),
       unit=st.sampled_from([None, "water", "power"]), citizen=st.integers(0, 10**9),
       logged_by=st.integers(0, 10**9))
def test_nobody_but_a_supervisor_records_one(user: int, role: Role, unit: str | None,
                                             citizen: int, logged_by: int) -> None:
    allowed = authorize(Actor(user, role, unit), PHONE_VISIT, _ticket(citizen, logged_by), PRIVATE)
    assert not allowed or (role is Role.SUPERVISOR and user not in (citizen, logged_by))
