"""Steps the end-to-end tests of a citizen's words share (tests/test_reading_*_e2e.py, the 回访
tests test_visit_*_e2e.py, and the tests of a citizen's press or question, test_press_fresh_e2e.py,
test_progress_early_e2e.py, and the media and intake tests that read the chat, the tickets and
their attachments): staff of three units joined, reports made and finished, 回访 asked
and answered by typing, through the real bot and the fake Bot API."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess, by_day

CST = ZoneInfo("Asia/Shanghai")
WATER_GROUP, URBAN_GROUP, POLICE_GROUP = -1001, -1002, -1003
STAFF = {"water": 601, "urban": 602, "police": 603}
GROUPS = {"water": WATER_GROUP, "urban": URBAN_GROUP, "police": POLICE_GROUP}
OVERRIDES = {"units.water.chat_id": WATER_GROUP, "units.urban.chat_id": URBAN_GROUP,
             "units.police.chat_id": POLICE_GROUP, "telegram.per_group_per_minute": 0,
             "telegram.per_chat_per_second": 0}


TRANSPORT_STAFF, TRANSPORT_GROUP = 604, -1004


def with_transport(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The transport unit's staff and group joined with the kit's three (护栏, 路上的坑), for
    the test: the overrides to start the bot with."""
    monkeypatch.setitem(STAFF, "transport", TRANSPORT_STAFF)
    monkeypatch.setitem(GROUPS, "transport", TRANSPORT_GROUP)
    return {**OVERRIDES, "units.transport.chat_id": TRANSPORT_GROUP}


def texts(fake: FakeBotAPI, chat: int) -> list[str]:
    return [m["text"] or m["caption"] or "" for m in fake.sent(chat)]


def wait_text(fake: FakeBotAPI, chat: int, needle: str, count: int = 1) -> list[str]:
    found: list[str] = fake.wait_until(
        lambda: (hits := [t for t in texts(fake, chat) if needle in t]) and len(hits) >= count
        and hits, timeout=20)
    return found


def buttons(message: dict[str, Any]) -> list[str]:
    """The callback data of the buttons under a message the bot sent, row by row."""
    rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    return [button["callback_data"] for line in rows for button in line]


def tickets_of(bot: BotProcess, citizen: int) -> list[dict[str, Any]]:
    return bot.query("SELECT * FROM tickets WHERE citizen_id = ? ORDER BY id", [citizen])


def attached(bot: BotProcess, ticket: dict[str, Any]) -> list[str]:
    """The file ids the ticket holds, in the order they were attached."""
    return [file_id for _, file_id in attached_kinds(bot, ticket)]


def attached_kinds(bot: BotProcess, ticket: dict[str, Any]) -> list[tuple[str, str]]:
    """(kind, file id) of what the ticket holds, in the order it was attached."""
    return [(r["kind"], r["file_id"]) for r in bot.query(
        "SELECT kind, file_id FROM attachments WHERE ticket_id = ? ORDER BY id", [ticket["id"]])]


def row(bot: BotProcess, ticket: dict[str, Any]) -> dict[str, Any]:
    return bot.query("SELECT * FROM tickets WHERE id = ?", [ticket["id"]])[0]


def events(bot: BotProcess, ticket: dict[str, Any], action: str) -> list[str]:
    return [e["detail"] or "" for e in bot.query(
        "SELECT detail FROM events WHERE ticket_id = ? AND action = ? ORDER BY id",
        [ticket["id"], action])]


def join_staff(fake: FakeBotAPI, bot: BotProcess, citizens: tuple[int, ...]) -> None:
    """Every unit's group and staff member, and the citizens, known to the fake; staff joined."""
    for unit, group in GROUPS.items():
        fake.add_group(group, f"{unit}工作群")
    for user in (*citizens, *STAFF.values()):
        fake.add_user(user)
    for unit, staff in STAFF.items():
        code = bot.cli("invite", "--unit", unit).stdout.strip().splitlines()[-1]
        fake.send_text(staff, f"/join {code}")
        wait_text(fake, staff, "绑定成功")


def unpaced_bot(fake: FakeBotAPI, make_bot: Callable[..., BotProcess], citizen: int) -> BotProcess:
    """The bot with the kit's overrides but Telegram's pace, the units' staff joined and
    `citizen` known."""
    bot = make_bot({k: v for k, v in OVERRIDES.items() if not k.startswith("telegram.")})
    join_staff(fake, bot, (citizen,))
    return bot


def told(fake: FakeBotAPI, bot: BotProcess, citizen: int, text: str, tickets: int) -> str:
    """`citizen` sends `text`; the bot's answer, once they have `tickets` tickets."""
    before = len(fake.sent(citizen))
    fake.send_text(citizen, text)
    answer = str(fake.wait_sent(citizen, before + 1)[-1]["text"])
    fake.wait_until(lambda: len(tickets_of(bot, citizen)) == tickets, timeout=15)
    return answer


def report(fake: FakeBotAPI, bot: BotProcess, citizen: int, text: str, unit: str | None = None
           ) -> dict[str, Any]:
    """The citizen reports `text`; returns the ticket it opened (checked to be `unit`'s, given
    one)."""
    before = len(tickets_of(bot, citizen))
    fake.send_text(citizen, text)
    fake.wait_until(lambda: len(tickets_of(bot, citizen)) == before + 1, timeout=15)
    ticket = tickets_of(bot, citizen)[-1]
    assert unit is None or ticket["unit"] == unit, ticket
    return ticket


def reported_and_pushed(fake: FakeBotAPI, make_bot: Callable[..., BotProcess],
                        citizens: tuple[int, ...], text: str
                        ) -> tuple[BotProcess, dict[str, Any], int]:
    """The bot with every unit's staff joined; the first citizen's report of `text`, answered
    and pushed to the water group; how many messages that group had then."""
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, citizens)
    ticket = report(fake, bot, citizens[0], text)
    wait_text(fake, citizens[0], "工单编号")
    wait_text(fake, WATER_GROUP, ticket["number"])
    return bot, ticket, len(texts(fake, WATER_GROUP))


def answer_to(fake: FakeBotAPI, citizen: int, text: str) -> str:
    """The citizen sends `text`; the bot's next message to them."""
    before = len(fake.sent(citizen))
    fake.send_text(citizen, text)
    return str(fake.wait_sent(citizen, before + 1)[-1]["text"])


def sign(fake: FakeBotAPI, bot: BotProcess, ticket: dict[str, Any]) -> dict[str, Any]:
    """The ticket's unit signs for it (签收, again after a 重办); returns the ticket."""
    fake.send_text(STAFF[ticket["unit"]], f"/accept {ticket['number']}")
    fake.wait_until(lambda: row(bot, ticket)["state"] == "accepted", timeout=15)
    return ticket


def finish(fake: FakeBotAPI, bot: BotProcess, ticket: dict[str, Any], result: str) -> None:
    """The ticket's unit accepts it (again after a 重办) and finishes it."""
    if row(bot, ticket)["state"] in ("new", "reopened"):
        sign(fake, bot, ticket)
    fake.send_text(STAFF[ticket["unit"]], f"/done {ticket['number']} {result}")
    fake.wait_until(lambda: row(bot, ticket)["state"] == "resolved", timeout=15)


def ask_visits(bot: BotProcess, visits: int, days: int = 1) -> dt.datetime:
    """Move the county clock to 10:00 a day or more after the latest 办结: the 回访 asked then,
    the moment returned."""
    resolved = max(dt.datetime.fromisoformat(t["resolved_at"]) for t in bot.tickets()
                   if t["resolved_at"])
    asked = (resolved + dt.timedelta(days=days)).astimezone(CST).replace(
        hour=10, minute=0, second=0, microsecond=0)
    if asked < resolved + dt.timedelta(hours=24):
        asked += dt.timedelta(days=1)
    done = bot.cli("tick", "--now", asked.isoformat())
    assert done.returncode == 0 and f"visits {visits}" in done.stdout, done.stdout
    return asked


def visits_asked(fake: FakeBotAPI, bot: BotProcess, reports: Mapping[int, str | Sequence[str]],
                 result: str, days: int = 1, english: Collection[int] = ()
                 ) -> dict[int, list[dict[str, Any]]]:
    """Each citizen reports each of their texts (a ticket each), the unit finishes every ticket
    with `result`, and the 回访 are asked `days` on, each seen by its citizen (in English by the
    `english` ones): every citizen's tickets, oldest first."""
    mine = {citizen: [report(fake, bot, citizen, text)
                      for text in ((told,) if isinstance(told, str) else told)]
            for citizen, told in reports.items()}
    for ticket in (ticket for told in mine.values() for ticket in told):
        finish(fake, bot, ticket, result)
    ask_visits(bot, sum(len(told) for told in mine.values()), days)
    for citizen, told in mine.items():
        wait_text(fake, citizen, "get in touch" if citizen in english else "联系过您", len(told))
    return mine


def water_visits(fake: FakeBotAPI, make_bot: Callable[..., BotProcess], citizens: Sequence[int],
                 settings: Mapping[str, Any] | None = None) -> BotProcess:
    """The bot with the kit's staff joined (and `settings` besides the kit's); each citizen's
    water cut (西街N号楼, N their place in `citizens`) finished by water and its 回访 asked."""
    bot = make_bot({**OVERRIDES, **(settings or {})})
    join_staff(fake, bot, tuple(citizens))
    visits_asked(fake, bot, {citizen: f"西街{n + 1}号楼停水两天了，一直没有来水"
                             for n, citizen in enumerate(citizens)}, "已抢修管道，恢复供水")
    return bot


def type_answer(fake: FakeBotAPI, bot: BotProcess, citizen: int, text: str, column: str) -> None:
    """The citizen types `text` at the 回访: wait until their first ticket records `column`."""
    fake.send_text(citizen, text)
    fake.wait_until(lambda: tickets_of(bot, citizen)[0][column] is not None, timeout=15)


def late_to_sign(bot: BotProcess, hours: int = 25) -> None:
    """Move the county clock `hours` past the latest report: its unit, which has not signed for
    it within `accept_hours`, is late, and a press on it is a 催办 (bot/actions/chase.press)."""
    received = max(dt.datetime.fromisoformat(t["received_at"]) for t in bot.tickets())
    # By day: the citizen's notice that it is late waits for the morning at night.
    done = bot.cli("tick", "--now", by_day(received + dt.timedelta(hours=hours)).isoformat())
    assert done.returncode == 0, done.stderr
