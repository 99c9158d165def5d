"""Words to withdraw that list several cases (an outside tester, refs #10: `withdraw case 3 and 4`
offered case 3 alone), through the handlers and a fake Bot API: every case listed that is the
writer's and still open is offered in one answer, each with its 撤回 button, and each is withdrawn
when pressed; a listed number that is not theirs is offered never."""

from __future__ import annotations

import json

import pytest

from tests.fuzzkit import Rig


def _sequence(ticket: dict) -> int:
    return int(ticket["number"].rpartition("-")[2])


def _answer(rig: Rig, user: int, text: str, name: str) -> tuple[list[str], list[str]]:
    """The texts the bot answered `text` with, and the buttons under them."""
    update_id = rig.process("message", rig.message(user, text, name=name))
    rows = list(rig.db.query("SELECT params FROM outbox WHERE dedupe_key LIKE ? ORDER BY id",
                             [f"re:{update_id}:%"]))
    buttons = [b["callback_data"] for r in rows for line in (json.loads(r["params"]).get(
        "reply_markup") or {}).get("inline_keyboard", []) for b in line]
    return rig.answers(update_id), buttons


@pytest.mark.parametrize(("name", "reports", "wish"), [
    ("Tom", ("The street light outside building 6 has been dark all week",
             "There has been no water in our flat since Monday"), "withdraw case {} and {}"),
    ("Tom", ("The street light outside building 6 has been dark all week",
             "There has been no water in our flat since Monday"), "Please cancel cases {}, {}"),
    ("老李", ("村口那盏路灯晚上一直不亮", "西关村自来水停了两天了"), "撤回{}号和{}号"),
])
def test_every_case_listed_is_offered_and_withdrawn(
        rig: Rig, name: str, reports: tuple[str, str], wish: str) -> None:
    user, other = rig.citizen(), rig.citizen()
    for text in reports:
        rig.process("message", rig.message(user, text, name=name))
    rig.process("message", rig.message(other, "东关街的井盖丢了", name="老王"))
    lamp, water = rig.tickets_of(user)
    [theirs] = rig.tickets_of(other)
    said, buttons = _answer(rig, user, wish.format(_sequence(lamp), _sequence(water)), name)
    assert len(said) == 1, said
    assert lamp["number"] in said[0] and water["number"] in said[0], said
    assert name != "Tom" or "withdraw these cases?" in said[0], said
    assert buttons == [f"wd:{lamp['id']}", f"wd:{water['id']}"], buttons
    for ticket in (lamp, water):
        rig.press(user, f"wd:{ticket['id']}")
    assert [t["state"] for t in rig.tickets_of(user)] == ["withdrawn", "withdrawn"]
    # Somebody else's case listed is never offered.
    said, buttons = _answer(rig, other, wish.format(_sequence(lamp), _sequence(theirs)), "老王")
    assert buttons == [f"wd:{theirs['id']}"] and lamp["number"] not in said[0], said
    assert rig.tickets_of(other)[0]["state"] == "new"
