"""One message answering two waiting 回访, and answers after a re-asked question (an outside
tester, refs #10), through the real bot and the fake Bot API. With visits waiting for a water
ticket and a street light's, 路灯那个修好了，挺满意的。停水那个没人联系俺，… answers each in its
part — never a new water ticket, never lost to 默认满意 — and the citizen is told what was kept
for each; the reasons said with all three answers in one sentence reach the unit's 重办 notice,
/show and the ledger as they do over two messages; and a typed 联系过 right after the bot asked
one ticket's question again is that ticket's answer, unless it names another."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import (
    OVERRIDES,
    STAFF,
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

CITIZEN = 561
WATER = "东街5号楼停水了，水龙头一滴水也没有"
LAMP = "北关十字路口的路灯坏了，晚上黑得看不见路"


def _two_visits(fake: FakeBotAPI, bot: BotProcess) -> tuple[dict[str, Any], dict[str, Any]]:
    """The water ticket (0001) and the street light's (0002), both finished, visits asked."""
    join_staff(fake, bot, (CITIZEN,))
    water, lamp = report(fake, bot, CITIZEN, WATER), report(fake, bot, CITIZEN, LAMP)
    assert (water["unit"], lamp["unit"]) == ("water", "urban")
    for ticket in (water, lamp):
        finish(fake, bot, ticket, "已安排人员处理完毕")
    ask_visits(bot, 2)
    wait_text(fake, CITIZEN, "联系过您", 2)
    return water, lamp


def _ledger(bot: BotProcess, tmp_path: Path, number: str) -> str:
    out = tmp_path / "ledger.csv"
    assert bot.cli("export", "--out", str(out)).returncode == 0
    with out.open(encoding="utf-8-sig") as f:
        return next("|".join(r) for r in csv.reader(f) if number in r)


def test_one_message_answers_both_waiting_visits(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    water, lamp = _two_visits(fake, bot)
    before = len(texts(fake, CITIZEN))
    fake.send_text(CITIZEN, "路灯那个修好了，挺满意的。停水那个没人联系俺，水压还是很低，"
                            "三楼上不去水，不满意")
    # The water part records 否 and keeps its 不满意 (no 默认满意 can close it now), its unit
    # told the reasons; the lamp part is kept for its 回访 (是否联系过您 still waits): 已解决
    # and 满意. Neither is a new ticket.
    fake.wait_until(lambda: events(bot, water, "rate") == ["c:0"], timeout=20)
    kept_water = bot.query("SELECT new FROM events WHERE ticket_id = ? AND action = 'visit_said'"
                           " AND instr(coalesce(new, ''), 'r') > 0", [water["id"]])
    assert kept_water and row(bot, water)["rating"] == "unsatisfied"
    wait_text(fake, WATER_GROUP, "三楼上不去水")
    wait_text(fake, CITIZEN, "第二个问题")
    kept = bot.query("SELECT new FROM events WHERE ticket_id = ? AND action = 'visit_ahead'",
                     [lamp["id"]])
    assert kept and {"s:1", "r:3"} <= set((kept[-1]["new"] or "").split(","))
    assert row(bot, lamp)["state"] == "resolved"
    said = fake.wait_until(lambda: (new := texts(fake, CITIZEN)[before:]) and any(
        lamp["number"] in t for t in new) and any(water["number"] in t for t in new)
        and new, timeout=20)
    assert not [t for t in said if "等待回访" in t], said
    assert len(tickets_of(bot, CITIZEN)) == 2
    assert not [r for r in fake.unexpected_errors() if r.status != 429]


def test_reasons_said_with_all_three_answers_reach_the_unit(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess], tmp_path: Path
) -> None:
    bot = make_bot(OVERRIDES)
    water, _ = _two_visits(fake, bot)
    fake.send_text(CITIZEN, "停水那个没人联系俺，水压还是低，三楼上不去水，没解决，不满意")
    fake.wait_until(lambda: row(bot, water)["state"] == "reopened", timeout=20)
    [notice] = wait_text(fake, WATER_GROUP, "重办")
    assert "市民回访时说：" in notice and "三楼上不去水" in notice, notice
    fake.send_text(STAFF["water"], f"/show {water['number']}")
    [shown] = wait_text(fake, STAFF["water"], "三楼上不去水")
    assert water["number"] in shown
    assert "三楼上不去水" in _ledger(bot, tmp_path, water["number"])
    assert len(tickets_of(bot, CITIZEN)) == 2
    assert not [r for r in fake.unexpected_errors() if r.status != 429]


def test_a_typed_answer_after_a_question_asked_again_is_that_tickets(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    water, lamp = _two_visits(fake, bot)
    fake.send_text(CITIZEN, "路灯那个还是不亮")  # kept on the lamp ticket, its question asked again
    wait_text(fake, CITIZEN, "请再回答一下这个问题：")
    fake.send_text(CITIZEN, "联系过")
    fake.wait_until(lambda: row(bot, lamp)["contacted"] == 1, timeout=20)
    assert row(bot, water)["contacted"] is None
    assert not [t for t in texts(fake, CITIZEN) if "等待回访" in t]
    # Asked again for the lamp's next question, a typed answer naming the water is the water's.
    fake.send_text(CITIZEN, "停水那个联系过了")
    fake.wait_until(lambda: row(bot, water)["contacted"] == 1, timeout=20)
    assert row(bot, lamp)["solved"] in (None, 0)
    assert len(tickets_of(bot, CITIZEN)) == 2
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
