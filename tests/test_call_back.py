"""Whether a citizen can be phoned, and from where (bot.actions.phones.call_back; refs #10,
outside tester round 21): someone else's number (他电话…) on a newer ticket never hides the
citizen's own on an older one, and a ticket holding only someone else's number looks at the
citizen's other tickets too."""

from __future__ import annotations

from bot.actions import phones
from bot.store import tickets
from tests.fuzzkit import Rig

OWN, NEIGHBOURS = "13953712288", "13805371234"


def _ticket(rig: Rig, user: int, text: str) -> tickets.Ticket:
    rig.say(user, text)
    found = tickets.by_id(rig.db, rig.tickets_of(user)[-1]["id"])
    assert found is not None and found.text == text, found
    return found


def test_a_neighbours_number_on_a_newer_ticket_does_not_hide_the_citizens_own(rig: Rig) -> None:
    user = rig.citizen()
    own = _ticket(rig, user, f"俺家门口下水道堵了，污水漫到路上，俺电话{OWN}")
    noisy = _ticket(rig, user, f"对门邻居天天半夜砸墙吵得没法睡，他电话{NEIGHBOURS}")
    lamp = _ticket(rig, user, "俺们小区门口的路灯坏了一个礼拜了")
    assert phones.call_back(rig.db, lamp) == own.number
    assert phones.call_back(rig.db, noisy) == own.number  # its only number is the neighbour's
    listed = {phone: source for phone, source, _ in phones.numbers(rig.db, noisy)}
    assert listed == {NEIGHBOURS: "text", OWN: f"ticket:{own.number}"}, listed
    assert phones.call_back(rig.db, own) == ""


def test_only_someone_elses_number_is_no_way_to_the_citizen(rig: Rig) -> None:
    user = rig.citizen()
    noisy = _ticket(rig, user, f"对门邻居天天半夜砸墙吵得没法睡，他电话{NEIGHBOURS}")
    lamp = _ticket(rig, user, "俺们小区门口的路灯坏了一个礼拜了")
    assert phones.call_back(rig.db, lamp) is None
    assert phones.call_back(rig.db, noisy) is None
