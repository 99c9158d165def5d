"""A question after all the writer's cases, asked while a 回访 waits, is answered as /my answers
it, in any language, and is no 回访 answer (outside tester T28, finding 20; refs #10): `how are my
cases going?` was kept as the 回访's remark and told to the unit. Through the bot's handler and
the fake Bot API (tests.fuzzkit)."""

from __future__ import annotations

import pytest

from tests.fuzzkit import Rig, unit_chat
from tests.publishkit import visited
from tests.test_publish_confirmed_e2e import _done


@pytest.mark.parametrize("asked", ["how are my cases going?", "any news on all my reports?",
                                   "我反映的那几个问题现在都咋样了？"])
def test_a_question_after_all_cases_is_no_回访_answer(rig: Rig, asked: str) -> None:
    ticket = _done(rig)
    visited(rig, ticket["number"], "")
    group = len(rig.shown_to(unit_chat(0)))
    update = rig.say(ticket["citizen_id"], asked, name="老乡")
    told = "\n".join(rig.answers(update))
    assert ticket["number"] in told, told  # the cases listed
    events = [e for e in rig.events(ticket["id"]) if e["action"] in ("rate", "visit_said")]
    assert events == [], events
    assert not [t for t in rig.shown_to(unit_chat(0))[group:] if asked in t]
