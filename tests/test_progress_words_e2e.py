"""A progress question in the citizen's own words names the ticket's state and opens none (an
outside tester: `摆摊那个有人管没有啊`, `any update on my complaint about the street light?` and
`any news on no. 7?` each opened a new ticket): a matter pointed back to with 那个 alone, or
named in English after `my complaint about` / before `I reported`, presses the ticket of that
matter, and a number marked in English (no. 7, #7, ticket 7) is read as /status reads one;
through the real bot and the fake Bot API (refs #10)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess

CITIZEN, ENGLISH, NUMBERS = 781, 782, 783


def _chased(bot: BotProcess) -> list[int]:
    return [e["ticket_id"] for e in bot.query(
        "SELECT ticket_id FROM events WHERE action = 'chased' ORDER BY id")]


def _reported(fake: FakeBotAPI, bot: BotProcess, citizen: int, texts: list[str]
              ) -> list[dict[str, Any]]:
    for n, text in enumerate(texts, 1):
        fake.send_text(citizen, text)
        fake.wait_sent(citizen, n)
    return bot.query("SELECT * FROM tickets WHERE citizen_id = ? ORDER BY id", [citizen])


def _asked(fake: FakeBotAPI, citizen: int, text: str) -> str:
    before = len(fake.sent(citizen))
    fake.send_text(citizen, text)
    return str(fake.wait_sent(citizen, before + 1)[-1]["text"])


def test_a_matter_pointed_back_to_with_nage_names_its_tickets_state(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot()
    lamp, stall, water = _reported(fake, bot, CITIZEN, [
        "东关街的路灯坏了好几天了，晚上黑乎乎的", "东关街人行道上天天有人摆摊，占道经营",
        "我们小区从昨天开始停水了"])
    for text, meant in (("摆摊那个有人管没有啊", stall), ("停水那个咋样了", water),
                        ("路灯那个有消息没有", lamp), ("上回那个路灯咋样了", lamp),
                        ("前几天那个摆摊的有进展吗", stall), ("我上回说的那个路灯咋样了", lamp)):
        answer = _asked(fake, CITIZEN, text)
        assert meant["number"] in answer and "目前" in answer, (text, answer)
    assert len(bot.tickets()) == 3
    # Within the units' time nobody is urged: 有人管没有 presses, and is kept on its ticket.
    assert _chased(bot) == []
    assert next(e["ticket_id"] for e in bot.query(
        "SELECT ticket_id FROM events WHERE action = 'asked' ORDER BY id")) == stall["id"]
    assert not fake.unexpected_errors()


def test_an_english_progress_question_naming_its_matter_presses_that_ticket(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot()
    lamp, water = _reported(fake, bot, ENGLISH, [
        "东关街的路灯坏了好几天了，晚上黑乎乎的", "我们小区从昨天开始停水了"])
    for text, meant in (("any update on my complaint about the street light?", lamp),
                        ("What's the status of my report on the water cut?", water),
                        ("the street lamp I reported yesterday - any news?", lamp),
                        ("Has anyone looked at the water problem we reported?", water)):
        answer = _asked(fake, ENGLISH, text)
        assert meant["number"] in answer and "is now" in answer, (text, answer)  # English
    assert len(bot.tickets()) == 2
    assert _chased(bot) == []  # questions while the units are within their time
    assert not fake.unexpected_errors()


def test_a_number_marked_in_english_is_the_tickets(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot()
    first, second = _reported(fake, bot, NUMBERS, [
        "东关街的路灯坏了好几天了，晚上黑乎乎的", "我们小区从昨天开始停水了"])
    seq = [t["number"].rpartition("-")[2].lstrip("0") for t in (first, second)]
    for text, meant in ((f"any news on no. {seq[1]}?", second),
                        (f"Any update on #{seq[0]}?", first),
                        (f"what's the status of ticket {seq[1]}", second)):
        answer = _asked(fake, NUMBERS, text)
        assert meant["number"] in answer and "is now" in answer, (text, answer)  # English
    answer = _asked(fake, NUMBERS, "any news on no. 97?")
    assert "We found no case numbered 97 under your name" in answer, answer
    assert len(bot.tickets()) == 2
    assert not fake.unexpected_errors()


def test_asking_after_a_finished_matter_one_reported_names_its_state(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """我上回说的那个路灯咋样了 after the 路灯 ticket was finished (an outside tester: it opened a
    new ticket): no open ticket is about it, so it is answered as /my lists the tickets, the
    finished one with its state."""
    staff, urban = 601, -1002
    bot = make_bot({"units.urban.chat_id": urban, "telegram.per_group_per_minute": 0})
    fake.add_group(urban, "县综合行政执法局工作群")
    for user in (CITIZEN, staff):
        fake.add_user(user)
    code = bot.cli("invite", "--unit", "urban").stdout.strip().splitlines()[-1]
    fake.send_text(staff, f"/join {code}")
    fake.wait_until(lambda: fake.sent(staff), timeout=20)
    [lamp] = _reported(fake, bot, CITIZEN, ["东关街的路灯坏了好几天了，晚上黑乎乎的"])
    fake.send_text(staff, f"/accept {lamp['number']}")
    fake.send_text(staff, f"/done {lamp['number']} 已更换灯泡")
    fake.wait_until(lambda: any("已更换灯泡" in (m["text"] or "") for m in fake.sent(CITIZEN)),
                    timeout=20)
    for text in ("我上回说的那个路灯咋样了", "我之前反映的路灯那个有进展吗",
                 "any update on my complaint about the street light?"):
        answer = _asked(fake, CITIZEN, text)
        done = "finished" if text.isascii() else "已办结"  # answered in the language asked
        assert lamp["number"] in answer and done in answer, (text, answer)
    assert len(bot.tickets()) == 1
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
