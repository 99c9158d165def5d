"""The same matter told again within 7 days of a 默认满意 closure is a new report, not a late
回访 answer (an outside tester, refs #10): 路灯又坏了，晚上黑咕隆咚的 after the lamp ticket closed
unanswered was folded into the closed ticket as 未解决. A bare answer (没解决, 不满意, 还是不行)
stays a late answer; a message telling a matter in full — in words a unit's matter routes by —
opens a ticket of its own, linked to the closed one when it is the same matter (与您此前的第N号
诉求相关, the old unit told), and never touches the closed one otherwise. Through the real bot and
the fake Bot API."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import (
    OVERRIDES,
    URBAN_GROUP,
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

BARE = {861: "没解决", 862: "不满意", 863: "还是不行"}
SAME = {864: "路灯又坏了，晚上黑咕隆咚的",
        865: "小区门口的路灯又不亮了，晚上出门都看不见路",
        866: "东关街的路灯又灭了，晚上走路看不清",
        868: "门口路灯不亮了，晚上出门很不方便"}
OTHER = {867: "家门口下水道堵了，臭气熏天"}
SAID = {**BARE, **SAME, **OTHER}


def test_a_matter_told_in_full_after_a_default_closure_is_a_new_linked_report(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, tuple(SAID))
    lamps = {}
    for n, citizen in enumerate(SAID):
        lamps[citizen] = report(fake, bot, citizen, f"东关街{n + 1}号门口路灯坏了，晚上一片漆黑")
        assert lamps[citizen]["unit"] == "urban"
        wait_text(fake, citizen, "工单编号")
    for lamp in lamps.values():
        finish(fake, bot, lamp, "已更换灯泡，恢复照明")
    ask_visits(bot, len(SAID))
    visit = max(dt.datetime.fromisoformat(e["at"]) for e in bot.query(
        "SELECT at FROM events WHERE action = 'visit'"))
    done = bot.cli("tick", "--now", (visit + dt.timedelta(days=3, hours=1)).isoformat())
    assert done.returncode == 0, done.stderr
    for citizen, lamp in lamps.items():
        fake.wait_until(lambda t=lamp: row(bot, t)["rating"] == "default", timeout=20)
        wait_text(fake, citizen, "默认满意")

    for citizen, text in BARE.items():  # a late answer: back to the unit, no new ticket
        before = len(fake.sent(citizen))
        fake.send_text(citizen, text)
        fake.wait_sent(citizen, before + 1)
        assert row(bot, lamps[citizen])["state"] == "reopened", (text, texts(fake, citizen)[-1])
        assert len(tickets_of(bot, citizen)) == 1, text

    for citizen, text in SAME.items():  # a new ticket, linked to the closed one
        lamp = lamps[citizen]
        fake.send_text(citizen, text)
        fake.wait_until(lambda c=citizen: len(tickets_of(bot, c)) == 2, timeout=20)
        new = tickets_of(bot, citizen)[-1]
        assert new["unit"] == "urban" and new["text"] == text, (text, new)
        ack = wait_text(fake, citizen, new["number"])[-1]
        assert f"与您此前的第 {lamp['number']} 号诉求相关" in ack, (text, ack)
        old = row(bot, lamp)
        assert (old["state"], old["rating"], old["solved"]) == ("closed", "default", None), text
        assert events(bot, lamp, "related") == [new["number"]], text
        assert events(bot, new, "related") == [lamp["number"]], text
        # The unit's group is paced at 20 messages a minute, as Telegram asks of a bot: by now
        # it has had every lamp's push, 办结 and 重办, so its copy may wait its turn.
        needle = f"新工单 {new['number']} 与该市民此前的第"
        told = fake.wait_until(lambda n=needle: [t for t in texts(fake, URBAN_GROUP) if n in t],
                               timeout=90)[-1]
        assert lamp["number"] in told and "默认满意" in told, (text, told)

    for citizen, text in OTHER.items():  # another matter: its own ticket, not linked
        fake.send_text(citizen, text)
        fake.wait_until(lambda c=citizen: len(tickets_of(bot, c)) == 2, timeout=20)
        new = tickets_of(bot, citizen)[-1]
        assert new["unit"] == "water", (text, new)
        old = row(bot, lamps[citizen])
        assert (old["state"], old["rating"]) == ("closed", "default"), text
        assert not events(bot, new, "related"), text
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
