"""A 督办's 限期 passed unmet and a ticket left unsigned, at explicit moments (refs #10): who is
told, once, and who is not — a unit nobody can reach named as such, a 限期 an approved 延期
replaced, a deadline's own 催办, a reminder to sign held over the night."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.actions import notices
from bot.domain.tickets import iso
from bot.store import tickets as repo
from tests.followkit import SUPERVISOR, WATER_GROUP, Follow, cst, make_follow


@pytest.fixture
def f(tmp_path: Path) -> Follow:
    return make_follow(tmp_path)


def _urge(f: Follow, ticket_id: int, at: dt.datetime, asked: dt.datetime | None = None) -> None:
    with f.desk.store.atomic() as db:
        ticket = repo.by_id(db, ticket_id)
        assert ticket is not None
        notices.issue_urge(f.desk, db, ticket, at.astimezone(dt.UTC), actor_id=SUPERVISOR,
                           asked=asked)


def _said(f: Follow, chat: int, needle: str) -> list[str]:
    return [t for t in f.texts(chat) if needle in t]


def test_a_limit_that_was_the_deadline_is_told_to_supervisors_beside_the_units_cui_ban(
        f: Follow) -> None:
    ticket = f.accept(f.create(cst(2026, 11, 23, 10, 0)), cst(2026, 11, 23, 11, 0))
    _urge(f, ticket.id, cst(2026, 11, 27, 10, 0))  # before the deadline: it stays the 限期
    assert f.row(ticket)["urge_deadline"] == f.row(ticket)["deadline"]
    assert f.tick(cst(2026, 11, 30, 17, 59)).missed == 0
    done = f.tick(cst(2026, 11, 30, 18, 0))
    assert done.overdue == 1 and done.missed == 1
    [told] = _said(f, SUPERVISOR, "督办限期已过")
    assert ticket.number in told and "11月30日 18:00" in told and "已告知责任单位" in told
    assert _said(f, WATER_GROUP, "催办") and not _said(f, WATER_GROUP, "督办限期已到")
    assert f.tick(cst(2026, 12, 1, 9, 0)).missed == 0


def test_a_unit_nobody_can_reach_is_named_so_when_its_limit_passes(f: Follow) -> None:
    ticket = f.accept(f.create(cst(2026, 11, 23, 10, 0), unit="power"), cst(2026, 11, 23, 11, 0))
    f.tick(cst(2026, 12, 1, 9, 0))
    _urge(f, ticket.id, cst(2026, 12, 1, 9, 30), asked=cst(2026, 12, 1, 12, 0))
    assert f.tick(cst(2026, 12, 1, 12, 0)).missed == 1
    [told] = _said(f, SUPERVISOR, "督办限期已过")
    assert "未能通知到" in told and "已告知责任单位" not in told


def test_a_limit_an_approved_extension_replaced_is_not_told(f: Follow) -> None:
    ticket = f.accept(f.create(cst(2026, 11, 23, 10, 0)), cst(2026, 11, 23, 11, 0))
    f.tick(cst(2026, 12, 1, 9, 0))
    _urge(f, ticket.id, cst(2026, 12, 1, 9, 30))  # past the deadline: the rules' 限期, 12-03
    with f.desk.store.atomic() as db:
        current = repo.by_id(db, ticket.id)
        assert current is not None
        repo.update(db, current, cst(2026, 12, 1, 10, 0).astimezone(dt.UTC), SUPERVISOR,
                    "supervisor", "approve", {"deadline": iso(cst(2026, 12, 8, 18, 0))})
    assert f.tick(cst(2026, 12, 3, 18, 30)).missed == 0
    assert not _said(f, SUPERVISOR, "督办限期已过")
    assert not _said(f, WATER_GROUP, "督办限期已到")


def test_a_reminder_to_sign_waits_for_the_morning_and_skips_the_hotline(f: Follow) -> None:
    ticket = f.create(cst(2026, 11, 23, 22, 0))
    f.create(cst(2026, 11, 23, 22, 0), unit="hotline")
    assert f.tick(cst(2026, 11, 24, 21, 59)).unsigned == 0
    assert f.tick(cst(2026, 11, 24, 22, 30)).unsigned == 0  # due, but at night
    assert f.tick(cst(2026, 11, 25, 8, 0)).unsigned == 1
    [reminder] = _said(f, WATER_GROUP, "签收提醒")
    assert ticket.number in reminder and "13812345678" not in reminder
    assert f.tick(cst(2026, 11, 26, 9, 0)).unsigned == 0


def test_an_urgent_ticket_is_reminded_to_sign_at_night(tmp_path: Path) -> None:
    f = make_follow(tmp_path, accept_hours=2)
    ticket = f.create(cst(2026, 11, 23, 22, 0), urgent=True)
    assert f.tick(cst(2026, 11, 24, 0, 1)).unsigned == 1
    assert ticket.number in _said(f, WATER_GROUP, "签收提醒")[0]
