"""Outside testers' findings (#10), each as its user met it, through real Bot API updates: a unit
removed from the config, a unit's only staff member and their own /log, a ticket just passed on,
buttons already used, a citizen typing a staff command, and who looked up a citizen's phone."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.domain.permissions import Role
from bot.reports import digest
from tests.fuzzkit import SUPERVISOR, WATER_STAFF, Rig, start_rig, stop_rig, unit_chat
from tests.publishkit import confirmed

HOTLINE_STAFF = 13
HOUSING_STAFF = 12
HOUSING = "县住房和城乡建设局"


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    rig = start_rig(tmp_path)
    rig.bind(HOUSING_STAFF, Role.STAFF, "housing")
    rig.bind(HOTLINE_STAFF, Role.STAFF, "hotline")
    yield rig
    stop_rig(rig)


def water_ticket(rig: Rig, text: str = "我们小区停水三天了，一直没人管") -> tuple[int, dict]:
    user = rig.citizen()
    rig.say(user, text)
    [ticket] = rig.tickets_of(user)
    assert ticket["unit"] == "water"
    return user, ticket


def group_of(rig: Rig, code: str) -> int:
    return unit_chat(next(i for i, u in enumerate(rig.desk.config.units) if u.code == code))


def edits(rig: Rig, chat: int) -> list[dict]:
    """Edits queued for a chat: (method, params) of every message the bot changes."""
    return [{"method": r["method"], **json.loads(r["params"])} for r in rig.db.query(
        "SELECT method, params FROM outbox WHERE chat_id = ? AND method LIKE 'edit%'"
        " ORDER BY id", [chat])]


# --- 1. a unit removed from the config while tickets still name it ------------------------------

def test_a_removed_units_tickets_are_labelled_and_held_by_the_hotline(rig: Rig) -> None:
    user, ticket = water_ticket(rig)
    number = ticket["number"]
    config, hotline_group = rig.desk.config, group_of(rig, "hotline")
    rig.desk.config = dataclasses.replace(
        config, units=tuple(u for u in config.units if u.code != "water"))
    [status] = rig.answers(rig.say(user, f"/status {number}"))
    assert "已撤销的单位（water）" in status
    [listed] = rig.answers(rig.say(HOTLINE_STAFF, "/list"))
    assert number in listed and "已撤销的单位（water）" in listed
    [shown] = rig.answers(rig.say(HOTLINE_STAFF, f"/show {number}"))
    assert "已撤销的单位（water）" in shown
    # Supervisors find it among the items awaiting manual dispatch.
    now = rig.desk.now()
    report = digest.build(rig.db, rig.desk.config, now.date(), now)
    assert number in [n for n, _ in report.dispatch] and report.dispatch_total == 1
    # What the unit would be told reaches the hotline, which holds the ticket now.
    rig.say(SUPERVISOR, f"/urge {number} 请尽快明确责任单位")
    assert any(number in text and "督办" in text for text in rig.shown_to(hotline_group))
    [moved] = rig.answers(rig.say(HOTLINE_STAFF, f"/transfer {number} housing 供水划归住建"))
    assert HOUSING in moved
    assert rig.tickets_of(user)[0]["unit"] == "housing"
    assert any(number in text for text in rig.shown_to(HOUSING_STAFF))


# --- 3. a unit's only staff member and the demand they logged ----------------------------------

def test_the_only_staff_of_a_unit_signs_their_own_log_and_it_is_recorded(rig: Rig) -> None:
    [logged] = rig.answers(rig.say(WATER_STAFF, "/log 东关村停水两天，村民电话反映"))
    assert "可由您本人签收" in logged and "登记人本人不签收" not in logged
    [ticket] = list(rig.db.query("SELECT * FROM tickets WHERE logged_by = ?", [WATER_STAFF]))
    number = ticket["number"]
    [signed] = rig.answers(rig.say(WATER_STAFF, f"/accept {number}"))
    assert "已签收" in signed, signed
    actions = [e["action"] for e in rig.events(ticket["id"])]
    assert "accept" in actions and "self_signed" in actions
    [shown] = rig.answers(rig.say(WATER_STAFF, f"/show {number}"))
    assert "本单位没有其他工作人员" in shown


def test_with_a_colleague_in_the_unit_the_logger_still_may_not_sign(rig: Rig) -> None:
    rig.bind(14, Role.STAFF, "water")
    [logged] = rig.answers(rig.say(WATER_STAFF, "/log 东关村停水两天，村民电话反映"))
    assert "登记人本人不签收" in logged
    [ticket] = list(rig.db.query("SELECT * FROM tickets WHERE logged_by = ?", [WATER_STAFF]))
    [refused] = rig.answers(rig.say(WATER_STAFF, f"/accept {ticket['number']}"))
    assert "已签收" not in refused
    assert [r["state"] for r in rig.db.query("SELECT state FROM tickets")] == ["new"]


# --- 4. acting on a ticket just passed on ------------------------------------------------------

def test_acting_on_a_ticket_passed_on_says_where_it_went(rig: Rig) -> None:
    _, ticket = water_ticket(rig)
    number = ticket["number"]
    rig.say(WATER_STAFF, f"/transfer {number} housing 属于物业维修范围")
    [late] = rig.answers(rig.say(WATER_STAFF, f"/accept {number}"))
    assert HOUSING in late and number in late
    toast = rig.press(WATER_STAFF, f"acc:{ticket['id']}", group_of(rig, "water"))
    assert HOUSING in toast
    # Someone who never held it learns nothing.
    [other] = rig.answers(rig.say(HOTLINE_STAFF, f"/accept {number}"))
    assert HOUSING not in other


# --- 5. buttons once used ----------------------------------------------------------------------

def test_the_accept_button_goes_from_every_copy_of_the_push_once_used(rig: Rig) -> None:
    _, ticket = water_ticket(rig)
    group = group_of(rig, "water")
    # The pushes were delivered: Telegram gave them message ids.
    rig.db.execute("UPDATE outbox SET state = 'sent', message_id = 500 + id"
                   " WHERE dedupe_key LIKE ?", [f"unit:{ticket['id']}:new:%"])
    pushes = {r["chat_id"]: r["message_id"] for r in rig.db.query(
        "SELECT chat_id, message_id FROM outbox WHERE dedupe_key LIKE ?",
        [f"unit:{ticket['id']}:new:%"])}
    assert set(pushes) == {group, WATER_STAFF}
    rig.press(WATER_STAFF, f"acc:{ticket['id']}", group)
    assert rig.tickets_of(ticket["citizen_id"])[0]["state"] == "accepted"
    for chat, message_id in pushes.items():
        assert {(e["method"], e["message_id"]) for e in edits(rig, chat)} >= {
            ("editMessageText", message_id)}, chat  # who signed, in place of the call to sign
    # The message pressed on loses its buttons too; each message is edited once.
    assert len({e["message_id"] for e in edits(rig, group)} - {pushes[group]}) == 1
    assert len(edits(rig, group)) == 2 and len(edits(rig, WATER_STAFF)) == 1
    rig.press(WATER_STAFF, f"acc:{ticket['id']}", WATER_STAFF)  # an old copy, pressed late
    assert len(edits(rig, WATER_STAFF)) == 2


def test_the_publish_buttons_go_once_the_draft_is_decided(rig: Rig) -> None:
    _, ticket = water_ticket(rig)
    rig.say(WATER_STAFF, f"/done {ticket['number']} 已抢修管道，恢复供水")
    confirmed(rig, ticket["number"])  # published only once its citizen confirmed it
    rig.say(SUPERVISOR, f"/publish {ticket['number']}")
    [draft] = list(rig.db.query("SELECT id FROM publish_drafts"))
    rig.press(SUPERVISOR, f"pub:no:{draft['id']}")
    assert [e["method"] for e in edits(rig, SUPERVISOR)] == ["editMessageReplyMarkup"]


# --- 6. a citizen typing /show ------------------------------------------------------------------

def test_a_citizen_typing_show_is_pointed_to_status(rig: Rig) -> None:
    user, ticket = water_ticket(rig)
    [answer] = rig.answers(rig.say(user, f"/show {ticket['number']}"))
    # The one gate's words, the number not echoed (bot.actions.gate).
    assert "/status 工单编号" in answer and ticket["number"] not in answer
    [bare] = rig.answers(rig.say(user, "/show"))
    assert bare == answer  # its usage line is not the citizen's either
    [missing] = rig.answers(rig.say(user, "/show 20991231-0001"))
    assert missing == answer  # no probing


# --- 7. who looked up the citizen's phone --------------------------------------------------------

def test_the_contact_viewers_name_is_masked_where_others_read_it(rig: Rig) -> None:
    user, ticket = water_ticket(rig, "小区停水三天了，有事打139 0021 0021")
    rig.say(WATER_STAFF, f"/contact {ticket['number']}", name="王科员 13912345678")
    [shown] = rig.answers(rig.say(SUPERVISOR, f"/show {ticket['number']}"))
    assert "查看市民电话" in shown and "13912345678" not in shown
    assert not any("13912345678" in text for text in rig.shown_to(user))
