"""A report sent while a unit's question waits is a report (outside tester T28, finding 3; refs
#10): for a day after `/reply N 请问具体是哪个村哪个组？`, a message opening with a place was a 补充
to ticket N whatever it told — rubbish bins, a lost drain cover, food past its date — and never
reached its unit. An answer to the question, even one that says more of the ticket's matter,
still joins the ticket. Through the bot's handler and the fake Bot API (tests.fuzzkit)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fuzzkit import WATER_STAFF, Rig

REPORT = "付庄村自来水三天没来了，一家老小做饭都没水"
QUESTION = "请问具体是付庄村哪个组？"


def _asked(rig: Rig) -> dict[str, Any]:
    user = rig.citizen()
    rig.say(user, REPORT, name="老乡")
    [ticket] = rig.tickets_of(user)
    assert ticket["unit"] == "water", ticket
    rig.say(WATER_STAFF, f"/reply {ticket['number']} {QUESTION}")
    return ticket


@pytest.mark.parametrize("text", [
    "西河村戏台边上的果皮箱满了一个礼拜没人收",
    "南湖路公交站旁边的雨水篦子丢了，骑车的容易摔",
    "城关三小对面小卖部卖的辣条都过期了",
])
def test_another_units_report_is_a_ticket_of_its_own(rig: Rig, text: str) -> None:
    unit = rig.desk.router.route(text).unit  # where it goes when nothing waits
    assert unit not in ("water", "hotline"), unit
    ticket = _asked(rig)
    update = rig.say(ticket["citizen_id"], text, name="老乡")
    told = "\n".join(rig.answers(update))
    new = [t for t in rig.tickets_of(ticket["citizen_id"]) if t["id"] != ticket["id"]]
    assert [t["unit"] for t in new] == [unit], (new, told)
    assert "已收到您的反映" in told and "已将您补充" not in told, told
    supplements = [e for e in rig.events(ticket["id"]) if e["action"] == "supplement"]
    assert supplements == [], supplements


@pytest.mark.parametrize("text", ["三组", "付庄村三组，俺家就在村东头水塔后面", "二组，前天下午就没水了"])
def test_an_answer_still_joins_the_ticket(rig: Rig, text: str) -> None:
    ticket = _asked(rig)
    rig.say(ticket["citizen_id"], text, name="老乡")
    assert [t["id"] for t in rig.tickets_of(ticket["citizen_id"])] == [ticket["id"]]
    supplements = [e["detail"] for e in rig.events(ticket["id"]) if e["action"] == "supplement"]
    assert supplements == [text], supplements
