"""An outside tester's findings on staff commands, each as its user met it, through real Bot API
updates: a unit's only staff member and a problem they reported themselves, and staff commands
reading a short ticket number as /status does."""

from __future__ import annotations

from bot.domain.permissions import Role
from tests.fuzzkit import SUPERVISOR, WATER_STAFF, Rig

REPORT = "我家楼下自来水管漏水好几天了"


def own_report(rig: Rig) -> dict:
    """Water's only staff member reports a leak at home, as a citizen."""
    rig.say(WATER_STAFF, REPORT)
    [ticket] = rig.tickets_of(WATER_STAFF)
    assert ticket["unit"] == "water"
    return ticket


# --- 1. a unit's only staff member and their own complaint -------------------------------------

def test_the_only_staff_member_handles_their_own_complaint_on_the_record(rig: Rig) -> None:
    ticket = own_report(rig)
    number = ticket["number"]
    [signed] = rig.answers(rig.say(WATER_STAFF, f"/accept {number}"))
    assert "已签收" in signed and "唯一的工作人员" in signed and "督查人员" in signed
    [row] = rig.tickets_of(WATER_STAFF)
    assert row["state"] == "accepted" and row["accepted_at"]
    assert [e["detail"] for e in rig.events(ticket["id"]) if e["action"] == "self_handled"] \
        == ["accept"]
    [told] = [m for m in rig.shown_to(SUPERVISOR) if "监督提示" in m]
    assert number in told and "县水务局" in told and "签收" in told
    [shown] = rig.answers(rig.say(WATER_STAFF, f"/show {number}"))
    assert "反映人本人办理" in shown
    [done] = rig.answers(rig.say(WATER_STAFF, f"/done {number} 已更换漏水管段"))
    assert "已办结" in done or "办结" in done
    assert rig.tickets_of(WATER_STAFF)[0]["state"] == "resolved"
    assert len([m for m in rig.shown_to(SUPERVISOR) if "监督提示" in m]) == 2


def test_the_only_staff_members_accept_button_works_on_their_own_complaint(rig: Rig) -> None:
    ticket = own_report(rig)
    rig.press(WATER_STAFF, f"acc:{ticket['id']}", WATER_STAFF)
    assert rig.tickets_of(WATER_STAFF)[0]["state"] == "accepted"
    assert any("监督提示" in m for m in rig.shown_to(SUPERVISOR))


def test_with_a_colleague_the_reporter_still_may_not_handle_it(rig: Rig) -> None:
    rig.bind(14, Role.STAFF, "water")
    ticket = own_report(rig)
    [refused] = rig.answers(rig.say(WATER_STAFF, f"/accept {ticket['number']}"))
    assert "本单位其他同事" in refused and "已签收" not in refused
    assert rig.tickets_of(WATER_STAFF)[0]["state"] == "new"
    assert not any("监督提示" in m for m in rig.shown_to(SUPERVISOR))


# --- 3. a short ticket number in staff commands -----------------------------------------------

def test_staff_commands_read_a_short_number_as_status_does(rig: Rig) -> None:
    citizen = rig.citizen()
    rig.say(citizen, "我们小区停水三天了，一直没人管")
    [ticket] = rig.tickets_of(citizen)
    sequence = ticket["number"].rpartition("-")[2]
    short = str(int(sequence))
    [status] = rig.answers(rig.say(citizen, f"/status {short}"))
    assert ticket["number"] in status
    [signed] = rig.answers(rig.say(WATER_STAFF, f"/accept {short}"))
    assert "已签收" in signed and ticket["number"] in signed
    assert rig.tickets_of(citizen)[0]["state"] == "accepted"
    [noted] = rig.answers(rig.say(WATER_STAFF, f"/note {sequence} 已派人查看"))
    assert ticket["number"] in noted
    # Another unit's staff do not find it by its sequence: the answer a missing number gets.
    rig.bind(12, Role.STAFF, "housing")
    [other] = rig.answers(rig.say(12, f"/show {short}"))
    assert ticket["number"] not in other and "用法" not in other


def test_a_short_number_finds_a_ticket_the_unit_passed_on_as_the_whole_one_does(rig: Rig) -> None:
    citizen = rig.citizen()
    rig.say(citizen, "我们小区停水三天了，一直没人管")
    [ticket] = rig.tickets_of(citizen)
    number = ticket["number"]
    [moved] = rig.answers(rig.say(WATER_STAFF, f"/transfer {number} housing 是小区物业管的二次供水"))
    assert "改派" in moved and rig.tickets_of(citizen)[0]["unit"] == "housing"
    short = str(int(number.rpartition("-")[2]))
    for command in ("accept", "show", "done"):
        tail = " 已处理" if command == "done" else ""
        [whole] = rig.answers(rig.say(WATER_STAFF, f"/{command} {number}{tail}"))
        for typed in (short, f"#{short}", number.rpartition("-")[2]):
            [answer] = rig.answers(rig.say(WATER_STAFF, f"/{command} {typed}{tail}"))
            assert answer == whole, (command, typed, answer)
        assert "转出" in whole and "住房和城乡建设局" in whole
    assert rig.tickets_of(citizen)[0]["state"] == "new"
    # Another unit that never held it still finds nothing by the short number.
    rig.bind(31, Role.STAFF, "power")
    [other] = rig.answers(rig.say(31, f"/accept {short}"))
    assert number not in other and "转出" not in other
