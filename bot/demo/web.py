"""The demo page's server: static files, the state of every pane (long-polled), and what the
people on the page do — write, edit what they wrote, attach a photo, share a place, forward a
neighbour's message, press a button, block the bot or unblock it, upgrade a unit's group to a
supergroup, move the clock.
Loopback only; requests naming another host are refused (DNS rebinding), and changes need a
custom header a cross-site form cannot send."""

from __future__ import annotations

import json
import logging
import mimetypes
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

from bot.demo import view
from bot.demo.runner import Demo, DemoError
from bot.sandbox import ApiError
from bot.sandbox.wire import parse_body
from bot.texts import for_operators

log = logging.getLogger(__name__)
JSON = dict[str, Any]
STATIC = {"/": "index.html", "/demo.js": "demo.js", "/text.js": "text.js", "/demo.css": "demo.css"}
POLL_SECONDS = 20.0
PLACE = (35.0658, 116.3110)  # the county seat, where the demo citizen shares a location from
MAX_TEXT = 4096
MAX_PHOTO = 10 * 1024 * 1024
_CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


class Page:
    """What the page reads and does, over a running `Demo`."""

    def __init__(self, demo: Demo) -> None:
        self.demo = demo
        self.cast = demo.cast
        self._seen = 0  # records of the fake's log looked at for the busiest unit
        self.active_unit = self.cast.units[0][0]
        self._lock = threading.Lock()
        self._before: dict[str, list[int]] = {}  # a unit's groups before it was upgraded

    def revision(self) -> int:
        return self.demo.fake.version + self.demo.revision

    def state(self, since: int, unit: str) -> JSON:
        """Every pane as of now, once something changed after revision `since` (or a while)."""
        deadline = time.monotonic() + POLL_SECONDS
        while (self.revision() <= since and time.monotonic() < deadline
               and not self.demo.closing.is_set()):
            self.demo.fake.wait_version(since - self.demo.revision, 0.5)
        active = self._busiest_unit()
        unit = unit or active
        staff = self.cast.staff[unit]
        return {
            "revision": self.revision(),
            "ready": self.demo.ready.is_set(),
            "status": self.demo.status,
            "clock": self.demo.clock_label(),
            "county": self.demo.config.county.name,
            "units": [{"code": c, "name": n} for c, n in self.cast.units],
            "active_unit": active,
            "unit": unit,  # the unit the staff and group panes show
            "blocked": [who for who, user in (("citizen", self.cast.citizen), ("staff", staff),
                                              ("supervisor", self.cast.supervisor))
                        if self.demo.fake.is_blocked(user)],
            "panes": {
                "citizen": self._pane(self.cast.citizen, self.cast.citizen),
                "staff": self._pane(staff, staff),
                "group": [m for chat in (*self._before.get(unit, ()), self.cast.groups[unit])
                          for m in self._pane(chat, staff)],  # its history goes on upgraded
                "supervisor": self._pane(self.cast.supervisor, self.cast.supervisor),
                "channel": self._pane(self.cast.channel, 0),
            },
        }

    def _pane(self, chat: int, owner: int) -> list[JSON]:
        """A chat's messages, each stamped with the county's (simulated) time it was sent."""
        return [view.message(m, owner, f"{self.demo.county_time(m['date']):%m-%d %H:%M}")
                for m in self.demo.fake.messages(chat)]

    def _busiest_unit(self) -> str:
        """The unit the bot last wrote to (group or staff): the page follows it until the
        reader picks a unit. The joins at start do not count."""
        units = {chat: code for code, chats in self._before.items() for chat in chats}
        units.update({chat: code for code, chat in self.cast.groups.items()})
        units.update({user: code for code, user in self.cast.staff.items()})
        with self._lock:
            if not self.demo.ready.is_set():
                return self.active_unit
            self._seen = max(self._seen, self.demo.joined)
            records = self.demo.fake.sent(after=self._seen)
            self._seen += len(records)
            for record in records:
                if record["method"].startswith(("send", "copy")) and record["chat_id"] in units:
                    self.active_unit = units[record["chat_id"]]
            return self.active_unit

    # -- what people do --------------------------------------------------------------------------
    def person(self, who: str, unit: str) -> int:
        if who == "citizen":
            return self.cast.citizen
        if who == "supervisor":
            return self.cast.supervisor
        if who in ("staff", "group"):
            if unit not in self.cast.staff:
                raise ValueError(for_operators.DEMO_NO_UNIT)
            return self.cast.staff[unit]
        raise ValueError(for_operators.DEMO_NOBODY)

    def chat(self, pane: str, unit: str) -> int:
        if pane == "group" and unit in self.cast.groups:
            return self.cast.groups[unit]
        if pane == "channel":
            raise ValueError("nobody presses buttons in the channel here")
        return self.person(pane, unit)

    def _writer(self, body: JSON) -> tuple[str, str, int, str]:
        """Who writes (`who`, `unit`, the user) and the text, checked as Telegram's app would."""
        text = str(body.get("text", "")).strip()
        if not text or len(text) > MAX_TEXT:
            raise ValueError(for_operators.DEMO_EMPTY_TEXT)
        who, unit = str(body.get("who")), str(body.get("unit"))
        user = self.person(who, unit)
        if self.demo.fake.is_blocked(user):  # Telegram's app asks to unblock (restart) first
            raise ValueError(for_operators.DEMO_BLOCKED)
        return who, unit, user, text

    def send(self, body: JSON) -> JSON:
        who, unit, user, text = self._writer(body)
        reply_to = body.get("reply_to")
        if reply_to is not None and (not isinstance(reply_to, int) or isinstance(reply_to, bool)):
            raise ValueError(for_operators.DEMO_STALE_REPLY)
        try:
            self.demo.fake.send_text(user, text, self.chat(who, unit), reply_to=reply_to)
        except KeyError:  # no such message in that chat
            raise ValueError(for_operators.DEMO_STALE_REPLY) from None
        return {}

    def edit(self, body: JSON) -> JSON:
        """The person edits a message of theirs in that chat: the bot gets an edited_message."""
        who, unit, user, text = self._writer(body)
        message_id = body.get("message_id")
        if not isinstance(message_id, int) or isinstance(message_id, bool):
            raise ValueError(for_operators.DEMO_STALE_EDIT)
        try:
            self.demo.fake.edit_text(user, {"chat_id": self.chat(who, unit),
                                            "message_id": message_id}, text)
        except (KeyError, ValueError):  # not in that chat, another's, or a place shared
            raise ValueError(for_operators.DEMO_STALE_EDIT) from None
        return {}

    def block(self, body: JSON) -> JSON:
        """The person blocks the bot in their private chat (`blocked`: false unblocks it): the
        bot gets my_chat_member, and what it sends them is refused with 403 meanwhile."""
        who = str(body.get("who"))
        if who not in ("citizen", "staff", "supervisor"):
            raise ValueError(for_operators.DEMO_NOBODY_BLOCKS)
        self.demo.fake.block_bot(self.person(who, str(body.get("unit"))),
                                 body.get("blocked", True) is not False)
        return {}

    def photo(self, who: str, caption: str, data: bytes) -> JSON:
        if not data or len(data) > MAX_PHOTO:
            raise ValueError(for_operators.DEMO_BAD_PHOTO)
        if self.demo.fake.is_blocked(self.person(who, "")):
            raise ValueError(for_operators.DEMO_BLOCKED)
        self.demo.fake.send_photo(self.person(who, ""), caption.strip() or None, data=data)
        return {}

    def location(self, body: JSON) -> JSON:
        user = self.person(str(body.get("who")), "")
        if self.demo.fake.is_blocked(user):
            raise ValueError(for_operators.DEMO_BLOCKED)
        self.demo.fake.send_location(user, *PLACE)
        return {}

    def forward(self, body: JSON) -> JSON:
        """The citizen forwards to the bot a message the neighbour wrote (the text given), as
        Telegram sends a forward: the bot reads whose words they are."""
        _, _, user, text = self._writer({**body, "who": "citizen"})
        self.demo.fake.forward_text(user, text, from_user=self.cast.neighbour)
        return {}

    def upgrade(self, body: JSON) -> JSON:
        """The unit's staff member upgrades its group to a supergroup: Telegram gives it a new
        id and says so in both; the bot's binding follows, and so does the group pane."""
        unit = str(body.get("unit"))
        if unit not in self.cast.groups:
            raise ValueError(for_operators.DEMO_NO_UNIT)
        new = self.cast.supergroup(unit)
        with self._lock:
            old = self.cast.groups[unit]
            if old == new:
                raise ValueError(for_operators.DEMO_UPGRADED)
            self.demo.fake.migrate_group(old, new, self.cast.staff[unit])
            self._before.setdefault(unit, []).append(old)
            self.cast.groups[unit] = new
        return {}

    def press(self, body: JSON) -> JSON:
        """Press a button as the pane's person; the bot's answer (a toast), if it comes soon."""
        pane, unit = str(body.get("pane")), str(body.get("unit"))
        chat, user = self.chat(pane, unit), self.person(pane, unit)
        ref = {"chat_id": chat, "message_id": int(body.get("message_id", 0))}
        try:
            query = self.demo.fake.press(user, ref, str(body.get("data")))
        except (KeyError, ValueError):  # the message is gone, or no longer has that button
            raise ValueError(for_operators.DEMO_STALE_BUTTON) from None
        try:
            answers = self.demo.fake.wait_until(
                lambda: [a for a in self.demo.fake.callback_answers if a["id"] == query], 10)
        except AssertionError:
            return {"toast": ""}
        return {"toast": answers[0]["text"] or ""}

    def advance(self, body: JSON) -> JSON:
        hours = int(body.get("hours", 0))
        if hours not in (1, 24):
            raise ValueError(for_operators.DEMO_BAD_STEP)
        summary = self.demo.advance(hours)
        return {"clock": self.demo.clock_label(), "summary": summary}


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, port: int, page: Page | None = None) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.page = page

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A page that went away mid-answer (a reload, a new unit chosen) is normal here."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/"


class _Handler(BaseHTTPRequestHandler):
    server: Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _reply(self, status: int, body: bytes, ctype: str, extra: dict[str, str] | None = None
               ) -> None:
        self.send_response(status)
        for name, value in {"Content-Type": ctype, "Content-Length": str(len(body)),
                            "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff",
                            "Content-Security-Policy": _CSP, "Referrer-Policy": "no-referrer",
                            **(extra or {})}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _json(self, status: int, body: JSON) -> None:
        self._reply(status, json.dumps(body, ensure_ascii=False).encode(), "application/json")

    def _local(self) -> bool:
        port = self.server.server_address[1]
        return self.headers.get("Host", "") in (f"127.0.0.1:{port}", f"localhost:{port}")

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        page = self.server.page
        if not self._local():
            return self._json(403, {"error": for_operators.DEMO_FORBIDDEN})
        if url.path in STATIC:
            name = STATIC[url.path]
            data = resources.files("bot.demo").joinpath("static", name).read_bytes()
            ctype = mimetypes.guess_type(name)[0] or "text/plain"
            return self._reply(200, data, ctype + "; charset=utf-8")
        if page is None:
            return self._json(503, {"error": for_operators.DEMO_STARTING})
        if url.path == "/api/state":
            query = {k: v[0] for k, v in parse_qs(url.query).items()}
            since, unit = query.get("since", "-1"), query.get("unit", "")
            if not since.lstrip("-").isdigit():
                return self._json(400, {"error": for_operators.DEMO_BAD_SINCE})
            if unit and unit not in page.cast.staff:
                return self._json(400, {"error": for_operators.DEMO_NO_UNIT})
            try:
                state = page.state(int(since), unit)
            except DemoError:  # stopping
                return self._json(503, {"error": for_operators.DEMO_STOPPED})
            return self._json(200, state)
        if url.path.startswith("/file/"):
            return self._file(page, url.path[6:])
        return self._json(404, {"error": for_operators.DEMO_NOT_FOUND})

    def _file(self, page: Page, file_id: str) -> None:
        stored = page.demo.fake.file(file_id)
        if stored is None:
            return self._json(404, {"error": for_operators.DEMO_NO_FILE})
        ctype = mimetypes.guess_type(stored.name)[0] or "application/octet-stream"
        how = "inline" if stored.kind == "photo" else "attachment"
        self._reply(200, stored.data, ctype, {
            "Content-Disposition": f"{how}; filename*=UTF-8''{quote(stored.name)}"})

    def do_POST(self) -> None:
        page = self.server.page
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if not self._local() or self.headers.get("X-Demo") != "1":
            return self._json(403, {"error": for_operators.DEMO_FORBIDDEN})
        if page is None:
            return self._json(503, {"error": for_operators.DEMO_STARTING})
        actions = {"/api/send": page.send, "/api/edit": page.edit, "/api/block": page.block,
                   "/api/location": page.location, "/api/press": page.press,
                   "/api/clock": page.advance, "/api/forward": page.forward,
                   "/api/upgrade": page.upgrade}
        path = urlsplit(self.path).path
        try:
            if path == "/api/photo":
                params, files = parse_body(urlsplit(self.path).query,
                                           self.headers.get("Content-Type", ""), body)
                data = files.get("photo", ("", b""))[1]
                return self._json(200, page.photo(str(params.get("who")),
                                                  str(params.get("caption", "")), data))
            if path not in actions:
                return self._json(404, {"error": for_operators.DEMO_NOT_FOUND})
            return self._json(200, actions[path](_payload(body)))
        except ApiError as exc:
            return self._json(400, {"error": exc.description})
        except (ValueError, TypeError, DemoError) as exc:
            return self._json(400, {"error": str(exc)})


def _payload(body: bytes) -> Any:
    """A request's JSON; a lone surrogate (\\ud800, no client of Telegram's can send one) is
    refused here, or the page could never show its state again (ValueError)."""
    try:
        data = json.loads(body or b"{}")
    except ValueError:
        raise ValueError(for_operators.DEMO_BAD_JSON) from None
    if not isinstance(data, dict):
        raise ValueError(for_operators.demo_not_an_object(data))
    json.dumps(data, ensure_ascii=False).encode()  # UnicodeEncodeError is a ValueError
    return data
