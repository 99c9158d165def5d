"""The same `/urge` or `/extend` sent again (refs #10; an outside tester): `/urge N 请三天内办结`
twice issued 督字第2号 and 第3号 (督办次数 2), and `/extend 4 5 理由` three times pushed the
supervisors 本申请替代此前待批的申请 each time. A repeat while the first still stands changes
nothing and says so: the urge names the notice in force and its 限期."""

from __future__ import annotations

from typing import Any

from tests.fuzzkit import SUPERVISOR, WATER_STAFF, Rig


def _water_ticket(rig: Rig) -> dict[str, Any]:
    user = rig.citizen()
    rig.say(user, "李家庄村停水两天了，做饭都没有水", name="老乡")
    [ticket] = rig.tickets_of(user)
    assert ticket["unit"] == "water", ticket
    return ticket


def _ticket(rig: Rig, ticket: dict[str, Any]) -> dict[str, Any]:
    [row] = rig.db.query("SELECT * FROM tickets WHERE id = ?", [ticket["id"]])
    return row


def test_the_same_urge_twice_issues_one_notice(rig: Rig) -> None:
    ticket = _water_ticket(rig)
    [first] = rig.answers(rig.say(SUPERVISOR, f"/urge {ticket['number']} 请三天内办结"))
    assert "督字" in first and "下发督办通知书" in first, first
    notice = first.split("下发督办通知书 ", 1)[1].split("，", 1)[0]
    limit = _ticket(rig, ticket)["urge_deadline"]
    notices = rig.shown_to(SUPERVISOR, "sup:urge")
    [again] = rig.answers(rig.say(SUPERVISOR, f"/urge {ticket['number']}  请三天内办结 "))
    assert notice in again and "未重复下发" in again and "限期办结" in again, again
    row = _ticket(rig, ticket)
    assert row["urge_count"] == 1 and row["urge_deadline"] == limit, row
    assert rig.shown_to(SUPERVISOR, "sup:urge") == notices
    # Other words are another 督办: issued.
    [other] = rig.answers(rig.say(SUPERVISOR, f"/urge {ticket['number']} 请尽快组织人员抢修并回复进展"))
    assert "下发督办通知书" in other and notice not in other, other
    assert _ticket(rig, ticket)["urge_count"] == 2


def test_the_same_extension_request_again_changes_nothing(rig: Rig) -> None:
    ticket = _water_ticket(rig)
    seen = len(rig.shown_to(SUPERVISOR))
    asked = [rig.answers(rig.say(WATER_STAFF, f"/extend {ticket['number']} 5 等管材到货"))[0]
             for _ in range(3)]
    assert "已提交" in asked[0], asked
    for again in asked[1:]:
        assert "已提交" not in again and "作废" not in again, again
        assert "相同" in again and "等待督查人员批准" in again, again
    pushed = rig.shown_to(SUPERVISOR)[seen:]
    assert len(pushed) == 1 and "替代" not in pushed[0], pushed
    extends = [e for e in rig.events(ticket["id"]) if e["action"] == "extend"]
    assert len(extends) == 1, extends
    # Other days are a new request: it replaces the one pending.
    [changed] = rig.answers(rig.say(WATER_STAFF, f"/extend {ticket['number']} 3 等管材到货"))
    assert "已提交" in changed and "作废" in changed, changed


def test_a_near_repeat_is_the_same_urge_and_the_same_extension(rig: Rig) -> None:
    """A trailing 。, full-width digits or other spaces do not make a new 督办 or 延期 request
    (outside tester, round 20)."""
    ticket = _water_ticket(rig)
    [first] = rig.answers(rig.say(SUPERVISOR, f"/urge {ticket['number']} 请3天内办结"))
    assert "下发督办通知书" in first, first
    for near in ("请3天内办结。", "请３天内办结", "请 3 天内　办结！"):
        [again] = rig.answers(rig.say(SUPERVISOR, f"/urge {ticket['number']} {near}"))
        assert "未重复下发" in again, (near, again)
    assert _ticket(rig, ticket)["urge_count"] == 1

    seen = len(rig.shown_to(SUPERVISOR))
    [asked] = rig.answers(rig.say(WATER_STAFF, f"/extend {ticket['number']} 5 等2批管材到货"))
    assert "已提交" in asked, asked
    for near in ("5 等2批管材到货。", "５ 等２批管材到货", "5  等2批 管材到货 。"):
        [again] = rig.answers(rig.say(WATER_STAFF, f"/extend {ticket['number']} {near}"))
        assert "已提交" not in again and "相同" in again, (near, again)
    assert len(rig.shown_to(SUPERVISOR)[seen:]) == 1
    assert len([e for e in rig.events(ticket["id"]) if e["action"] == "extend"]) == 1
