"""Staff flows on an in-memory store: transfers and what they teach, extensions, long replies."""

from __future__ import annotations

import datetime as dt
import json

from bot.actions import extensions, invites, staff, transfers
from bot.actions import views as staff_read
from bot.domain.permissions import Role
from bot.domain.tickets import iso
from bot.store import reports
from handlers import args as staff_args
from tests.staffkit import HOUSING_GROUP, NOW, WATER_GROUP, Kit, make_kit

CITIZEN, WATER, HOUSING, POWER, HOTLINE, SUPERVISOR = 1, 11, 21, 41, 31, 900


def kit_with_staff() -> Kit:
    kit = make_kit(supervisors=(SUPERVISOR,))
    for user, unit in ((WATER, "water"), (HOUSING, "housing"), (POWER, "power"),
                       (HOTLINE, "hotline")):
        kit.bind(user, Role.STAFF, unit)
    return kit


def test_third_bounce_goes_to_hotline_and_hotline_dispatch_starts_over() -> None:
    kit = kit_with_staff()
    number = kit.report(CITIZEN, "停水了")
    hop = [(WATER, "housing"), (HOUSING, "power"), (POWER, "water")]
    outcomes = [transfers.transfer(kit.desk, kit.msg(user), number, to, "不归我们", NOW)
                for user, to in hop]
    assert all(o.ok for o in outcomes)
    assert kit.ticket(number)["unit"] == "hotline" and "人工分拨" in outcomes[-1].text
    assert any("来回改派" in t for t in kit.sent_to(SUPERVISOR))
    # The hotline dispatches by hand; the count starts again for the receiving unit.
    assert transfers.transfer(kit.desk, kit.msg(HOTLINE), number, "water", "核实后归水务", NOW).ok
    assert kit.ticket(number)["unit"] == "water"
    assert transfers.transfer(kit.desk, kit.msg(WATER), number, "housing", "再议", NOW).ok
    assert kit.ticket(number)["unit"] == "housing"
    moves = [(e["old"], e["new"]) for e in kit.events(number) if e["action"] == "transfer"]
    assert moves == [("water", "housing"), ("housing", "power"), ("power", "hotline"),
                     ("hotline", "water"), ("water", "housing")]


def test_transfer_history_feeds_learn_and_stats() -> None:
    kit = kit_with_staff()
    # Three cuts told hours apart (within a minute, 停水 would be 停水了…'s telling again).
    settled = kit.report(CITIZEN, "停水了，其实是小区物业的加压泵坏了", NOW - dt.timedelta(hours=4))
    bouncing = kit.report(CITIZEN, "停水", NOW - dt.timedelta(hours=2))
    untouched = kit.report(CITIZEN, "又停水")
    transfers.transfer(kit.desk, kit.msg(WATER), settled, "housing", "物业设施", NOW)
    staff.accept(kit.desk, kit.msg(HOUSING), settled, NOW)
    transfers.transfer(kit.desk, kit.msg(WATER), bouncing, "power", "供电原因", NOW)
    records = transfers.history(kit.db)
    assert [(r.number, r.from_unit, r.to_unit, r.reason) for r in records] == [
        (settled, "water", "housing", "物业设施"), (bouncing, "water", "power", "供电原因")]
    assert records[0].text == "停水了，其实是小区物业的加压泵坏了"
    assert transfers.labelled_rows(kit.db) == [("停水了，其实是小区物业的加压泵坏了", "housing")]
    assert transfers.transfers_by_unit(kit.db) == {"water": 2}
    assert transfers.transfers_by_unit(kit.db, NOW + dt.timedelta(days=1)) == {}
    assert untouched not in {r.number for r in records}


def test_transfer_needs_a_known_other_unit_and_an_open_ticket() -> None:
    kit = kit_with_staff()
    number = kit.report(CITIZEN, "停水了")
    unknown = transfers.transfer(kit.desk, kit.msg(WATER), number, "nowhere", "x", NOW)
    assert not unknown.ok and "housing" in unknown.text and "县住建局" in unknown.text
    assert not transfers.transfer(kit.desk, kit.msg(WATER), number, "water", "x", NOW).ok
    staff.done(kit.desk, kit.msg(WATER), number, "好了", NOW)
    late = transfers.transfer(kit.desk, kit.msg(WATER), number, "housing", "x", NOW)
    assert not late.ok and "不能改派" in late.text


def test_extension_moves_the_deadline_only_when_approved() -> None:
    kit = kit_with_staff()
    number = kit.report(CITIZEN, "停水了")
    deadline = kit.ticket(number)["deadline"]
    assert extensions.extend(kit.desk, kit.msg(WATER), number, 2, "需更换管道", NOW).ok
    assert kit.ticket(number)["deadline"] == deadline
    assert any("/approve" in t for t in kit.sent_to(SUPERVISOR))
    assert not any("延至" in t for t in kit.sent_to(CITIZEN))
    assert not extensions.extend(kit.desk, kit.msg(WATER), number, 0, "x", NOW).ok
    approved = extensions.approve(kit.desk, kit.msg(SUPERVISOR), number, NOW)
    assert approved.ok
    row = kit.ticket(number)
    # Due Wednesday 2 Dec at close of business; two working days later is Friday 4 Dec 18:00.
    assert row["deadline"] == iso(dt.datetime(2026, 12, 4, 10, 0, tzinfo=dt.UTC))
    assert row["extension_days"] == 0
    assert any("12月4日" in t and "延至" in t for t in kit.sent_to(CITIZEN))
    again = extensions.approve(kit.desk, kit.msg(SUPERVISOR), number, NOW)
    assert not again.ok and "没有待批准" in again.text


def test_a_later_extension_request_replaces_the_pending_one_in_the_open() -> None:
    kit = kit_with_staff()
    number = kit.report(CITIZEN, "停水了")
    first = extensions.extend(kit.desk, kit.msg(WATER), number, 3, "协调施工队", NOW)
    assert first.ok and "作废" not in first.text
    second = extensions.extend(kit.desk, kit.msg(WATER), number, 5, "主管道需整体更换", NOW)
    assert "此前待批的申请（延期 3 个工作日）已作废" in second.text
    asks = [t for t in kit.sent_to(SUPERVISOR) if "/approve" in t]
    assert asks[0].endswith(f"同意延期 3 个工作日请发 /approve {number}")
    assert "替代此前待批的申请（延期 3 个工作日）" in asks[1]
    assert asks[1].endswith(f"同意延期 5 个工作日请发 /approve {number}")
    shown = staff_read.show(kit.desk, kit.msg(WATER), number, NOW).text
    assert "待批延期</b>：延期 5 个工作日：主管道需整体更换" in shown
    approved = extensions.approve(kit.desk, kit.msg(SUPERVISOR), number, NOW)
    assert "（延期 5 个工作日）" in approved.text
    assert any("已获批准（延期 5 个工作日）" in t for t in kit.sent_to(WATER_GROUP))
    extend, approve = [e for e in kit.events(number) if e["action"] in ("extend", "approve")][1:]
    assert (extend["old"], extend["new"], approve["detail"]) == ("3", "5", "5")
    shown = staff_read.show(kit.desk, kit.msg(WATER), number, NOW).text
    assert "延期获批：延期 5 个工作日，新的办理时限：12月9日 18:00" in shown


def test_done_and_project_sign_a_ticket_nobody_signed() -> None:
    kit = kit_with_staff()
    # Two cuts an hour apart (in the same second, 又停水了 would tell 停水了 again: one ticket).
    done = kit.report(CITIZEN, "停水了", NOW - dt.timedelta(hours=1))
    project = kit.report(CITIZEN, "又停水了")
    later = NOW + dt.timedelta(hours=2)
    assert staff.done(kit.desk, kit.msg(WATER), done, "已修复", later).ok
    assert extensions.project(kit.desk, kit.msg(WATER), project, "改造", "两期", "2026-11-30",
                              later).ok
    for number in (done, project):
        assert kit.ticket(number)["accepted_at"] == iso(later)
        assert ("accept", WATER) in [(e["action"], e["actor_id"]) for e in kit.events(number)]
    rates = reports.unit_rates(kit.db, NOW - dt.timedelta(days=1), later + dt.timedelta(days=2),
                               kit.desk.config.deadlines.accept_hours,
                               later + dt.timedelta(days=2))
    assert (rates["water"].dispatched, rates["water"].responded) == (2, 2)


def test_project_records_measures_plan_and_deadline() -> None:
    kit = kit_with_staff()
    number = kit.report(CITIZEN, "停水了")
    past = extensions.project(kit.desk, kit.msg(WATER), number, "a", "b", "2020-01-01", NOW)
    assert not past.ok and "已经过去" in past.text
    deadline = kit.ticket(number)["deadline"]
    answer = extensions.project(kit.desk, kit.msg(WATER), number, "改造", "两期", "2026-12-31", NOW)
    assert answer.ok and "批准后生效" in answer.text
    row = kit.ticket(number)
    assert (row["project"], row["measures"], row["plan"]) == (1, "改造", "两期")
    # A later completion date is an extension request: the deadline stays until /approve.
    assert row["deadline"] == deadline and row["extension_until"].startswith("2026-12-31T10:00")
    assert any("实事项目" in t and "12月31日" in t and "待督查部门批准" in t
               for t in kit.sent_to(CITIZEN))
    assert any("/approve" in t and "12月31日" in t for t in kit.sent_to(SUPERVISOR))
    assert extensions.approve(kit.desk, kit.msg(SUPERVISOR), number, NOW).ok
    row = kit.ticket(number)
    # By the end of that working day (18:00 county time).
    assert row["deadline"].startswith("2026-12-31T10:00") and row["extension_until"] is None
    assert any("延至 2026年12月31日" in t for t in kit.sent_to(CITIZEN))
    listing = staff_read.list_tickets(kit.desk, kit.msg(WATER), "", NOW)
    assert "12月31日 18:00" in listing.text


def test_project_on_an_overdue_ticket_stays_overdue_until_approved() -> None:
    kit = kit_with_staff()
    number = kit.report(CITIZEN, "停水了", NOW - dt.timedelta(days=30))
    with kit.desk.store.atomic() as db:
        db.execute("UPDATE tickets SET overdue = 1 WHERE number = ?", [number])
    assert extensions.project(kit.desk, kit.msg(WATER), number, "改造", "两期", "2026-12-31",
                              NOW).ok
    row = kit.ticket(number)
    assert row["overdue"] == 1 and row["deadline"] < iso(NOW) and row["project"] == 1
    assert extensions.extend(kit.desk, kit.msg(WATER), number, 3, "再等等", NOW).ok
    assert kit.ticket(number)["extension_until"] is None  # a new request replaces the old


def test_long_replies_are_split_for_telegram() -> None:
    kit = kit_with_staff()
    number = kit.report(CITIZEN, "停水了")
    text = "答复内容很长。" * 700  # ~4900 characters, over Telegram's 4096
    assert staff.reply(kit.desk, kit.msg(WATER), number, text, NOW).ok
    parts = [t for t in kit.sent_to(CITIZEN) if "答复内容" in t]
    assert len(parts) == 2 and all(len(p) <= 4096 for p in parts)
    assert kit.ticket(number)["state"] == "accepted"  # replying to a new ticket signs it


def test_list_filters_and_bad_filters() -> None:
    kit = kit_with_staff()
    number = kit.report(CITIZEN, "停水了")
    staff.accept(kit.desk, kit.msg(WATER), number, NOW)
    assert number in staff_read.list_tickets(kit.desk, kit.msg(WATER), "accepted", NOW).text
    assert number not in staff_read.list_tickets(kit.desk, kit.msg(WATER), "new", NOW).text
    assert number in staff_read.list_tickets(kit.desk, kit.msg(SUPERVISOR), "all", NOW).text
    assert staff_args.parse(("filter",), "bogus") is None


def test_argument_shapes() -> None:
    parse = staff_args.parse
    assert parse(("number",), "20261125-0001") == ["20261125-0001"]
    assert parse(("number",), "20261125-0001 extra") is None
    assert parse(("number",), "12345") == ["12345"]  # a daily sequence, read as /status reads it
    assert parse(("number",), "1234567") is None and parse(("number",), "一") is None
    assert parse(("number", "text"), "20261125-0001 第一行\n第二行") == \
        ["20261125-0001", "第一行\n第二行"]
    assert parse(("number", "text"), "20261125-0001") is None
    # Punctuation or an emoji is no result: `/done 6 .` reached the citizen as 办理结果：. .
    for said in (".", "。。。", "👍", "……", "- -"):
        assert parse(("number", "text"), f"20261125-0001 {said}") is None, said
        assert parse(("number", "unit", "text"), f"20261125-0001 housing {said}") is None, said
    assert parse(("number", "text"), "20261125-0001 OK") == ["20261125-0001", "OK"]
    assert parse(("number", "plan"), "20261125-0001 修路｜。｜2026-12-31") is None
    # The unit as typed (echoed so when it names none; /transfer reads a code in any case).
    assert parse(("number", "unit", "text"), "20261125-0001 Housing 管道归住建") == \
        ["20261125-0001", "Housing", "管道归住建"]
    assert parse(("number", "days", "text"), "20261125-0001 3 等配件") == ["20261125-0001", 3, "等配件"]
    # What a Chinese input method types in full width counts as the same digits.
    assert parse(("number", "days", "text"), "20261125-0001 ３ 等配件") == ["20261125-0001", 3, "等配件"]
    assert parse(("number",), "２０２６１１２５－０００１") == ["20261125-0001"]
    assert parse(("number", "plan"), "20261125-0001 修路｜两期｜２０２６－１２－３１")[-1] == \
        "2026-12-31"
    assert parse(("number", "days", "text"), "20261125-0001 ① 等配件") == ["20261125-0001", 1, "等配件"]
    assert parse(("number", "plan"), "20261125-0001 修路 ｜ 两期 | 2026-12-31") == \
        ["20261125-0001", "修路", "两期", "2026-12-31"]
    assert parse(("number", "plan"), "20261125-0001 修路 | 2026-12-31") is None
    assert parse(("filter",), "") == [""]
    # /my's page: 1 when not given, typed any way a digit is, never 0 or a word.
    assert parse(("page",), "") == [1] and parse(("page",), "2") == [2]
    assert parse(("page",), "３") == [3]
    assert parse(("page",), "0") is None and parse(("page",), "下一页") is None
    assert parse(("page",), "9" * 23) == [int("9" * 23)]  # answered as past the last page
    assert parse(("page",), "2 3") is None


def test_leave_releases_staff_and_a_moved_member_no_longer_follows_old_demands() -> None:
    kit = kit_with_staff()
    assert staff.log_offline(kit.desk, kit.msg(WATER), "走访：村里停水三天了", NOW).ok
    [number] = [r["number"] for r in kit.db.query("SELECT number FROM tickets")]
    assert staff_read.show(kit.desk, kit.msg(WATER), number, NOW).ok
    # WATER moves to the housing bureau: leaves, then joins there.
    assert "已解除" in invites.leave(kit.desk, kit.msg(WATER), NOW)
    assert any("已解除" in t for t in kit.sent_to(SUPERVISOR))
    assert not staff.accept(kit.desk, kit.msg(WATER), number, NOW).ok  # a citizen now
    kit.bind(WATER, Role.STAFF, "housing")
    assert not staff_read.show(kit.desk, kit.msg(WATER), number, NOW).ok
    assert "没有绑定" in invites.leave(kit.desk, kit.msg(CITIZEN), NOW)
    assert "管理员" in invites.leave(kit.desk, kit.msg(SUPERVISOR), NOW)
    assert "私聊" in invites.leave(kit.desk, kit.msg(HOUSING, chat_id=-5), NOW)


def test_a_message_about_two_problems_tells_the_unit_who_else_it_concerns() -> None:
    kit = kit_with_staff()
    number = kit.report(CITIZEN, "停水三天了，物业也不管")
    [push] = [t for t in kit.sent_to(WATER_GROUP) if "新工单" in t]
    assert number in push and "另涉及：县住建局" in push


def test_a_ticket_sent_on_still_tells_its_new_unit_who_else_it_concerns() -> None:
    """The other units are kept from the ticket's routing (not routed again) and named on every
    push to a unit, never the unit itself."""
    kit = kit_with_staff()
    number = kit.report(CITIZEN, "停水三天了，物业也不管")
    [also] = [r["also"] for r in kit.db.query("SELECT also FROM tickets")]
    assert json.loads(also) == ["housing"]
    assert transfers.transfer(kit.desk, kit.msg(WATER), number, "housing", "先查物业", NOW).ok
    [there] = [t for t in kit.sent_to(HOUSING_GROUP) if number in t and "新工单" in t]
    assert "另涉及" not in there
    assert transfers.transfer(kit.desk, kit.msg(HOUSING), number, "water", "管网问题", NOW).ok
    back = [t for t in kit.sent_to(WATER_GROUP) if number in t and "新工单" in t]
    assert len(back) == 2 and "另涉及：县住建局" in back[-1]



def test_a_unit_the_citizen_picked_is_told_so_and_the_hotline_that_it_left() -> None:
    from bot.actions import citizen as intake

    kit = kit_with_staff()
    number = kit.report(CITIZEN, "我想反映个情况，领导们踢皮球，找谁都不管")
    ticket = kit.ticket(number)
    assert ticket["unit"] == "hotline"
    intake.pick_unit(kit.desk, 990001, CITIZEN, ticket["id"], "water", NOW)
    [push] = [t for t in kit.sent_to(WATER) if "新工单" in t]
    assert number in push and "由市民自行选择本单位" in push
    assert any(number in t and "市民自行选择转至县水务局" in t for t in kit.sent_to(HOTLINE))


def test_the_same_words_again_soon_join_the_ticket_they_opened() -> None:
    from bot.actions import citizen as intake

    kit = kit_with_staff()
    number = kit.report(CITIZEN, "小区停水三天了！")
    for minutes in (1, 30):  # pasted again, or sent again while waiting
        intake.receive(kit.desk, kit.msg(CITIZEN, "小区 停水三天了"),
                       NOW + dt.timedelta(minutes=minutes))
    assert [r["number"] for r in kit.db.query("SELECT number FROM tickets")] == [number]
    repeat = kit.sent_to(CITIZEN)[-1]
    assert "已经反映过同样的内容" in repeat and number in repeat
    assert [e["action"] for e in kit.db.query(
        "SELECT action FROM events WHERE action = 'repeated'")] == ["repeated", "repeated"]
    # New words, or the same words well after the last report, are a new report.
    kit.report(CITIZEN, "小区停水三天了，今天水管还爆了", NOW + dt.timedelta(minutes=40))
    kit.report(2, "小区停水三天了！", NOW + dt.timedelta(minutes=41))  # a neighbour
    kit.report(CITIZEN, "小区停水三天了！", NOW + dt.timedelta(hours=3))
    assert kit.db.execute("SELECT count(*) FROM tickets").fetchone()[0] == 4


def test_staff_who_are_their_units_only_chat_report_for_themselves() -> None:
    """The power unit has no group and one clerk, who reports a cut at home: no push to the
    clerk (its buttons would refuse them), and the supervisors learn nobody at the unit was
    told; the clerk is answered as a citizen."""
    kit = kit_with_staff()
    number = kit.report(POWER, "家里停电一整天了")
    assert kit.ticket(number)["unit"] == "power"
    [ack] = kit.sent_to(POWER)
    assert number in ack and "新工单" not in ack
    [notice] = kit.sent_to(SUPERVISOR)
    assert "县供电公司" in notice and number in notice and "没有可送达" in notice
