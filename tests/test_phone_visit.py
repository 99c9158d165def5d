"""The end of a phone 回访 (an offline demand logged with /log): whoever records the answers is
told what was recorded and what became of the ticket, and the staff member who logged it is told
the outcome in staff words — never a citizen's thank-you wrapped as 请转告群众 (SPEC §4)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.actions import visit
from bot.domain.tickets import Ticket
from tests.followkit import SUPERVISOR, Follow, cst, make_follow

LOGGER = 7


@pytest.fixture
def f(tmp_path: Path) -> Follow:
    return make_follow(tmp_path)


def _logged_and_visited(f: Follow, reopened: bool = False) -> Ticket:
    ticket = f.create(cst(2026, 11, 23, 10, 0), citizen=0)
    with f.desk.store.atomic() as db:
        db.execute("UPDATE tickets SET logged_by = ?, chat_id = ?, logged_unit = 'water',"
                   " reopen_count = ? WHERE id = ?", [LOGGER, LOGGER, int(reopened), ticket.id])
    f.resolve(ticket, cst(2026, 11, 24, 10, 0))
    f.tick(cst(2026, 11, 25, 10, 0))
    return ticket


def _record(f: Follow, ticket: Ticket, *answers: str) -> list[str]:
    """The supervisor records the answers (c, s, r codes); returns the toasts."""
    at = cst(2026, 11, 25, 11, 0).astimezone(dt.UTC)
    round_ = f.row(ticket)["reopen_count"]
    return [visit.answer(f.desk, next(f.updates), SUPERVISOR, f"v:{ticket.id}:{round_}:{q}:{a}", at)
            for q, a in zip("csr", answers, strict=True)]


def _after(f: Follow, chat: int, start: int) -> list[str]:
    return f.texts(chat)[start:]


def test_a_recorded_phone_visit_tells_the_recorder_and_the_logger_it_is_closed(f: Follow) -> None:
    ticket = _logged_and_visited(f)
    mine, logger_had = len(f.texts(SUPERVISOR)), len(f.texts(LOGGER))
    _record(f, ticket, "1", "1", "3")
    row = f.row(ticket)
    assert (row["state"], row["contacted"], row["solved"], row["rating"]) == (
        "closed", 1, 1, "satisfied")
    # The supervisor who recorded it reads what was recorded and that the ticket is closed.
    [told] = [t for t in _after(f, SUPERVISOR, mine) if "最后一个问题" not in t
              and "第二个问题" not in t]
    assert ticket.number in told and "销号" in told
    for said in ("已联系", "已解决", "满意"):
        assert said in told
    # The staff member who logged it reads the outcome in staff words, nothing to pass on.
    [news] = _after(f, LOGGER, logger_had)
    assert ticket.number in news and "销号" in news and "满意" in news
    assert "感谢您的评价" not in news and "请转告群众" not in news


def test_a_phone_visit_not_solved_reopens_and_says_so_to_both(f: Follow) -> None:
    ticket = _logged_and_visited(f)
    mine, logger_had = len(f.texts(SUPERVISOR)), len(f.texts(LOGGER))
    _record(f, ticket, "1", "0", "1")
    assert f.row(ticket)["state"] == "reopened"
    told = _after(f, SUPERVISOR, mine)
    assert any(ticket.number in t and "重办" in t for t in told)
    [news] = _after(f, LOGGER, logger_had)
    assert ticket.number in news and "重办" in news and "未解决" in news
    assert "请转告群众" not in news and "您的工单" not in news


def test_a_second_unsatisfied_phone_visit_is_closed_in_staff_words(f: Follow) -> None:
    ticket = _logged_and_visited(f, reopened=True)
    logger_had = len(f.texts(LOGGER))
    _record(f, ticket, "1", "1", "1")
    assert f.row(ticket)["state"] == "closed"
    [news] = _after(f, LOGGER, logger_had)
    assert ticket.number in news and "销号" in news and "不满意" in news
    assert "请转告群众" not in news and "感谢您" not in news
