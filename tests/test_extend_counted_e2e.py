"""`/extend 6 五 天 等财政拨款` (refs #10; an outside tester): a count typed apart from its 天 is
the count, and the reason is what follows; the days count from the deadline the request showed,
however late `/approve` comes, and the request, the supervisors' notice and the approval name the
same new deadline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

from bot.config import load_config
from bot.domain.calendar import calendar_of
from bot.domain.tickets import working_days_ahead
from bot.sandbox import FakeBotAPI
from bot.texts.common import when
from tests.harness import EXAMPLE, BotProcess
from tests.lampkit import lamp_reported
from tests.test_overdue_read_e2e import SUPERVISOR, URBAN_STAFF
from tests.test_staff_e2e import said

TZ = ZoneInfo("Asia/Shanghai")  # the example config's county


def test_five_days_typed_apart_count_from_the_deadline_the_request_showed(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot, ticket = lamp_reported(fake, make_bot)
    number, deadline = ticket["number"], dt.datetime.fromisoformat(ticket["deadline"])
    calendar = calendar_of(load_config(EXAMPLE, env={}))
    extended = working_days_ahead(deadline, 5, load_config(EXAMPLE, env={}).deadlines, calendar)
    shown = when(extended, TZ, dt.datetime.now(TZ).year)

    fake.send_text(URBAN_STAFF, f"/extend {number} 五 天 等财政拨款")
    asked = said(fake, URBAN_STAFF, "延期 5 个工作日的申请")["text"]
    assert f"从申请时的办理时限起算，新的办理时限为 {shown}" in asked, asked
    assert bot.tickets()[0]["extension_reason"] == "等财政拨款"
    assert f"批准后为 {shown}" in said(fake, SUPERVISOR, "申请工单")["text"]

    # Approved the morning after the deadline: still counted from it, no day more.
    morning = deadline + dt.timedelta(hours=16)
    assert bot.cli("tick", "--now", morning.isoformat()).returncode == 0
    fake.send_text(SUPERVISOR, f"/approve {number}")
    approved = said(fake, SUPERVISOR, "已批准工单")["text"]
    assert f"新的办理时限：{shown}（从申请时的办理时限起算）" in approved
    assert dt.datetime.fromisoformat(bot.tickets()[0]["deadline"]) == extended
    assert not fake.unexpected_errors()
