"""A rig that feeds Bot API updates to the real handlers in-process, for fuzzing and privacy tests.

The Application is wired like handlers/app.py's (`register`, the desk in `bot_data`) over an
in-memory store and the real router built from config.example.toml; its Bot talks to an
`httpx.MockTransport`, because the only Bot API call handlers make themselves is
answerCallbackQuery (everything else is an outbox row, delivered by the transport loop, which is
not running here). `check_outbox` holds every row the bot queued to the fake Bot API's own rules
(bot/sandbox/).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import json
import re
import time
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
from telegram import Update
from telegram.ext import Application, ApplicationBuilder
from telegram.request import HTTPXRequest

from bot.actions.desk import Desk
from bot.config import Config, parse_config
from bot.domain.permissions import Role
from bot.render import CAPTION_LIMIT, TEXT_LIMIT
from bot.reports import ledger
from bot.routing import load_router
from bot.sandbox import ApiError, check_markup, visible_text
from bot.store.db import Store
from bot.texts import common
from handlers.app import register
from nlp.router import Router
from tests.harness import EXAMPLE
from tests.staffkit import Kit

TOKEN = "123456:FUZZ-TOKEN"
BOT_USER = {"id": 123456, "is_bot": True, "first_name": "金来办", "username": "jinlaiban_bot",
            "can_join_groups": True, "can_read_all_group_messages": False,
            "supports_inline_queries": False}
SUPERVISOR = 900
WATER_STAFF = 11
CHANNEL = -100777
OTHER_GROUP = -1009
TOAST_LIMIT = 200


def unit_chat(index: int) -> int:
    return -2000 - index


def make_config(folder: Path) -> Config:
    """config.example.toml with a group chat for every unit, one supervisor and a channel."""
    data = tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))
    for index, unit in enumerate(data["units"]):
        unit["chat_id"] = unit_chat(index)
    data["telegram"] = {**data.get("telegram", {}), "token": TOKEN}
    data["storage"] = {"database": str(folder / "intake.db")}
    data["people"] = {**data.get("people", {}), "supervisors": [SUPERVISOR]}
    data["publish"] = {"channel_id": CHANNEL}
    return parse_config(data, folder / "config.toml", env={})


def squash(text: str) -> str:
    """Text with all whitespace removed: message parts are cut and stripped at line ends."""
    return re.sub(r"\s", "", text)


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


CAPTIONED = ("sendDocument", "sendPhoto", "sendVideo", "sendVoice", "sendAudio")


def shown(method: str, params: dict[str, Any]) -> str:
    """What Telegram would show for one queued request; AssertionError where it would refuse."""
    try:
        json.dumps(params, ensure_ascii=False).encode("utf-8")  # no lone surrogates anywhere
    except UnicodeEncodeError as exc:
        raise AssertionError(f"{method} carries text Telegram cannot decode: {exc}") from None
    try:
        if method in CAPTIONED:
            return visible_text(params.get("caption"), params.get("parse_mode"), CAPTION_LIMIT,
                                "caption", allow_empty=True)
        if method == "sendMediaGroup":
            assert 2 <= len(params["media"]) <= 10 and not params.get("reply_markup")
            return "".join(visible_text(m.get("caption"), m.get("parse_mode"), CAPTION_LIMIT,
                                        "caption", allow_empty=True) for m in params["media"])
        if method in ("sendLocation", "sendVideoNote", "editMessageReplyMarkup"):
            return ""
        if method == "editMessageText":
            return visible_text(params.get("text"), params.get("parse_mode"), TEXT_LIMIT,
                                "message text")
        assert method == "sendMessage", method
        check_markup(params.get("reply_markup"))
        text = visible_text(params.get("text"), params.get("parse_mode"), TEXT_LIMIT,
                            "message text")
    except ApiError as exc:
        raise AssertionError(f"Telegram would refuse {method}: {exc.description}\n"
                             f"{json.dumps(params, ensure_ascii=False)[:600]}") from None
    assert utf16(text) <= TEXT_LIMIT, "over 4096 UTF-16 units"
    return text


def unlabelled(parts: list[str], number: str) -> str:
    """The parts of one message about ticket `number` joined, each without the line that
    heads it when there are several (bot.texts.common.part_label)."""
    if len(parts) == 1:
        return parts[0]
    labels = [shown("sendMessage", {"text": common.part_label(number, i, len(parts)),
                                    "parse_mode": "HTML"}) for i in range(1, len(parts) + 1)]
    assert all(p.startswith(label) for p, label in zip(parts, labels, strict=True)), parts
    return "".join(p[len(label):] for p, label in zip(parts, labels, strict=True))


@dataclass
class Rig:
    desk: Desk
    app: Application[Any, Any, Any, Any, Any, Any]
    runner: asyncio.Runner
    toasts: list[str] = field(default_factory=list)
    calls: list[str] = field(default_factory=list)
    update_ids: Iterator[int] = field(default_factory=lambda: itertools.count(1))
    message_ids: Iterator[int] = field(default_factory=lambda: itertools.count(1))
    users: Iterator[int] = field(default_factory=lambda: itertools.count(100_000))
    checked: int = 0  # outbox rows already held to Telegram's rules

    def __repr__(self) -> str:  # hypothesis prints its arguments: keep failures readable
        return "Rig()"

    @property
    def db(self) -> Any:
        return self.desk.db

    # -- input --------------------------------------------------------------------------------
    def citizen(self) -> int:
        """A citizen nobody has seen yet (so nothing attaches to an earlier ticket)."""
        return next(self.users)

    def message(self, user: int, text: str | None = None, chat: int | None = None,
                name: str = "市民", command: bool = False, **content: Any) -> dict[str, Any]:
        """A message as Telegram sends it; `command` marks the first word as a bot command."""
        chat_id = user if chat is None else chat
        chat_obj = ({"id": chat_id, "type": "private", "first_name": name} if chat_id > 0
                    else {"id": chat_id, "type": "supergroup", "title": "工作群"})
        obj: dict[str, Any] = {"message_id": next(self.message_ids), "date": int(time.time()),
                               "chat": chat_obj,
                               "from": {"id": user, "is_bot": False, "first_name": name}}
        if text is not None:
            obj["text"] = text
            if command:
                word = text.split(maxsplit=1)[0] if text.split() else text
                obj["entities"] = [{"type": "bot_command", "offset": 0, "length": utf16(word)}]
        obj.update(content)
        return obj

    def bot_message(self, chat: int, text: str) -> dict[str, Any]:
        """A message the bot sent earlier (for replies and button presses)."""
        return {"message_id": next(self.message_ids), "date": int(time.time()),
                "chat": {"id": chat, "type": "private" if chat > 0 else "supergroup"},
                "from": BOT_USER, "text": text}

    def process(self, kind: str, obj: dict[str, Any]) -> int:
        """Feed one update to the handlers; fail on any exception they raised. Returns its id."""
        update_id = next(self.update_ids)
        update = Update.de_json({"update_id": update_id, kind: obj}, self.app.bot)
        self.runner.run(self.app.process_update(update))
        errors = self.app.bot_data.pop("errors", [])
        assert not errors, f"handlers raised: {errors!r}"
        self.check_outbox()
        return update_id

    def say(self, user: int, text: str, chat: int | None = None, name: str = "市民") -> int:
        return self.process("message", self.message(user, text, chat, name,
                                                    command=text.startswith("/")))

    def press(self, user: int, data: str, chat: int | None = None) -> str:
        """Press (or forge) a button on a bot message; returns the one toast it was answered with."""
        before = len(self.toasts)
        query = {"id": str(next(self.update_ids) * 7919), "chat_instance": "1",
                 "from": {"id": user, "is_bot": False, "first_name": "市民"},
                 "message": self.bot_message(user if chat is None else chat, "工单"),
                 "data": data}
        self.process("callback_query", query)
        answers = self.toasts[before:]
        assert len(answers) == 1, f"button {data!r} answered {len(answers)} times"
        return answers[0]

    def bind(self, user: int, role: Role, unit: str | None = None) -> None:
        Kit(self.desk).bind(user, role, unit)

    # -- output -------------------------------------------------------------------------------
    def check_outbox(self) -> None:
        for row in self.db.query("SELECT id, method, params FROM outbox WHERE id > ? ORDER BY id",
                                 [self.checked]):
            shown(row["method"], json.loads(row["params"]))
            self.checked = row["id"]

    def shown_to(self, chat: int, key_prefix: str = "") -> list[str]:
        """What a chat was sent (parsed as Telegram shows it), oldest first."""
        rows = self.db.query("SELECT method, params FROM outbox WHERE chat_id = ? AND dedupe_key"
                             " LIKE ? ORDER BY id", [chat, key_prefix + "%"])
        return [shown(r["method"], json.loads(r["params"])) for r in rows]

    def answers(self, update_id: int) -> list[str]:
        """What the bot answered one update with, in the chat it came from."""
        rows = self.db.query("SELECT method, params FROM outbox WHERE dedupe_key LIKE ?"
                             " ORDER BY id", [f"re:{update_id}:%"])
        return [shown(r["method"], json.loads(r["params"])) for r in rows]

    def tickets_of(self, user: int) -> list[dict[str, Any]]:
        return list(self.db.query("SELECT * FROM tickets WHERE citizen_id = ? ORDER BY id", [user]))

    def events(self, ticket_id: int) -> list[dict[str, Any]]:
        return list(self.db.query("SELECT * FROM events WHERE ticket_id = ? ORDER BY id",
                                  [ticket_id]))

    def unit_view(self, ticket: dict[str, Any], key: str = "new") -> str:
        """What the ticket's unit group was sent about it under `key`, parts joined (without
        the line that heads each part of a long one with the ticket's number)."""
        index = next(i for i, u in enumerate(self.desk.config.units) if u.code == ticket["unit"])
        return unlabelled(self.shown_to(unit_chat(index), f"unit:{ticket['id']}:{key}"),
                          ticket["number"])

    # -- the mock Bot API ---------------------------------------------------------------------
    def handle(self, request: httpx.Request) -> httpx.Response:
        method = request.url.path.rsplit("/", 1)[-1]
        self.calls.append(method)
        if method == "getMe":
            return httpx.Response(200, json={"ok": True, "result": BOT_USER})
        assert method == "answerCallbackQuery", f"handlers called {method} directly"
        params = dict(parse_qsl(request.content.decode("utf-8")))
        toast = params.get("text", "")
        # Toasts have no parse mode: tags would show as typed, and Telegram caps them at 200.
        assert len(toast) <= TOAST_LIMIT and not re.search(r"</?[a-z]+>", toast), toast
        self.toasts.append(toast)
        return httpx.Response(200, json={"ok": True, "result": True})


_ROUTERS: dict[tuple[tuple[str, str, tuple[str, ...]], ...], Router] = {}


def _router(config: Config) -> Router:
    """The router of the config's units, built once per process: every rig has the example's
    units, and building a router costs a second or two; a router keeps nothing between
    messages, so rigs can share one."""
    assert config.nlp.routes is None
    units = tuple((u.code, u.name, tuple(u.keywords)) for u in config.units)
    if units not in _ROUTERS:
        _ROUTERS[units] = load_router(config)
    return _ROUTERS[units]


def start_rig(folder: Path) -> Rig:
    config = make_config(folder)
    desk = Desk(Store.memory(), config, _router(config))
    rig: Rig
    request = HTTPXRequest(httpx_kwargs={"transport": httpx.MockTransport(lambda r: rig.handle(r))})
    app = (ApplicationBuilder().token(TOKEN).request(request).updater(None).job_queue(None)
           .build())
    app.bot_data["desk"] = desk
    register(app)
    rig = Rig(desk, app, asyncio.Runner())
    rig.runner.run(app.initialize())
    rig.bind(WATER_STAFF, Role.STAFF, "water")
    return rig


def stop_rig(rig: Rig) -> None:
    rig.runner.run(rig.app.shutdown())
    rig.runner.close()
    rig.desk.store.close()


def ledger_csv(rig: Rig, folder: Path) -> str:
    """The 督查台账 as CSV text, written now under `folder`."""
    path = folder / "out" / "ledger.csv"
    ledger.write(rig.db, rig.desk.config, path, dt.datetime.now(dt.UTC))
    return path.read_text(encoding="utf-8")


def office_reads(rig: Rig, folder: Path, reports: Iterable[str]) -> str:
    """Each report sent by a citizen of its own, kept as written and routed to water; all that
    the water group, water staff's and a supervisor's /show and the ledger read of them."""
    numbers = []
    for text in reports:
        user = rig.citizen()
        rig.say(user, text, name="老乡")
        [ticket] = rig.tickets_of(user)
        assert ticket["unit"] == "water" and ticket["text"] == text  # kept as written
        numbers.append(ticket["number"])
    read = rig.shown_to(unit_chat(0))
    for number in numbers:
        read += rig.answers(rig.say(WATER_STAFF, f"/show {number}"))
        read += rig.answers(rig.say(SUPERVISOR, f"/show {number}"))
    return "\n".join(read) + ledger_csv(rig, folder)
