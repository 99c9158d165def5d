"""A question after the writer's own matter pointed back to with 俺那个 is a chase of its open
ticket, not a second ticket (outside tester T28, finding 10; refs #10): 俺那个…的水咋样了 opened a
duplicate at the water unit, which staff could then finish on time while the overdue one stayed
open. Through the bot's handler and the fake Bot API (tests.fuzzkit)."""

from __future__ import annotations

import pytest

from tests.fuzzkit import Rig


@pytest.mark.parametrize("asked", ["俺那个发黄的水咋样了", "俺家那个水发黄的有进展没有"])
def test_a_question_after_the_own_matter_is_a_chase(rig: Rig, asked: str) -> None:
    user = rig.citizen()
    rig.say(user, "俺家自来水发黄，一股铁锈味，三四天了", name="老乡")
    [ticket] = rig.tickets_of(user)
    update = rig.say(user, asked, name="老乡")
    told = "\n".join(rig.answers(update))
    assert [t["id"] for t in rig.tickets_of(user)] == [ticket["id"]], told
    assert ticket["number"] in told and "已收到您的反映" not in told, told
