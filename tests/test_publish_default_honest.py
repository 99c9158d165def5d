"""T24 finding 12: a ticket closed as 默认满意 (its 回访 unanswered) was confirmed by nobody. The
supervisor is never told the column publishes only what the people approved (群众认可); the draft
of such a ticket says its result went unconfirmed, and the post claims no satisfaction."""

from __future__ import annotations

from bot.domain.permissions import Role
from tests.fuzzkit import SUPERVISOR, Rig
from tests.publishkit import preview, unanswered

WATER = 11


def test_a_default_satisfied_ticket_is_drafted_as_unconfirmed(rig: Rig) -> None:
    rig.bind(WATER, Role.STAFF, "water")
    user = rig.citizen()
    rig.say(user, "我家小区停水两天了，一直没人管")
    [ticket] = rig.tickets_of(user)
    rig.say(WATER, f"/done {ticket['number']} 已更换阀门，恢复供水")
    [waiting] = rig.answers(rig.say(SUPERVISOR, f"/publish {ticket['number']}"))
    assert "群众认可" not in waiting and "未经市民确认" in waiting, waiting
    unanswered(rig, ticket["number"])
    [row] = rig.db.query("SELECT state, rating FROM tickets WHERE id = ?", [ticket["id"]])
    assert (row["state"], row["rating"]) == ("closed", "default"), row
    shown, _ = preview(rig, ticket["number"])
    assert "默认满意" in shown and "未经市民确认" in shown, shown
    post = shown.split("\n\n", 1)[1]
    assert "满意" not in post and "认可" not in post, post
