"""T24 finding 18: the supervisors' phone 回访 of a citizen the bot can no longer write to quoted a
3,800-character letter whole. It quotes a few lines of it, and says where the whole letter is
(/show); a short report is quoted whole, with no such note."""

from __future__ import annotations

import datetime as dt

from bot.actions import followup, staff, unreachable
from bot.domain.permissions import Role
from tests.staffkit import NOW, Kit, make_kit

CITIZEN, OTHER, WATER, SUPERVISOR = 5003, 5004, 7003, 900
OPENING = "尊敬的县领导，您好！俺是城东社区的一名退休职工，"
MATTER = "我们小区从上个月起隔三岔五停水，每次一停就是大半天，"
STORY = "家里老人做饭洗漱都成问题，找过物业也找过社区，每次都说再等等，可一等就是好几天。"


def _phone_visit(kit: Kit, citizen: int, text: str) -> tuple[str, str]:
    number = kit.report(citizen, text)
    assert staff.done(kit.desk, kit.msg(WATER), number, "已更换阀门，恢复供水", NOW).ok
    with kit.desk.store.atomic() as db:
        unreachable.citizen_gone(kit.desk, db, citizen, "blocked", NOW + dt.timedelta(hours=1))
    followup.run_due(kit.desk, NOW + dt.timedelta(hours=25))  # its 回访 is due: by phone
    asked = [t for t in kit.sent_to(SUPERVISOR) if "电话回访" in t and number in t]
    assert asked, kit.sent_to(SUPERVISOR)
    return number, asked[-1]


def test_a_long_letter_is_quoted_in_a_few_lines_with_where_the_rest_is() -> None:
    kit = make_kit((SUPERVISOR,))
    kit.bind(WATER, Role.STAFF, "water")
    letter = OPENING + MATTER + STORY * 100
    assert len(letter) > 3800
    number, asked = _phone_visit(kit, CITIZEN, letter)
    said = next(line for line in asked.split("\n") if line.startswith("诉求内容："))
    assert len(said) < 160 and MATTER[:8] in said and STORY[:8] in said, said
    assert f"/show {number}" in said and "摘录" in said
    assert len(asked) < 700, len(asked)


def test_a_short_report_is_quoted_whole() -> None:
    kit = make_kit((SUPERVISOR,))
    kit.bind(WATER, Role.STAFF, "water")
    _, asked = _phone_visit(kit, OTHER, "我家小区停水两天了，一直没人管")
    assert "诉求内容：我家小区停水两天了，一直没人管\n" in asked and "摘录" not in asked
