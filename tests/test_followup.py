"""The due-work function at explicit moments: weekends, the golden week and 调休 days."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.actions import announce, visit
from bot.store import tickets as repo
from bot.texts import common
from tests.followkit import CHANNEL, CITIZEN, SUPERVISOR, WATER_GROUP, Follow, cst, make_follow


@pytest.fixture
def f(tmp_path: Path) -> Follow:
    return make_follow(tmp_path)


def test_the_ticket_life_before_and_over_the_national_day(f: Follow) -> None:
    # Wednesday; due Thu 10-8 at close of business: 9-24, 9-28, 9-29, 9-30, 10-8 (9-25 中秋节,
    # 9-27 a Sunday and 10-1…10-7 off; see test_calendar).
    ticket = f.create(cst(2026, 9, 23, 10, 0))
    assert f.row(ticket)["deadline"] == "2026-10-08T10:00:00+00:00"  # 18:00 county time
    # 24 hours before the deadline is a holiday: the unit is reminded on the last working day
    # before the break (Wed 9-30), not during it, when its office opens (tests/test_reminder_hours).
    assert f.tick(cst(2026, 9, 30, 8, 59)).reminders == 0
    assert f.tick(cst(2026, 9, 30, 9, 0)).reminders == 1
    assert "到期提醒" in f.texts(WATER_GROUP)[-1] and ticket.number in f.texts(WATER_GROUP)[-1]
    assert f.tick(cst(2026, 10, 7, 18, 0)).reminders == 0
    assert f.tick(cst(2026, 10, 8, 17, 59)).overdue == 0
    assert f.tick(cst(2026, 10, 8, 18, 0)).overdue == 1
    assert f.row(ticket)["overdue"] == 1 and "催办" in f.texts(WATER_GROUP)[-1]
    # 2 working days overdue: Fri 10-9 and Sat 10-10 (调休).
    assert f.tick(cst(2026, 10, 10, 17, 59)).urged == 0
    assert f.tick(cst(2026, 10, 10, 18, 0)).urged == 1
    notice = f.texts(SUPERVISOR)[-1]
    assert "督办通知书" in notice and "金乡县督字〔2026〕第1号" in notice
    assert "10月13日 18:00" in notice  # 限期办结: Mon 10-12, Tue 10-13
    assert "13812345678" not in notice and "张三" not in notice
    assert any("督办通知书" in t for t in f.texts(WATER_GROUP))
    row = f.row(ticket)
    assert row["urge_count"] == 1 and row["urge_deadline"] == "2026-10-13T10:00:00+00:00"
    # 5 working days: 10-9, 10-10, 10-12, 10-13, 10-14 (Sunday 10-11 is off).
    assert f.tick(cst(2026, 10, 14, 17, 59)).reported == 0
    assert f.tick(cst(2026, 10, 14, 18, 0)).reported == 1
    assert "拟约谈/通报" in f.texts(SUPERVISOR)[-1]
    assert f.events(ticket)[-3:] == ["overdue", "urge", "report"]


def test_a_monday_deadline_is_reminded_on_friday(f: Follow) -> None:
    ticket = f.create(cst(2026, 11, 23, 10, 0))  # Monday; due Monday 11-30 18:00
    assert f.tick(cst(2026, 11, 27, 8, 59)).reminders == 0
    assert f.tick(cst(2026, 11, 27, 9, 0)).reminders == 1  # Friday morning, not Sunday
    assert f.tick(cst(2026, 11, 29, 18, 0)).reminders == 0
    assert f.events(ticket).count("overdue") == 0


def test_a_second_tick_at_the_same_moment_queues_nothing(f: Follow) -> None:
    f.create(cst(2026, 9, 23, 10, 0))
    moments = [cst(2026, 9, 30, 18, 0), cst(2026, 10, 8, 18, 0), cst(2026, 10, 10, 18, 0),
               cst(2026, 10, 14, 18, 0)]
    for moment in moments:
        assert f.tick(moment).total()
        before = len(f.sent())
        assert f.tick(moment).total() == 0
        assert len(f.sent()) == before


def test_a_bot_down_for_a_week_catches_up_once(f: Follow) -> None:
    ticket = f.create(cst(2026, 9, 23, 10, 0))
    summary = f.tick(cst(2026, 10, 15, 11, 0))
    assert (summary.reminders, summary.overdue, summary.urged, summary.reported) == (0, 1, 1, 1)
    assert f.tick(cst(2026, 10, 15, 11, 1)).total() == 0
    assert f.row(ticket)["urge_count"] == 1


def test_a_resolved_ticket_is_not_chased(f: Follow) -> None:
    ticket = f.create(cst(2026, 11, 23, 10, 0))  # Monday; due Monday 11-30
    f.accept(ticket, cst(2026, 11, 23, 11, 0))
    f.resolve(ticket, cst(2026, 11, 24, 10, 0))
    summary = f.tick(cst(2026, 12, 10, 10, 0))
    assert (summary.reminders, summary.overdue, summary.urged) == (0, 0, 0)


def test_urgent_tickets_run_on_hours(f: Follow) -> None:
    ticket = f.create(cst(2026, 11, 28, 22, 0), urgent=True)  # Saturday night
    assert f.row(ticket)["deadline"] == "2026-11-29T14:00:00+00:00"  # 24 hours later
    # Not reminded the minute it arrived (24 h limit, 24 h reminder): halfway, on a Sunday.
    assert f.tick(cst(2026, 11, 28, 22, 1)).reminders == 0
    assert f.tick(cst(2026, 11, 29, 10, 0)).reminders == 1
    assert f.tick(cst(2026, 11, 29, 22, 0)).overdue == 1


def test_an_extended_deadline_clears_overdue_and_starts_a_new_cycle(f: Follow) -> None:
    ticket = f.create(cst(2026, 11, 23, 10, 0))
    f.tick(cst(2026, 11, 30, 10, 0))
    f.tick(cst(2026, 11, 30, 18, 0))
    with f.desk.store.atomic() as db:
        db.table("tickets").update(ticket.id, {"deadline": "2026-12-04T10:00:00+00:00"})
    assert f.tick(cst(2026, 11, 30, 18, 1)).cleared == 1
    assert f.row(ticket)["overdue"] == 0
    assert f.tick(cst(2026, 12, 3, 18, 0)).reminders == 1
    assert f.tick(cst(2026, 12, 4, 18, 0)).overdue == 1


def _press(f: Follow, ticket_id: int, data: str, at: dt.datetime, user: int = CITIZEN) -> str:
    return visit.answer(f.desk, next(f.updates), user, data, at.astimezone(dt.UTC))


def _visit(f: Follow, ticket_id: int, round_: int, answers: str, at: dt.datetime) -> list[str]:
    """Answer the visit's questions in order: `answers` like "c:1 s:1 r:3"."""
    return [_press(f, ticket_id, f"v:{ticket_id}:{round_}:{a}", at) for a in answers.split()]


def _buttons(message: dict[str, object]) -> list[str]:
    markup = message.get("reply_markup") or {}
    assert isinstance(markup, dict)
    return [b["callback_data"] for row in markup["inline_keyboard"] for b in row]


def test_visit_then_unhappy_reopens_once_then_satisfied_closes(f: Follow) -> None:
    ticket = f.create(cst(2026, 11, 23, 10, 0))
    f.accept(ticket, cst(2026, 11, 23, 11, 0))
    f.resolve(ticket, cst(2026, 11, 24, 10, 0))
    assert f.tick(cst(2026, 11, 25, 9, 59)).visits == 0
    assert f.tick(cst(2026, 11, 25, 10, 0)).visits == 1
    question = f.sent(CITIZEN)[-1]
    assert "是否联系过您" in question["text"] or "联系过您" in question["text"]
    assert _buttons(question) == [f"v:{ticket.id}:0:c:1", f"v:{ticket.id}:0:c:0"]
    at = cst(2026, 11, 25, 12, 0)
    _press(f, ticket.id, f"v:{ticket.id}:0:c:1", at)
    assert _buttons(f.sent(CITIZEN)[-1]) == [f"v:{ticket.id}:0:s:1", f"v:{ticket.id}:0:s:0"]
    _press(f, ticket.id, f"v:{ticket.id}:0:s:0", at)
    assert len(_buttons(f.sent(CITIZEN)[-1])) == 3
    _press(f, ticket.id, f"v:{ticket.id}:0:r:1", at)
    row = f.row(ticket)
    assert row["state"] == "reopened" and row["reopen_count"] == 1 and row["rating"] == "unsatisfied"
    assert row["deadline"] == "2026-12-02T10:00:00+00:00"  # 5 working days from the answer
    assert any("重办" in t for t in f.texts(WATER_GROUP))
    assert any("重办" in t for t in f.texts(SUPERVISOR))
    assert not any("公开栏目" in t for t in f.texts(SUPERVISOR))  # it was never published
    # A button of the first round no longer works, and says the ticket went back to the unit.
    assert _press(f, ticket.id, f"v:{ticket.id}:0:r:3", at) == common.VISIT_OVER_REOPENED
    f.accept(ticket, cst(2026, 11, 26, 9, 0))
    f.resolve(ticket, cst(2026, 11, 27, 9, 0), "已更换管道")
    assert f.tick(cst(2026, 11, 28, 9, 0)).visits == 1
    assert _buttons(f.sent(CITIZEN)[-1])[0] == f"v:{ticket.id}:1:c:1"
    _visit(f, ticket.id, 1, "c:1 s:1 r:3", cst(2026, 11, 28, 10, 0))
    row = f.row(ticket)
    assert row["state"] == "closed" and row["rating"] == "satisfied" and row["closed_at"]
    assert f.events(ticket).count("reopen") == 1


def test_a_published_ticket_sent_back_warns_the_supervisors(f: Follow) -> None:
    ticket = f.create(cst(2026, 11, 23, 10, 0))
    f.resolve(ticket, cst(2026, 11, 24, 10, 0))
    # Posted before its 回访 (by an earlier version, or by hand): /publish now waits for the
    # citizen's confirmation, so the post is put in the audit log as one was.
    with f.desk.store.atomic() as db:
        repo.log_event(db, ticket.id, cst(2026, 11, 24, 11, 0).astimezone(dt.UTC), SUPERVISOR,
                       "supervisor", "publish", None, str(CHANNEL))
    f.tick(cst(2026, 11, 25, 10, 0))
    _visit(f, ticket.id, 0, "c:1 s:0 r:1", cst(2026, 11, 25, 11, 0))
    [notice] = [t for t in f.texts(SUPERVISOR) if "重办" in t]
    assert "已在公开栏目发布" in notice


def test_a_second_unhappy_visit_is_recorded_and_closed(f: Follow) -> None:
    ticket = f.create(cst(2026, 11, 23, 10, 0))
    f.resolve(ticket, cst(2026, 11, 24, 10, 0))
    f.tick(cst(2026, 11, 25, 10, 0))
    _visit(f, ticket.id, 0, "c:1 s:1 r:1", cst(2026, 11, 25, 11, 0))
    f.resolve(ticket, cst(2026, 11, 26, 10, 0))
    f.tick(cst(2026, 11, 27, 10, 0))
    _visit(f, ticket.id, 1, "c:1 s:1 r:1", cst(2026, 11, 27, 11, 0))
    row = f.row(ticket)
    assert row["state"] == "closed" and row["rating"] == "unsatisfied" and row["reopen_count"] == 1
    assert any("重办后仍不满意" in t for t in f.texts(SUPERVISOR))


def test_only_the_citizen_may_answer(f: Follow) -> None:
    ticket = f.create(cst(2026, 11, 23, 10, 0))
    f.resolve(ticket, cst(2026, 11, 24, 10, 0))
    f.tick(cst(2026, 11, 25, 10, 0))
    refused = _press(f, ticket.id, f"v:{ticket.id}:0:r:1", cst(2026, 11, 25, 11, 0), user=777)
    assert refused == _press(f, 99999, "v:99999:0:r:1", cst(2026, 11, 25, 11, 0))
    assert f.row(ticket)["state"] == "resolved"


def test_the_visit_is_a_strict_sequence_and_old_buttons_change_nothing(f: Follow) -> None:
    ticket = f.create(cst(2026, 11, 23, 10, 0))
    f.resolve(ticket, cst(2026, 11, 24, 10, 0))
    at = cst(2026, 11, 25, 11, 0)
    assert _press(f, ticket.id, f"v:{ticket.id}:0:c:1", at) == "这个按钮已失效或您无权操作。"
    f.tick(cst(2026, 11, 25, 10, 0))
    # Straight to the rating, or to the second question: refused, nothing recorded.
    assert _press(f, ticket.id, f"v:{ticket.id}:0:r:3", at) == "请先回答前面的问题。"
    assert _press(f, ticket.id, f"v:{ticket.id}:0:s:1", at) == "请先回答前面的问题。"
    assert f.row(ticket)["rating"] is None and f.row(ticket)["solved"] is None
    assert _visit(f, ticket.id, 0, "c:1 s:1", at) == ["已记录，谢谢您！"] * 2
    # An old 否 after 是, an old 未解决 after 已解决: refused, the answers stand.
    assert _press(f, ticket.id, f"v:{ticket.id}:0:c:0", at) == "这个问题您已经回答过了，谢谢！"
    assert _press(f, ticket.id, f"v:{ticket.id}:0:s:0", at) == "这个问题您已经回答过了，谢谢！"
    _press(f, ticket.id, f"v:{ticket.id}:0:r:3", at)
    row = f.row(ticket)
    assert (row["state"], row["contacted"], row["solved"], row["rating"]) == (
        "closed", 1, 1, "satisfied")
    assert f.events(ticket).count("rate") == 3 and "reopen" not in f.events(ticket)
    assert not any("重办" in t for t in f.texts(SUPERVISOR) + f.texts(WATER_GROUP))


def test_an_unanswered_visit_closes_as_default_satisfied_after_three_days(f: Follow) -> None:
    ticket = f.create(cst(2026, 11, 23, 10, 0))
    f.resolve(ticket, cst(2026, 11, 24, 10, 0))
    f.tick(cst(2026, 11, 25, 10, 30))  # the visit goes out now
    assert f.tick(cst(2026, 11, 28, 10, 29)).closed == 0
    assert f.tick(cst(2026, 11, 28, 10, 30)).closed == 1
    row = f.row(ticket)
    assert row["state"] == "closed" and row["rating"] == "default" and row["rated_at"] is None
    assert "默认满意" in f.texts(CITIZEN)[-1]


def test_unsolved_then_silence_counts_as_unhappy(f: Follow) -> None:
    ticket = f.create(cst(2026, 11, 23, 10, 0))
    f.resolve(ticket, cst(2026, 11, 24, 10, 0))
    f.tick(cst(2026, 11, 25, 10, 0))
    _visit(f, ticket.id, 0, "c:1 s:0", cst(2026, 11, 25, 11, 0))
    f.tick(cst(2026, 11, 28, 10, 0))
    assert f.row(ticket)["state"] == "reopened"


def test_the_digest_goes_daily_at_its_time_in_county_time(f: Follow) -> None:
    f.create(cst(2026, 11, 26, 15, 0))
    assert f.tick(cst(2026, 11, 27, 8, 29)).digests == 0
    assert f.tick(cst(2026, 11, 27, 8, 30)).digests == 1
    assert f.tick(cst(2026, 11, 27, 8, 31)).digests == 0
    sent = f.sent(SUPERVISOR)
    assert "督办日报" in sent[0]["text"] and "11月26日" in sent[0]["text"]
    assert sent[1]["method"] == "sendDocument" and Path(sent[1]["document"]).exists()
    assert f.tick(cst(2026, 11, 28, 9, 0)).digests == 1  # also on Saturdays


def test_missed_digests_are_caught_up_once_each_and_marked(f: Follow) -> None:
    f.create(cst(2026, 11, 26, 15, 0))
    assert f.tick(cst(2026, 11, 27, 9, 0)).digests == 1  # the first one: no backlog
    assert f.tick(cst(2026, 11, 30, 9, 0)).digests == 3  # 11-28, 11-29 and 11-30's
    digests = [t for t in f.texts(SUPERVISOR) if "督办日报" in t]
    assert ["11月27日" in digests[1], "11月28日" in digests[2], "11月29日" in digests[3]] == [
        True] * 3
    assert ["补发" in t for t in digests] == [False, True, True, False]
    assert f.tick(cst(2026, 11, 30, 9, 5)).digests == 0
    # A month's jump sends at most a week of them.
    assert f.tick(cst(2026, 12, 30, 9, 0)).digests == 7


def test_a_unit_nobody_can_reach_is_reported_once_a_day(f: Follow) -> None:
    from bot.actions import notices

    ticket = f.create(cst(2026, 11, 23, 10, 0), unit="power")  # no group, no staff
    with f.desk.store.atomic() as db:
        announce.new_ticket(f.desk, db, ticket, cst(2026, 11, 23, 10, 0))
        assert not notices.issue_urge(f.desk, db, ticket, cst(2026, 11, 23, 11, 0))[2]
    alerts = [t for t in f.texts(SUPERVISOR) if "没有可送达的工作群或工作人员" in t]
    assert len(alerts) == 1 and "python -m bot invite --unit power" in alerts[0]
    assert f.desk.unreached["power"] == 2
    f.tick(cst(2026, 11, 24, 9, 0))
    [digest] = [t for t in f.texts(SUPERVISOR) if "督办日报" in t]
    assert "无法送达的单位" in digest and "县供电公司" in digest and "县水务局" not in digest


def test_a_phone_visit_answered_by_one_supervisor_loses_its_buttons_for_all(f: Follow) -> None:
    """Every supervisor gets the phone visit's question; once one records the answer, every
    delivered copy loses its buttons, and a colleague's press on a copy still shown is told it
    was recorded, counting nothing (SPEC §4)."""
    from bot.domain.permissions import Role
    from bot.store import people

    other = 901
    ticket = f.create(cst(2026, 11, 23, 10, 0), citizen=0)
    with f.desk.store.atomic() as db:
        db.execute("UPDATE tickets SET logged_by = 7, chat_id = 7, logged_unit = 'water'"
                   " WHERE id = ?", [ticket.id])
        people.bind(db, other, Role.SUPERVISOR, None, cst(2026, 11, 20, 9, 0))
    f.resolve(ticket, cst(2026, 11, 24, 10, 0))
    f.tick(cst(2026, 11, 25, 10, 0))
    with f.desk.store.atomic() as db:  # both copies delivered, as messages 31 and 41
        for chat, message_id in ((SUPERVISOR, 31), (other, 41)):
            db.execute("UPDATE outbox SET state = 'sent', message_id = ? WHERE chat_id = ?"
                       " AND dedupe_key LIKE 'visit:%:c:%'", [message_id, chat])
    at = cst(2026, 11, 25, 11, 0).astimezone(dt.UTC)
    data = f"v:{ticket.id}:0:c:1"
    assert visit.answer(f.desk, next(f.updates), SUPERVISOR, data, at, (SUPERVISOR, 31)) \
        == "已记录回访结果。"
    edits = [m for m in f.sent() if m["method"] == "editMessageText"]
    assert sorted((m["chat_id"], m["message_id"]) for m in edits) == [(SUPERVISOR, 31), (other, 41)]
    assert not [m for m in edits if "reply_markup" in m]  # no markup: the keyboard goes
    assert all(m["text"].endswith("记录的回答：<b>是</b>") for m in edits)
    again = visit.answer(f.desk, next(f.updates), other, f"v:{ticket.id}:0:c:0", at, (other, 41))
    assert "已记录过了" in again
    assert f.row(ticket)["contacted"] == 1 and f.events(ticket).count("rate") == 1
    assert len([m for m in f.sent() if m["method"] == "editMessageText"]) == 2


def test_an_offline_demand_is_visited_by_phone_and_never_closed_unasked(f: Follow) -> None:
    logger = 7
    ticket = f.create(cst(2026, 11, 23, 10, 0), citizen=0)
    with f.desk.store.atomic() as db:
        db.execute("UPDATE tickets SET logged_by = ?, chat_id = ?, logged_unit = 'water'"
                   " WHERE id = ?", [logger, logger, ticket.id])
    f.resolve(ticket, cst(2026, 11, 24, 10, 0))
    assert f.tick(cst(2026, 11, 25, 10, 0)).visits == 1
    assert f.sent(0) == []
    [asked] = [m for m in f.sent(SUPERVISOR) if "电话回访" in m["text"]]
    # An excerpt of the matter: the contact clause is cut before it (bot.domain.excerpt).
    assert "v:" in str(asked["reply_markup"]) and "13812345678" not in asked["text"]
    assert "诉求内容：小区停水三天了，我叫【姓名】（摘录" in asked["text"]
    assert any("到了回访时间" in t for t in f.texts(logger))
    # Nobody was asked yet: no 默认满意, however long; the supervisors are reminded once.
    assert f.tick(cst(2026, 11, 28, 10, 0)).closed == 0
    assert f.tick(cst(2026, 12, 8, 10, 0)).closed == 0
    row = f.row(ticket)
    assert (row["state"], row["rating"], row["closed_at"]) == ("resolved", None, None)
    assert len([t for t in f.texts(SUPERVISOR) if "尚未记录" in t]) == 1
