"""A report told again within a minute of writing it joins the first telling (bot/actions/repeats.
restated; outside tester, refs #10), judged by when each message was written (Telegram's date,
kept in the inbox), not when the bot got to it: a bot down for two hours reads 井盖丢了 written
seconds after 俺家门口的井盖丢了 as the same report, and 停水了 and 又停水了 written an hour
apart as two, however close together it handles them. Two reports with details of their own,
another matter or another place, stay two."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from bot.actions import citizen as intake
from bot.actions.desk import Desk, Incoming
from bot.config import load_config
from bot.store import inbox
from bot.store.db import Store
from nlp.router import Router
from tests.staffkit import NOW

CITIZEN = 5
CONFIG = load_config(Path(__file__).resolve().parent.parent / "config.example.toml")

SAID_AGAIN = [  # (first, second): shorter, longer, louder, as one telling
    ("俺家门口的井盖丢了", "井盖丢了"),
    ("井盖丢了", "俺家门口的井盖丢了"),
    ("幸福小区3号楼停水了", "停水了！"),
    ("村口路灯坏了", "路灯坏了！！"),
    ("路灯坏了", "村口路灯坏了，晚上黑乎乎的"),
    ("人民路88号门口的下水道堵了，污水横流", "下水道堵了"),
    ("停水了，其实是小区物业的加压泵坏了", "停水"),
]
TWO = [  # details of their own, another matter, another place: two reports however soon
    ("中山路小区停水三天了，她孙子李明明住院了，家里没人挑水",
     "家里停水两天了，孩子叫小宝，今年三岁，没水洗澡"),
    ("家里停水两天了，孩子叫小宝，今年三岁，没水洗澡", "停水三天了，联系人：阿依古丽·买买提"),
    ("我家停水两天了，一直没来水", "小区又停水了，什么时候来水"),
    ("幸福小区停水了", "幸福小区路灯坏了"),
    ("幸福小区3号楼停水了", "幸福小区5号楼停水了"),
    ("井盖丢了", "路灯坏了"),
    ("停水了", "停水了，楼道里还停电了"),
    # a number inside a longer one is another building, not the same words said again
    ("0号楼停水两天了，一直没人管", "10号楼停水两天了，一直没人管"),
    ("20号楼停水两天了", "2号楼停水两天了"),
    ("3单元楼道灯坏了", "13单元楼道灯坏了"),
]


class Chat:
    """One citizen's private chat: messages stored in the inbox as the poller stores them, with
    Telegram's date, then handled."""

    def __init__(self, router: Router) -> None:
        self.desk = Desk(Store.memory(), CONFIG, router)
        self.ids = iter(range(1, 1000))

    def write(self, text: str, written: dt.datetime) -> Incoming:
        number = next(self.ids)
        with self.desk.store.atomic() as db:
            inbox.store(db, [{"update_id": number, "message": {
                "message_id": number, "date": int(written.timestamp()), "text": text,
                "chat": {"id": CITIZEN, "type": "private"}}}], written)
        return Incoming(update_id=number, user_id=CITIZEN, chat_id=CITIZEN, chat_type="private",
                        message_id=number, first_name="张三", text=text)

    def handle(self, msg: Incoming, now: dt.datetime) -> None:
        intake.receive(self.desk, msg, now)

    def tickets(self) -> list[str]:
        return [r["text"] for r in self.desk.db.query("SELECT text FROM tickets ORDER BY id")]

    def said(self) -> list[str]:
        return [json.loads(r["params"]).get("text", "") for r in self.desk.db.query(
            "SELECT params FROM outbox WHERE chat_id = ? ORDER BY id", [CITIZEN])]


@pytest.mark.parametrize(("first", "second"), SAID_AGAIN)
@pytest.mark.parametrize("gap", [0, 5, 50])
def test_told_again_within_a_minute_is_one_ticket(
        router: Router, first: str, second: str, gap: int) -> None:
    chat = Chat(router)
    chat.handle(chat.write(first, NOW), NOW)
    chat.handle(chat.write(second, NOW + dt.timedelta(seconds=gap)),
                NOW + dt.timedelta(seconds=gap))
    assert chat.tickets() == [first]
    last = chat.said()[-1]  # the answer to the second names the one ticket
    assert "20261125-0001" in last and "已收到您的反映" not in last, last


@pytest.mark.parametrize(("first", "second"), TWO)
def test_two_reports_told_as_fast_stay_two(router: Router, first: str, second: str) -> None:
    chat = Chat(router)
    chat.handle(chat.write(first, NOW), NOW)
    chat.handle(chat.write(second, NOW), NOW)
    assert chat.tickets() == [first, second]


def test_written_seconds_apart_read_two_hours_on_is_one_ticket(router: Router) -> None:
    """The bot went down after the first; the second, written 3 s later, is read on restart."""
    chat = Chat(router)
    chat.handle(chat.write("俺家门口的井盖丢了", NOW), NOW)
    late = chat.write("井盖丢了", NOW + dt.timedelta(seconds=3))
    chat.handle(late, NOW + dt.timedelta(hours=2))
    assert chat.tickets() == ["俺家门口的井盖丢了"]


def test_written_an_hour_apart_read_together_is_two_tickets(router: Router) -> None:
    """Both waited in the inbox while the bot was down: handled in the same second, written an
    hour apart — a new cut, a ticket of its own."""
    chat = Chat(router)
    first = chat.write("停水了", NOW)
    second = chat.write("又停水了", NOW + dt.timedelta(hours=1))
    back = NOW + dt.timedelta(hours=3)
    chat.handle(first, back)
    chat.handle(second, back)
    assert chat.tickets() == ["停水了", "又停水了"]
