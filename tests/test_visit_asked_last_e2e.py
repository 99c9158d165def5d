"""Several 回访 waiting for one citizen, and words that are no answer (an outside tester; refs
#10): a rating or answer goes to the question the bot asked last when it fits that question
(9分 right after a ticket's 满意度 was asked is that ticket's, not the newest visit's); words
that are no answer — a bare 1, a place told as a piece of a report — are never kept as a 回访
opinion nor told to a unit as one, and the place joins the report being told; a sentence saying
the visited matter is still not put right (没人联系过我，路还是烂的，…就算办结了？糊弄人) answers
its 回访 (否, 未解决, 不满意: 重办), and opens no ticket elsewhere; an English answer to a Chinese
ticket's 回访 is followed in English."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import (
    GROUPS,
    ask_visits,
    events,
    finish,
    join_staff,
    report,
    row,
    texts,
    tickets_of,
    visits_asked,
    wait_text,
    with_transport,
)

ROAD, PIECES, ENGLISH, LATER = 581, 582, 583, 584
WATER_CUT = "西街{}号楼停水两天了，一直没有来水"
BAD_ROAD = "我们村通往镇上那条水泥路坑坑洼洼好几年了，一下雨就没法走"


def _visits(fake: FakeBotAPI, make_bot: Callable[..., BotProcess],
            monkeypatch: pytest.MonkeyPatch) -> tuple[BotProcess, dict[int, list[dict[str, Any]]]]:
    """The bot; two citizens with a water cut and a bad road each, one with a water cut, every
    ticket finished and its 回访 asked (the road's first question asked last)."""
    bot = make_bot(with_transport(monkeypatch))
    join_staff(fake, bot, (ROAD, PIECES, ENGLISH))
    mine = visits_asked(fake, bot, {ROAD: (WATER_CUT.format(1), BAD_ROAD),
                                    PIECES: (WATER_CUT.format(2), BAD_ROAD),
                                    ENGLISH: WATER_CUT.format(3)}, "已列入计划，近期安排处理")
    assert [t["unit"] for t in mine[ROAD]] == ["water", "transport"]
    return bot, mine


def _settle() -> None:
    time.sleep(3)  # nothing more comes: what was sent is all there is


def _opinions(bot: BotProcess, *told: dict[str, Any]) -> list[str]:
    return [said for ticket in told for said in events(bot, ticket, "visit_said")]


def test_answers_go_to_the_question_asked_last_and_no_answer_is_no_opinion(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess], monkeypatch: pytest.MonkeyPatch
) -> None:
    bot, mine = _visits(fake, make_bot, monkeypatch)
    water, road = mine[ROAD]
    heard = {unit: len(texts(fake, group)) for unit, group in GROUPS.items()}

    # A bare 1 answers 是否联系过您 of neither: not kept, not told to any unit.
    before = len(fake.sent(ROAD))
    fake.send_text(ROAD, "1")
    fake.wait_sent(ROAD, before + 1)
    _settle()
    assert not any("已记入" in t for t in texts(fake, ROAD)[before:])
    assert _opinions(bot, water, road) == []
    assert all(len(texts(fake, group)) == heard[unit] for unit, group in GROUPS.items())
    assert (row(bot, water)["contacted"], row(bot, road)["contacted"]) == (None, None)

    # The water visit answered by its number: its 满意度 is the question asked last, and 9分
    # answers it — not the road's 是否联系过您, the newest visit.
    fake.send_text(ROAD, f"{water['number']} 联系过了，解决了")
    wait_text(fake, ROAD, "最后一个问题")
    fake.send_text(ROAD, "9分")
    fake.wait_until(lambda: row(bot, water)["state"] == "closed", timeout=15)
    assert row(bot, water)["rating"] == "satisfied"
    assert (row(bot, road)["contacted"], row(bot, road)["state"]) == (None, "resolved")
    assert _opinions(bot, water, road) == []

    # The road's matter still not put right, in a sentence: 否, 未解决, 不满意 — 重办, the words
    # told to transport; no new ticket anywhere.
    fake.send_text(ROAD, "没人联系过我，路还是烂的，列入计划就算办结了？糊弄人")
    fake.wait_until(lambda: row(bot, road)["state"] == "reopened", timeout=15)
    done = row(bot, road)
    assert events(bot, road, "rate") == ["c:0", "s:0", "r:1"]
    assert len(tickets_of(bot, ROAD)) == 2
    [back] = wait_text(fake, GROUPS["transport"], "重办")
    assert road["number"] in back and "路还是烂的" in back
    assert done["reopen_count"] == 1
    assert not [r for r in fake.unexpected_errors() if r.status != 429]


def test_a_place_told_in_pieces_joins_the_report_not_a_visit(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess], monkeypatch: pytest.MonkeyPatch
) -> None:
    bot, mine = _visits(fake, make_bot, monkeypatch)
    water, road = mine[PIECES]
    heard = len(texts(fake, GROUPS["transport"]))

    # 很满意 fits the question asked last (the road's 是否联系过您) not: asked which.
    before = len(fake.sent(PIECES))
    fake.send_text(PIECES, "很满意")
    [which] = fake.wait_until(lambda: [t for t in texts(fake, PIECES)[before:]
                                       if "等待回访" in t], timeout=15)
    assert water["number"] in which and road["number"] in which
    assert (row(bot, water)["rating"], row(bot, road)["rating"]) == (None, None)

    for piece in ("我想反映个事", "就是我们村东头那个桥"):
        before = len(fake.sent(PIECES))
        fake.send_text(PIECES, piece)
        fake.wait_sent(PIECES, before + 1)
    assert "记下了：我们村东头那个桥" in texts(fake, PIECES)[-1]  # held for what is wrong
    fake.send_text(PIECES, "栏杆断了一大截，小孩上学天天从那过，太危险了")
    fake.wait_until(lambda: len(tickets_of(bot, PIECES)) == 3, timeout=15)
    _settle()
    bridge = tickets_of(bot, PIECES)[-1]
    assert "村东头那个桥" in bridge["text"] and "栏杆断了" in bridge["text"], bridge["text"]
    assert _opinions(bot, water, road) == []
    told = texts(fake, GROUPS["transport"])[heard:]
    assert not any("回访中" in t for t in told), told
    assert (row(bot, water)["contacted"], row(bot, road)["contacted"]) == (None, None)
    assert not [r for r in fake.unexpected_errors() if r.status != 429]


def test_an_english_answer_is_followed_in_english(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess], monkeypatch: pytest.MonkeyPatch
) -> None:
    bot, mine = _visits(fake, make_bot, monkeypatch)
    [water] = mine[ENGLISH]
    before = len(fake.sent(ENGLISH, "sendMessage"))
    fake.send_text(ENGLISH, "yes, they called me")
    [second] = wait_text(fake, ENGLISH, "second question")
    assert "Has your problem been solved?" in second
    fake.send_text(ENGLISH, "solved, thanks")
    [last] = wait_text(fake, ENGLISH, "last question")
    assert "Are you satisfied" in last
    fake.send_text(ENGLISH, "satisfied")
    fake.wait_until(lambda: row(bot, water)["state"] == "closed", timeout=15)
    _settle()
    # Every message sent since (the Chinese question's own message keeps its language when its
    # buttons go) is English but for the report's own words, quoted.
    after = [m["text"] for m in fake.sent(ENGLISH, "sendMessage")[before:]]
    assert len(after) == 3 and all(not any("\u4e00" <= c <= "\u9fff" for c in t.split("About:")[0])
                                   for t in after), after
    assert "closed" in after[-1]
    assert (row(bot, water)["contacted"], row(bot, water)["solved"],
            row(bot, water)["rating"]) == (1, 1, "satisfied")
    assert not [r for r in fake.unexpected_errors() if r.status != 429]


def test_the_road_asked_after_the_water_takes_the_sentence_about_it(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The tester's state: the road's 回访 asked a day after the water's, both at 是否联系过您;
    the sentence, routed to the approval bureau by its 办结, is the road's answer."""
    bot = make_bot(with_transport(monkeypatch))
    join_staff(fake, bot, (LATER,))
    water = report(fake, bot, LATER, WATER_CUT.format(4))
    road = report(fake, bot, LATER, BAD_ROAD)
    finish(fake, bot, water, "已抢修管道，恢复供水")
    ask_visits(bot, 1)
    wait_text(fake, LATER, "联系过您")
    finish(fake, bot, road, "已列入计划，近期安排处理")
    ask_visits(bot, 1, days=2)
    wait_text(fake, LATER, "联系过您", 2)
    fake.send_text(LATER, "没人联系过我，路还是烂的，列入计划就算办结了？糊弄人")
    fake.wait_until(lambda: row(bot, road)["state"] == "reopened", timeout=15)
    _settle()
    assert events(bot, road, "rate") == ["c:0", "s:0", "r:1"]
    assert len(tickets_of(bot, LATER)) == 2
    assert (row(bot, water)["contacted"], row(bot, water)["state"]) == (None, "resolved")
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
