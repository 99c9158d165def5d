"""What the citizen hears when their ticket goes overdue (refs #10): one notice when it first
passes its time limit — the unit was sent a 催办, and when a 督办 follows — and one more when
that 督办 gives the unit a 限期办结; nothing on the reminders in between, nothing at night (an
urgent ticket's neither: T24 finding 6), several due at once for one citizen in one message, and
nothing twice across a restart. Held to Telegram's own rules (the
fake Bot API's checks, tests.fuzzkit.shown)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.actions.desk import Desk
from bot.domain.tickets import iso
from bot.store import tickets as repo
from tests.followkit import CITIZEN, SUPERVISOR, WATER_GROUP, Follow, NoRouter, cst, make_follow
from tests.fuzzkit import shown


@pytest.fixture
def f(tmp_path: Path) -> Follow:
    return make_follow(tmp_path)


def _told(f: Follow, chat: int = CITIZEN) -> list[str]:
    """What `chat` would read, as Telegram shows it, oldest first."""
    return [shown(m["method"], {k: v for k, v in m.items() if k not in ("key", "method")})
            for m in f.sent(chat)]


def _restarted(f: Follow) -> Follow:
    """The same database under a new desk, as after the bot was killed and started again."""
    old = f.desk
    return Follow(Desk(old.store, old.config, NoRouter()))


def test_the_citizen_is_told_once_when_overdue_once_when_urged_and_once_the_limit_passes(f: Follow) -> None:
    # Wednesday 11-25; due Wed 12-2 at close of business; 督办 two working days later.
    ticket = f.create(cst(2026, 11, 25, 10, 0))
    f.tick(cst(2026, 12, 1, 18, 0))  # the unit's reminder: nothing for the citizen
    assert "到期提醒" in f.texts(WATER_GROUP)[-1]
    assert f.tick(cst(2026, 12, 2, 17, 59)).told == 0 and _told(f) == []

    summary = f.tick(cst(2026, 12, 2, 18, 0))
    assert summary.overdue == 1 and summary.told == 1
    [notice] = _told(f)
    assert ticket.number in notice and "已超过办理时限（12月2日 18:00）" in notice
    assert "已自动向县水务局发出催办提醒" in notice
    assert "如到 12月4日 18:00 仍未办结，将按规定对其书面督办" in notice
    assert f.row(ticket)["overdue"] == 1

    # Ticks in between, a restart: nothing again.
    f.tick(cst(2026, 12, 3, 9, 0))
    f = _restarted(f)
    assert f.tick(cst(2026, 12, 3, 18, 0)).told == 0 and len(_told(f)) == 1

    summary = f.tick(cst(2026, 12, 4, 18, 0))
    assert summary.urged == 1 and summary.told == 1
    urged = _told(f)[-1]
    assert ticket.number in urged and "已按督办规定向县水务局发出督办通知书（书面督办）" in urged
    assert "要求于 12月8日 18:00 前办结" in urged
    # What the citizen was told went out: the notice, to the unit's group and the supervisors.
    assert any("督办通知书" in text for text in f.texts(WATER_GROUP))
    assert any("督办通知书" in text for text in f.texts(SUPERVISOR))

    # The 督办's 限期 passed unmet: told once, with by when an answer comes (two working days
    # after the 限期, as a 督办 gives); the 约谈/通报 and later ticks: nothing for the citizen.
    assert f.tick(cst(2026, 12, 9, 18, 0)).reported == 1
    f.tick(cst(2026, 12, 10, 10, 0))
    assert len(_told(f)) == 3
    pressed = _told(f)[-1]
    assert "要求县水务局于 12月8日 18:00 前办结" in pressed and "再次督促" in pressed
    assert "12月10日 18:00 前给您答复" in pressed and "约谈" not in pressed


def test_an_urgent_ticket_is_told_in_the_morning_as_a_normal_one(f: Follow) -> None:
    urgent = f.create(cst(2026, 11, 25, 2, 30), "煤气泄漏了", urgent=True, citizen=601)
    normal = f.create(cst(2026, 11, 25, 10, 0))
    # The urgent one is due 24 hours on, at 02:30: its unit is sent the 催办 at once, its
    # citizen hears of it at 08:00 (a 督办 at 04:42 woke a citizen: T24 finding 6).
    summary = f.tick(cst(2026, 11, 26, 2, 31))
    assert summary.overdue == 1 and summary.told == 0 and _told(f, 601) == []
    assert "催办" in f.texts(WATER_GROUP)[-1]
    assert f.tick(cst(2026, 11, 26, 8, 0)).told == 1
    [notice] = _told(f, 601)
    assert urgent.number in notice and "已超过办理时限（11月26日 02:30）" in notice
    assert "如到 11月26日 12:06 仍未办结" in notice  # two 4 h 48 min steps: hours, not days

    # A bot down over the normal one's deadline comes back at night: the unit is sent its
    # 催办 then, the citizen is told at 08:00, after a restart too.
    f.resolve(f.accept(urgent, cst(2026, 11, 26, 9, 0)), cst(2026, 11, 26, 10, 0))
    summary = f.tick(cst(2026, 12, 2, 23, 0))
    assert summary.overdue == 1 and summary.told == 0 and _told(f) == []
    assert "催办" in f.texts(WATER_GROUP)[-1]
    f = _restarted(f)
    assert f.tick(cst(2026, 12, 3, 7, 59)).told == 0
    assert f.tick(cst(2026, 12, 3, 8, 0)).told == 1
    [notice] = _told(f)
    assert normal.number in notice and "已自动向县水务局发出催办提醒" in notice
    assert f.tick(cst(2026, 12, 3, 8, 1)).told == 0


def test_a_unit_nobody_can_reach_is_not_said_to_be_urged(f: Follow) -> None:
    ticket = f.create(cst(2026, 11, 25, 10, 0), "小区停电了", unit="power")
    assert f.tick(cst(2026, 12, 2, 18, 0)).told == 1
    [notice] = _told(f)
    assert ticket.number in notice and "县供电公司" in notice
    assert "催办未能送达" in notice and "报告督查部门" in notice
    assert "发出催办提醒" not in notice
    assert any("县供电公司" in text for text in f.texts(SUPERVISOR))  # reported indeed
    f.tick(cst(2026, 12, 4, 18, 0))
    urged = _told(f)[-1]
    assert "已按督办规定对此事书面督办" in urged and "发出督办通知书" not in urged


def test_a_citizen_first_told_after_the_urge_hears_both_in_one_notice(f: Follow) -> None:
    ticket = f.create(cst(2026, 11, 25, 10, 0))
    # Down from before the deadline until Friday night: 催办 and 督办 at once, nobody told.
    summary = f.tick(cst(2026, 12, 4, 22, 0))
    assert summary.overdue == 1 and summary.urged == 1 and summary.told == 0
    assert f.tick(cst(2026, 12, 5, 8, 0)).told == 1  # Saturday morning
    [notice] = _told(f)
    assert ticket.number in notice and "已按督办规定向县水务局发出督办通知书" in notice
    assert "要求于 12月8日 18:00 前办结" in notice
    assert "如到" not in notice  # the 督办 is not announced as still to come
    f.tick(cst(2026, 12, 7, 10, 0))
    assert len(_told(f)) == 1


def test_a_resolved_ticket_is_not_told_it_is_late(f: Follow) -> None:
    ticket = f.create(cst(2026, 11, 25, 10, 0))
    f.tick(cst(2026, 12, 2, 23, 0))  # overdue at night: the citizen waits for the morning
    f.accept(ticket, cst(2026, 12, 2, 23, 30))
    f.resolve(ticket, cst(2026, 12, 2, 23, 40))
    assert f.tick(cst(2026, 12, 3, 8, 0)).told == 0
    assert all("超过办理时限" not in text for text in _told(f))


def test_an_extended_deadline_passed_again_is_told_again(f: Follow) -> None:
    ticket = f.create(cst(2026, 11, 25, 10, 0))
    f.tick(cst(2026, 12, 2, 18, 0))
    with f.desk.store.atomic() as db:  # a 延期 approved: the new deadline is the one told
        repo.update(db, ticket,
                    cst(2026, 12, 3, 10, 0), SUPERVISOR, "supervisor", "approve",
                    {"deadline": iso(cst(2026, 12, 9, 18, 0)), "overdue": 0})
    f.tick(cst(2026, 12, 3, 10, 1))
    assert len(_told(f)) == 1
    f.tick(cst(2026, 12, 9, 18, 0))
    notices = [t for t in _told(f) if "超过办理时限" in t]
    assert len(notices) == 2 and "（12月9日 18:00）" in notices[1]


def test_a_deadline_long_past_is_not_announced_late(f: Follow) -> None:
    # A database from before this version, or a bot down for weeks: its first tick tells
    # nobody of a deadline passed more than a week ago, nor of its 督办.
    old = f.create(cst(2026, 11, 2, 10, 0))
    recent = f.create(cst(2026, 11, 25, 10, 0), citizen=602)
    summary = f.tick(cst(2026, 12, 4, 18, 0))
    assert summary.overdue == 2 and summary.told == 1
    assert _told(f) == [] and old.number not in "".join(_told(f, 602))
    assert recent.number in _told(f, 602)[0]
    f.tick(cst(2026, 12, 7, 10, 0))
    assert _told(f) == []


def test_a_merged_notice_too_long_for_one_message_is_cut_between_its_items(f: Follow) -> None:
    """T25 finding 9: 24 late tickets in one notice were cut inside an item (part 2 began
    系统已自动向…发出催办提醒 with no ticket number) and inside a mask label (【电…). Now each
    part holds whole items, says which part it is, and the later ones that they continue."""
    made = [f.create(cst(2026, 11, 25, 10, 0), f"幸福小区{n}号楼停水三天了，电话13812345678")
            for n in range(1, 31)]
    assert f.tick(cst(2026, 12, 2, 18, 0)).told == 30
    parts = _told(f)
    assert len(parts) >= 2, parts
    assert parts[0].startswith(f"〔第1/{len(parts)}部分〕\n🔔 您反映的 30 件问题")
    for index, part in enumerate(parts[1:], 2):
        assert part.startswith(f"〔续，第{index}/{len(parts)}部分〕\n⏰ 您反映的问题（工单 "), part[:60]
    items = [item for part in parts for item in part.partition("\n")[2].split("\n\n")
             if item.startswith("⏰")]
    assert len(items) == 30
    for ticket, item in zip(made, items, strict=True):
        assert ticket.number in item and "发出催办提醒" in item and "事项：幸福小区" in item
        assert "【" not in item and "电话" not in item  # the matter, not the contact clause


def test_a_ticket_urged_before_its_deadline_is_not_promised_a_first_督办(f: Follow) -> None:
    """Outside tester T28, finding 16: a ticket a supervisor had already urged in writing before
    it fell due was announced overdue with 如到…仍未办结，将按规定对其书面督办, to the citizen, and
    仍未办结的，督查人员将书面督办 to the unit, as if no 督办 had been issued."""
    ticket = f.create(cst(2026, 11, 25, 10, 0))
    with f.desk.store.atomic() as db:  # two 督办通知书 issued before the deadline (/urge)
        current = repo.by_id(db, ticket.id)
        assert current is not None
        repo.update(db, current, cst(2026, 11, 30, 9, 0).astimezone(dt.UTC), 900, "supervisor",
                    "urge", {"urge_count": 2}, "请抓紧办理")
    f.tick(cst(2026, 12, 2, 18, 0))
    [notice] = _told(f)
    assert "此前已对此事书面督办 2 次" in notice and "将按规定对其书面督办" not in notice, notice
    unit = f.texts(WATER_GROUP)[-1]
    assert "再次书面督办（此前已督办 2 次）" in unit, unit
