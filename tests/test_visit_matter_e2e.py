"""Which waiting 回访 a typed answer is for, by the matter it names (an outside tester on three
visits waiting: 停水, 路灯, 下水道; refs #10): 路灯那个，… is the lamp ticket's, never the newest
visit's; 水到现在也没来 fits both water tickets, so the citizen is asked which and nothing is
recorded or told to another unit; 1号停水那个：否，未解决，不满意 records all three in order."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import (
    OVERRIDES,
    URBAN_GROUP,
    join_staff,
    texts,
    tickets_of,
    visits_asked,
)

CITIZEN = 541
REPORTS = ("西街1号楼停水两天了，一直没有来水", "村口路灯坏了好几天了，晚上黑漆漆的",
           "小区门口下水道堵了，污水漫到路上")


def _three_visits(fake: FakeBotAPI, bot: BotProcess) -> list[dict[str, Any]]:
    """The citizen's three reports (water, urban, water), each finished; the visits asked."""
    join_staff(fake, bot, (CITIZEN,))
    tickets = visits_asked(fake, bot, {CITIZEN: REPORTS}, "已派人处理完毕", days=2)[CITIZEN]
    assert [t["unit"] for t in tickets] == ["water", "urban", "water"]
    return tickets


def test_the_matter_an_answer_names_chooses_its_ticket_or_asks_which(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    water, lamp, drain = _three_visits(fake, bot)

    def row(ticket: dict[str, Any]) -> dict[str, Any]:
        return next(t for t in tickets_of(bot, CITIZEN) if t["id"] == ticket["id"])

    # The lamp named at the start: its answers, all three, on the lamp ticket, not the newest.
    fake.send_text(CITIZEN, "路灯那个，有人来过了，灯亮了，挺满意的")
    fake.wait_until(lambda: row(lamp)["state"] == "closed", timeout=15)
    assert (row(lamp)["contacted"], row(lamp)["solved"], row(lamp)["rating"]) \
        == (1, 1, "satisfied")
    for other in (water, drain):
        assert (row(other)["contacted"], row(other)["state"]) == (None, "resolved")

    # Water that has not come fits both water tickets: asked which; nothing recorded, no unit
    # told, no new ticket.
    urban_heard = len(fake.sent(URBAN_GROUP))
    before = len(fake.sent(CITIZEN))
    fake.send_text(CITIZEN, "没人联系俺，水到现在也没来，不满意！")
    [which] = fake.wait_until(lambda: [m["text"] for m in fake.sent(CITIZEN)[before:]
                                       if "等待回访" in (m["text"] or "")], timeout=15)
    assert water["number"] in which and drain["number"] in which
    for other in (water, drain):
        assert (row(other)["contacted"], row(other)["rating"]) == (None, None)
    assert len(tickets_of(bot, CITIZEN)) == 3
    assert not [t for t in texts(fake, URBAN_GROUP)[urban_heard:] if "水" in t]

    # The water ticket named by number and matter: 否, 未解决, 不满意, each recorded in order.
    sequence = int(water["number"].rpartition("-")[2])
    fake.send_text(CITIZEN, f"{sequence}号停水那个：没人联系过，还是没水，很不满意")
    fake.wait_until(lambda: row(water)["state"] == "reopened", timeout=15)
    assert row(water)["rating"] == "unsatisfied"  # the 重办 clears the answers; the log keeps them
    answered = bot.query("SELECT detail FROM events WHERE ticket_id = ? AND action = 'rate'"
                         " ORDER BY id", [water["id"]])
    assert [e["detail"] for e in answered] == ["c:0", "s:0", "r:1"]
    assert (row(drain)["contacted"], row(drain)["state"]) == (None, "resolved")
    assert len(tickets_of(bot, CITIZEN)) == 3
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
