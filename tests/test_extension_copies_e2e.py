"""A supervisor's copy of an extension request once it is no longer pending, through the real bot
and the fake Bot API (outside tester T27, finding 19): a request replaced by a newer one reads
that it was (已被新的申请取代), one a /project with an earlier date withdrew reads 已撤回, one
decided reads who decided — and none of them still ends with 请发 /approve, which a supervisor
reading back up the chat would take for a live instruction."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.test_project_dates import project_day
from tests.test_project_withdraw_e2e import SUPERVISOR, WATER, _answer, _start


def _copy(fake: FakeBotAPI, needle: str) -> dict[str, Any]:
    """The supervisor's copy of the request holding `needle`, as the chat shows it now."""
    found: dict[str, Any] = fake.wait_until(lambda: next(
        (m for m in fake.messages(SUPERVISOR) if needle in (m.get("text") or "")), None),
        timeout=15)
    return found


def _settled(fake: FakeBotAPI, needle: str, note: str) -> str:
    """The copy holding `needle` once edited to read `note`, its buttons gone."""
    copy = fake.wait_until(lambda: (c := _copy(fake, needle)) and note in (c.get("text") or "")
                           and c, timeout=15)
    assert not (copy.get("reply_markup") or {}).get("inline_keyboard"), copy
    return str(copy["text"])


def test_replaced_and_withdrawn_requests_say_so_at_the_supervisors(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot, number = _start(fake, make_bot, {})
    soon, _ = project_day(1)
    _answer(fake, WATER, f"/extend {number} 三十 等配件", "延期")
    first = _copy(fake, "延期 30 个工作日")
    assert f"请发 /approve {number}" in first["text"]  # live while it is pending
    assert (first.get("reply_markup") or {}).get("inline_keyboard"), first

    _answer(fake, WATER, f"/extend {number} 5个工作日 等配件到货", "延期")
    replaced = _settled(fake, "申请工单 " + number + " 延期 30 个工作日", "已被新的申请取代")
    assert "/approve" not in replaced, replaced
    second = _copy(fake, "延期 5 个工作日（")
    assert f"请发 /approve {number}" in second["text"], second

    _answer(fake, WATER, f"/project {number} 更换水表 | 下周安排 | {soon}", "办理时限不变")
    withdrawn = _settled(fake, "延期 5 个工作日（", "已撤回")
    assert "/approve" not in withdrawn and "无需审批" in withdrawn, withdrawn
    [row] = bot.tickets()
    assert not row["extension_days"] and row["extension_until"] is None
    assert not fake.unexpected_errors()


def test_a_decided_request_reads_who_decided_and_asks_nothing_more(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot, number = _start(fake, make_bot, {})
    deadline = bot.tickets()[0]["deadline"]
    _answer(fake, WATER, f"/extend {number} 3天等配件", "延期")
    _copy(fake, "延期 3 个工作日")
    _answer(fake, SUPERVISOR, f"/approve {number}", "已批准")
    decided = _settled(fake, "申请工单 " + number + " 延期 3 个工作日", "已由")
    assert "批准。" in decided and "/approve" not in decided, decided
    assert bot.tickets()[0]["deadline"] > deadline
    assert not fake.unexpected_errors()
