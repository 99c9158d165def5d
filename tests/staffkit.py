"""A small in-memory desk for domain tests of staff flows: real Store, real config, tiny router."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.actions.desk import Desk, Incoming
from bot.config import Config, parse_config
from bot.domain.permissions import Role
from bot.store import people
from bot.store.db import Store

NOW = dt.datetime(2026, 11, 25, 2, 0, tzinfo=dt.UTC)  # a Wednesday, 10:00 in the county
WATER_GROUP = -1001
HOUSING_GROUP = -1002
OTHER_GROUP = -1009

UNITS = [
    {"code": "water", "name": "县水务局", "keywords": ["停水"], "chat_id": WATER_GROUP},
    {"code": "housing", "name": "县住建局", "keywords": ["物业"], "chat_id": HOUSING_GROUP},
    {"code": "power", "name": "县供电公司", "keywords": ["停电"]},
    {"code": "hotline", "name": "县政务服务热线", "keywords": ["热线"]},
]


def make_config(supervisors: tuple[int, ...] = ()) -> Config:
    return parse_config({"units": UNITS, "people": {"supervisors": list(supervisors)}},
                        Path("/nonexistent/config.toml"), env={})


@dataclass(frozen=True)
class Route:
    unit: str
    confidence: float = 0.9
    keywords: tuple[str, ...] = ()
    candidates: tuple[Any, ...] = ()
    urgent: bool = False
    kind: str = "report"
    also: tuple[str, ...] = ()
    hazard: str = ""


class KeywordRouter:
    """Routes by the units' first keyword; anything else to hotline."""

    def __init__(self, config: Config) -> None:
        self.words = {u.keywords[0]: u.code for u in config.units}

    def route(self, text: str) -> Route:
        found = [code for word, code in self.words.items() if word in text]
        if found:
            word = next(w for w, c in self.words.items() if c == found[0])
            return Route(found[0], keywords=(word,), also=tuple(found[1:]))
        return Route("hotline", confidence=0.0)

    def noise_topic(self, text: str) -> str:
        return ""


@dataclass
class Kit:
    desk: Desk
    updates: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    messages: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def db(self) -> Any:
        return self.desk.db

    def msg(self, user_id: int, text: str = "", chat_id: int | None = None,
            chat_type: str | None = None, name: str = "张三") -> Incoming:
        chat = user_id if chat_id is None else chat_id
        kind = chat_type or ("private" if chat > 0 else "supergroup")
        return Incoming(update_id=next(self.updates), user_id=user_id, chat_id=chat,
                        chat_type=kind, message_id=next(self.messages), first_name=name,
                        username=f"u{user_id}", text=text)

    def bind(self, user_id: int, role: Role, unit: str | None = None) -> None:
        with self.desk.store.atomic() as db:
            people.seen(db, user_id, f"员工{user_id}", None, NOW)
            # Bound as a code would bind them, whatever they were (a config supervisor too: their
            # own /join is refused, tests/test_invites.py).
            people.bind(db, user_id, role, unit if role is Role.STAFF else None, NOW)

    def report(self, citizen: int, text: str, now: dt.datetime = NOW) -> str:
        from bot.actions import citizen as intake

        msg = self.msg(citizen, text)
        intake.receive(self.desk, msg, now)
        row = next(iter(self.db.query("SELECT number FROM tickets WHERE source_key = ?",
                                      [msg.source_key])))
        return str(row["number"])

    def sent_to(self, chat_id: int) -> list[str]:
        """Texts queued for a chat, oldest first."""
        rows = self.db.query("SELECT params FROM outbox WHERE chat_id = ? ORDER BY id", [chat_id])
        return [json.loads(r["params"]).get("text", "") for r in rows]

    def pushes(self) -> list[str]:
        """Dedupe keys of every status push queued for any ticket's citizen."""
        rows = self.db.query("SELECT dedupe_key FROM outbox WHERE dedupe_key LIKE 'push:%'"
                             " ORDER BY id")
        return [r["dedupe_key"] for r in rows]

    def ticket(self, number: str) -> dict[str, Any]:
        return dict(next(iter(self.db.query("SELECT * FROM tickets WHERE number = ?", [number]))))

    def events(self, number: str) -> list[dict[str, Any]]:
        return list(self.db.query("SELECT e.* FROM events e JOIN tickets t ON t.id = e.ticket_id"
                                  " WHERE t.number = ? ORDER BY e.id", [number]))


def make_kit(supervisors: tuple[int, ...] = (900,)) -> Kit:
    config = make_config(supervisors)
    return Kit(Desk(Store.memory(), config, KeywordRouter(config)))
