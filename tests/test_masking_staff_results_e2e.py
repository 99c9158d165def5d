"""A citizen named in staff's own result text is masked wherever others read it (refs #10).

An outside tester's month as supervisor: `/done … 经回访刘翠花等村民确认已恢复供水` showed 刘翠花 in
the unit group's push, the supervisor's /show, the ledger's 办理结果, the /publish draft headed
个人信息已隐去 and the channel post, while 车主刘翠花表示感谢 was masked. A name after what staff
did with the person (经回访, 联系到, 告知, 走访了) and before 等村民/等群众/等住户/一家 is a name."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.actions import followup
from bot.domain.privacy import mask, mask_public
from tests.fuzzkit import CHANNEL, SUPERVISOR, WATER_STAFF, Rig, ledger_csv, unit_chat
from tests.test_publish import draft

CST = ZoneInfo("Asia/Shanghai")

RESULTS = {
    "经回访刘翠花等村民确认已恢复供水": "刘翠花",
    "已告知王建国等群众停水原因，现已恢复供水": "王建国",
    "走访了李秀英等住户，管道已修复": "李秀英",
    "已联系到赵德明，恢复供水": "赵德明",
    "联系孙桂芝一家后更换了水表": "孙桂芝",
    "经回访周玉兰等居民，供水正常": "周玉兰",
}


@pytest.mark.parametrize("text", sorted(RESULTS))
def test_a_name_staff_wrote_beside_what_they_did_with_the_person_is_masked(text: str) -> None:
    name = RESULTS[text]
    assert name not in mask(text), mask(text)
    assert name not in mask_public(text), mask_public(text)


@pytest.mark.parametrize("text", ["已通知各村等村民代表参会", "联系自来水公司等单位，已恢复供水",
                                  "经回访群众确认已恢复供水", "告知李庄村等村民停水原因"])
def test_words_that_are_no_name_stay(text: str) -> None:
    assert mask(text) == text


def test_the_result_is_masked_for_the_group_the_supervisor_the_ledger_and_the_channel(
        rig: Rig, tmp_path: Path) -> None:
    user = rig.citizen()
    rig.say(user, "李庄村停水三天了，请尽快处理", name="老乡")
    [ticket] = rig.tickets_of(user)
    number = ticket["number"]
    rig.say(WATER_STAFF, f"/done {number} 经回访刘翠花等村民确认已恢复供水")
    group = "".join(rig.shown_to(unit_chat(0)))
    assert "已办结" in group and "刘翠花" not in group, group
    show = rig.answers(rig.say(SUPERVISOR, f"/show {number}"))
    assert "恢复供水" in "".join(show) and "刘翠花" not in "".join(show), show
    ledger = ledger_csv(rig, tmp_path)
    assert "恢复供水" in ledger and "刘翠花" not in ledger
    preview, (post, _) = draft(rig, number)
    assert "刘翠花" not in preview and "翠花" not in preview, preview
    rig.press(SUPERVISOR, post)
    [channel] = rig.shown_to(CHANNEL)
    assert "刘翠花" not in channel and "翠花" not in channel, channel


def test_the_phone_visit_shows_the_supervisors_the_result_masked(rig: Rig) -> None:
    """An offline demand's 回访 goes to the supervisors with the unit's result: masked too."""
    rig.say(WATER_STAFF, "/log 李庄村停水三天了，电话回访登记")
    [ticket] = rig.db.query("SELECT * FROM tickets")
    rig.say(WATER_STAFF, f"/done {ticket['number']} 经回访刘翠花等村民确认已恢复供水")
    asked = (rig.desk.store.now().astimezone(CST) + dt.timedelta(days=2)).replace(hour=10)
    followup.run_due(rig.desk, asked.astimezone(dt.UTC))
    visit = [t for t in rig.shown_to(SUPERVISOR) if "电话回访" in t]
    assert visit and "恢复供水" in visit[0] and "刘翠花" not in visit[0], visit


@pytest.mark.parametrize("text", ["经回访，刘翠花确认已恢复供水", "回访刘翠花等3户村民，均已恢复供水",
                                  "经入户走访，刘翠花家已恢复供水", "联系上刘翠花后更换水表"])
def test_more_ways_staff_write_whom_they_reached(text: str) -> None:
    assert "刘翠花" not in mask(text) and "刘翠花" not in mask_public(text), mask(text)


@pytest.mark.parametrize("text", ["联系王庄后已处理", "联系单位后已处理", "通知施工方后已修复",
                                  "经联系，施工方已进场", "经走访，周边群众反映", "经回访，三户均已恢复"])
def test_what_staff_reached_that_is_no_person_stays(text: str) -> None:
    assert mask(text) == text
