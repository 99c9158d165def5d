"""Words said while a 回访 question waits, through the real bot process and the fake Bot API (an
outside tester, refs #10): a rhetorical or indirect answer (这能叫解决吗？…, 水来是来了，…能喝吗,
这不还没换呢, 是俺儿子接的电话) is that question's answer, words that answer nothing and name no
matter (你们自己心里清楚) are kept on the visit and the question is asked again — never a ticket at
the hotline nor a 补充 to another ticket — while a new matter named still opens a ticket; in
English, "nobody talked to me, but …" answers 是否联系过您, and a rating with a remark keeps the
remark on the visit (市民回访留言), never a hotline ticket."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import (
    OVERRIDES,
    WATER_GROUP,
    ask_visits,
    events,
    finish,
    join_staff,
    report,
    texts,
    tickets_of,
    type_answer,
    wait_text,
)

ASKED_BACK, GRANTED, UNCLEAR, SON, NOT_YET, LIGHT, STARS = range(561, 568)
VISITED = {
    ASKED_BACK: "西街1号楼停水两天了，一直没有来水",
    GRANTED: "西街2号楼停水两天了，一直没有来水",
    UNCLEAR: "西街3号楼停水两天了，一直没有来水",
    SON: "西街4号楼停水两天了，一直没有来水",
    NOT_YET: "西街5号楼停水两天了，一直没有来水",
    LIGHT: "There has been no water in my building on West Street for two days",
    STARS: "There has been no water in our flat on East Street for three days",
}
YELLOW = "俺家水龙头流出来的水是黄的，还有一股铁锈味"  # GRANTED's other water ticket, still open
POTHOLE = "村口那段路上有个大坑，车过去颠得厉害"  # UNCLEAR's new matter, told at the 回访


@pytest.fixture
def bot(fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> BotProcess:
    """Every citizen's report finished by the unit and its 回访 asked; GRANTED has another still
    open, reported after theirs and before the 办结 (visits_asked would finish it too)."""
    started = make_bot(OVERRIDES)
    join_staff(fake, started, tuple(VISITED))
    visited = [report(fake, started, citizen, text) for citizen, text in VISITED.items()]
    report(fake, started, GRANTED, YELLOW)
    for ticket in visited:
        finish(fake, started, ticket, "已抢修管道，恢复供水")
    ask_visits(started, len(VISITED), days=2)
    for citizen in VISITED:
        wait_text(fake, citizen, "get in touch" if citizen in (LIGHT, STARS) else "联系过您")
    return started


def _visited(bot: BotProcess, citizen: int) -> dict[str, Any]:
    return tickets_of(bot, citizen)[0]


def test_indirect_answers_answer_the_question_waiting(fake: FakeBotAPI, bot: BotProcess) -> None:
    start = {citizen: len(texts(fake, citizen)) for citizen in VISITED}
    for citizen in (ASKED_BACK, GRANTED, UNCLEAR):
        type_answer(fake, bot, citizen, "有", "contacted")
        wait_text(fake, citizen, "您的问题是否已经解决")

    # Asked back: 未解决, the words kept on the visit and told to the unit; no hotline ticket.
    type_answer(fake, bot, ASKED_BACK, "这能叫解决吗？管子一碰就又漏了", "solved")
    assert _visited(bot, ASKED_BACK)["solved"] == 0
    wait_text(fake, ASKED_BACK, "您对办理结果是否满意")
    assert "这能叫解决吗？管子一碰就又漏了" in events(bot, _visited(bot, ASKED_BACK), "visit_said")
    wait_text(fake, WATER_GROUP, "这能叫解决吗？管子一碰就又漏了")

    # Granted only in part: 未解决; no new water ticket, no 补充 on the open yellow-water one.
    type_answer(fake, bot, GRANTED, "水来是来了，黄汤子能喝吗", "solved")
    assert _visited(bot, GRANTED)["solved"] == 0
    visited, yellow = tickets_of(bot, GRANTED)
    assert "水来是来了，黄汤子能喝吗" in events(bot, visited, "visit_said")
    assert yellow["text"] == YELLOW and not events(bot, yellow, "supplement")

    # A new matter named still opens a ticket; words that answer nothing and name no matter
    # are kept on the visit and its question asked again, never a 补充 to that new ticket.
    fake.send_text(UNCLEAR, POTHOLE)
    fake.wait_until(lambda: len(tickets_of(bot, UNCLEAR)) == 2, timeout=15)
    pothole = tickets_of(bot, UNCLEAR)[1]
    assert pothole["unit"] == "transport"
    fake.send_text(UNCLEAR, "你们自己心里清楚")
    [again] = wait_text(fake, UNCLEAR, "请再回答一下这个问题")
    assert "您的问题是否已经解决" in again
    fake.wait_until(lambda: "你们自己心里清楚" in events(bot, _visited(bot, UNCLEAR),
                                                         "visit_said"), timeout=15)
    assert _visited(bot, UNCLEAR)["solved"] is None
    assert len(tickets_of(bot, UNCLEAR)) == 2 and not events(bot, pothole, "supplement")
    assert not [t for t in texts(fake, UNCLEAR) if "已补充到" in t]

    # Someone at home took the call: 联系过; the next question is asked.
    type_answer(fake, bot, SON, "我不在家，是俺儿子接的电话", "contacted")
    assert _visited(bot, SON)["contacted"] == 1
    wait_text(fake, SON, "您的问题是否已经解决")

    # The work promised and not done yet (这不还没换呢): 联系过, 未解决 — not a remark.
    type_answer(fake, bot, NOT_YET, "来人看了，接了根临时的管子，说下周换，这不还没换呢", "solved")
    row = _visited(bot, NOT_YET)
    assert (row["contacted"], row["solved"]) == (1, 0)
    assert not [t for t in texts(fake, NOT_YET) if "我们会认真改进" in t]

    for citizen in (ASKED_BACK, SON, NOT_YET):
        assert len(tickets_of(bot, citizen)) == 1
        assert not [t for t in texts(fake, citizen)[start[citizen]:] if "已收到您的反映" in t]
    assert len(tickets_of(bot, GRANTED)) == 2
    assert not bot.query("SELECT 1 FROM tickets WHERE unit = 'hotline'")
    assert not [r for r in fake.unexpected_errors() if r.status != 429]


def test_english_answers_are_read_and_a_remark_is_no_ticket(
    fake: FakeBotAPI, bot: BotProcess
) -> None:
    start = {citizen: len(texts(fake, citizen)) for citizen in VISITED}

    # "Nobody talked to me" answers the question asked (not contacted), the rest 已解决.
    type_answer(fake, bot, LIGHT, "Nobody talked to me, but the water is back now", "solved")
    row = _visited(bot, LIGHT)
    assert (row["contacted"], row["solved"]) == (0, 1)
    wait_text(fake, LIGHT, "Are you satisfied with the result?")
    assert not [t for t in texts(fake, LIGHT) if "Please also answer this question" in t]

    # A rating with a remark: 满意, the remark kept on the visit (市民回访留言).
    remark = "4 stars, the plumber left the old pipe and the packaging on the ground though"
    fake.send_text(LIGHT, remark)
    fake.wait_until(lambda: _visited(bot, LIGHT)["state"] == "closed", timeout=15)
    assert _visited(bot, LIGHT)["rating"] == "satisfied"
    assert remark in events(bot, _visited(bot, LIGHT), "visit_said")
    wait_text(fake, LIGHT, "Your comment is recorded with the feedback")

    # The same said while 是否联系过您 waits: the rating kept for its turn, the remark on the
    # visit, the question asked again — no case at the hotline.
    fake.send_text(STARS, remark)
    [again] = wait_text(fake, STARS, "Please also answer this question")
    assert "Satisfied" in again and "get in touch" in again
    assert events(bot, _visited(bot, STARS), "visit_ahead") == [remark]
    assert remark in events(bot, _visited(bot, STARS), "visit_said")
    fake.send_text(STARS, "yes they came, fixed")
    fake.wait_until(lambda: _visited(bot, STARS)["state"] == "closed", timeout=15)
    assert _visited(bot, STARS)["rating"] == "satisfied"

    for citizen in (LIGHT, STARS):
        assert len(tickets_of(bot, citizen)) == 1
        assert not [t for t in texts(fake, citizen)[start[citizen]:]
                    if "We have received your report" in t]
    assert not bot.query("SELECT 1 FROM tickets WHERE unit = 'hotline'")
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
