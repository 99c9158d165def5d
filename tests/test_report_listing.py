"""One rule lists a ticket for 约谈/通报 (bot.domain.listing): at every moment, the tickets the tick
has told the supervisors 拟约谈/通报 are those the digest built then lists, whatever the settings,
weekends and urgency (refs #10)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.reports import digest
from tests.followkit import cst, make_follow


@pytest.mark.parametrize("urge, report", [(0, 0), (1, 2), (2, 5)])
def test_the_push_and_the_digest_list_the_same_tickets_at_every_moment(
        tmp_path: Path, urge: int, report: int) -> None:
    follow = make_follow(tmp_path, urge_after_working_days=urge,
                         report_after_working_days=report)
    start = cst(2026, 12, 3, 16, 0)  # a Thursday: deadlines and lateness cross a weekend
    numbers = {}
    for hours, urgent in ((0, False), (0, True), (7, True), (30, False), (50, True)):
        ticket = follow.create(start + dt.timedelta(hours=hours), text="小区楼道灯坏了",
                               unit="housing", urgent=urgent)
        numbers[ticket.id] = ticket.number
    finished = follow.create(start, unit="water")
    moment, seen = start, set()
    while moment < start + dt.timedelta(days=16):
        moment += dt.timedelta(hours=3)
        if moment.date() == cst(2026, 12, 10).date() and finished.id not in seen:
            follow.resolve(finished, moment)  # a ticket finished drops off both
            seen.add(finished.id)
        follow.tick(moment)
        told = {row["number"] for row in follow.db.query(
            "SELECT t.number FROM events e JOIN tickets t ON t.id = e.ticket_id"
            " WHERE e.action = 'report' AND t.state IN ('new', 'accepted', 'reopened')")}
        built = digest.build(follow.db, follow.desk.config, moment.date(),
                             moment.astimezone(dt.UTC))
        assert {number for _, number, _ in built.listed} == told, (moment, urge, report)
    assert told == {*numbers.values()}  # in the end every open one was listed

