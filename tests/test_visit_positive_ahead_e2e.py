"""A 回访 answer typed ahead of its question is kept whether it says 解决/满意 or not (an outside
tester, refs #10): 满意，问题解决了 typed at 是否联系过您 is recorded when its questions come,
shown as answered before (您之前已经回答过), never asked again, and never claimed recorded when
nothing was."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import WATER_GROUP, texts, tickets_of, wait_text, water_visits

# Each citizen: how they type ahead (alone, or in reply to the 回访's message), what, what
# they then answer to the questions waiting, the ticket's end state and columns.
AT_C, AT_C_TOO, RATED, MIXED, REPLY = 541, 542, 543, 544, 545
CASES = {
    AT_C: ("alone", "满意，问题解决了", ["联系过了"], "closed", 1, "satisfied"),
    AT_C_TOO: ("alone", "已经修好了，挺满意的", ["有人联系过"], "closed", 1, "satisfied"),
    RATED: ("alone", "总体还算满意吧", ["联系过了", "解决了"], "closed", 1, "satisfied"),
    MIXED: ("alone", "解决是解决了，但是不满意", ["联系过"], "reopened", None, "unsatisfied"),
    REPLY: ("reply", "满意，问题解决了", ["联系过了"], "closed", 1, "satisfied"),
}


def _asked_count(fake: FakeBotAPI, chat: int, needle: str) -> int:
    return sum(needle in (m["text"] or "") and bool((m.get("reply_markup") or {}).get(
        "inline_keyboard")) for m in fake.sent(chat))


def test_positive_and_mixed_answers_typed_ahead_are_kept_for_their_question(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = water_visits(fake, make_bot, tuple(CASES))
    for citizen, (how, ahead, _, _, _, _) in CASES.items():
        asked = next(m for m in fake.messages(citizen) if "联系过您" in (m.get("text") or ""))
        fake.send_text(citizen, ahead, reply_to=asked if how == "reply" else None)
        wait_text(fake, citizen, "请再回答")
        # the unit reads it as the citizen's 回访 answer, not a 补充 of the matter
        wait_text(fake, WATER_GROUP, f"回访中，市民的回答和意见：{ahead}")
        [ticket] = tickets_of(bot, citizen)
        # What the bot said it kept, the DB holds: the answers, not only the words.
        kept = bot.query("SELECT new FROM events WHERE ticket_id = ? AND action IN"
                         " ('visit_said', 'visit_ahead') ORDER BY id", [ticket["id"]])
        assert kept and all(e["new"] for e in kept), (citizen, kept)
    for citizen, (_, _, answers, state, solved, rating) in CASES.items():
        for answer in answers:
            fake.send_text(citizen, answer)
            if answer != answers[-1]:
                fake.wait_until(lambda c=citizen: tickets_of(bot, c)[0]["contacted"] == 1,
                                timeout=20)
        fake.wait_until(lambda c=citizen, s=state: tickets_of(bot, c)[0]["state"] == s,
                        timeout=20)
        [ticket] = tickets_of(bot, citizen)
        assert ticket["rating"] == rating, (citizen, ticket["rating"])
        if state == "closed":
            assert ticket["solved"] == solved
        wait_text(fake, citizen, "您之前已经回答过")
        # the questions answered ahead were never asked again with buttons
        assert _asked_count(fake, citizen, "最后一个问题") == 0, citizen
    assert not [t for t in texts(fake, WATER_GROUP) if "市民补充" in t]
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
