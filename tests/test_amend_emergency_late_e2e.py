"""A message edited days later into an emergency (refs #10, outside tester, round 21): the urgent
limit counts from the edit, when the emergency was told, never from the first words' receipt —
the citizen is never told a limit already past, and the unit is not overdue, urged or listed
for 约谈/通报 over a matter it learnt a minute ago. Through the real bot, the fake Bot API and
`tick --now`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from bot.sandbox import FakeBotAPI
from bot.texts.common import when
from tests.harness import BotProcess
from tests.test_staff_e2e import join, said
from tests.urgekit import SUPERVISOR, TZ, texts, tick

CITIZEN, POWER = 731, 732
POWER_GROUP = -1031
ORDINARY = "俺家这几天电压不稳，灯一会亮一会暗"
DANGER = "村口的电线杆叫大风刮倒了，电线耷拉在地上直冒火花"


def _start(fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
           ) -> tuple[BotProcess, dict[str, Any], dict[str, Any]]:
    """The bot with power staff (and its group) and a supervisor; the citizen's ordinary report."""
    fake.add_group(POWER_GROUP, "供电公司工作群")
    for user, name in ((CITIZEN, "李四"), (POWER, "电力经办"), (SUPERVISOR, "督查")):
        fake.add_user(user, name)
    bot = make_bot({"people.supervisors": [SUPERVISOR], "units.power.chat_id": POWER_GROUP,
                    "telegram.per_group_per_minute": 0})
    join(bot, fake, POWER, "--unit", "power")
    first = fake.send_text(CITIZEN, ORDINARY)
    said(fake, CITIZEN, "工单编号")
    [ticket] = bot.tickets()
    assert ticket["unit"] == "power" and not ticket["urgent"], ticket
    return bot, first, ticket


def _edit_at(fake: FakeBotAPI, bot: BotProcess, first: dict[str, Any], number: str,
             moment: dt.datetime) -> tuple[str, dict[str, Any]]:
    """The clock moved to `moment`, the citizen edits the report into an emergency: what they
    read about it, and the ticket then."""
    tick(bot, moment)
    told = len(fake.sent(CITIZEN))
    fake.edit_text(CITIZEN, first, DANGER)
    answer: str = fake.wait_until(lambda: next(
        (m["text"] for m in fake.sent(CITIZEN)[told:] if number in (m["text"] or "")
         and "更新工单" in (m["text"] or "")), None), timeout=15)
    [row] = bot.tickets()
    assert row["urgent"] == 1 and row["text"] == DANGER, row
    return answer, row


def _limit_from_edit(answer: str, row: dict[str, Any], edited: dt.datetime) -> dt.datetime:
    """The ticket's limit is `urgent_hours` (24) from the edit, and it is what the citizen read."""
    deadline = dt.datetime.fromisoformat(row["deadline"])
    assert edited + dt.timedelta(hours=24) <= deadline <= edited + dt.timedelta(hours=25), row
    assert when(deadline, TZ, deadline.astimezone(TZ).year) in answer, answer
    return deadline


def _not_overdue(fake: FakeBotAPI, bot: BotProcess, number: str, moment: dt.datetime) -> None:
    """A tick a minute after the edit: no 催办, no 督办, no 约谈/通报 listing, nothing overdue."""
    tick(bot, moment)
    asked = len(fake.sent(SUPERVISOR))
    fake.send_text(SUPERVISOR, "/overdue")
    answer = fake.wait_until(lambda: next((m["text"] for m in fake.sent(SUPERVISOR)[asked:]
                                           if "逾期工单" in (m["text"] or "")), None), timeout=15)
    assert "目前没有逾期工单" in answer and number not in answer, answer
    for chat in (POWER_GROUP, POWER, CITIZEN):
        late = [t for t in texts(fake, chat, number) if "督办" in t or "超过办理时限" in t
                or "逾期" in t]
        assert not late, late
    [row] = bot.tickets()
    assert row["overdue"] == 0 and row["urge_count"] == 0, row


def test_an_old_report_edited_into_an_emergency_counts_its_limit_from_the_edit(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot, first, ticket = _start(fake, make_bot)
    received = dt.datetime.fromisoformat(ticket["received_at"])
    edited = received + dt.timedelta(days=2, hours=1)  # before its 5 working days are up
    answer, row = _edit_at(fake, bot, first, ticket["number"], edited)
    assert "紧急" in answer, answer
    deadline = _limit_from_edit(answer, row, edited)
    assert deadline < dt.datetime.fromisoformat(ticket["deadline"]), row  # sooner than before
    group = fake.wait_until(lambda: texts(fake, POWER_GROUP, "改为紧急"), timeout=15)
    assert when(deadline, TZ, deadline.astimezone(TZ).year) in group[-1], group
    _not_overdue(fake, bot, ticket["number"], edited + dt.timedelta(minutes=1))
    assert not fake.unexpected_errors()


def test_an_overdue_report_edited_into_an_emergency_gets_a_limit_ahead(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """Edited after its ordinary limit passed: the urgent limit from the edit, not a past one
    (nor one measured in urgent hours from the passed limit)."""
    bot, first, ticket = _start(fake, make_bot)
    edited = dt.datetime.fromisoformat(ticket["deadline"]) + dt.timedelta(hours=2)
    answer, row = _edit_at(fake, bot, first, ticket["number"], edited)
    _limit_from_edit(answer, row, edited)
    tick(bot, edited + dt.timedelta(minutes=1))
    [row] = bot.tickets()
    assert row["overdue"] == 0 and row["urge_count"] == 0, row
    assert not fake.unexpected_errors()
