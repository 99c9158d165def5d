"""A citizen's floods in the domain (bot/actions/floods.py), with the inbox's stored Telegram
timestamps: the receipt of each burst lists exactly the tickets it left unanswered, and a
command past the limit gets one notice even when the earlier commands came before the flood.
The same through the real bot: tests/test_citizen_commands_e2e.py."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import replace

from bot.actions import citizen as intake
from bot.actions import mine
from bot.actions.desk import Incoming
from bot.domain.delivery import (
    COMMANDS_IN_A_FLOOD,
    RECEIPTS_AFTER_SECONDS,
    RECEIPTS_AT_MOST_SECONDS,
)
from bot.store import inbox
from tests.staffkit import NOW, Kit, make_kit

CITIZEN = 501
NUMBER = re.compile(r"\d{8}-\d{4,}")
T0 = int(NOW.timestamp())


def _kit(limit: int) -> Kit:
    kit = make_kit()
    desk = kit.desk
    kit.desk = replace(desk, config=replace(
        desk.config, intake=replace(desk.config.intake, flood_per_minute=limit)))
    return kit


def _send(kit: Kit, text: str, second: int, now: dt.datetime = NOW) -> Incoming:
    """The citizen's message, written `second`s after T0 by Telegram's clock, stored in the
    inbox as polling stores it and handled at `now`."""
    msg = replace(kit.msg(CITIZEN, text), command=text.startswith("/"))
    entities = [{"type": "bot_command", "offset": 0, "length": len(text)}] if msg.command else []
    update = {"update_id": msg.update_id, "message": {
        "message_id": msg.message_id, "date": T0 + second, "text": text, "entities": entities,
        "chat": {"id": CITIZEN, "type": "private"}, "from": {"id": CITIZEN, "first_name": "张三"}}}
    inbox.store(kit.db, [update], now)
    if msg.command:
        mine.my_tickets(kit.desk, msg, 1, now)
    else:
        intake.receive(kit.desk, msg, now)
    return msg


def _number(kit: Kit, msg: Incoming) -> str:
    return str(next(iter(kit.db.query("SELECT number FROM tickets WHERE source_key = ?",
                                      [msg.source_key])))["number"])


def _receipts(kit: Kit) -> list[tuple[str, str]]:
    rows = kit.db.query("SELECT params, not_before FROM outbox WHERE dedupe_key LIKE"
                        " 'receipts:%' ORDER BY id")
    return [(json.loads(r["params"])["text"], r["not_before"]) for r in rows]


def test_each_burst_has_one_receipt_with_exactly_its_unanswered_tickets() -> None:
    kit = _kit(limit=2)
    answered = [_send(kit, f"{n}号楼停水了", n) for n in range(2)]
    flooded = [_send(kit, f"{n}号楼停电了", 1 + n) for n in range(2)]  # over the limit
    later = NOW + dt.timedelta(seconds=10)  # the first receipt still waits
    answered += [_send(kit, f"{n}栋物业不管事", 100 + n, later) for n in range(2)]
    second = [_send(kit, f"{n}号院停电了", 102 + n, later) for n in range(2)]  # a new burst

    [(first_text, first_at), (second_text, second_at)] = _receipts(kit)
    assert [n for n in (_number(kit, m) for m in flooded + answered) if n in first_text] == \
        [_number(kit, m) for m in flooded]
    assert first_at == later.isoformat()  # the new burst let it go at once
    assert [n for n in (_number(kit, m) for m in second + answered) if n in second_text] == \
        [_number(kit, m) for m in second]
    assert second_at == (later + dt.timedelta(seconds=RECEIPTS_AFTER_SECONDS)).isoformat()
    said = kit.sent_to(CITIZEN)
    assert sum("为免刷屏" in t for t in said) == 2  # one notice a burst
    acks = [t for t in said if "已收到您的反映" in t]
    assert [_number(kit, m) in " ".join(acks) for m in answered + flooded + second] == \
        [True] * 4 + [False] * 4


def test_a_command_past_the_limit_gets_its_notice_when_the_earlier_ones_were_answered() -> None:
    """Six /my before the flood were all answered (no flood then): the first command in the
    flood is past COMMANDS_IN_A_FLOOD, and gets the notice to wait, not silence."""
    kit = _kit(limit=8)
    assert COMMANDS_IN_A_FLOOD == 5
    for n in range(6):
        _send(kit, "/my", n)
    for n in range(3):
        _send(kit, f"{n}号楼停水了", 6 + n)  # the third: the flood's notice
    _send(kit, "/my", 9)
    _send(kit, "/my", 10)
    said = kit.sent_to(CITIZEN)
    assert sum("您还没有反映过问题" in t or "您反映的问题" in t for t in said) == 6
    assert "消息较多" in said[-2] and "一分钟" in said[-1]


def test_a_repeat_in_a_flood_is_listed_with_the_ticket_it_joined() -> None:
    """The same words sent again in a flood join their ticket and make none; the burst's
    receipt tells which ticket they joined, even when the repeat is the burst's first."""
    kit = _kit(limit=2)
    first = _send(kit, "3号楼停水了", 0)
    _send(kit, "4号楼停电了", 1)
    _send(kit, "3号楼停水了", 2)  # over the limit: a repeat, the first of the burst
    later = _send(kit, "5号楼停电了", 3)
    [(text, _)] = _receipts(kit)
    assert NUMBER.findall(text) == [_number(kit, first), _number(kit, later)]
    assert "并入" in text.split("\n")[1] and "并入" not in text.split("\n")[2]
    assert kit.db.execute("SELECT count(*) FROM tickets").fetchone()[0] == 3


def test_a_flood_that_never_pauses_gets_its_receipt_a_few_minutes_after_its_first_report(
) -> None:
    """Each report puts the receipt off a minute, but never past RECEIPTS_AT_MOST_SECONDS
    after the burst's first; the next report after that starts a receipt of its own."""
    kit = _kit(limit=2)
    _send(kit, "1号楼停水了", 0)
    _send(kit, "2号楼停水了", 1)
    sent = [_send(kit, f"{n}号院停电了", 2 + n, NOW + dt.timedelta(seconds=30 * n))
            for n in range(8)]  # a report every 30 s for 3.5 minutes
    [(first_text, first_at), (second_text, second_at)] = _receipts(kit)
    cap = NOW + dt.timedelta(seconds=RECEIPTS_AT_MOST_SECONDS)
    assert first_at == cap.isoformat()
    # The report at 180 s finds it due, not waiting: it starts the next receipt.
    assert NUMBER.findall(first_text) == [_number(kit, m) for m in sent[:6]]
    assert NUMBER.findall(second_text) == [_number(kit, m) for m in sent[6:]]
    assert second_at == (NOW + dt.timedelta(seconds=210 + RECEIPTS_AFTER_SECONDS)).isoformat()
