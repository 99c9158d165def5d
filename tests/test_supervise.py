"""Supervisors' commands in the domain: who may use them, what they answer, what they queue."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.actions import publish, supervise
from bot.actions.desk import Incoming
from bot.domain.calendar import Gap
from bot.domain.figures import Digest, UnitRates
from bot.domain.tickets import iso
from bot.store.db import Store
from tests.followkit import CHANNEL, SUPERVISOR, WATER_GROUP, Follow, cst, make_config, make_follow

NOW = cst(2026, 12, 3, 10, 0).astimezone(dt.UTC)
CONFIG = make_config(Path(__file__).parent)  # nothing is written there
_ids = itertools.count(1)


def _msg(user: int, chat_type: str = "private") -> Incoming:
    return Incoming(update_id=next(_ids), user_id=user, chat_id=user if chat_type == "private"
                    else -5, chat_type=chat_type, message_id=next(_ids))


@pytest.fixture
def f(tmp_path: Path) -> Follow:
    f = make_follow(tmp_path)
    late = f.create(cst(2026, 11, 23, 10, 0))  # due 11-30, overdue by 3 working days
    done = f.create(cst(2026, 11, 24, 10, 0), "我叫李四，电话13912345678，路口积水")
    f.accept(done, cst(2026, 11, 24, 11, 0))
    f.resolve(done, cst(2026, 11, 26, 10, 0), "已疏通下水道")
    assert late.number == "20261123-0001"
    return f


def test_overdue_lists_late_tickets_with_working_days(f: Follow) -> None:
    supervise.overdue(f.desk, _msg(SUPERVISOR), "", NOW)
    [text] = f.texts(SUPERVISOR)
    # Due Mon 11-30 at 18:00: Tue 12-1 and Wed 12-2 have passed, Thu 12-3 not yet.
    assert "20261123-0001" in text and "逾期 2 个工作日" in text and "共 1 件" in text


def test_overdue_by_less_than_a_working_day_says_so(f: Follow) -> None:
    # Due Mon 11-30 at 18:00; on Tue 12-1 at 10:00 it is late, by less than one working day.
    supervise.overdue(f.desk, _msg(SUPERVISOR), "", cst(2026, 12, 1, 10, 0).astimezone(dt.UTC))
    [text] = f.texts(SUPERVISOR)
    assert "20261123-0001" in text and "逾期不足 1 个工作日" in text and "逾期 0" not in text


def test_stats_shows_the_four_rates(f: Follow) -> None:
    supervise.stats(f.desk, _msg(SUPERVISOR), "30", NOW)
    [text] = f.texts(SUPERVISOR)
    assert "近 30 天" in text and "县水务局" in text and "按时办结率" in text
    supervise.stats(f.desk, _msg(SUPERVISOR), "abc", NOW)
    assert "用法" in f.texts(SUPERVISOR)[-1]


def test_stats_counts_what_happened_this_very_second(f: Follow) -> None:
    moment = NOW + dt.timedelta(milliseconds=300)  # stored as NOW, to the second
    f.resolve(f.accept(f.create(moment, unit="housing"), moment), moment)
    supervise.stats(f.desk, _msg(SUPERVISOR), "30", NOW + dt.timedelta(milliseconds=600))
    assert "县住建局：100.0% / — / — / 100.0%" in f.texts(SUPERVISOR)[-1]


def test_urge_issues_a_numbered_notice(f: Follow) -> None:
    supervise.urge(f.desk, _msg(SUPERVISOR), "20261123-0001", "请今日办结", NOW)
    assert "督字〔2026〕第1号" in f.texts(SUPERVISOR)[-1]
    notice = [t for t in f.texts(WATER_GROUP) if "督办通知书" in t][-1]
    assert "请今日办结" in notice
    assert f.row(1)["urge_count"] == 1
    supervise.urge(f.desk, _msg(SUPERVISOR), "20261124-0001", "x", NOW)  # resolved
    assert "无需督办" in f.texts(SUPERVISOR)[-1]


def test_an_urge_before_the_deadline_keeps_it_unless_it_orders_a_sooner_one(f: Follow) -> None:
    """A 督办 before the deadline leaves it (an approved 延期 stands) unless its text orders a
    sooner limit, which then is what the unit is reminded of and overdue against; past the
    deadline the original stays (the on-time rate holds)."""
    kept = f.create(cst(2026, 12, 3, 9, 0))  # due Thu 12-10 18:00 (5 working days)
    supervise.urge(f.desk, _msg(SUPERVISOR), kept.number, "请尽快办结", NOW)
    due = dt.datetime.fromisoformat(f.row(kept)["deadline"]).astimezone(cst(2026, 1, 1).tzinfo)
    assert due == cst(2026, 12, 10, 18, 0)
    fresh = f.create(cst(2026, 12, 3, 9, 0))
    supervise.urge(f.desk, _msg(SUPERVISOR), fresh.number, "请于2个工作日内办结", NOW)
    limit = dt.datetime.fromisoformat(f.row(fresh)["deadline"]).astimezone(cst(2026, 1, 1).tzinfo)
    assert limit == cst(2026, 12, 7, 18, 0)  # two working days after Thu 12-3: Mon 12-7
    assert f.row(fresh)["urge_deadline"] == f.row(fresh)["deadline"]
    notice = [t for t in f.texts(WATER_GROUP) if fresh.number in t and "督办通知书" in t][-1]
    assert "12月10日" not in notice and "12月7日 18:00" in notice
    f.tick(cst(2026, 12, 7, 18, 1))
    assert f.row(fresh)["overdue"] == 1 and f.row(kept)["overdue"] == 0
    late_deadline = f.row(1)["deadline"]
    supervise.urge(f.desk, _msg(SUPERVISOR), "20261123-0001", "请今日办结", NOW)
    assert f.row(1)["deadline"] == late_deadline


def _confirmed(f: Follow, number: str) -> None:
    """The ticket's citizen confirmed its result at the 回访 (only such a result is published)."""
    [row] = f.db.query("SELECT id FROM tickets WHERE number = ?", [number])
    at = cst(2026, 11, 27, 10, 0)
    f.act(row["id"], "close", at, closed_at=iso(at), rating="satisfied", rated_at=iso(at),
          solved=1, contacted=1)


def _press_publish(f: Follow) -> str:
    """发布 under the supervisor's last draft: the toast."""
    [ok, _] = [b["callback_data"] for b in f.sent(SUPERVISOR)[-1]["reply_markup"]
               ["inline_keyboard"][0]]
    return publish.decide(f.desk, _msg(SUPERVISOR), ok, NOW)


def test_publish_with_text_posts_it_masked_once(f: Follow) -> None:
    _confirmed(f, "20261124-0001")
    supervise.publish_ticket(f.desk, _msg(SUPERVISOR), "20261124-0001",
                             "县水务局为李四（13912345678）疏通了下水道，路口积水已排净", NOW)
    assert f.texts(CHANNEL) == []  # a draft first, shown as it will be posted
    assert _press_publish(f) == "已提交发布到《金来办、今天办》。"
    supervise.publish_ticket(f.desk, _msg(SUPERVISOR), "20261124-0001", "再发一次", NOW)
    [post] = f.texts(CHANNEL)
    # The clause naming someone goes whole: no 【姓名】 for the public.
    assert "李四" not in post and "13912345678" not in post and "【" not in post, post
    assert "疏通了下水道" not in post and "路口积水已排净" in post, post
    assert "已经发布过" in f.texts(SUPERVISOR)[-1]
    supervise.publish_ticket(f.desk, _msg(SUPERVISOR), "20261123-0001", "", NOW)
    assert "尚未办结" in f.texts(SUPERVISOR)[-1]


def test_publish_without_text_drafts_a_summary_and_posts_nothing(f: Follow) -> None:
    _confirmed(f, "20261124-0001")
    supervise.publish_ticket(f.desk, _msg(SUPERVISOR), "20261124-0001", "", NOW)
    assert f.texts(CHANNEL) == []
    [preview] = f.sent(SUPERVISOR)
    assert "草稿" in preview["text"] and "已疏通下水道" in preview["text"]
    assert "路口积水" not in preview["text"] and "李四" not in preview["text"]
    labels = [b["text"] for b in preview["reply_markup"]["inline_keyboard"][0]]
    assert labels == ["发布", "取消"]


def test_digest_on_demand_with_chart(f: Follow) -> None:
    supervise.show_digest(f.desk, _msg(SUPERVISOR), "", NOW)
    sent = f.sent(SUPERVISOR)
    assert "督办日报" in sent[0]["text"] and sent[1]["method"] == "sendDocument"


@pytest.mark.parametrize("user,chat", [(777, "private"), (SUPERVISOR, "supergroup")])
def test_others_and_groups_are_refused_alike(f: Follow, user: int, chat: str) -> None:
    msg = _msg(user, chat)
    for call in (lambda: supervise.overdue(f.desk, msg, "", NOW),
                 lambda: supervise.urge(f.desk, _msg(user, chat), "20261123-0001", "x", NOW),
                 lambda: supervise.urge(f.desk, _msg(user, chat), "20990101-0001", "x", NOW),
                 lambda: supervise.publish_ticket(f.desk, _msg(user, chat), "20261124-0001", "",
                                                  NOW)):
        call()
    answers = f.texts(msg.chat_id)
    asked = 4 if chat == "private" else 1  # a group the bot does not serve: one pointer, ever
    assert len(answers) == asked and len(set(answers)) == 1 and "仅供督查人员" in answers[0]
    assert f.texts(CHANNEL) == [] and f.row(1)["urge_count"] == 0


def test_stats_counts_misrouted_tickets_per_unit(f: Follow) -> None:
    from bot.store import tickets as repo

    with f.desk.store.atomic() as db:
        ticket = repo.by_number(db, "20261123-0001")
        assert ticket is not None
        repo.update(db, ticket, NOW - dt.timedelta(days=1), 11, "staff", "transfer",
                    {"unit": "housing"}, "不属于本单位职责", "water", "housing")
        # Sent back to the water bureau and passed on again: still one ticket it was wrong for.
        ticket = repo.update(db, ticket, NOW - dt.timedelta(hours=20), 12, "staff", "transfer",
                             {"unit": "water"}, "供水管网", "housing", "water")
        repo.update(db, ticket, NOW - dt.timedelta(hours=19), 11, "staff", "transfer",
                    {"unit": "housing"}, "不属于本单位职责", "water", "housing")
    supervise.stats(f.desk, _msg(SUPERVISOR), "30", NOW)
    assert "<b>分派不准（退单/改派）</b>：县水务局 1 件，县住建局 1 件" in f.texts(SUPERVISOR)[-1]


def test_hot_topics_are_whole_words(f: Follow) -> None:
    from bot.reports import digest

    for keywords in (["停电(挺电)", "欠", "跳闸"], ["停电", "吵"], ["停电", "跳闸"]):
        ticket = f.create(cst(2026, 11, 25, 10, 0))
        with f.desk.store.atomic() as db:
            db.table("tickets").update(ticket.id, {"keywords": json.dumps(keywords)})
    report = digest.build(f.db, f.desk.config, dt.date(2026, 11, 26), cst(2026, 11, 27, 8, 30))
    topics = {word: n for word, n, _ in report.topics}
    assert topics["停电"] == 3 and "跳闸" not in topics  # a ticket counts once, as its first
    assert not [word for word in topics if len(word) < 2 or "(" in word]


def test_hot_topics_tied_in_count_are_ordered_by_first_seen_then_by_word(f: Follow) -> None:
    """Ties are ordered the same way on every run (SPEC §5): more tickets first, then the
    topic first seen earlier in the week, then the word; never by the order rows or sets happen
    to come in (a ticket stored later may have been received earlier)."""
    from bot.reports import digest

    for keywords, day in ((["路灯", "噪音"], 25), (["井盖"], 25), (["路灯"], 26), (["井盖"], 26),
                          (["停电"], 25), (["停电"], 26), (["供暖", "暖气"], 24),
                          (["暖气", "供暖"], 25), (["下水道"], 23)):
        ticket = f.create(cst(2026, 11, day, 10, 0))
        with f.desk.store.atomic() as db:
            db.table("tickets").update(ticket.id, {"keywords": json.dumps(keywords)})
    report = digest.build(f.db, f.desk.config, dt.date(2026, 11, 26), cst(2026, 11, 27, 8, 30))
    # The fixture's two tickets (11-23, 11-24) are about 停水; a ticket counts once, under its
    # first topic, and a topic of one ticket (供暖, 暖气, 下水道, 噪音) is not hot.
    assert [(word, n) for word, n, _ in report.topics] == [
        ("停水", 2), ("井盖", 2), ("停电", 2), ("路灯", 2)]


def test_a_days_new_tickets_count_for_the_unit_that_held_them_that_day(f: Follow) -> None:
    """The audit log says where a ticket was: a 退单 the next day leaves the day's count alone."""
    from bot.reports import digest
    from bot.store import tickets as repo

    moved = f.create(cst(2026, 11, 25, 10, 0))
    with f.desk.store.atomic() as db:
        repo.update(db, moved, cst(2026, 11, 26, 9, 0).astimezone(dt.UTC), 11, "staff",
                    "transfer", {"unit": "hotline"}, "不属于本单位职责", "water", "hotline")
    report = digest.build(f.db, f.desk.config, dt.date(2026, 11, 25), cst(2026, 11, 26, 10, 0))
    assert report.unit_name("water") == "县水务局"
    assert {u.unit: u.new for u in report.units if u.new} == {"water": 1}
    later = digest.build(f.db, f.desk.config, dt.date(2026, 11, 26), cst(2026, 11, 27, 10, 0))
    assert later.new == 0


def test_a_digest_is_kept_as_issued_and_read_back_whole(f: Follow) -> None:
    from bot.reports import digest

    day = dt.date(2026, 11, 26)
    preview = digest.issued(f.desk.store, f.desk.config, day, cst(2026, 11, 27, 8, 0))
    assert f.db.execute("SELECT count(*) FROM meta WHERE key LIKE 'digest_issued:%'"
                        ).fetchone()[0] == 0  # before its time: a preview, not kept
    first = digest.issued(f.desk.store, f.desk.config, day, cst(2026, 11, 27, 8, 30))
    assert first == digest.build(f.db, f.desk.config, day, cst(2026, 11, 27, 8, 30))
    assert first.as_of != preview.as_of and first.rates and first.units
    f.create(cst(2026, 11, 26, 12, 0))  # a late entry changes nothing already issued
    again = digest.issued(f.desk.store, f.desk.config, day, cst(2026, 11, 30, 9, 0))
    assert again == first


def test_per_unit_figures_count_a_ticket_for_the_unit_holding_it_at_the_periods_end(
        f: Follow) -> None:
    """The digest's 新受理 and its 30-day table, and /stats, count a ticket for the unit that held
    it when the period ended: a 退单 after it moves nothing back; one before it moves everything."""
    from bot.reports import digest
    from bot.store import reports
    from bot.store import tickets as repo

    def transfer(number: str, at: dt.datetime, to: str) -> None:
        with f.desk.store.atomic() as db:
            ticket = repo.by_number(db, number)
            assert ticket is not None
            repo.update(db, ticket, at.astimezone(dt.UTC), 11, "staff", "transfer", {"unit": to},
                        "不属于本单位职责", ticket.unit, to)

    day = dt.date(2026, 11, 30)
    start, end = digest.day_bounds(day, f.desk.config)
    f.create(cst(2026, 11, 30, 9, 0), unit="housing")  # 20261130-0001, passed on next morning
    f.create(cst(2026, 11, 30, 10, 0), unit="housing")  # 20261130-0002, passed on that day
    transfer("20261130-0002", cst(2026, 11, 30, 15, 0), "urban")
    transfer("20261130-0001", cst(2026, 12, 1, 7, 0), "urban")
    transfer("20261123-0001", cst(2026, 12, 1, 7, 30), "urban")  # overdue at water on 11-30
    report = digest.build(f.db, f.desk.config, day, cst(2026, 12, 1, 8, 30))
    rates = reports.unit_rates(f.db, start - dt.timedelta(days=30), end, 24,
                               cst(2026, 12, 1, 8, 30))
    assert {u.unit: u.new for u in report.units if u.new} == {"housing": 1, "urban": 1}
    assert {code: r.received for code, r in rates.items() if r.received} == {
        "housing": 1, "urban": 1, "water": 2}
    assert rates["water"].open_overdue == 1 and rates.get("urban", UnitRates("urban")
                                                          ).open_overdue == 0


def test_the_digest_and_stats_say_when_and_by_which_unit_they_count(f: Follow) -> None:
    """A supervisor comparing the digest's table with /stats sees why they differ: one line in
    each says the moment counted to and that a ticket counts for the unit holding it then."""
    from bot.reports import digest
    from bot.texts import for_supervisors

    report = digest.build(f.db, f.desk.config, dt.date(2026, 12, 2), NOW)
    text = for_supervisors.digest(report)
    assert "统计截至12月2日24时，工单计入当时的承办单位" in text
    supervise.stats(f.desk, _msg(SUPERVISOR), "30", NOW)
    assert "统计截至12月3日 10:00，工单计入当时的承办单位" in f.texts(SUPERVISOR)[-1]
    today = digest.build(f.db, f.desk.config, dt.date(2026, 12, 3), NOW)  # a preview, before 24时
    assert "统计截至12月3日 10:00，" in for_supervisors.digest(today)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report=st.builds(
    Digest, day=st.dates(), late=st.booleans(),
    as_of=st.none() | st.datetimes(timezones=st.just(dt.timezone(dt.timedelta(hours=8)))),
    calendar_gap=st.none() | st.builds(Gap, st.dates(), st.booleans())))
def test_an_issued_digest_reads_back_exactly_as_it_was_kept(report: Digest) -> None:
    """Whatever a digest holds, the one kept as issued is the one every later reader gets."""
    from bot.reports import digest
    from bot.store import reports

    store = Store.memory()
    try:
        with store.atomic() as db:
            reports.keep_digest(db, report.day, digest.encode(report))
        assert digest.issued(store, CONFIG, report.day, NOW) == report
    finally:
        store.close()
