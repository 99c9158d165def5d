"""回访 answers typed in words, read as the citizen means them (outside testers, refs #10), through
the real bot process and the fake Bot API: the thing put right in the citizen's own words
(站牌修好了) is 已解决, and no question is asked again; the matter still not put right (水到现在也
没来, 灯还不亮) is 未解决, recorded and sent back as the 未解决 button does; a fresh report typed
while a 回访 waits stays a report."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import (
    OVERRIDES,
    URBAN_GROUP,
    WATER_GROUP,
    ask_visits,
    events,
    finish,
    join_staff,
    report,
    row,
    texts,
    tickets_of,
    wait_text,
)

FIXED, DRY, DARK, FRESH = range(561, 565)
ROADS_GROUP, ROADS_STAFF = -1004, 604
ASKED_SOLVED = "问题是否已经解决"


def _roads(fake: FakeBotAPI, bot: BotProcess) -> None:
    """The roads unit's group and staff member joined (readingkit joins the other three)."""
    fake.add_group(ROADS_GROUP, "transport工作群")
    fake.add_user(ROADS_STAFF)
    code = bot.cli("invite", "--unit", "transport").stdout.strip().splitlines()[-1]
    fake.send_text(ROADS_STAFF, f"/join {code}")
    wait_text(fake, ROADS_STAFF, "绑定成功")


def test_the_thing_put_right_in_words_is_solved_and_not_asked_again(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot({**OVERRIDES, "units.transport.chat_id": ROADS_GROUP})
    join_staff(fake, bot, (FIXED,))
    _roads(fake, bot)
    sign = report(fake, bot, FIXED, "东关街公交站牌旁边的路灯杆被车撞歪了，站牌也倒了")
    assert sign["unit"] == "transport"
    fake.send_text(ROADS_STAFF, f"/accept {sign['number']}")
    fake.send_text(ROADS_STAFF, f"/done {sign['number']} 站牌已重新立好")
    fake.wait_until(lambda: row(bot, sign)["state"] == "resolved", timeout=15)
    ask_visits(bot, 1)
    wait_text(fake, FIXED, "联系过您")

    # All three answers in one message: recorded, the visit closed, 问题是否解决 never asked.
    fake.send_text(FIXED, "联系过了，站牌修好了，基本满意吧")
    fake.wait_until(lambda: row(bot, sign)["state"] == "closed", timeout=15)
    done = row(bot, sign)
    assert (done["contacted"], done["solved"], done["rating"]) == (1, 1, "basic")
    assert events(bot, sign, "rate") == ["c:1", "s:1", "r:2"]
    assert not [t for t in texts(fake, FIXED) if "第二个问题" in t and "您的回答" not in t]
    assert len(tickets_of(bot, FIXED)) == 1
    assert not [r for r in fake.unexpected_errors() if r.status != 429]


def test_the_supply_still_not_come_is_unsolved_and_sent_back(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, (DRY, FRESH))
    water = report(fake, bot, DRY, "西街3号楼停水两天了，一直没有来水")
    tap = report(fake, bot, FRESH, "西街9号楼停水两天了，一直没有来水")
    for ticket in (water, tap):
        finish(fake, bot, ticket, "已处理完毕")
    ask_visits(bot, 2)
    for citizen in (DRY, FRESH):
        wait_text(fake, citizen, "联系过您")

    # At 问题是否解决: 未解决, the 满意度 asked, then sent back as the 未解决 button sends it
    # (重办, the unit told the citizen's words).
    asked = next(m for m in fake.messages(DRY) if "联系过您" in (m.get("text") or ""))
    fake.press(DRY, asked, f"v:{water['id']}:0:c:1")
    wait_text(fake, DRY, ASKED_SOLVED)
    fake.send_text(DRY, "水到现在也没来")
    fake.wait_until(lambda: row(bot, water)["solved"] == 0, timeout=15)
    assert events(bot, water, "rate") == ["c:1", "s:0"]
    wait_text(fake, DRY, "您对办理结果是否满意")
    wait_text(fake, WATER_GROUP, "水到现在也没来")
    fake.send_text(DRY, "不满意")
    fake.wait_until(lambda: row(bot, water)["state"] == "reopened", timeout=15)
    assert len(tickets_of(bot, DRY)) == 1

    # Another unit's matter told at length while a water 回访 waits: a report, no answer.
    fake.send_text(FRESH, "村口的路灯到现在也没人修，晚上一直不亮，走路看不见")
    fake.wait_until(lambda: len(tickets_of(bot, FRESH)) == 2, timeout=15)
    assert tickets_of(bot, FRESH)[1]["unit"] == "urban"
    kept = row(bot, tap)
    assert (kept["contacted"], kept["solved"], kept["state"]) == (None, None, "resolved")
    assert not [r for r in fake.unexpected_errors() if r.status != 429]


def test_the_lamp_still_dark_with_the_contact_answers_both(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, (DARK,))
    lamp = report(fake, bot, DARK, "村口路灯坏了，晚上黑漆漆的")
    finish(fake, bot, lamp, "已处理完毕")
    ask_visits(bot, 1)
    wait_text(fake, DARK, "联系过您")

    fake.send_text(DARK, "来人看过了，灯还不亮")
    fake.wait_until(lambda: row(bot, lamp)["solved"] == 0, timeout=15)
    assert row(bot, lamp)["contacted"] == 1
    wait_text(fake, URBAN_GROUP, "灯还不亮")
    wait_text(fake, DARK, "您对办理结果是否满意")
    fake.send_text(DARK, "一般")
    fake.wait_until(lambda: row(bot, lamp)["state"] == "reopened", timeout=15)
    assert len(tickets_of(bot, DARK)) == 1
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
