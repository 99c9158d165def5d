"""A 未解决 / 不满意 typed before its question, through the real bot process and the fake Bot API
(an outside tester, refs #10): the bot keeps it and asks the waiting question again, naming it;
once that question is answered (typed too), the buttons of the message that asked it again go, and
the questions said before are not asked again; and a stale 回访 button pressed after the visit
reopened the ticket says so, not 回答都已记录."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import tickets_of, wait_text, water_visits

AHEAD = 531


def _with_buttons(fake: FakeBotAPI, chat: int, needle: str) -> list[dict]:
    return [m for m in fake.messages(chat) if needle in (m.get("text") or "")
            and m.get("reply_markup", {}).get("inline_keyboard")]


def test_a_question_asked_again_is_named_and_its_buttons_go_once_answered(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = water_visits(fake, make_bot, (AHEAD,))

    fake.send_text(AHEAD, "还是没修好，很不满意")
    [again] = wait_text(fake, AHEAD, "请再回答")
    assert "经办人是否联系过您" in again  # the question asked again is named
    [asked_again] = _with_buttons(fake, AHEAD, "请再回答")
    fake.send_text(AHEAD, "联系过了")  # the last answer needed: the visit concludes at once
    fake.wait_until(lambda: tickets_of(bot, AHEAD)[0]["state"] == "reopened", timeout=15)
    # Answered by typing: no message still offers buttons for the first question.
    fake.wait_until(lambda: not _with_buttons(fake, AHEAD, "请再回答")
                    and not _with_buttons(fake, AHEAD, "联系过您"), timeout=15)

    # 未解决 and 不满意, said already, are shown as answered, never asked again.
    assert "您之前已经回答过：未解决" in wait_text(fake, AHEAD, "是否已经解决")[-1]
    assert "您之前已经回答过：不满意" in wait_text(fake, AHEAD, "是否满意")[-1]
    # A stale 满意 pressed after the reopen: told what became of the visit.
    ticket = tickets_of(bot, AHEAD)[0]
    qid = fake.press(AHEAD, asked_again, f"v:{ticket['id']}:0:r:3", forge=True)
    toast = fake.wait_until(lambda: [a["text"] for a in fake.callback_answers
                                     if a["id"] == qid], timeout=15)[0]
    assert "回答都已记录" not in toast and "退回责任单位重新办理" in toast
