"""Withdrawals and thanks that name their ticket, through the real bot and the fake Bot API (an
outside tester's findings, refs #10): a ticket number with words to withdraw (Please withdraw case
N, it was fixed; 撤回 N，已经修好了) is about that ticket only — its offer, or "not found" — and
never a 回访 answer of another; a matter named (电梯那个单子撤了吧; cancel my report about the lift)
offers the tickets whose words hold it, else lists the open ones, and the /cancel hint names one
offered; a short thanks right after an English 办结 is that ticket's, not "which one?"."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import (
    OVERRIDES,
    answer_to,
    ask_visits,
    buttons,
    events,
    finish,
    join_staff,
    row,
    tickets_of,
    wait_text,
)
from tests.readingkit import report as reported

NUMBERED, CHINESE, LIFT, LIFT_EN, NONE_MATCH, THANKS, ASKED_LAST = range(531, 538)
CANCEL = re.compile(r"/cancel (\d{8}-\d{4,})")


def _offer(fake: FakeBotAPI, citizen: int, before: int) -> dict[str, Any]:
    said: list[dict[str, Any]] = fake.wait_sent(citizen, before + 1)
    return said[-1]


def report(fake: FakeBotAPI, bot: BotProcess, citizen: int, text: str) -> dict[str, Any]:
    """The citizen reports `text`; returns its ticket once they were told its number."""
    ticket = reported(fake, bot, citizen, text)
    wait_text(fake, citizen, ticket["number"])
    return ticket


def _said(fake: FakeBotAPI, bot: BotProcess, citizen: int, text: str) -> dict[str, Any]:
    """The citizen sends `text`; the bot's next message to them (no ticket opened by it)."""
    had, before = len(tickets_of(bot, citizen)), len(fake.sent(citizen))
    fake.send_text(citizen, text)
    message = _offer(fake, citizen, before)
    assert len(tickets_of(bot, citizen)) == had, text
    return message


def test_a_number_with_words_to_withdraw_is_about_that_ticket_only(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, (NUMBERED, CHINESE))
    for citizen, (done_text, open_text) in {
        NUMBERED: ("There has been no water in our flat since Monday",
                   "The street light outside building 6 has been dark all week"),
        CHINESE: ("西关村自来水管冻裂了，家里没水用", "村口那盏路灯晚上一直不亮")}.items():
        finished = report(fake, bot, citizen, done_text)
        still = report(fake, bot, citizen, open_text)
        finish(fake, bot, finished, "Pipe repaired" if citizen == NUMBERED else "已抢修")
        ask_visits(bot, 1, days=1 if citizen == NUMBERED else 2)
        # The 办结 notice and the 回访 question have reached the citizen: what follows is the offer.
        wait_text(fake, citizen, "get in touch" if citizen == NUMBERED else "经办人是否联系过您")
        for text in (f"Please withdraw case {still['number']}, it was fixed.",
                     f"cancel {still['number']} please, it works again now") \
                if citizen == NUMBERED else (f"撤回 {still['number']}，已经修好了",
                                             f"{still['number']}这个单子撤销吧，路灯已经亮了"):
            offer = _said(fake, bot, citizen, text)
            assert still["number"] in offer["text"] and finished["number"] not in offer["text"]
            assert buttons(offer) == [f"wd:{still['id']}"], text
            assert CANCEL.findall(offer["text"]) == [still["number"]], offer["text"]
        # The other ticket's 回访 was answered by none of it, and nothing was withdrawn.
        assert row(bot, finished)["state"] == "resolved"
        assert row(bot, finished)["solved"] is None and row(bot, finished)["contacted"] is None
        assert events(bot, finished, "rate") == [] and row(bot, still)["state"] == "new"
    # A number that is no ticket of the writer's: "not found", nothing else touched.
    mine = tickets_of(bot, NUMBERED)
    offer = _said(fake, bot, NUMBERED, "Please withdraw case 20200101-0042, it was fixed.")
    assert "20200101-0042" in offer["text"] and buttons(offer) == []
    assert [t["state"] for t in tickets_of(bot, NUMBERED)] == [t["state"] for t in mine]
    assert row(bot, mine[0])["solved"] is None


def test_a_matter_named_offers_its_own_tickets_else_the_open_ones(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, (LIFT, LIFT_EN, NONE_MATCH))
    lift = report(fake, bot, LIFT, "我们单元的电梯坏了三天了，老人上下楼很困难")
    report(fake, bot, LIFT, "家里停水了，一滴水都没有")
    report(fake, bot, LIFT, "楼道里煤气味特别大，好像哪里漏气了")
    for text in ("电梯那个单子撤了吧，物业已经修好了", "把电梯的投诉撤回吧，现在能用了"):
        offer = _said(fake, bot, LIFT, text)
        assert buttons(offer) == [f"wd:{lift['id']}"], (text, offer["text"])
        assert CANCEL.findall(offer["text"]) == [lift["number"]]

    lift_en = report(fake, bot, LIFT_EN, "The lift in our block has been broken for days")
    water_en = report(fake, bot, LIFT_EN, "No water in the building since this morning")
    for text in ("Please cancel my report about the lift, it works again",
                 "I want to withdraw the complaint about the lift. Fixed by the estate."):
        offer = _said(fake, bot, LIFT_EN, text)
        assert buttons(offer) == [f"wd:{lift_en['id']}"], (text, offer["text"])
        assert CANCEL.findall(offer["text"]) == [lift_en["number"]]
        assert "withdraw" in offer["text"].lower()
    offer = _said(fake, bot, LIFT_EN, "Please withdraw my case about the water")
    assert buttons(offer) == [f"wd:{water_en['id']}"]

    # No ticket holds the matter named: the open ones listed, the hint names one of them.
    mine = [report(fake, bot, NONE_MATCH, "小区门口的下水道堵了，污水冒出来了"),
            report(fake, bot, NONE_MATCH, "我家楼下的路灯不亮了")]
    offer = _said(fake, bot, NONE_MATCH, "噪音那个单子撤了吧")
    assert sorted(buttons(offer)) == sorted(f"wd:{t['id']}" for t in mine)
    hint = CANCEL.findall(offer["text"])
    assert len(hint) == 1 and hint[0] in {t["number"] for t in mine}
    assert all(t["number"] in offer["text"] for t in mine)


def _two_chinese_visits(fake: FakeBotAPI, bot: BotProcess, citizen: int) -> list[dict[str, Any]]:
    chinese = [report(fake, bot, citizen, "北街小区门口垃圾三天没人清了"),
               report(fake, bot, citizen, "南街3号楼停水了，到现在还没来水")]
    for ticket in chinese:
        finish(fake, bot, ticket, "已处理")
    return chinese


def test_thanks_after_an_english_finish_is_that_tickets_answer(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, (THANKS, ASKED_LAST))
    chinese = _two_chinese_visits(fake, bot, THANKS)
    late = _two_chinese_visits(fake, bot, ASKED_LAST)
    ask_visits(bot, 4)
    for citizen in (THANKS, ASKED_LAST):
        wait_text(fake, citizen, "联系过您", 2)
    english = report(fake, bot, THANKS, "The manhole cover on Market Road is missing")
    finish(fake, bot, english, "The cover was replaced this afternoon")
    wait_text(fake, THANKS, "replaced")
    answer = answer_to(fake, THANKS, "Thanks, it's fixed now")
    assert "waiting for feedback" not in answer and english["number"] in answer, answer
    assert events(bot, english, "visit_ahead") == ["Thanks, it's fixed now"]
    for ticket in chinese:
        assert row(bot, ticket)["solved"] is None and events(bot, ticket, "visit_ahead") == []

    # Its 回访 asked after the Chinese ones': a short answer naming nothing is its own.
    lift = report(fake, bot, ASKED_LAST, "There is no water in block 4 since yesterday")
    finish(fake, bot, lift, "The water main was repaired")
    ask_visits(bot, 2, days=2)
    wait_text(fake, ASKED_LAST, "Feedback")
    answer = answer_to(fake, ASKED_LAST, "Thanks, it's fixed now")
    assert "waiting for feedback" not in answer and lift["number"] in answer, answer
    for ticket in late:
        assert row(bot, ticket)["solved"] is None and row(bot, ticket)["contacted"] is None
