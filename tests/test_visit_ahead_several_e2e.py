"""A positive 回访 answer typed ahead with several tickets just finished is kept on the ticket it
names, or asked about (an outside tester, refs #10): `修好了，谢谢，挺满意的`, `路灯那个修好了，
灯亮了，挺满意的` and `水来了，谢谢，满意` each got 不客气！ with nothing recorded, and `The light
is fixed now, thank you, very satisfied.` got "Sorry, I did not quite understand", while a
negative one in the same place was recorded. Now the matter named chooses the ticket (kept as
市民提前回答回访, recorded when its 回访 falls due) and an answer naming none asks which, naming
the numbers. Through the real bot and the fake Bot API."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import (
    OVERRIDES,
    ask_visits,
    events,
    finish,
    join_staff,
    report,
    row,
    texts,
    tickets_of,
)

WATER, LAMP = "西街{n}号楼停水两天了，一直没有来水", "东关街{n}号门口路灯坏了，晚上一片漆黑"
LIGHT = "The street light outside house {n} on East Road has been broken for a week"
# Each citizen: what they reported, what they type once both are finished, and which report
# it answers (None: asked which).
SAID: dict[int, tuple[tuple[str, str], str, int | None]] = {
    751: ((WATER, LAMP), "路灯那个修好了，灯亮了，挺满意的", 1),
    752: ((LAMP, WATER), "水来了，谢谢，满意", 1),
    753: ((WATER, LIGHT), "The light is fixed now, thank you, very satisfied.", 1),
    754: ((WATER, LAMP), "修好了，谢谢，挺满意的", None),
}


def test_an_answer_typed_ahead_goes_to_the_ticket_it_names_or_is_asked_about(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, tuple(SAID))
    made = {c: [report(fake, bot, c, t.format(n=n + 1)) for t in reports]
            for n, (c, (reports, _, _)) in enumerate(SAID.items())}
    for ticket in (t for ts in made.values() for t in ts):
        finish(fake, bot, ticket, "已处理完毕")
    for citizen, (_, text, meant) in SAID.items():
        fake.wait_until(lambda c=citizen: len([t for t in texts(fake, c) if "办结" in t
                                               or "finished" in t.lower()]) >= 2, timeout=20)
        before = len(fake.sent(citizen))
        fake.send_text(citizen, text)
        [told] = fake.wait_until(lambda c=citizen, b=before: texts(fake, c)[b:], timeout=20)
        assert "不客气" not in told and "did not quite understand" not in told, (text, told)
        kept = [bool(events(bot, t, "visit_ahead")) for t in made[citizen]]
        if meant is None:
            assert kept == [False, False], text
            assert all(t["number"] in told for t in made[citizen]), (text, told)
        else:
            assert kept == [i == meant for i in range(2)], (text, kept)
            assert made[citizen][meant]["number"] in told, (text, told)
        assert len(tickets_of(bot, citizen)) == 2, text
    ask_visits(bot, sum(len(ts) for ts in made.values()))
    for citizen, (_, text, meant) in SAID.items():
        if meant is not None:
            answered = made[citizen][meant]
            fake.wait_until(lambda t=answered: row(bot, t)["state"] == "closed", timeout=20)
            assert (row(bot, answered)["solved"], row(bot, answered)["rating"]) \
                == (1, "satisfied"), text
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
