"""A report edited into words that only take it back (T21 finding 9: 算了，不反映了 became the whole
诉求内容 of an open ticket, and its unit was told so), through the real handlers and the fake Bot
API: the report keeps its words, the citizen is offered the 撤回 button words to withdraw get, and
the unit is told nothing new; an edit that still tells a matter updates the ticket as before."""

from __future__ import annotations

import time
from typing import Any

import pytest

from tests.fuzzkit import Rig, unit_chat

REPORT = "房东扣着俺租房的押金两千块，说好退房就还，拖了俩月了"


def _edit(rig: Rig, message: dict[str, Any], text: str) -> list[dict[str, Any]]:
    """The bot's answers to the edit, as sent: text and buttons."""
    update = rig.process("edited_message", {**message, "text": text,
                                            "edit_date": int(time.time())})
    return [{"text": t, "params": r["params"]} for t, r in zip(rig.answers(update), rig.db.query(
        "SELECT params FROM outbox WHERE dedupe_key LIKE ? ORDER BY id", [f"re:{update}:%"]),
        strict=True)]


def _unit_chat(rig: Rig, ticket: dict[str, Any]) -> int:
    return unit_chat(next(i for i, u in enumerate(rig.desk.config.units)
                          if u.code == ticket["unit"]))


@pytest.mark.parametrize("words", ["算了，不反映了", "不用了，已经好了", "never mind, cancel it"])
def test_a_report_edited_to_take_it_back_is_kept_and_offered_to_withdraw(
    rig: Rig, words: str
) -> None:
    user = rig.citizen()
    message = rig.message(user, REPORT, name="老乡")
    rig.process("message", message)
    [ticket] = rig.tickets_of(user)
    pushed = rig.shown_to(_unit_chat(rig, ticket))
    [said] = _edit(rig, message, words)
    assert ticket["number"] in said["text"] and "/cancel" in said["text"], said
    assert f'"wd:{ticket["id"]}"' in said["params"], said  # the 撤回 button, as to words sent anew
    [now] = rig.tickets_of(user)
    assert now["text"] == REPORT and now["state"] == ticket["state"], now
    assert rig.shown_to(_unit_chat(rig, ticket)) == pushed  # the unit is told nothing new
    assert not [e for e in rig.events(ticket["id"]) if e["action"] == "amended"]
    assert rig.press(user, f"wd:{ticket['id']}")
    assert rig.tickets_of(user)[0]["state"] == "withdrawn"


def test_an_edit_that_still_tells_a_matter_updates_the_report(rig: Rig) -> None:
    user = rig.citizen()
    message = rig.message(user, REPORT, name="老乡")
    rig.process("message", message)
    [ticket] = rig.tickets_of(user)
    assert ticket["text"] == REPORT
    [said] = _edit(rig, message, "算了算了，房东还是不退押金，都拖了三个月了")
    assert "更新工单" in said["text"] and "wd:" not in said["params"], said
    assert rig.tickets_of(user)[0]["text"].endswith("都拖了三个月了")
