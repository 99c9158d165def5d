"""A unit told that a new ticket follows a citizen's earlier one (🔗) reads how that one ended:
closed as 默认满意 with no answer from the citizen, closed with what the citizen answered, or
still waiting for its 回访 — whatever linked them (the matter told again at its place, told
again after a 默认满意 closure, a reply to its message) — and the earlier one's unit, when
another, reads which unit has the new one (refs #10).

An outside tester: a matter told again within 7 days of a 默认满意 closure opened a new ticket
linked to it whose 🔗 note named the earlier result, not that it closed unanswered."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from bot.actions import followup
from bot.domain.permissions import Role
from tests.fuzzkit import WATER_STAFF, Rig, unit_chat
from tests.harness import by_day

URBAN_STAFF = 13


def _at(rig: Rig, moment: dt.datetime) -> None:
    rig.desk.store.advance_clock(moment)
    followup.run_due(rig.desk, moment.astimezone(dt.UTC))
    rig.check_outbox()


def _chat(rig: Rig, unit: str) -> int:
    return unit_chat(next(i for i, u in enumerate(rig.desk.config.units) if u.code == unit))


def _finished(rig: Rig, text: str, answer: str = "") -> tuple[int, dict[str, Any]]:
    """A water ticket signed and finished; its 回访 asked two days on and answered `answer`,
    or, with none, closed as 默认满意 three days later; or left waiting (answer "wait")."""
    user = rig.citizen()
    rig.say(user, text, name="老乡")
    [ticket] = rig.tickets_of(user)
    assert ticket["unit"] == "water", ticket
    rig.say(WATER_STAFF, f"/accept {ticket['number']}")
    rig.say(WATER_STAFF, f"/done {ticket['number']} 已抢修管道，恢复供水")
    asked = by_day(rig.desk.store.now() + dt.timedelta(days=2))
    if answer != "wait":
        _at(rig, asked)
        if answer:
            rig.say(user, answer, name="老乡")
        else:
            _at(rig, by_day(asked + dt.timedelta(days=3, hours=1)))
    return user, rig.tickets_of(user)[0]


def _note(rig: Rig, unit: str, number: str) -> str:
    [note] = [t for t in rig.shown_to(_chat(rig, unit)) if f"新工单 {number} 与该市民此前" in t]
    return note


def _new(rig: Rig, user: int) -> dict[str, Any]:
    rows = rig.tickets_of(user)
    assert len(rows) == 2, rows
    return rows[-1]


def test_a_matter_told_again_after_a_默认满意_closure_says_nobody_answered(rig: Rig) -> None:
    for retold in ("光明村又停水了，做饭都没水", "光明村的自来水又停了，一整天没有水"):
        user, old = _finished(rig, "光明村的自来水停了")
        assert (old["state"], old["rating"]) == ("closed", "default"), old
        rig.say(user, retold, name="老乡")
        new = _new(rig, user)
        note = _note(rig, "water", new["number"])
        assert old["number"] in note and "已抢修管道" in note, note
        assert "默认满意" in note and "未答复" in note, (retold, note)


def test_a_matter_told_again_after_a_rated_closure_says_what_the_citizen_answered(
        rig: Rig) -> None:
    user, old = _finished(rig, "光明村的自来水停了", "联系过了，解决了，满意")
    assert (old["state"], old["rating"]) == ("closed", "satisfied"), old
    rig.say(user, "光明村又停水了，做饭都没水", name="老乡")
    note = _note(rig, "water", _new(rig, user)["number"])
    assert "问题已解决" in note and "满意" in note and "默认满意" not in note, note


def test_a_reply_about_another_matter_names_both_units_and_how_the_first_ended(
        rig: Rig, tmp_path: Path) -> None:
    rig.bind(URBAN_STAFF, Role.STAFF, "urban")
    user, old = _finished(rig, "光明村的自来水停了")
    reply = rig.message(user, "俺家门口的路灯也坏了，晚上黑乎乎的", name="老乡",
                        reply_to_message=rig.bot_message(user, f"工单 {old['number']} 已销号"))
    rig.process("message", reply)
    new = _new(rig, user)
    assert new["unit"] != "water", new
    for unit in (new["unit"], "water"):
        note = _note(rig, unit, new["number"])
        assert "默认满意" in note and "未答复" in note, (unit, note)
    told_old = _note(rig, "water", new["number"])
    unit_name = next(u.name for u in rig.desk.config.units if u.code == new["unit"])
    assert f"新工单由{unit_name}办理" in told_old, told_old
    assert "此前由县水务局办理" in _note(rig, new["unit"], new["number"])


def test_a_reply_while_the_回访_waits_says_it_is_not_yet_answered(rig: Rig) -> None:
    user, old = _finished(rig, "光明村的自来水停了", "wait")
    assert old["state"] == "resolved", old
    reply = rig.message(user, "俺家门口的路灯也坏了，晚上黑乎乎的", name="老乡",
                        reply_to_message=rig.bot_message(user, f"工单 {old['number']} 已办结"))
    rig.process("message", reply)
    new = _new(rig, user)
    note = _note(rig, new["unit"], new["number"])
    assert "已办结，尚待回访" in note, note
