"""A 回访 answered in one sentence, through the real bot process and the fake Bot API: the
answers it gives count in the order asked, as if typed one by one (the same confirmations, a
重办 where the rules reopen), a new matter told after them is a ticket of its own, a negation
of 不满意 is no 不满意, and a message that answers nothing is a report as before (outside
testers; refs #10)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess

STAFF, WATER_GROUP = 601, -1001
CST = ZoneInfo("Asia/Shanghai")
# Each citizen: a water cut reported, 办结, then what they type to the 回访 (after the answers
# pressed or typed first, to reach the question the sentence is typed at).
WHOLE, NOBODY, THANKS, BUT, AND_MORE, NOT_UN, NO_UN, OTHER = range(501, 509)
CITIZENS = (WHOLE, NOBODY, THANKS, BUT, AND_MORE, NOT_UN, NO_UN, OTHER)


def _texts(fake: FakeBotAPI, chat: int) -> list[str]:
    return [m["text"] or m["caption"] or "" for m in fake.sent(chat)]


def _wait_text(fake: FakeBotAPI, chat: int, needle: str, count: int = 1) -> list[str]:
    found: list[str] = fake.wait_until(
        lambda: (hits := [t for t in _texts(fake, chat) if needle in t]) and len(hits) >= count
        and hits, timeout=20)
    return found


def _tickets(bot: BotProcess, citizen: int) -> list[dict[str, Any]]:
    return bot.query("SELECT * FROM tickets WHERE citizen_id = ? ORDER BY id", [citizen])


def _asked(fake: FakeBotAPI, bot: BotProcess) -> None:
    """Every citizen reports a water cut; staff finish each; the visits are asked."""
    fake.add_group(WATER_GROUP, "县水务局工作群")
    for user in (*CITIZENS, STAFF):
        fake.add_user(user)
    code = bot.cli("invite", "--unit", "water").stdout.strip().splitlines()[-1]
    fake.send_text(STAFF, f"/join {code}")
    _wait_text(fake, STAFF, "县水务局")
    for n, citizen in enumerate(CITIZENS):
        fake.send_text(citizen, f"西街{n + 1}号楼停水两天了，一直没有来水")
        fake.wait_until(lambda c=citizen: _tickets(bot, c), timeout=15)
    for citizen in CITIZENS:
        number = _tickets(bot, citizen)[0]["number"]
        fake.send_text(STAFF, f"/accept {number}")
        fake.send_text(STAFF, f"/done {number} 已抢修管道，恢复供水")
        fake.wait_until(lambda c=citizen: _tickets(bot, c)[0]["state"] == "resolved", timeout=15)
    resolved = max(dt.datetime.fromisoformat(_tickets(bot, c)[0]["resolved_at"])
                   for c in CITIZENS)
    asked = (resolved + dt.timedelta(hours=24)).astimezone(CST).replace(
        hour=10, minute=0, second=0, microsecond=0)
    if asked < resolved + dt.timedelta(hours=24):
        asked += dt.timedelta(days=1)
    done = bot.cli("tick", "--now", asked.isoformat())
    assert done.returncode == 0 and f"visits {len(CITIZENS)}" in done.stdout, done.stdout
    for citizen in CITIZENS:
        _wait_text(fake, citizen, "联系过您")


def _type(fake: FakeBotAPI, bot: BotProcess, citizen: int, text: str, column: str) -> None:
    fake.send_text(citizen, text)
    fake.wait_until(lambda: _tickets(bot, citizen)[0][column] is not None, timeout=15)


def test_one_sentence_answers_every_question_it_answers_in_order(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot({"units.water.chat_id": WATER_GROUP, "telegram.per_group_per_minute": 0,
                    "telegram.per_chat_per_second": 0})
    _asked(fake, bot)

    # All three at once while 是否联系过您 waits: recorded in order, and the 不满意 reopens.
    fake.send_text(WHOLE, "联系过了，但是还没解决，很不满意")
    fake.wait_until(lambda: _tickets(bot, WHOLE)[0]["state"] == "reopened", timeout=15)
    [whole] = _tickets(bot, WHOLE)
    assert (whole["reopen_count"], whole["rating"]) == (1, "unsatisfied")
    _wait_text(fake, WHOLE, "问题是否已经解决")  # each question as if typed one by one
    _wait_text(fake, WHOLE, "是否满意")
    _wait_text(fake, WHOLE, "重新办理")
    _wait_text(fake, WATER_GROUP, "重办")
    rated = bot.query("SELECT detail FROM events WHERE ticket_id = ? AND action = 'rate'"
                      " ORDER BY id", [whole["id"]])
    assert [r["detail"] for r in rated] == ["c:1", "s:0", "r:1"]

    # Two of them: the third question is asked next; nothing reopens yet.
    _type(fake, bot, NOBODY, "没人联系我，问题也没解决", "solved")
    [nobody] = _tickets(bot, NOBODY)
    assert (nobody["contacted"], nobody["solved"], nobody["state"]) == (0, 0, "resolved")
    _wait_text(fake, NOBODY, "是否满意")

    # At the second question: 解决了 and 满意 with thanks close it.
    _type(fake, bot, THANKS, "有", "contacted")
    _wait_text(fake, THANKS, "问题是否已经解决")
    fake.send_text(THANKS, "解决了，挺满意的，谢谢")
    fake.wait_until(lambda: _tickets(bot, THANKS)[0]["state"] == "closed", timeout=15)
    assert _tickets(bot, THANKS)[0]["rating"] == "satisfied"
    _wait_text(fake, THANKS, "已销号")

    # 解决了但不太满意: solved, but 不满意 reopens.
    _type(fake, bot, BUT, "联系过了", "contacted")
    _wait_text(fake, BUT, "问题是否已经解决")
    fake.send_text(BUT, "解决了但不太满意")
    fake.wait_until(lambda: _tickets(bot, BUT)[0]["state"] == "reopened", timeout=15)
    assert (_tickets(bot, BUT)[0]["solved"], _tickets(bot, BUT)[0]["rating"]) \
        == (None, "unsatisfied")  # a 重办 asks again next time; the rating stays
    _wait_text(fake, BUT, "重新办理")

    # The answers, then a new matter: the visit is answered AND the matter is a new ticket.
    _type(fake, bot, AND_MORE, "联系过了", "contacted")
    _wait_text(fake, AND_MORE, "问题是否已经解决")
    fake.send_text(AND_MORE, "解决了，满意。另外我家门口路灯坏了")
    fake.wait_until(lambda: len(_tickets(bot, AND_MORE)) == 2, timeout=15)
    first, second = _tickets(bot, AND_MORE)
    assert (first["state"], first["solved"], first["rating"]) == ("closed", 1, "satisfied")
    assert "路灯坏了" in second["text"] and "满意" not in second["text"]
    assert second["unit"] not in ("water", "hotline") and second["state"] == "new"
    _wait_text(fake, AND_MORE, "已销号")
    _wait_text(fake, AND_MORE, second["number"])

    # Negation traps at the third question: no 不满意, no 重办.
    for citizen, text, rating in ((NOT_UN, "不是不满意", "basic"), (NO_UN, "没有不满意", "satisfied")):
        _type(fake, bot, citizen, "联系过了", "contacted")
        _wait_text(fake, citizen, "问题是否已经解决")
        _type(fake, bot, citizen, "解决了", "solved")
        _wait_text(fake, citizen, "是否满意")
        fake.send_text(citizen, text)
        fake.wait_until(lambda c=citizen: _tickets(bot, c)[0]["state"] == "closed", timeout=15)
        assert _tickets(bot, citizen)[0]["rating"] == rating

    # No answer at all: a report as before, the visit untouched.
    fake.send_text(OTHER, "村口的路灯坏了好几天，晚上黑乎乎的")
    fake.wait_until(lambda: len(_tickets(bot, OTHER)) == 2, timeout=15)
    visited, report = _tickets(bot, OTHER)
    assert (visited["state"], visited["contacted"], visited["rating"]) == ("resolved", None, None)
    assert report["unit"] != "water"
    _wait_text(fake, OTHER, report["number"])
    assert len(_tickets(bot, WHOLE)) == len(_tickets(bot, NOBODY)) == 1
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
