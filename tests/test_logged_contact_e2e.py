"""/contact of a demand a staff member /log'ged (refs #10; an outside tester): its citizen is not on
Telegram, so the answer names who logged it (and their unit) and how they can /note the phone —
never /reply, which only comes back to them — and a phone so noted is what /contact then finds."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.test_overdue_read_e2e import URBAN_STAFF, join, start
from tests.test_staff_e2e import said


def test_contact_of_a_logged_demand_names_its_logger_who_can_note_the_phone(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = start(fake, make_bot)
    fake.add_user(URBAN_STAFF + 10, "李登记")
    join(bot, fake, URBAN_STAFF + 10, "urban")
    join(bot, fake, URBAN_STAFF, "urban")
    fake.send_text(URBAN_STAFF + 10, "/log 李庄村3组路灯坏了一周，晚上出行不便")
    [ticket] = fake.wait_until(bot.tickets, timeout=15)
    number = ticket["number"]
    assert ticket["unit"] == "urban"

    fake.send_text(URBAN_STAFF, f"/contact {number}")
    told = said(fake, URBAN_STAFF, "☎️")["text"]
    assert "李登记" in told and "县综合行政执法局" in told and f"/note {number}" in told, told
    assert "/reply 请市民补充" not in told
    fake.send_text(URBAN_STAFF + 10, f"/note {number} 群众电话13912345678")
    fake.wait_until(lambda: bot.query("SELECT id FROM events WHERE action = 'note'"), timeout=15)
    fake.send_text(URBAN_STAFF, f"/contact {number}")
    found = fake.wait_until(lambda: [m["text"] for m in fake.sent(URBAN_STAFF)
                                     if "13912345678" in (m["text"] or "")], timeout=15)
    assert "登记人备注" in found[0]
    assert not fake.unexpected_errors()
