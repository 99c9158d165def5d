"""`FakeBotAPI`: the parts put together, with its lifecycle, fault injection, observation and the
HTTP routing of Bot API calls and file downloads."""

from __future__ import annotations

import asyncio
import json
import re
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from bot.sandbox.media import Media
from bot.sandbox.people import People
from bot.sandbox.rules import JSON, ApiError
from bot.sandbox.wire import NGINX_502, REASONS, Files, Server, as_api_error, error_body, parse_body
from bot.sandbox.world import RequestRecord, copy

_METHODS = ("getMe", "getUpdates", "deleteWebhook", "getWebhookInfo", "setMyCommands",
            "getMyCommands", "sendMessage", "editMessageText", "editMessageReplyMarkup",
            "deleteMessage", "sendPhoto", "sendVideo", "sendVoice", "sendAudio", "sendDocument",
            "sendLocation", "sendMediaGroup", "copyMessage", "sendChatAction",
            "answerCallbackQuery", "getFile", "getChat", "close", "logOut")


@dataclass
class _Fault:
    kind: str  # "fail" | "drop" | "delay"
    count: int
    status: int = 0
    retry_after: int | None = None
    description: str | None = None
    seconds: float = 0.0
    applied: bool = False


class FakeBotAPI(People, Media):
    """A strict in-process Bot API; see the package docstring. All public methods are thread-safe."""

    def __init__(self, token: str = "123456:TEST-TOKEN", flood_limits: bool = True, *,
                 port: int = 0, bot_username: str = "jinlaiban_bot",
                 callback_timeout: float = 15.0, first_id: int = 0) -> None:
        """``first_id``: update, message and file ids count on from it, so a fake started again
        for a bot that kept its database never hands out an id that bot has seen."""
        super().__init__(token, flood_limits, port, bot_username, callback_timeout, first_id)
        self._server: Server | None = None
        self._thread: threading.Thread | None = None
        self._faults: dict[str, list[_Fault]] = {}
        self._slow: dict[str, float] = {}  # method → seconds every answer is late
        self._conflict_until = 0.0
        # Called after a method changed a chat, before the bot gets its answer: a demo keeps
        # its chats there, so a message the bot was told is sent is kept as Telegram keeps it.
        self.after_change: Callable[[], None] | None = None
        self._methods: dict[str, Callable[[JSON, Files], Any]] = {
            name.lower(): getattr(self, "_m_" + name) for name in _METHODS}

    # -- lifecycle -------------------------------------------------------------------------------
    def start(self) -> FakeBotAPI:
        """Bind 127.0.0.1 (port 0 = any free port) and serve in a background thread."""
        self._stopping.clear()
        self._server = Server(("127.0.0.1", self.port), self._route, self._stopping)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.01,),
                                        name="fakebot", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Wake long polls and delays, close every connection and join the server threads."""
        if self._server is None or self._thread is None:
            return
        self._stopping.set()
        with self._cond:
            self._cond.notify_all()
        self._server.close()
        self._thread.join(5)
        self._server = self._thread = None

    def __enter__(self) -> FakeBotAPI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    # -- fault injection ---------------------------------------------------------------------------
    def _add_fault(self, method: str, fault: _Fault) -> None:
        with self._cond:
            self._faults.setdefault(method.lower(), []).append(fault)

    def fail_next(self, method: str, status: int, count: int = 1, retry_after: int | None = None,
                  description: str | None = None) -> None:
        """Answer the next ``count`` calls of ``method`` ("*" = any) with an error; no effect."""
        self._add_fault(method, _Fault("fail", count, status, retry_after, description))

    def drop_connections(self, method: str, count: int = 1, applied: bool = False) -> None:
        """Close the socket without a response; ``applied=True`` performs the call first."""
        self._add_fault(method, _Fault("drop", count, applied=applied))

    def delay(self, method: str, seconds: float, count: int = 1) -> None:
        """Perform the call at once but answer ``seconds`` later (the effect stays if the client
        gave up, as on Telegram: a timed-out sendMessage is still delivered)."""
        self._add_fault(method, _Fault("delay", count, seconds=seconds))

    def slow(self, method: str, seconds: float) -> None:
        """From now on answer every call of ``method`` ``seconds`` late, its effect immediate
        (a slow link: Telegram has acted before the answer arrives); 0 makes it fast again."""
        with self._cond:
            self._slow[method.lower()] = seconds

    def conflict_for(self, seconds: float) -> None:
        """getUpdates answers 409 Conflict for the next ``seconds``, as while another consumer
        (a second instance, a webhook) holds the token."""
        with self._cond:
            self._conflict_until = time.monotonic() + seconds

    def hang_get_updates(self, seconds: float) -> None:
        """getUpdates calls in the next ``seconds`` block that long, then answer with no updates."""
        with self._cond:
            self._hang_until = time.monotonic() + seconds

    def block(self, user_id: int, blocked: bool = True) -> None:
        """The user blocks (or unblocks) the bot: sends to them get 403."""
        with self._cond:
            (self._blocked.add if blocked else self._blocked.discard)(user_id)

    def revoke_token(self) -> None:
        """Every call gets 401 from now on."""
        with self._cond:
            self._revoked = True

    # -- observation ------------------------------------------------------------------------------
    def sent(self, chat_id: int | None = None, method: str | None = None,
             after: int = 0) -> list[JSON]:
        """Everything the bot sent, edited or deleted, oldest first (chat actions excluded);
        ``after`` skips that many records of the whole log (for readers that follow it)."""
        with self._cond:
            return [dict(r) for r in self._sent[after:] if chat_id in (None, r["chat_id"])
                    and method in (None, r["method"])]

    def deliveries(self, chat_id: int | None = None) -> Counter[tuple[int, str]]:
        """How many times each (chat, text or caption as shown) was sent: a message delivered
        twice counts 2 (a marked resend is a different text)."""
        return Counter((r["chat_id"], r["text"] or r["caption"] or "")
                       for r in self.sent(chat_id) if r["method"].startswith("send"))

    @property
    def requests(self) -> list[RequestRecord]:
        with self._cond:
            return list(self._requests)

    @property
    def callback_answers(self) -> list[JSON]:
        with self._cond:
            return [dict(a) for a in self._answers]

    @property
    def last_confirmed_offset(self) -> int:
        with self._cond:
            return self._confirmed

    @property
    def polls_waiting(self) -> int:
        """getUpdates calls holding their connection open for an update right now: wait on
        this (with :meth:`wait_until`) instead of sleeping until a poll has reached the fake."""
        with self._cond:
            return self._polls_open

    def pending_updates(self) -> int:
        """Updates not yet confirmed by a higher offset."""
        with self._cond:
            return len(self._updates)

    def unexpected_errors(self) -> list[RequestRecord]:
        """Requests that failed without an injected fault (e.g. 400s the bot caused); long polls
        abandoned by their client (status 499, e.g. a killed bot) do not count."""
        return [r for r in self.requests if r.status not in (200, 499) and not r.injected]

    def _at_least(self, chat_id: int, count: int) -> list[JSON] | None:
        messages = [r for r in self.sent(chat_id) if r["method"].startswith(("send", "copy"))]
        return messages if len(messages) >= count else None

    def _dump(self) -> str:
        lines = [f"pending updates: {self.pending_updates()}, sent:"]
        lines += [f"  {r['method']} {r['chat_id']}: {r['text'] or r['caption']!r}"
                  for r in self.sent()[-15:]]
        lines += ["requests:"] + [f"  {r.method} {r.status} {r.description}"
                                  for r in self.requests[-15:]]
        return "\n".join(lines)

    def wait_until(self, predicate: Callable[[], Any], timeout: float = 10.0) -> Any:
        """Poll ``predicate`` until truthy and return its value; AssertionError with a dump."""
        deadline = time.monotonic() + timeout
        while not (value := predicate()):
            if time.monotonic() > deadline:
                raise AssertionError(f"condition not met within {timeout}s\n{self._dump()}")
            with self._cond:
                self._cond.wait(0.02)
        return value

    def wait_sent(self, chat_id: int, count: int, timeout: float = 10.0) -> list[JSON]:
        """Wait until the bot has sent ``count`` messages (send* calls) to the chat; return them."""
        return list(self.wait_until(lambda: self._at_least(chat_id, count), timeout))

    def messages(self, chat_id: int) -> list[JSON]:
        """The chat as its members see it now: every message, oldest first, edits applied and
        deleted ones gone (the user's and the bot's alike)."""
        with self._cond:
            return [copy(m) for (cid, _), m in sorted(self._messages.items()) if cid == chat_id]

    @property
    def version(self) -> int:
        """Grows whenever a message is sent, edited or deleted in any chat."""
        with self._cond:
            return self._version

    def wait_version(self, seen: int, timeout: float) -> int:
        """Block until :attr:`version` passes ``seen`` (or ``timeout`` passes, or the fake
        stops); returns it. For readers that follow the chats, like the demo page."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while self._version <= seen and not self._stopping.is_set():
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._cond.wait(min(left, 0.5))
            return self._version

    async def await_until(self, predicate: Callable[[], Any], timeout: float = 10.0) -> Any:
        """:meth:`wait_until` for tests whose bot runs in the same event loop."""
        deadline = time.monotonic() + timeout
        while not (value := predicate()):
            if time.monotonic() > deadline:
                raise AssertionError(f"condition not met within {timeout}s\n{self._dump()}")
            await asyncio.sleep(0.01)
        return value

    async def await_sent(self, chat_id: int, count: int, timeout: float = 10.0) -> list[JSON]:
        """:meth:`wait_sent` without blocking the event loop."""
        return list(await self.await_until(lambda: self._at_least(chat_id, count), timeout))

    # -- HTTP routing ----------------------------------------------------------------------------
    def _route(self, path: str, query: str, ctype: str, body: bytes,
               gone: Callable[[], bool] = lambda: False) -> tuple[int, bytes | None, float]:
        if m := re.fullmatch(r"/file/bot([^/]*)/(.+)", unquote(path)):
            with self._cond:
                found = [f.data for f in self._files.values() if f.path == m.group(2)]
                if m.group(1) == self.token and not self._revoked and found:
                    return 200, found[0], 0.0
            return 404, error_body(404, "Not Found"), 0.0
        if not (m := re.fullmatch(r"/bot([^/]*)/([A-Za-z]+)", path)):
            return 404, error_body(404, "Not Found"), 0.0
        method, key = m.group(2), m.group(2).lower()
        self._local.gone = gone
        with self._cond:
            if m.group(1) != self.token or self._revoked:
                self._requests.append(RequestRecord(method, {}, 401, "Unauthorized"))
                return 401, error_body(401, "Unauthorized"), 0.0
            before = self._version
            faults = self._faults.get(key) or self._faults.get("*") or []
            fault = faults[0] if faults else None
            if fault:
                fault.count -= 1
                if fault.count <= 0:
                    faults.pop(0)
            try:
                params, files = parse_body(query, ctype, body)
            except (ApiError, ValueError) as exc:
                err = as_api_error(exc)
                self._requests.append(RequestRecord(method, {}, err.code, err.description))
                return err.code, error_body(err.code, err.description), 0.0
            logged = {**params, **{k: {"filename": f, "size": len(d)}
                                   for k, (f, d) in files.items()}}
            if key == "getupdates" and time.monotonic() < self._conflict_until and not fault:
                fault = _Fault("fail", 1, 409, description="Conflict: terminated by other "
                               "getUpdates request; make sure that only one bot instance is "
                               "running")
            if fault and (fault.kind == "fail" or (fault.kind == "drop" and not fault.applied)):
                return self._inject(method, logged, fault)
            try:
                if key not in self._methods:
                    raise ApiError(404, "Not Found")
                result = self._methods[key](params, files)
                status, payload = 200, json.dumps({"ok": True, "result": result}).encode()
                desc = ""
            except ApiError as err:
                status, desc = err.code, err.description
                payload = error_body(err.code, err.description, err.retry_after,
                                     err.migrate_to_chat_id)
            except Exception as exc:  # a bug in the fake: show it in requests, not on stderr
                status, desc = 500, f"Internal Server Error: fake crashed: {exc!r}"
                payload = error_body(status, desc)
            self._requests.append(RequestRecord(method, logged, status, desc, bool(fault),
                                                ctype.split(";")[0]))
            self._cond.notify_all()
            changed = self._version != before
        if changed and self.after_change is not None:
            self.after_change()
        if fault and fault.kind == "drop":
            return 0, None, 0.0
        return status, payload, max(fault.seconds if fault else 0.0, self._slow.get(key, 0.0))

    def _inject(self, method: str, logged: JSON, fault: _Fault) -> tuple[int, bytes | None, float]:
        """Answer with the injected failure instead of performing the call."""
        status = fault.status or 0
        desc = fault.description or {429: f"Too Many Requests: retry after "
                                     f"{fault.retry_after or 1}", 0: "connection dropped",
                                     }.get(status, REASONS.get(status, "Error"))
        self._requests.append(RequestRecord(method, logged, status, desc, True))
        if status == 0:
            return 0, None, 0.0
        if status in (502, 504) and fault.description is None:
            return status, NGINX_502, 0.0
        retry = (fault.retry_after or 1) if status == 429 else fault.retry_after
        return status, error_body(status, desc, retry), 0.0
