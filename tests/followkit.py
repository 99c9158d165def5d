"""An in-memory desk for follow-up tests: the national calendar (no county days), explicit moments."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot.actions import followup
from bot.actions.desk import Desk
from bot.config import Config, parse_config
from bot.domain.tickets import Ticket, iso
from bot.store import tickets as repo
from bot.store.db import Store

CST = ZoneInfo("Asia/Shanghai")
WATER_GROUP = -1001
UNITS = [
    {"code": "water", "name": "县水务局", "keywords": ["停水"], "chat_id": WATER_GROUP},
    {"code": "housing", "name": "县住建局", "keywords": ["物业"]},
    {"code": "power", "name": "县供电公司", "keywords": ["停电"]},
    {"code": "hotline", "name": "县政务服务热线", "keywords": ["热线"]},
]
SUPERVISOR = 900
CHANNEL = -100555
CITIZEN = 501


def cst(*args: int) -> dt.datetime:
    """A moment in county time (year, month, day, hour, minute)."""
    return dt.datetime(*args, tzinfo=CST)  # type: ignore[misc]


class NoRouter:
    """Follow-up never routes."""

    def route(self, text: str) -> Any:
        raise AssertionError("follow-up must not route text")

    def noise_topic(self, text: str) -> str:
        raise AssertionError("follow-up must not route text")


def make_config(folder: Path, **deadlines: Any) -> Config:
    return parse_config({
        "units": UNITS, "people": {"supervisors": [SUPERVISOR]},
        "publish": {"channel_id": CHANNEL},
        "storage": {"database": str(folder / "intake.db")},
        "deadlines": deadlines,
    }, folder / "config.toml", env={})


@dataclass
class Follow:
    desk: Desk
    updates: itertools.count[int] = field(default_factory=lambda: itertools.count(1000))

    @property
    def db(self) -> Any:
        return self.desk.db

    def create(self, at: dt.datetime, text: str = "小区停水三天了，我叫张三，电话13812345678",
               unit: str = "water", urgent: bool = False, citizen: int = CITIZEN,
               name: str = "张三") -> Ticket:
        with self.desk.store.atomic() as db:
            return repo.create(db, self.desk.config, source_key=f"t:{next(self.updates)}",
                               citizen_id=citizen, chat_id=citizen, citizen_name=name, text=text,
                               unit=unit, urgent=urgent, keywords=["停水"], confidence=0.9,
                               now=at.astimezone(dt.UTC))

    def act(self, ticket: Ticket | int, action: str, at: dt.datetime, **changes: Any) -> Ticket:
        with self.desk.store.atomic() as db:
            current = repo.by_id(db, ticket if isinstance(ticket, int) else ticket.id)
            assert current is not None
            return repo.transition(db, current, action, at.astimezone(dt.UTC), 7, "staff",
                                   changes)

    def accept(self, ticket: Ticket | int, at: dt.datetime) -> Ticket:
        return self.act(ticket, "accept", at, accepted_at=iso(at))

    def resolve(self, ticket: Ticket | int, at: dt.datetime, result: str = "已恢复供水") -> Ticket:
        return self.act(ticket, "resolve", at, resolved_at=iso(at), result=result)

    def tick(self, at: dt.datetime) -> followup.Summary:
        return followup.run_due(self.desk, at.astimezone(dt.UTC))

    def row(self, ticket: Ticket | int) -> dict[str, Any]:
        tid = ticket if isinstance(ticket, int) else ticket.id
        return dict(next(iter(self.db.query("SELECT * FROM tickets WHERE id = ?", [tid]))))

    def sent(self, chat_id: int | None = None) -> list[dict[str, Any]]:
        """Queued messages (params with the dedupe key), oldest first."""
        sql = "SELECT dedupe_key, chat_id, method, params FROM outbox"
        rows = self.db.query(sql + (" WHERE chat_id = ?" if chat_id is not None else "")
                             + " ORDER BY id", [chat_id] if chat_id is not None else [])
        return [{**json.loads(r["params"]), "key": r["dedupe_key"], "method": r["method"]}
                for r in rows]

    def texts(self, chat_id: int) -> list[str]:
        return [m.get("text") or m.get("caption") or "" for m in self.sent(chat_id)]

    def events(self, ticket: Ticket) -> list[str]:
        return [r["action"] for r in self.db.query(
            "SELECT action FROM events WHERE ticket_id = ? ORDER BY id", [ticket.id])]


def make_follow(folder: Path, **deadlines: Any) -> Follow:
    config = make_config(folder, **deadlines)
    return Follow(Desk(Store.memory(), config, NoRouter()))
