"""The same complaint a week later is linked (outside tester; refs #10): a citizen who reports
again the matter of a ticket of theirs at the same place gets no new unlinked ticket. A ticket
still open gets the words as a 补充 (the citizen told its number, its unit the words, and a
群众催办 when it is late); one finished within 30 days gets a new ticket linked to it (与您此前的
第N号诉求相关). Another matter at the same place, or the same matter elsewhere, is a ticket of its
own, and so is one told after 30 days. Through the real bot and the fake Bot API."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import (
    CST,
    GROUPS,
    OVERRIDES,
    STAFF,
    events,
    finish,
    join_staff,
    report,
    row,
    tickets_of,
    wait_text,
)

LATE = {  # still open, its unit late by then: a 补充 and a 催办
    721: ("幸福小区3号楼停水了，一直没来水", "幸福小区3号楼又停水了，到现在还没来水"),
    722: ("后王楼村村东头的路灯坏了，晚上黑乎乎的", "后王楼村的路灯坏了，晚上什么也看不见"),
    723: ("人民路88号门口的下水道堵了，污水横流", "人民路88号下水道又堵了，臭得很"),
}
IN_TIME = {725: ("胜利村自来水管漏水了", "胜利村的自来水管漏水，路上都是水")}  # signed, in time
FINISHED = {  # finished (closed 默认满意) ten days before: a new ticket linked to it
    731: ("金城花园门口的路灯坏了", "金城花园门口的路灯又坏了，晚上黑乎乎的"),
    732: ("光明村的自来水停了", "光明村又停水了，做饭都没水"),
    733: ("城关镇东街的井盖丢了", "城关镇东街井盖又丢了"),
}
APART = {  # another matter at the same place, the same matter elsewhere: a ticket of its own
    741: ("幸福小区停水了", "幸福小区路灯坏了"),
    742: ("幸福小区3号楼停水了", "幸福小区5号楼停水了"),
    743: ("城关镇东街的路灯坏了", "城关镇东街的井盖丢了"),
    744: ("光明村停水了", "胜利村停水了"),
    745: ("光明村停电了", "光明村停水了"),
}
LONG_AGO = {734: ("金城花园门口的路灯坏了", "金城花园门口的路灯又坏了")}  # finished 45 days before


def _tick(bot: BotProcess, start: dt.datetime, days: int) -> dt.datetime:
    moment = (start + dt.timedelta(days=days)).astimezone(CST).replace(
        hour=10, minute=0, second=0, microsecond=0)
    assert bot.cli("tick", "--now", moment.isoformat()).returncode == 0
    return moment


def _again(fake: FakeBotAPI, citizen: int, text: str, needle: str) -> str:
    """The bot's answer to `text`: the first message after it with `needle` (follow-up notices
    may come meanwhile)."""
    before = len(fake.sent(citizen))
    fake.send_text(citizen, text)
    found: str = fake.wait_until(lambda: next((
        m["text"] for m in fake.sent(citizen)[before:] if needle in (m["text"] or "")), None),
        timeout=20)
    return found


def _linked(bot: BotProcess, new: dict[str, Any], earlier: dict[str, Any]) -> bool:
    return events(bot, new, "related") == [earlier["number"]] and \
        new["number"] in events(bot, earlier, "related")


def test_the_same_matter_told_again_days_on_is_linked(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    cases = {**LATE, **IN_TIME, **FINISHED, **APART, **LONG_AGO}
    join_staff(fake, bot, tuple(cases))
    first = {c: report(fake, bot, c, said) for c, (said, _) in cases.items()}
    start = dt.datetime.fromisoformat(first[721]["received_at"])
    for citizen in (*FINISHED, *LONG_AGO):
        finish(fake, bot, first[citizen], "已处理完毕")
    fake.send_text(STAFF["water"], f"/accept {first[725]['number']}")
    fake.wait_until(lambda: row(bot, first[725])["state"] == "accepted", timeout=15)
    wait_text(fake, 725, "已由县水务局签收")  # its push delivered before the citizen writes again
    _tick(bot, start, 1)  # the 回访 asked
    # Still in time: the words join the ticket, the unit is not urged.
    answer = _again(fake, 725, IN_TIME[725][1], "您反映")
    assert first[725]["number"] in answer and "作为补充" in answer and "催促" not in answer, answer
    assert events(bot, first[725], "supplement") == [IN_TIME[725][1]]
    assert not events(bot, first[725], "chased")
    wait_text(fake, GROUPS["water"], IN_TIME[725][1])
    _tick(bot, start, 5)  # unanswered 回访 closed as 默认满意
    # The open ones overdue; the 回访 closed over 7 days before, so that words of its matter are
    # no late answer to it (bot/actions/visit_late.py: 还是没水 then reopens that ticket).
    _tick(bot, start, 14)
    assert {row(bot, first[c])["state"] for c in FINISHED} == {"closed"}
    for citizen, (_, said) in LATE.items():
        ticket = first[citizen]
        answer = _again(fake, citizen, said, "您反映的这件事")
        assert ticket["number"] in answer and "作为补充" in answer and "催促" in answer, answer
        assert len(tickets_of(bot, citizen)) == 1, said
        assert events(bot, ticket, "supplement") == [said]
        assert events(bot, ticket, "chased")
        group = GROUPS[ticket["unit"]]
        wait_text(fake, group, said)
        wait_text(fake, group, f"群众催办 工单 {ticket['number']}：")
    for citizen, (_, said) in FINISHED.items():
        answer = _again(fake, citizen, said, "已收到您的反映")
        assert len(tickets_of(bot, citizen)) == 2, answer
        earlier, new = tickets_of(bot, citizen)
        assert new["text"] == said and new["number"] in answer, answer
        assert f"与您此前的第 {earlier['number']} 号诉求相关" in answer, answer
        assert _linked(bot, new, earlier), said
        pushed = wait_text(fake, GROUPS[new["unit"]], f"新工单 {new['number']} 与该市民此前的")
        assert earlier["number"] in pushed[0] and "再次反映" in pushed[0], pushed
    for citizen, (_, said) in APART.items():
        answer = _again(fake, citizen, said, "已收到您的反映")
        earlier, new = tickets_of(bot, citizen)
        assert new["text"] == said and "此前的第" not in answer and "作为补充" not in answer, answer
        assert not events(bot, new, "related") and not events(bot, earlier, "supplement")
    _tick(bot, start, 45)
    for citizen, (_, said) in LONG_AGO.items():
        answer = _again(fake, citizen, said, "已收到您的反映")
        earlier, new = tickets_of(bot, citizen)
        assert new["text"] == said and "此前的第" not in answer, answer
        assert not events(bot, new, "related")
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
