"""Editing a message the bot split — answers, then a new matter after 另外 — updates each part
where it belongs (an outside tester, refs #10), through the real bot and the fake Bot API: the
new matter's ticket takes the edited words from the turn on, never the answers before it (to a
回访 or to a unit's question), which stay with what they answered."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import (
    GROUPS,
    OVERRIDES,
    STAFF,
    ask_visits,
    events,
    finish,
    join_staff,
    report,
    row,
    tickets_of,
    wait_text,
)

VISITED, ASKED = 551, 552
DRAIN = "小区门口下水道堵了，污水流得满街都是"
SPLIT = {VISITED: ("来过人了，下水道通开了，满意。", "另外俺家门口的路灯也不亮了"),
         ASKED: ("后王楼村三组，挨着村委会。", "还有俺家门口的路灯也不亮了")}
MORE = "，一到晚上黑咕隆咚的，俺老两口不敢出门"


def test_an_edit_of_a_split_message_updates_each_part_where_it_belongs(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, tuple(SPLIT))
    mine = {citizen: report(fake, bot, citizen, DRAIN) for citizen in SPLIT}
    finish(fake, bot, mine[VISITED], "已疏通管道")
    ask_visits(bot, 1)
    wait_text(fake, VISITED, "联系过您")
    asked = mine[ASKED]
    fake.send_text(STAFF["water"], f"/reply {asked['number']} 请问您家是哪个村几组的？")
    wait_text(fake, ASKED, "哪个村几组")

    sent = {citizen: fake.send_text(citizen, "".join(parts)) for citizen, parts in SPLIT.items()}
    for citizen in SPLIT:
        fake.wait_until(lambda c=citizen: len(tickets_of(bot, c)) == 2, timeout=20)
        wait_text(fake, citizen, tickets_of(bot, citizen)[1]["number"])
    fake.wait_until(lambda: row(bot, mine[VISITED])["state"] == "closed", timeout=20)
    assert SPLIT[ASKED][0].rstrip("。") in "".join(events(bot, asked, "supplement"))

    # The citizen adds to the new matter: its ticket takes the words from the turn on only.
    for citizen, (answer, besides) in SPLIT.items():
        fake.edit_text(citizen, sent[citizen], f"{answer}{besides}{MORE}")
    for citizen, (_, besides) in SPLIT.items():
        lamp = tickets_of(bot, citizen)[1]
        fake.wait_until(lambda t=lamp: MORE[1:] in row(bot, t)["text"], timeout=20)
        assert row(bot, lamp)["text"].startswith(besides), row(bot, lamp)["text"]
        assert row(bot, lamp)["unit"] == "urban"
    # The answers stay where they were: the visit closed as answered, the place on its ticket.
    assert row(bot, mine[VISITED])["state"] == "closed" and row(bot, mine[VISITED])["solved"] == 1
    assert row(bot, asked)["text"] == DRAIN
    assert not [r for r in fake.unexpected_errors() if r.status != 429]


def test_an_edited_answer_to_a_units_question_reaches_the_ticket_asked(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """The answer part edited (三组 → 四组): the ticket asked keeps the new answer as a 补充, its
    unit is told it, and the citizen is told where it went; the new matter's ticket still holds
    the words from the turn on only."""
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, (ASKED,))
    asked = report(fake, bot, ASKED, DRAIN)
    fake.send_text(STAFF["water"], f"/reply {asked['number']} 请问您家是哪个村几组的？")
    wait_text(fake, ASKED, "哪个村几组")
    answer, besides = SPLIT[ASKED]
    sent = fake.send_text(ASKED, answer + besides)
    fake.wait_until(lambda: len(tickets_of(bot, ASKED)) == 2, timeout=20)
    lamp = tickets_of(bot, ASKED)[1]
    wait_text(fake, ASKED, lamp["number"])
    edited = "后王楼村四组，挨着村委会。"
    fake.edit_text(ASKED, sent, edited + besides)
    fake.wait_until(lambda: len(events(bot, asked, "supplement")) == 2, timeout=20)
    assert events(bot, asked, "supplement")[-1] == edited, events(bot, asked, "supplement")
    told = wait_text(fake, ASKED, "修改后的回答")[-1]
    assert asked["number"] in told, told
    # Its unit is told in the push that gathers 补充 told this soon after another.
    assert bot.query("SELECT 1 FROM outbox WHERE chat_id = ? AND params LIKE ?",
                     [GROUPS["water"], "%后王楼村四组%"]), "the unit is not told"
    assert row(bot, lamp)["text"].startswith(besides), row(bot, lamp)["text"]
    assert len(tickets_of(bot, ASKED)) == 2
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
