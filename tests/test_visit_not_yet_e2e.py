"""An outside tester's "not yet" at 问题是否解决 and scores at 满意度, through the real bot process
and the fake Bot API (refs #10): 还没呢 / 还没有 / 没呢 / not yet — the work not done yet — are
未解决, also as a reply to the question or after a /status in between, with what follows kept as
more of the matter, never a new ticket; a hedged "sort of … but" is 未解决 too; and a score
(6 out of 10, 八十分, 6分) is a rating on the bot's three-step scale, never a new ticket. The
visit said 未解决 is reopened when it closes unanswered, never 默认满意."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import (
    CST,
    OVERRIDES,
    WATER_GROUP,
    join_staff,
    texts,
    tickets_of,
    visits_asked,
    wait_text,
)

LONG, REPLY, STATUS, EN_WAIT, EN_HEDGE, EN_SCORE, ZH_SCORE, ZH_SHORT = range(541, 549)
ENGLISH = (EN_WAIT, EN_HEDGE, EN_SCORE)
CITIZENS = (LONG, REPLY, STATUS, *ENGLISH, ZH_SCORE, ZH_SHORT)
NEW_TICKET = ("已收到您的反映", "We have received your report")


def _asked(fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> BotProcess:
    """Every citizen reports a water cut (in English or Chinese); staff finish each; the
    visits are asked."""
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, CITIZENS)
    visits_asked(fake, bot, {citizen: f"There has been no water in my flat on West Street {n + 1}"
                             " for two days" if citizen in ENGLISH
                             else f"南街{n + 1}号院停水三天了，水龙头一滴水都没有"
                             for n, citizen in enumerate(CITIZENS)},
                 "已更换阀门，恢复供水", days=2, english=ENGLISH)
    return bot


def _row(bot: BotProcess, citizen: int) -> dict[str, Any]:
    [row] = tickets_of(bot, citizen)  # one ticket: nothing said at the 回访 opened another
    return row


def _say(fake: FakeBotAPI, bot: BotProcess, citizen: int, text: str, column: str,
         value: Any, reply_to: dict[str, Any] | None = None) -> list[str]:
    """Send `text` and wait for it to be recorded; return what the citizen read after it."""
    before = len(fake.sent(citizen))
    fake.send_text(citizen, text, reply_to=reply_to)
    fake.wait_until(lambda: tickets_of(bot, citizen)[0][column] == value, timeout=15)
    return texts(fake, citizen)[before:]


def test_not_yet_is_unsolved_and_a_score_is_a_rating(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = _asked(fake, make_bot)
    for citizen in CITIZENS:
        _say(fake, bot, citizen, "yes they called" if citizen in ENGLISH else "打过电话",
             "contacted", 1)

    # 还没呢 and why: 未解决, the reason kept as more of the matter and told to the unit.
    _say(fake, bot, LONG, "还没呢，师傅说得等新阀门运到了才能换，也不知道要等到哪天", "solved", 0)
    wait_text(fake, WATER_GROUP, "师傅说得等新阀门运到了才能换")
    wait_text(fake, LONG, "满意")
    # 还没有, as a Telegram reply to the question itself: 未解决, not asked again.
    asked = [m for m in fake.sent(REPLY) if "是否已经解决" in (m.get("text") or "")][-1]
    seen = _say(fake, bot, REPLY, "还没有", "solved", 0, reply_to=asked)
    assert not [t for t in seen if "请再回答一下" in t]
    # 没呢, with a /status asked in between.
    fake.send_text(STATUS, "/status")
    wait_text(fake, STATUS, _row(bot, STATUS)["number"], 2)
    _say(fake, bot, STATUS, "没呢", "solved", 0)
    # 还没修 in a few words.
    _say(fake, bot, ZH_SHORT, "还没", "solved", 0)

    # English: not yet, and why; a hedged "sort of … but": 未解决 (the ticket goes back).
    _say(fake, bot, EN_WAIT, "not yet, I have to wait 2 weeks", "solved", 0)
    wait_text(fake, WATER_GROUP, "I have to wait 2 weeks")
    _say(fake, bot, EN_HEDGE, "Sort of. The tap runs now but the water keeps stopping.",
         "solved", 0)

    # Scores at 满意度: out of 10 or 100 on the bot's scale (≥ 80% 满意, ≥ 60% 基本满意).
    _say(fake, bot, EN_SCORE, "fixed", "solved", 1)
    _say(fake, bot, EN_SCORE, "meh, 6 out of 10", "rating", "basic")
    _say(fake, bot, ZH_SCORE, "解决了", "solved", 1)
    _say(fake, bot, ZH_SCORE, "八十分", "rating", "satisfied")
    assert {_row(bot, c)["state"] for c in (EN_SCORE, ZH_SCORE)} == {"closed"}

    # Those said 未解决 never close as 默认满意: unanswered, they go back to the unit.
    unsolved = (LONG, REPLY, STATUS, ZH_SHORT, EN_WAIT, EN_HEDGE)
    late = max(dt.datetime.fromisoformat(_row(bot, c)["resolved_at"]) for c in unsolved)
    done = bot.cli("tick", "--now", (late + dt.timedelta(days=6)).astimezone(CST).replace(
        hour=10, minute=0, second=0, microsecond=0).isoformat())
    assert done.returncode == 0, done.stderr
    for citizen in unsolved:
        fake.wait_until(lambda c=citizen: _row(bot, c)["state"] == "reopened", timeout=15)
        assert _row(bot, citizen)["rating"] != "default"
    for citizen in CITIZENS:
        assert not [t for t in texts(fake, citizen) if any(n in t for n in NEW_TICKET)][1:]
        assert len(tickets_of(bot, citizen)) == 1
    assert not [r for r in fake.unexpected_errors() if r.status != 429]


def test_a_bare_score_out_of_ten(fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, (LONG,))
    visits_asked(fake, bot, {LONG: "北街3号院停水两天了，一直没有来水"}, "已恢复供水", days=2)
    _say(fake, bot, LONG, "联系过了，解决了", "solved", 1)
    seen = _say(fake, bot, LONG, "6分", "rating", "basic")
    assert not [t for t in seen if "已收到您的反映" in t]
    assert _row(bot, LONG)["state"] == "closed"
