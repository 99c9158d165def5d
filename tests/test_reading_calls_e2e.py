"""What a citizen means, read right (an outside tester, round 20; refs #10), through the real bot
and the fake Bot API: 打 a person the writer asks to be called (联系不上我就打我儿子, 也可以打我
闺女 一三九零…) is a call, no blow — a routine ticket of its matter, no 110, nothing for the police;
and the citizen's word that nobody was hit (没人打俺儿子，俺是说…) with 报警那个撤了吧 offers the
ticket meant to withdraw, pressing nobody."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import (
    OVERRIDES,
    POLICE_GROUP,
    join_staff,
    report,
    row,
    texts,
    tickets_of,
    wait_text,
)

SON, DAUGHTER, FATHER, DENIED = range(531, 535)


def test_a_person_asked_to_be_called_is_a_call(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, (SON, DAUGHTER, FATHER))
    made = [report(fake, bot, citizen, text) for citizen, text in (
        (SON, "村里的垃圾堆了好些天没人清，联系不上我就打我儿子"),
        (DAUGHTER, "家里停水两天了，也可以打我闺女 一三九零一二三四五六七"),
        (FATHER, "西街路灯坏了，俺白天下地，找不到我就打他爹"))]
    for citizen, ticket in zip((SON, DAUGHTER, FATHER), made, strict=True):
        [said] = wait_text(fake, citizen, "工单编号")
        assert "110" not in said and "紧急" not in said, said
        assert not row(bot, ticket)["urgent"] and ticket["unit"] != "police", ticket
    assert made[1]["unit"] == "water"
    assert not texts(fake, POLICE_GROUP)


def test_a_blow_denied_withdraws_and_presses_nobody(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, (DENIED,))
    ticket = report(fake, bot, DENIED, "家里停水两天了，联系不上俺就打俺儿子")
    wait_text(fake, DENIED, "工单编号")
    fake.send_text(DENIED, "没人打俺儿子，俺是说联系不上俺就给俺儿子打电话，报警那个撤了吧")
    [offer] = wait_text(fake, DENIED, "撤回")
    assert ticket["number"] in offer and "催办" not in offer, offer
    [buttons] = [m["reply_markup"] for m in fake.sent(DENIED) if "撤回" in (m["text"] or "")]
    assert f"wd:{ticket['id']}" in str(buttons)
    assert row(bot, ticket)["state"] == "new" and len(tickets_of(bot, DENIED)) == 1
    assert not any("催办" in t for t in texts(fake, DENIED))
    assert not texts(fake, POLICE_GROUP)
