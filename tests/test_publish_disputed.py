"""A result posted to the public column that its citizen then disputes (an outside tester,
refs #10): a ticket closed as 默认满意 was published, the citizen's late 不满意 sent it back, and
the post stayed as it was. Now every post of it carries a correction (here one still waiting to
go is rewritten; the end-to-end test sees a delivered one edited), the history records it, and a
new post may go only once a new 回访 confirms a new result."""

from __future__ import annotations

from tests.fuzzkit import CHANNEL, SUPERVISOR, WATER_STAFF, Rig
from tests.publishkit import preview, unanswered, visited


def test_a_disputed_post_is_corrected_and_a_confirmed_new_result_may_be_posted(rig: Rig) -> None:
    user = rig.citizen()
    rig.say(user, "胡集镇李庄村停水三天了，请尽快处理", name="老乡")
    [ticket] = rig.tickets_of(user)
    rig.say(WATER_STAFF, f"/done {ticket['number']} 已更换水管，全村恢复供水")
    unanswered(rig, ticket["number"])
    _, (post, _) = preview(rig, ticket["number"])
    rig.press(SUPERVISOR, post)
    [posted] = rig.shown_to(CHANNEL)
    assert "更正说明" not in posted

    rig.say(user, "还是没水，不满意", name="老乡")  # late, within the 7 days
    [row] = rig.tickets_of(user)
    assert (row["state"], row["rating"]) == ("reopened", "unsatisfied"), row
    [corrected] = rig.shown_to(CHANNEL)  # the same post, not a second one
    assert corrected.startswith(posted) and "更正说明" in corrected, corrected
    assert "仍未得到解决" in corrected, corrected
    assert [e["action"] for e in rig.events(ticket["id"])].count("publish_disputed") == 1
    [answer] = rig.answers(rig.say(SUPERVISOR, f"/publish {ticket['number']}"))
    assert "尚未办结" in answer, answer

    rig.say(WATER_STAFF, f"/accept {ticket['number']}")
    rig.say(WATER_STAFF, f"/done {ticket['number']} 已重新铺设管道，恢复供水")
    visited(rig, ticket["number"])  # 联系过了，解决了，满意
    assert rig.tickets_of(user)[0]["state"] == "closed"
    _, (post, _) = preview(rig, ticket["number"])
    rig.press(SUPERVISOR, post)
    assert len(rig.shown_to(CHANNEL)) == 2 and "重新铺设管道" in rig.shown_to(CHANNEL)[-1]
