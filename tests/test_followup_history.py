"""Outside testers' findings in follow-up and supervision (refs #10), each as its user meets it:
a past period's rates stay what they were after a 退单; a 重办 is no 办结 on time; a reopened
实事项目 keeps its approved date; a 回访 waits for the morning; an early digest says it is a
preview; hot topics are Chinese words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bot.actions import extensions, staff, transfers, visit
from bot.domain.permissions import Role
from bot.domain.tickets import iso
from bot.reports import digest
from bot.store.reports import unit_rates
from bot.texts import for_supervisors
from tests.followkit import CITIZEN, cst, make_follow
from tests.staffkit import NOW, Kit, make_kit
from tests.test_calendar_cli import bot, config_file

WATER, SUPERVISOR, REPORTER = 11, 900, 501
HOUR, DAY = dt.timedelta(hours=1), dt.timedelta(days=1)


def _kit() -> Kit:
    kit = make_kit((SUPERVISOR,))
    kit.bind(WATER, Role.STAFF, "water")
    return kit


def _visit(kit: Kit, number: str, at: dt.datetime, *answers: str) -> None:
    """The citizen answers the 回访 questions in order (c, s, r) with these codes."""
    ticket = kit.ticket(number)
    for question, code in zip(("c", "s", "r"), answers, strict=True):
        data = f"v:{ticket['id']}:{ticket['reopen_count']}:{question}:{code}"
        visit.answer(kit.desk, next(kit.updates), REPORTER, data, at)


def test_a_transfer_later_does_not_take_back_a_past_periods_response() -> None:
    """The water bureau signed in an hour on November 25; a 退单 three days later must not turn
    that day's 响应率 into 0 %."""
    kit = _kit()
    number = kit.report(REPORTER, "中山路停水三天了")
    assert staff.accept(kit.desk, kit.msg(WATER), number, NOW + HOUR).ok
    day_start, day_end = digest.day_bounds(dt.date(2026, 11, 25), kit.desk.config)
    before = unit_rates(kit.db, day_start, day_end, 24, NOW + 2 * DAY)["water"]
    assert (before.dispatched, before.responded) == (1, 1)

    later = NOW + 3 * DAY
    assert transfers.transfer(kit.desk, kit.msg(WATER), number, "housing", "物业管网", later).ok
    after = unit_rates(kit.db, day_start, day_end, 24, later + HOUR)["water"]
    assert (after.dispatched, after.responded) == (1, 1)
    assert after.response == 1.0
    # The unit that has it now is measured by its own 签收, its time to sign counted from the
    # transfer (round 20): an hour after it, not yet missed; two days after, missed.
    now = unit_rates(kit.db, day_start, later + HOUR, 24, later + 2 * DAY)
    assert "housing" not in now or now["housing"].dispatched == 0
    now = unit_rates(kit.db, day_start, later + 2 * DAY, 24, later + 2 * DAY)
    assert (now["housing"].dispatched, now["housing"].responded) == (1, 0)


def test_a_past_days_digest_printed_after_a_transfer_keeps_the_units_response(
        tmp_path: Path) -> None:
    """`python -m bot digest --date` for a day before a 退单 (a day whose digest was never
    issued: the bot was off) gives the unit that signed in an hour its 100 % 响应率."""
    from bot.config import load_config
    from bot.store import tickets
    from bot.store.db import Store

    config_path = config_file(tmp_path)
    config = load_config(config_path)
    store = Store.open(tmp_path / "intake.db")
    received = dt.datetime(2026, 10, 20, 2, 0, tzinfo=dt.UTC)  # 10:00 in the county
    try:
        with store.atomic() as db:
            ticket = tickets.create(
                db, config, source_key="t:1", citizen_id=5, chat_id=5, citizen_name="市民",
                text="中山路停水", unit="water", urgent=False, keywords=["停水"], confidence=0.9,
                now=received)
            ticket = tickets.transition(db, ticket, "accept", received + HOUR, 7, "staff",
                                        {"accepted_at": iso(received + HOUR)})
            tickets.update(db, ticket, received + 16 * DAY, 7, "staff", "transfer",
                           {"unit": "housing", "state": "new", "accepted_at": None},
                           "不属于本单位", "water", "housing")
    finally:
        store.close()
    done = bot("digest", "--config", str(config_path), "--date", "2026-10-20")
    assert done.returncode == 0, done.stderr
    # Nothing of its was due or finished yet: listed with its 响应率, not ranked (round 20).
    assert "· 县水务局：100.0% / — / — / —（" in done.stdout, done.stdout


def _resolved_and_sent_back(kit: Kit, number: str, done_at: dt.datetime) -> None:
    assert staff.done(kit.desk, kit.msg(WATER), number, "已修复", done_at).ok
    tick_at = done_at + 25 * HOUR
    from bot.actions import followup

    followup.run_due(kit.desk, tick_at)
    _visit(kit, number, tick_at + HOUR, "1", "0", "1")  # contacted, not solved, 不满意
    assert kit.ticket(number)["state"] == "reopened"


def test_a_reopened_ticket_is_not_resolved_on_time() -> None:
    kit = _kit()
    number = kit.report(REPORTER, "中山路停水三天了")
    _resolved_and_sent_back(kit, number, NOW + HOUR)
    rates = unit_rates(kit.db, NOW - DAY, NOW + 5 * DAY, 24, NOW + 2 * DAY)["water"]
    assert rates.on_time == 0 and rates.punctuality != 1.0


def test_a_reopened_project_keeps_its_approved_date() -> None:
    kit = _kit()
    number = kit.report(REPORTER, "中山路停水三天了")
    assert extensions.project(kit.desk, kit.msg(WATER), number, "更换主管网", "分两期施工",
                              "2026-12-31", NOW).ok
    assert extensions.approve(kit.desk, kit.msg(SUPERVISOR), number, NOW + HOUR).ok
    approved = kit.ticket(number)["deadline"]
    assert approved.startswith("2026-12-31")
    _resolved_and_sent_back(kit, number, NOW + 2 * HOUR)
    row = kit.ticket(number)
    assert row["deadline"] == approved and row["project"] == 1
    assert "12月31日" in kit.sent_to(REPORTER)[-1]


def test_the_visit_waits_for_the_morning(tmp_path: Path) -> None:
    f = make_follow(tmp_path)
    ticket = f.create(cst(2026, 11, 25, 9, 0))
    f.accept(ticket, cst(2026, 11, 25, 10, 0))
    f.resolve(ticket, cst(2026, 11, 25, 22, 30))

    def visits() -> list[str]:
        return [t for t in f.texts(CITIZEN) if "是否" in t]

    f.tick(cst(2026, 11, 26, 22, 45))  # due since 22:30: night
    f.tick(cst(2026, 11, 27, 7, 59))
    assert visits() == []
    f.tick(cst(2026, 11, 27, 8, 0))
    assert len(visits()) == 1
    # Unanswered for three days, it closes as 默认满意 by day too.
    f.tick(cst(2026, 11, 30, 23, 0))
    assert f.row(ticket)["state"] == "resolved"
    f.tick(cst(2026, 12, 1, 8, 0))
    assert f.row(ticket)["state"] == "closed"


def test_hot_topics_are_chinese_words(tmp_path: Path) -> None:
    f = make_follow(tmp_path)
    for hour in (9, 10):
        ticket = f.create(cst(2026, 11, 25, hour, 0))
        with f.desk.store.atomic() as db:
            db.table("tickets").update(ticket.id, {"keywords": '["wifi", "停水", "ATM"]'})
    report = digest.build(f.db, f.desk.config, dt.date(2026, 11, 25), cst(2026, 11, 26, 9, 0))
    assert [word for word, _, _ in report.topics] == ["停水"]
    text = for_supervisors.digest(report)
    assert "停水 2" in text and "wifi" not in text and "ATM" not in text


def test_hot_topics_count_a_keyword_stored_with_its_particle_as_the_keyword(tmp_path: Path) -> None:
    f = make_follow(tmp_path)
    for hour, keywords in ((9, '["停水了", "水压"]'), (10, '["停水"]'), (11, '["电梯坏了"]')):
        ticket = f.create(cst(2026, 11, 25, hour, 0))
        with f.desk.store.atomic() as db:
            db.table("tickets").update(ticket.id, {"keywords": keywords})
    report = digest.build(f.db, f.desk.config, dt.date(2026, 11, 25), cst(2026, 11, 26, 9, 0))
    # 水压 and 电梯坏了, one ticket each (停水了's ticket counts once, under 停水), are not hot.
    assert [(word, n) for word, n, _ in report.topics] == [("停水", 2)]


def test_a_digest_asked_for_early_says_it_is_a_preview(tmp_path: Path) -> None:
    config = str(config_file(tmp_path))
    assert bot("tick", "--config", config, "--now", "2090-12-09T07:00", "--yes").returncode == 0
    early = bot("digest", "--config", config, "--date", "2090-12-08")
    assert early.returncode == 0, early.stderr
    assert early.stdout.splitlines()[0].count("预览") == 1 and "正式日报" in early.stdout
    assert bot("tick", "--config", config, "--now", "2090-12-09T09:00").returncode == 0
    issued = bot("digest", "--config", config, "--date", "2090-12-08")
    assert issued.returncode == 0 and "预览" not in issued.stdout, issued.stdout


def test_a_supervisor_asking_before_the_digest_time_gets_a_marked_preview(tmp_path: Path) -> None:
    from bot.actions import supervise
    from bot.actions.desk import Incoming
    from tests.followkit import SUPERVISOR as BOSS

    f = make_follow(tmp_path)
    f.create(cst(2026, 11, 25, 10, 0))
    for update, hour in ((1, 8), (2, 9)):  # [digest] time is 08:30
        supervise.show_digest(f.desk, Incoming(update_id=update, user_id=BOSS, chat_id=BOSS,
                                               chat_type="private", message_id=update), "",
                              cst(2026, 11, 26, hour, 0).astimezone(dt.UTC))
    early_text, early_chart, text, chart = f.sent(BOSS)
    assert "督办日报（预览）" in early_text["text"] and "这是预览" in early_text["text"]
    assert early_chart["caption"].endswith("（预览）")
    assert "预览" not in text["text"] and "预览" not in chart["caption"]
