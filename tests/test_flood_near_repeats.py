"""A flood of near-duplicates (outside tester, refs #10): 30 messages in a minute that differ only
in a number (第N号投诉：小区路灯不亮了 N) make one ticket and one push to the unit, as exact repeats
do; different words in a flood still make their own tickets."""

from __future__ import annotations

from tests.fuzzkit import Rig, unit_chat


def test_thirty_near_duplicates_in_a_minute_make_one_ticket_and_one_push(rig: Rig) -> None:
    user = rig.citizen()
    for n in range(1, 31):
        rig.say(user, f"第{n}号投诉：小区路灯不亮了 {n}")
    [ticket] = rig.tickets_of(user)
    units = [u.code for u in rig.desk.config.units]
    group = rig.shown_to(unit_chat(units.index(ticket["unit"])))
    assert sum(ticket["number"] in m for m in group) == 1, group


def test_different_words_in_a_burst_still_make_their_own_tickets(rig: Rig) -> None:
    user = rig.citizen()
    rig.say(user, "小区路灯不亮了")
    rig.say(user, "3号楼停水了")
    rig.say(user, "5号楼停水了")  # another place: its own ticket
    rig.say(user, "小区路灯不亮了!!")  # an exact repeat, as before
    assert len(rig.tickets_of(user)) == 3
