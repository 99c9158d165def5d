"""Several 回访 waiting for one citizen, answered by typing (outside testers; refs #10): a
sentence answering from a question goes to the one visit waiting at that question, and one
that fits none of them, or several alike, is not recorded on the wrong ticket or dropped, but
asked about, naming the numbers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.test_visit_sentence_e2e import CST, STAFF, WATER_GROUP, _tickets, _wait_text

CITIZEN = 521


def _two_visits(fake: FakeBotAPI, bot: BotProcess) -> None:
    fake.add_group(WATER_GROUP, "县水务局工作群")
    for user in (CITIZEN, STAFF):
        fake.add_user(user)
    code = bot.cli("invite", "--unit", "water").stdout.strip().splitlines()[-1]
    fake.send_text(STAFF, f"/join {code}")
    _wait_text(fake, STAFF, "县水务局")
    for n, text in enumerate(("西街1号楼停水两天了，一直没有来水", "东关小学门口自来水管爆了，水流了一地")):
        fake.send_text(CITIZEN, text)
        fake.wait_until(lambda k=n: len(_tickets(bot, CITIZEN)) == k + 1, timeout=15)
    for ticket in _tickets(bot, CITIZEN):
        fake.send_text(STAFF, f"/accept {ticket['number']}")
        fake.send_text(STAFF, f"/done {ticket['number']} 已抢修管道，恢复供水")
        fake.wait_until(lambda i=ticket["id"]: [t for t in _tickets(bot, CITIZEN)
                                                if t["id"] == i and t["state"] == "resolved"],
                        timeout=15)
    resolved = max(dt.datetime.fromisoformat(t["resolved_at"]) for t in _tickets(bot, CITIZEN))
    asked = (resolved + dt.timedelta(days=2)).astimezone(CST).replace(
        hour=10, minute=0, second=0, microsecond=0)
    done = bot.cli("tick", "--now", asked.isoformat())
    assert done.returncode == 0 and "visits 2" in done.stdout, done.stdout
    _wait_text(fake, CITIZEN, "联系过您", 2)


def test_answers_go_to_the_visit_they_fit_or_are_asked_about(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot({"units.water.chat_id": WATER_GROUP, "telegram.per_group_per_minute": 0,
                    "telegram.per_chat_per_second": 0})
    _two_visits(fake, bot)
    first, second = _tickets(bot, CITIZEN)

    def row(ticket: dict[str, object]) -> dict[str, object]:
        return next(t for t in _tickets(bot, CITIZEN) if t["id"] == ticket["id"])

    # From the first question, both visits at it: asked which, nothing recorded (an earlier
    # tester: it went to the oldest without asking); then said of one by its number.
    before = len(fake.sent(CITIZEN))
    fake.send_text(CITIZEN, "联系过了")
    [which] = fake.wait_until(lambda: [m["text"] for m in fake.sent(CITIZEN)[before:]
                                       if "等待回访" in (m["text"] or "")], timeout=15)
    assert first["number"] in which and second["number"] in which
    assert (row(first)["contacted"], row(second)["contacted"]) == (None, None)
    fake.send_text(CITIZEN, f"{first['number']} 没人联系我，问题也没解决")
    fake.wait_until(lambda: row(first)["solved"] == 0, timeout=15)
    assert (row(first)["contacted"], row(second)["contacted"]) == (0, None)
    fake.send_text(CITIZEN, "联系过了")
    fake.wait_until(lambda: row(second)["contacted"] == 1, timeout=15)
    assert row(first)["rating"] is None and row(first)["state"] == "resolved"

    # From the first question again, with none at it: asked which, nothing recorded or lost.
    before = len(fake.sent(CITIZEN))
    fake.send_text(CITIZEN, "联系了，没解决，不过人家态度挺好的，满意")
    [which] = fake.wait_until(lambda: [m["text"] for m in fake.sent(CITIZEN)[before:]
                                       if "等待回访" in (m["text"] or "")], timeout=15)
    assert first["number"] in which and second["number"] in which
    assert (row(first)["rating"], row(second)["solved"]) == (None, None)
    assert len(_tickets(bot, CITIZEN)) == 2

    # From the second question: the visit at it.
    fake.send_text(CITIZEN, "解决了，没有不满意")
    fake.wait_until(lambda: row(second)["state"] == "closed", timeout=15)
    assert (row(second)["solved"], row(second)["rating"]) == (1, "satisfied")
    assert (row(first)["state"], row(first)["rating"]) == ("resolved", None)
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
