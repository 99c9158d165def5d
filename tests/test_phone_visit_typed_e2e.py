"""A supervisor who types a phone 回访's result is pointed to its buttons (an outside tester,
refs #10): `20261209-0001 电话回访：联系过了，已解决，满意` typed by a supervisor got the citizens'
不客气！以后遇到急难愁盼的事… — nothing recorded, no pointer. Now a supervisor's message naming a
ticket whose phone 回访 waits for them, or reading as its answers while one waits, is answered
with the question waiting and its buttons (typed results are not guessed at), and no ticket is
opened; pressing those buttons records it. Through the real bot and the fake Bot API."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess, by_day
from tests.test_reachable_again_e2e import _finished_out_of_reach, _row
from tests.test_staff_e2e import SUPERVISOR
from tests.test_supervision_e2e import tick

TYPED = ("{number} 电话回访：联系过了，已解决，满意",
         "回访了{number}，群众说没人联系过，问题也没解决，不满意",
         "电话回访结果：联系过了，解决了，满意",  # no number: the one phone 回访 waiting
         "{number}：联系过了，解决了，满意")


def test_a_supervisors_typed_phone_result_is_pointed_to_the_buttons(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    bot, ticket, resolved = _finished_out_of_reach(fake, make_bot)
    number = ticket["number"]
    tick(bot, by_day(resolved + dt.timedelta(hours=25)))
    fake.wait_until(lambda: [m for m in fake.sent(SUPERVISOR) if "电话回访" in (m["text"] or "")
                             and number in (m["text"] or "")], timeout=15)
    for text in TYPED:
        before = len(fake.sent(SUPERVISOR))
        fake.send_text(SUPERVISOR, text.format(number=number))
        answer = fake.wait_until(lambda b=before: next(  # not the digest its tick may send
            (m for m in fake.sent(SUPERVISOR)[b:] if m["method"] == "sendMessage"
             and "日报" not in (m["text"] or "")), None), timeout=15)
        shown = answer["text"] or ""
        assert "不客气" not in shown and number in shown, (text, answer)
        assert "按钮" in shown and answer.get("reply_markup"), (text, answer)
        assert len(bot.tickets()) == 1, text
        assert (_row(bot, ticket)["state"], _row(bot, ticket)["contacted"]) \
            == ("resolved", None), text
    fake.press(SUPERVISOR, answer, f"v:{ticket['id']}:0:c:1")
    fake.wait_until(lambda: _row(bot, ticket)["contacted"] == 1, timeout=15)
    # The supervisor's own report, with answer words in it, is still a report of theirs.
    fake.send_text(SUPERVISOR, "我家门口那盏路灯坏了好几天，一直没解决")
    fake.wait_until(lambda: len(bot.tickets()) == 2, timeout=15)
    assert bot.tickets()[-1]["citizen_id"] == SUPERVISOR
    assert not [r for r in fake.unexpected_errors() if r.status not in (403, 429)]
