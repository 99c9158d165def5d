"""One message answering two waiting 回访 a sentence each keeps each one's words as a one-ticket
answer does (an outside tester, refs #10), through the real bot and the fake Bot API: the part
that sends a ticket back (下水道那个没人来，还是堵着…，不满意) is its 市民回访留言 — in the unit's 重办
push, in /show and in the ledger — as it is when that visit alone waits and the answer opens
with the matter's name; a matter named by a word no unit has (坑那个：…) finds its own ticket,
never the other visit's."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import (
    STAFF,
    WATER_GROUP,
    ask_visits,
    events,
    finish,
    join_staff,
    report,
    row,
    texts,
    wait_text,
    with_transport,
)

ALONE, BOTH, PIT = range(541, 544)
DRAIN = "小区门口下水道堵了，污水流得满街都是"
LAMP = "村东头的路灯坏了半个月了，黑灯瞎火的"
SENT_BACK = "还是堵着，污水还往外冒"
REPORTS = {ALONE: [DRAIN], BOTH: [DRAIN, LAMP], PIT: ["俺家门前那段路有个大坑，三轮车老是颠", LAMP]}
ANSWERS = {ALONE: f"下水道那个没人来，{SENT_BACK}，不满意",
           BOTH: f"路灯那个修好了，来人了，挺满意的。下水道那个没人来，{SENT_BACK}，不满意",
           PIT: "坑那个：没人来，坑还在那，没解决，不满意。路灯那个：来人了，灯亮了，俺挺得劲"}


def test_each_part_of_an_answer_to_two_visits_keeps_its_words(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    bot = make_bot(with_transport(monkeypatch))
    join_staff(fake, bot, tuple(REPORTS))
    mine = {citizen: [report(fake, bot, citizen, text) for text in told]
            for citizen, told in REPORTS.items()}
    for ticket in (t for told in mine.values() for t in told):
        finish(fake, bot, ticket, "已安排人员处理完毕")
    ask_visits(bot, sum(len(told) for told in REPORTS.values()))
    for citizen in REPORTS:
        wait_text(fake, citizen, "联系过您", count=len(REPORTS[citizen]))
    for citizen, answer in ANSWERS.items():
        fake.send_text(citizen, answer)

    sent_back = {citizen: told[0] for citizen, told in mine.items()}
    for ticket in sent_back.values():
        fake.wait_until(lambda t=ticket: row(bot, t)["state"] == "reopened", timeout=20)
    for citizen in (BOTH, PIT):
        lamp = mine[citizen][1]
        fake.wait_until(lambda t=lamp: row(bot, t)["state"] == "closed", timeout=20)
        assert row(bot, lamp)["solved"] == 1
    pit = sent_back[PIT]
    assert any("坑还在那" in said for said in events(bot, pit, "visit_said"))

    # The words of the part that sent the drain back, as a one-ticket answer keeps them.
    for citizen in (ALONE, BOTH):
        number = sent_back[citizen]["number"]
        assert any(SENT_BACK in said for said in events(bot, sent_back[citizen], "visit_said"))
        fake.wait_until(lambda n=number: [t for t in texts(fake, WATER_GROUP)
                                          if "重办" in t and n in t and SENT_BACK in t], timeout=20)
        before = len(texts(fake, STAFF["water"]))
        fake.send_text(STAFF["water"], f"/show {number}")
        shown = fake.wait_until(lambda b=before, n=number: [
            t for t in texts(fake, STAFF["water"])[b:] if "办理记录" in t and n in t],
                                timeout=20)[-1]
        assert "市民回访留言" in shown and SENT_BACK in shown, shown
    out = tmp_path / "ledger.csv"
    assert bot.cli("export", "--out", str(out)).returncode == 0
    with out.open(encoding="utf-8-sig", newline="") as ledger:
        rows = {cells[0]: " ".join(cells) for cells in csv.reader(ledger)}
    alone, both = (rows[sent_back[c]["number"]] for c in (ALONE, BOTH))
    assert (SENT_BACK in alone) == (SENT_BACK in both), (alone, both)
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
