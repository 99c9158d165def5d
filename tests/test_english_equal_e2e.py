"""A citizen who writes English gets what a Chinese citizen gets (an outside tester's findings;
refs #10), through the real bot and the fake Bot API: a press on a late ticket presses it, an
answer to the unit's question joins its ticket, thanks after the 办结 answer its 回访 ahead, a
line saying only where they live waits for the report after it, and a question after all their
reports lists them — none opens a ticket, as the Chinese forms do not — and everything they are
told is English."""

from __future__ import annotations

import re
from collections.abc import Callable

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
    late_to_sign,
    report,
    row,
    texts,
    tickets_of,
    wait_text,
)

PRESS, ASKED, WHEN, PHONE, THANKS, FINE, AGAIN, PLACE, ESTATE, ALL = range(781, 791)
WATER = "No water in my flat since this morning"
LAMP = "The street light outside my house has been broken for three days"
HAN = re.compile(r"[\u3400-\u9fff]")
# What a unit wrote (its questions, its result) is shown as written.
KEPT = ("金来办", "已处理", "已修好", "哪个村几组？", "什么时候开始停水的？", "方便留个电话吗？")


def english_only(fake: FakeBotAPI, citizen: int) -> None:
    """Everything the citizen was told is English, but what the unit wrote."""
    told = texts(fake, citizen)
    for kept in KEPT:
        told = [t.replace(kept, "") for t in told]
    assert [t for t in told if HAN.search(t)] == []


def test_english_presses_answers_thanks_and_places_join_what_is_there(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, (PRESS, ASKED, WHEN, PHONE, THANKS, FINE, AGAIN, PLACE, ESTATE, ALL))

    # Answers to the unit's questions: a place, a time, a yes with a phone number.
    asked = {ASKED: "哪个村几组？", WHEN: "什么时候开始停水的？", PHONE: "方便留个电话吗？"}
    answers = {ASKED: "Group 3, the house next to the well",
               WHEN: "Since yesterday morning, around 8am",
               PHONE: "Yes, 13812345678"}
    for citizen, question in asked.items():
        ticket = report(fake, bot, citizen, WATER)
        fake.send_text(STAFF["water"], f"/reply {ticket['number']} {question}")
        wait_text(fake, citizen, question)
        fake.send_text(citizen, answers[citizen])
        fake.wait_until(lambda t=ticket: events(bot, t, "supplement"), timeout=20)
        wait_text(fake, citizen, "is now part of case")
        told = wait_text(fake, WATER_GROUP, "市民补充")[-1]
        assert answers[citizen].split(",")[0] in told or "【电话】" in told
        assert len(tickets_of(bot, citizen)) == 1
    fake.send_text(ASKED, "Also, the street light on West Street is broken")  # a new matter
    fake.wait_until(lambda: len(tickets_of(bot, ASKED)) == 2, timeout=20)

    # Thanks after the 办结: the answers ahead, kept for the 回访; no ticket.
    thanks = {THANKS: "Thanks, it's fixed now", FINE: "All good now, thank you",
              AGAIN: "Great job, the street light works again, thanks!"}
    for citizen, said in thanks.items():
        finish(fake, bot, report(fake, bot, citizen, LAMP if citizen == AGAIN else WATER),
               "已修好")
        wait_text(fake, citizen, "has finished your report")
        fake.send_text(citizen, said)
        wait_text(fake, citizen, "(Solved, Satisfied) is recorded")
        assert len(tickets_of(bot, citizen)) == 1
        assert bot.query("SELECT new, detail FROM events WHERE ticket_id = ? AND action = "
                         "'visit_ahead'", [tickets_of(bot, citizen)[0]["id"]]) \
            == [{"new": "s:1,r:3", "detail": said}]

    # A place said alone waits for the report after it: one ticket, with the place.
    for citizen, place, matter in ((PLACE, "I live in Houwanglou village.", LAMP),
                                   (ESTATE, "We live in Sunshine Garden, building 3", WATER)):
        fake.send_text(citizen, place)
        wait_text(fake, citizen, "Noted")
        assert tickets_of(bot, citizen) == []
        fake.send_text(citizen, matter)
        fake.wait_until(lambda c=citizen: tickets_of(bot, c), timeout=20)
        [ticket] = tickets_of(bot, citizen)
        assert ticket["text"].startswith(place.rstrip(".")) and matter in ticket["text"]
    assert "Houwanglou village" in wait_text(fake, PLACE, "Noted")[0]

    # All their reports asked after at once: listed, as /my lists them.
    mine = [report(fake, bot, ALL, WATER), report(fake, bot, ALL, LAMP)]
    for question in ("any news about my reports?", "How are my cases going?",
                     "what's the status of all my complaints?"):
        fake.send_text(ALL, question)
    listed = wait_text(fake, ALL, "Your reports", 3)
    assert all(t["number"] in text for t in mine for text in listed)
    assert len(tickets_of(bot, ALL)) == 2 and not bot.query(
        "SELECT 1 FROM events WHERE action = 'chased' AND ticket_id IN (?, ?)",
        [t["id"] for t in mine])

    # A press on a late ticket presses it (a 催办 to its unit), however it is worded.
    late = report(fake, bot, PRESS, WATER)
    late_to_sign(bot, 200)
    for press in ("Why has nobody come yet? It has been a week.",
                  "Still nobody here, it's been 5 days",
                  "Hello? Anyone there? It has been three days already"):
        fake.send_text(PRESS, press)
    wait_text(fake, PRESS, "We have chased")
    fake.wait_until(lambda: len([t for t in texts(fake, PRESS) if late["number"] in t]) >= 5,
                    timeout=20)
    assert len(tickets_of(bot, PRESS)) == 1
    assert bot.query("SELECT ticket_id FROM events WHERE action = 'chased'") \
        == [{"ticket_id": late["id"]}]
    for citizen in (PRESS, ASKED, WHEN, PHONE, THANKS, FINE, AGAIN, PLACE, ESTATE, ALL):
        english_only(fake, citizen)
    assert row(bot, late)["state"] == "new"
    assert not [r for r in fake.unexpected_errors() if r.status != 429]


LETTER, BYTHEWAY, UNSOLVED, AHEAD, CHINESE = range(791, 796)
BINS = "the bins on Jinshan Road have not been emptied for a week"


def test_an_english_letter_answers_its_visit_and_files_the_new_problem(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, (LETTER, BYTHEWAY, UNSOLVED, AHEAD, CHINESE))
    for citizen in (LETTER, BYTHEWAY, UNSOLVED, CHINESE):
        for text in (WATER, LAMP):
            finish(fake, bot, report(fake, bot, citizen, text), "已处理")
    finish(fake, bot, report(fake, bot, AHEAD, WATER), "已处理")
    ask_visits(bot, 9)
    for citizen in (LETTER, BYTHEWAY, UNSOLVED):
        wait_text(fake, citizen, "First question", 2)

    # The tester's letter: the water ticket's answers recorded in order, the stairwell light a
    # ticket of its own, told to the citizen.
    fake.send_text(LETTER, "Dear Sir or Madam, regarding the water cut in my flat, someone "
                           "contacted me a few days ago, the problem is solved and I am very "
                           "satisfied, thank you. Also, the light in the stairwell of the "
                           "teachers' apartment block has been broken for almost a month.")
    fake.wait_until(lambda: len(tickets_of(bot, LETTER)) == 3, timeout=20)
    water, lamp, hall = tickets_of(bot, LETTER)
    fake.wait_until(lambda: row(bot, water)["state"] == "closed", timeout=15)
    assert (row(bot, water)["contacted"], row(bot, water)["solved"],
            row(bot, water)["rating"]) == (1, 1, "satisfied")
    assert (row(bot, lamp)["state"], row(bot, lamp)["contacted"]) == ("resolved", None)
    assert hall["text"].startswith("the light in the stairwell") and "satisf" not in hall["text"]
    wait_text(fake, LETTER, hall["number"])

    # Other turns said alone before the new matter (By the way, / One more thing: / 另外，) —
    # after answers that send the ticket back too: the matter after them is a ticket of its
    # own, never a remark nor more of the visited one, in either language.
    fake.send_text(BYTHEWAY, "Hello, about the water: they called me, it is fixed, satisfied. "
                             f"By the way, {BINS}.")
    fake.send_text(UNSOLVED, "Good morning, about the water: nobody contacted me, it is still "
                             f"not fixed, not satisfied. One more thing: {BINS}.")
    fake.send_text(CHINESE, "停水那个：没人联系我，还是没解决，不满意。另外，金山路的垃圾一个星期没人清运了")
    for citizen, state in ((BYTHEWAY, "closed"), (UNSOLVED, "reopened"), (CHINESE, "reopened")):
        fake.wait_until(lambda c=citizen: len(tickets_of(bot, c)) == 3, timeout=20)
        water, lamp, bins = tickets_of(bot, citizen)
        fake.wait_until(lambda w=water, s=state: row(bot, w)["state"] == s, timeout=15)
        assert ("bins" in bins["text"] or "垃圾" in bins["text"]) \
            and row(bot, lamp)["state"] == "resolved"
        assert not events(bot, water, "supplement")
        assert "Jinshan" not in "".join(events(bot, water, "visit_said"))
    assert row(bot, tickets_of(bot, UNSOLVED)[0])["rating"] == "unsatisfied"
    assert tickets_of(bot, BYTHEWAY)[2]["text"].startswith("the bins")
    assert not [t for t in texts(fake, BYTHEWAY) if "comment is recorded" in t]

    # An answer typed before its question is shown answered when it comes, in English.
    wait_text(fake, AHEAD, "First question")
    fake.send_text(AHEAD, "I am not satisfied")
    fake.send_text(AHEAD, "yes")
    wait_text(fake, AHEAD, "second question")
    fake.send_text(AHEAD, "solved")
    assert "Not satisfied" in wait_text(fake, AHEAD, "You already answered this")[-1]
    for citizen in (LETTER, BYTHEWAY, UNSOLVED, AHEAD):
        english_only(fake, citizen)
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
