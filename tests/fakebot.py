"""A loopback fake Telegram Bot API server for offline tests, demos and benchmarks.

The bot reaches it through ``[telegram] base_url``; the fake is strict where Telegram is strict
(unknown chats, empty/long texts, bad HTML or MarkdownV2, bad buttons, stale callback queries,
flood limits, blocked users) and keeps updates until a ``getUpdates`` with a higher offset confirms
them. Usage::

    with FakeBotAPI() as fake:                      # binds 127.0.0.1 on a free port
        bot = telegram.Bot(fake.token, base_url=fake.base_url, base_file_url=fake.base_file_url)
        msg = fake.send_text(42, "/start")          # citizen 42 writes to the bot
        [reply] = fake.wait_sent(42, 1)             # what the bot sent to chat 42
        fake.press(42, reply, "unit:3")             # press a button on the bot's message
        fake.fail_next("sendMessage", 429, retry_after=3)   # fault injection

Records returned by :meth:`FakeBotAPI.sent` hold ``method, chat_id, message_id, text`` (what the
person sees, markup parsed away), ``raw`` (as sent), ``caption, parse_mode, reply_markup,
reply_to_message_id, file`` (uploaded bytes), ``filename`` and ``file_id``. By hand:
``python -m tests.fakebot serve --port 8081`` and ``python -m tests.fakebot say 42 "路灯坏了"``.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.parser
import email.policy
import itertools
import json
import math
import re
import select
import socket
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, parse_qsl, unquote, urlsplit

JSON = dict[str, Any]
_JSON_FIELDS = {"reply_markup", "reply_parameters", "entities", "caption_entities", "commands",
                "allowed_updates", "scope", "link_preview_options"}
_INT_FIELDS = {"message_id", "offset", "limit", "timeout", "reply_to_message_id", "cache_time",
               "message_thread_id", "user_id"}
_BOOL_FIELDS = {"show_alert", "drop_pending_updates", "disable_notification", "protect_content"}
_ACTIONS = {"typing", "upload_photo", "record_video", "upload_video", "record_voice",
            "upload_voice", "upload_document", "choose_sticker", "find_location"}
_COMMAND_RE = re.compile(r"(?<!\S)/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?")
_NGINX_502 = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
_QUERY_TOO_OLD = "query is too old and response timeout expired or query ID is invalid"


class ApiError(Exception):
    """A Telegram error reply: HTTP status, description, optional retry_after."""

    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code, self.description, self.retry_after = code, description, retry_after


def bad(description: str) -> ApiError:
    return ApiError(400, "Bad Request: " + description)


# -- parse modes and keyboards: Telegram's rules, reduced to what a bot can get wrong ------------
_HTML_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler",
              "a", "code", "pre", "blockquote", "tg-emoji"}
_HTML_ENTITY = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_MD_MARKS = {"```": "Pre", "`": "Code", "__": "Underline", "_": "Italic", "*": "Bold",
             "~": "Strikethrough", "||": "Spoiler"}


def _entities_error(text: str, i: int, what: str) -> ApiError:
    offset = len(text[:i].encode("utf-8", "surrogatepass"))
    return bad(f"can't parse entities: {what} at byte offset {offset}")


def _parse_html(text: str) -> str:
    out: list[str] = []
    stack: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "&":
            m = _HTML_ENTITY.match(text, i)
            code = m.group(1) if m else ""
            num = int(code[2:], 16) if code[:2].lower() == "#x" else int(code[1:] or 0) \
                if code.startswith("#") else -1
            decoded = _NAMED.get(code) or (chr(num) if 0 < num <= 0x10FFFF else None)
            if m is None or decoded is None:  # stricter than Telegram, which keeps a bare "&"
                raise _entities_error(text, i, "unsupported HTML entity")
            out.append(decoded)
            i = m.end()
            continue
        if ch != "<":
            out.append(ch)
            i += 1
            continue
        end = text.find(">", i)
        if end == -1:
            raise _entities_error(text, i, "Unclosed start tag")
        tag = text[i + 1:end].strip()
        if tag.startswith("/"):
            name = tag[1:].strip().lower()
            if not stack:
                raise _entities_error(text, i, f'Unexpected end tag "{name}"')
            if name != stack[-1]:
                raise _entities_error(text, i, f'Unmatched end tag, expected "</{stack[-1]}>", '
                                      f'found "</{name}>"')
            stack.pop()
        else:
            name = re.split(r"\s", tag, maxsplit=1)[0].lower()
            attrs = {k.lower(): a or b or c for k, a, b, c in re.findall(
                r"""([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))""", tag[len(name):])}
            if name not in _HTML_TAGS:
                raise _entities_error(text, i, f'Unsupported start tag "{name}"')
            if name == "span" and attrs.get("class") != "tg-spoiler":
                raise _entities_error(text, i, 'Tag "span" must have class "tg-spoiler"')
            stack.append(name)
        i = end + 1
    if stack:
        raise bad(f'can\'t parse entities: Can\'t find end tag corresponding to start tag '
                  f'"{stack[-1]}"')
    return "".join(out)


def _parse_markdown_v2(text: str) -> str:
    out: list[str] = []
    stack: list[tuple[str, int]] = []
    i = 0
    while i < len(text):
        ch, top = text[i], stack[-1][0] if stack else ""
        if ch == "\\" and i + 1 < len(text) and 0 < ord(text[i + 1]) < 127:
            out.append(text[i + 1])
            i += 2
        elif top in ("`", "```") and not text.startswith(top, i):
            out.append(ch)
            i += 1
        elif mark := next((m for m in _MD_MARKS if text.startswith(m, i)), ""):
            if mark == "__" and top == "_":  # closing italic followed by another "_"
                mark = "_"
            if top == mark:
                stack.pop()
            else:
                stack.append((mark, i))
            if mark == "```" and top != mark:
                i = text.find("\n", i) + 1 or len(text)  # skip the language line
            else:
                i += len(mark)
        elif ch == "[":
            stack.append(("[", i))
            i += 1
        elif ch == "]" and top == "[":
            stack.pop()
            close = text.find(")", i)
            if not text.startswith("(", i + 1) or close == -1:
                raise _entities_error(text, i, "Can't find end of a url")
            i = close + 1
        elif ch == ">" and (i == 0 or text[i - 1] == "\n"):
            i += 1  # block quotation
        elif ch in "_*[]()~`>#+-=|{}.!\\":
            raise bad(f"can't parse entities: Character '{ch}' is reserved and must be escaped "
                      "with the preceding '\\'")
        else:
            out.append(ch)
            i += 1
    if stack:
        mark, at = stack[-1]
        raise _entities_error(text, at, f"Can't find end of {_MD_MARKS.get(mark, 'TextUrl')} "
                              "entity")
    return "".join(out)


def visible_text(text: Any, parse_mode: Any, limit: int, what: str,
                 allow_empty: bool = False) -> str:
    """The text the person sees, or the ApiError Telegram gives for it."""
    raw = "" if text is None else str(text)
    try:
        raw.encode("utf-8")
    except UnicodeEncodeError:
        raise bad("text must be encoded in UTF-8") from None
    mode = str(parse_mode or "").lower()
    if mode == "html":
        shown = _parse_html(raw)
    elif mode == "markdownv2":
        shown = _parse_markdown_v2(raw)
    elif mode == "markdown":  # legacy mode: markers stripped, not validated
        shown = re.sub(r"[*_`\[\]]", "", raw)
    elif mode:
        raise bad("unsupported parse_mode")
    else:
        shown = raw
    shown = shown.strip()
    if not shown and not allow_empty:
        raise bad(f"{what} is empty")
    if len(shown) > limit:  # code points after entity parsing, as tdlib counts
        raise bad("message is too long" if what == "message text" else f"{what} is too long")
    return shown


_BUTTON_KINDS = {"url", "callback_data", "switch_inline_query", "web_app", "login_url", "pay",
                 "switch_inline_query_current_chat", "switch_inline_query_chosen_chat",
                 "callback_game", "copy_text"}


def check_markup(markup: Any) -> JSON | None:
    """Validate reply_markup as Telegram does; returns it parsed."""
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad("can't parse reply keyboard markup JSON object")
    rows = markup.get("inline_keyboard", markup.get("keyboard"))
    if rows is None:
        if markup.get("remove_keyboard") or markup.get("force_reply"):
            return markup
        raise bad("can't parse reply keyboard markup JSON object")
    inline = "inline_keyboard" in markup
    if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
        raise bad("BUTTON_DATA_INVALID")
    for button in (b for row in rows for b in row):
        if not inline and isinstance(button, str):
            continue
        if not isinstance(button, dict) or not str(button.get("text") or "").strip():
            raise bad("BUTTON_DATA_INVALID" if inline else "BUTTON_TEXT_INVALID")
        if not inline:
            continue
        if len(_BUTTON_KINDS & button.keys()) != 1:
            raise bad("BUTTON_DATA_INVALID")
        data = button.get("callback_data")
        if "callback_data" in button and not (
                isinstance(data, str) and 1 <= len(data.encode("utf-8", "surrogatepass")) <= 64):
            raise bad("BUTTON_DATA_INVALID")
        if "url" in button and not re.match(r"(https?|tg)://\S", str(button["url"])):
            raise bad("BUTTON_URL_INVALID")
    return markup


def _client_gone(sock: socket.socket) -> bool:
    """True once the client closed its end (e.g. a killed bot's long poll)."""
    try:
        readable = select.select([sock], [], [], 0)[0]
        return bool(readable) and sock.recv(1, socket.MSG_PEEK) == b""
    except OSError:
        return True


def _u16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@dataclass(frozen=True)
class RequestRecord:
    """One call the bot made: method as spelled, coerced params, HTTP status (0 = dropped)."""

    method: str
    params: JSON
    status: int
    description: str = ""
    injected: bool = False
    content_type: str = ""


@dataclass
class _Fault:
    kind: str  # "fail" | "drop" | "delay"
    count: int
    status: int = 0
    retry_after: int | None = None
    description: str | None = None
    seconds: float = 0.0
    applied: bool = False


@dataclass
class _Bucket:
    capacity: float
    rate: float  # tokens per second
    stamp: float
    tokens: float = 0.0

    def __post_init__(self) -> None:
        self.tokens = self.capacity

    def wait(self, now: float) -> float:
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        return 0.0 if self.tokens >= 1 else (1 - self.tokens) / self.rate


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], fake: FakeBotAPI) -> None:
        self.fake = fake
        self.connections: dict[socket.socket, threading.Thread] = {}
        self.lock = threading.Lock()
        super().__init__(address, _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hung up (a killed bot) is normal here; anything else is printed."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # else headers and body in two writes cost 40 ms per call
    server: _Server

    def setup(self) -> None:
        super().setup()
        with self.server.lock:
            self.server.connections[self.connection] = threading.current_thread()

    def finish(self) -> None:
        with contextlib.suppress(OSError):
            super().finish()
        with self.server.lock:
            self.server.connections.pop(self.connection, None)

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            body = b""
            while size := int(self.rfile.readline().split(b";")[0], 16):
                body += self.rfile.read(size)
                self.rfile.readline()
            self.rfile.readline()
        else:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        url = urlsplit(self.path)
        status, payload, delay = self.server.fake._route(
            url.path, url.query, self.headers.get("Content-Type", ""), body,
            lambda: _client_gone(self.connection))
        if payload is None:  # injected drop: close the socket without any response
            self.close_connection = True
            return
        if delay:
            self.server.fake._stopping.wait(delay)
        ctype = "text/html" if payload.startswith(b"<html") else "application/json"
        if url.path.startswith("/file/") and status == 200:
            ctype = "application/octet-stream"
        with contextlib.suppress(OSError):
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

    do_POST = do_GET


def _parse_body(query: str, ctype: str, body: bytes) -> tuple[JSON, dict[str, tuple[str, bytes]]]:
    params: JSON = dict(parse_qsl(query, keep_blank_values=True))
    files: dict[str, tuple[str, bytes]] = {}
    if ctype.startswith("application/json") and body:
        params.update(json.loads(body))
    elif ctype.startswith("application/x-www-form-urlencoded"):
        params.update(parse_qsl(body.decode(), keep_blank_values=True))
    elif ctype.startswith("multipart/form-data"):
        head = f"Content-Type: {ctype}\r\nMIME-Version: 1.0\r\n\r\n".encode()
        msg = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
        for part in msg.iter_parts():
            name = part.get_param("name", header="content-disposition")
            data = part.get_payload(decode=True)
            data = data if isinstance(data, bytes) else b""
            if part.get_filename() is not None:
                files[str(name)] = (part.get_filename() or "file", data)
            else:
                params[str(name)] = data.decode()
    for key, value in list(params.items()):
        if not isinstance(value, str):
            continue
        if key in _JSON_FIELDS:
            try:
                params[key] = json.loads(value)
            except ValueError:
                raise bad(f"can't parse {key} JSON object") from None
        elif key in _INT_FIELDS or (key == "chat_id" and re.fullmatch(r"-?\d+", value)):
            try:
                params[key] = int(value)
            except ValueError:
                raise bad(f"invalid {key} specified") from None
        elif key in _BOOL_FIELDS:
            params[key] = value.lower() in ("true", "1")
    return params, files


class FakeBotAPI:
    """A strict in-process Bot API; see the module docstring. All public methods are thread-safe."""

    def __init__(self, token: str = "123456:TEST-TOKEN", flood_limits: bool = True, *,
                 port: int = 0, bot_username: str = "jinlaiban_bot",
                 callback_timeout: float = 15.0) -> None:
        self.token, self.flood_limits, self.port = token, flood_limits, port
        self.callback_timeout = callback_timeout
        self.clock: Callable[[], float] = time.monotonic  # flood limits and query age; patchable
        self.bot_user: JSON = {"id": int(token.split(":")[0]), "is_bot": True,
                               "first_name": "金来办", "username": bot_username}
        self._cond = threading.Condition(threading.RLock())
        self._stopping = threading.Event()
        self._local = threading.local()  # per request: has the client hung up?
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._revoked = False
        self._ids = itertools.count(1)
        self._update_ids = itertools.count(100_000)
        self._users: dict[int, JSON] = {}
        self._chats: dict[int, JSON] = {}
        self._msg_ids: dict[int, int] = {}
        self._messages: dict[tuple[int, int], JSON] = {}
        self._updates: list[JSON] = []
        self._allowed: set[str] | None = None
        self._confirmed = 0
        self._poll_gen = 0
        self._hang_until = 0.0
        self._sent: list[JSON] = []
        self._requests: list[RequestRecord] = []
        self._answers: list[JSON] = []
        self._queries: dict[str, list[float | bool]] = {}
        self._blocked: set[int] = set()
        self._faults: dict[str, list[_Fault]] = {}
        self._files: dict[str, tuple[str, bytes]] = {}  # file_id -> (file_path, bytes)
        self._buckets: dict[int | str, _Bucket] = {}
        self._commands: dict[str, list[JSON]] = {}
        self._methods: dict[str, Callable[[JSON, dict[str, tuple[str, bytes]]], Any]] = {
            name.lower(): getattr(self, "_m_" + name) for name in (
                "getMe", "getUpdates", "deleteWebhook", "getWebhookInfo", "setMyCommands",
                "getMyCommands", "sendMessage", "editMessageText", "editMessageReplyMarkup",
                "deleteMessage", "sendPhoto", "sendDocument", "sendChatAction",
                "answerCallbackQuery", "getFile", "getChat", "close", "logOut")}

    # -- lifecycle -------------------------------------------------------------------------------
    def start(self) -> FakeBotAPI:
        """Bind 127.0.0.1 (port 0 = any free port) and serve in a background thread."""
        self._stopping.clear()
        self._server = _Server(("127.0.0.1", self.port), self)
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
        self._server.shutdown()
        with self._server.lock:
            conns = dict(self._server.connections)
        for sock in conns:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        for thread in conns.values():
            thread.join(5)
        self._server.server_close()
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

    # -- simulated people ------------------------------------------------------------------------
    def add_user(self, user_id: int, first_name: str | None = None, username: str | None = None,
                 language_code: str = "zh-hans") -> JSON:
        """Create (or update) a user and the private chat with the bot; returns the user."""
        with self._cond:
            user = self._users.setdefault(user_id, {
                "id": user_id, "is_bot": False, "first_name": f"用户{user_id}",
                "username": f"user{user_id}", "language_code": language_code})
            user.update({k: v for k, v in (("first_name", first_name), ("username", username))
                         if v is not None})
            self._chats[user_id] = {"id": user_id, "type": "private",
                                    "first_name": user["first_name"], "username": user["username"]}
            return dict(user)

    def rename(self, user_id: int, username: str | None) -> None:
        """Change a user's @username (None removes it)."""
        with self._cond:
            for obj in (self._users[user_id], self._chats[user_id]):
                obj.pop("username", None)
                obj.update({"username": username} if username else {})

    def add_group(self, chat_id: int, title: str, type: str = "supergroup") -> JSON:
        """Register a group/supergroup the bot is in."""
        with self._cond:
            self._chats[chat_id] = {"id": chat_id, "type": type, "title": title}
            return dict(self._chats[chat_id])

    def add_channel(self, chat_id: int, title: str = "频道", username: str | None = None) -> JSON:
        """Register a channel the bot can post to."""
        chat = self.add_group(chat_id, title, "channel")
        if username:
            with self._cond:
                self._chats[chat_id]["username"] = chat["username"] = username
        return chat

    def _ref(self, chat_id: int, message: JSON | int) -> JSON:
        if isinstance(message, int):
            return self._messages[(chat_id, message)]
        cid = message["chat"]["id"] if "chat" in message else message["chat_id"]
        return self._messages[(cid, message["message_id"])]

    def _new_message(self, chat: JSON, sender: JSON | None, content: JSON) -> JSON:
        cid = chat["id"]
        self._msg_ids[cid] = self._msg_ids.get(cid, 0) + 1
        msg: JSON = {"message_id": self._msg_ids[cid], "date": int(time.time()), "chat": dict(chat)}
        if chat["type"] == "channel":
            msg["sender_chat"] = dict(chat)
        elif sender is not None:
            msg["from"] = dict(sender)
        msg.update(content)
        self._messages[(cid, msg["message_id"])] = msg
        return msg

    def _push(self, kind: str, obj: JSON) -> None:
        update = {"update_id": next(self._update_ids), kind: _copy(obj)}
        self._updates.append(update)
        self._cond.notify_all()

    def _user_says(self, user_id: int, content: JSON, chat_id: int | None = None,
                   reply_to: JSON | int | None = None) -> JSON:
        with self._cond:
            if user_id not in self._users:
                self.add_user(user_id)
            chat = self._chats.get(user_id if chat_id is None else chat_id)
            if chat is None:
                raise ValueError(f"chat {chat_id} is not registered: call add_group() first")
            if reply_to is not None:
                target = dict(self._ref(chat["id"], reply_to))
                target.pop("reply_to_message", None)
                content = {**content, "reply_to_message": target}
            msg = self._new_message(chat, self._users[user_id], content)
            self._push("channel_post" if chat["type"] == "channel" else "message", msg)
            return _copy(msg)

    def _user_file(self, kind: str, data: bytes, name: str) -> JSON:
        n = next(self._ids)
        file_id = f"AgAC{kind}{n:08d}"
        self._files[file_id] = (f"{kind}/{name}", data)
        return {"file_id": file_id, "file_unique_id": f"AQAD{n:08d}", "file_size": len(data)}

    def send_text(self, user_id: int, text: str, chat_id: int | None = None,
                  reply_to: JSON | int | None = None) -> JSON:
        """The user sends ``text`` (commands get ``bot_command`` entities); returns the message."""
        entities = [{"type": "bot_command", "offset": _u16(text[:m.start()]),
                     "length": _u16(m.group())} for m in _COMMAND_RE.finditer(text)]
        return self._user_says(user_id, {"text": text, **({"entities": entities} if entities
                                                          else {})}, chat_id, reply_to)

    def send_photo(self, user_id: int, caption: str | None = None, chat_id: int | None = None,
                   reply_to: JSON | int | None = None, data: bytes = b"\xff\xd8\xff fake jpeg",
                   media_group_id: str | None = None) -> JSON:
        """The user sends a photo (two sizes, like Telegram)."""
        with self._cond:
            big = {**self._user_file("photos", data, f"file_{next(self._ids)}.jpg"),
                   "width": 1280, "height": 960}
            small = {**big, "file_id": big["file_id"] + "s", "width": 320, "height": 240}
            self._files[small["file_id"]] = self._files[big["file_id"]]
            content: JSON = {"photo": [small, big]}
            content.update({"caption": caption} if caption is not None else {})
            content.update({"media_group_id": media_group_id} if media_group_id else {})
            return self._user_says(user_id, content, chat_id, reply_to)

    def send_album(self, user_id: int, n: int, caption: str | None = None,
                   chat_id: int | None = None) -> list[JSON]:
        """The user sends ``n`` photos as one album (caption on the first)."""
        group = str(13_000_000_000_000_000 + next(self._ids))
        return [self.send_photo(user_id, caption if i == 0 else None, chat_id,
                                media_group_id=group) for i in range(n)]

    def send_voice(self, user_id: int, duration: int = 3, chat_id: int | None = None,
                   data: bytes = b"OggS fake voice") -> JSON:
        """The user sends a voice note."""
        with self._cond:
            voice = {**self._user_file("voice", data, f"file_{next(self._ids)}.oga"),
                     "duration": duration, "mime_type": "audio/ogg"}
            return self._user_says(user_id, {"voice": voice}, chat_id)

    def send_document(self, user_id: int, data: bytes = b"%PDF-1.4 fake",
                      filename: str = "材料.pdf", mime_type: str = "application/pdf",
                      caption: str | None = None, chat_id: int | None = None) -> JSON:
        """The user sends a file."""
        with self._cond:
            doc = {**self._user_file("documents", data, filename), "file_name": filename,
                   "mime_type": mime_type}
            content: JSON = {"document": doc, **({"caption": caption} if caption else {})}
            return self._user_says(user_id, content, chat_id)

    def send_location(self, user_id: int, latitude: float, longitude: float,
                      chat_id: int | None = None) -> JSON:
        """The user shares a location."""
        return self._user_says(user_id, {"location": {"latitude": latitude,
                                                      "longitude": longitude}}, chat_id)

    def send_contact(self, user_id: int, phone_number: str, first_name: str,
                     contact_user_id: int | None = None) -> JSON:
        """The user shares a contact (their own by default, as with a request_contact button)."""
        return self._user_says(user_id, {"contact": {
            "phone_number": phone_number, "first_name": first_name,
            "user_id": user_id if contact_user_id is None else contact_user_id}})

    def send_sticker(self, user_id: int, emoji: str = "👍", chat_id: int | None = None) -> JSON:
        """The user sends a sticker."""
        with self._cond:
            sticker = {**self._user_file("stickers", b"RIFF webp", f"file_{next(self._ids)}.webp"),
                       "type": "regular", "width": 512, "height": 512, "is_animated": False,
                       "is_video": False, "emoji": emoji}
            return self._user_says(user_id, {"sticker": sticker}, chat_id)

    def edit_text(self, user_id: int, message: JSON, new_text: str) -> JSON:
        """The user edits their message: an ``edited_message`` update."""
        with self._cond:
            msg = self._ref(0, message)
            if msg.get("from", {}).get("id") != user_id:
                raise ValueError("a user can only edit their own messages")
            msg.update(text=new_text, edit_date=int(time.time()))
            self._push("edited_message", msg)
            return _copy(msg)

    def press(self, user_id: int, message: JSON, data: str, forge: bool = False) -> str:
        """The user presses the button carrying ``data`` on a bot message; returns the query id."""
        with self._cond:
            msg = self._ref(0, message)
            rows = msg.get("reply_markup", {}).get("inline_keyboard", [])
            if not forge and data not in [b.get("callback_data") for row in rows for b in row]:
                raise ValueError(f"no button with callback_data {data!r} on that message")
            if user_id not in self._users:
                self.add_user(user_id)
            qid = str(4_000_000_000_000_000 + next(self._ids))
            self._queries[qid] = [self.clock(), False]
            self._push("callback_query", {"id": qid, "from": self._users[user_id], "message": msg,
                                          "chat_instance": str(-abs(msg["chat"]["id"]) * 7),
                                          "data": data})
            return qid

    def inject_update(self, update: JSON) -> int:
        """Queue a hand-made update (``update_id`` is assigned); returns its id."""
        with self._cond:
            kind, obj = next(iter(update.items()))
            self._push(kind, obj)
            return int(self._updates[-1]["update_id"])

    # -- observation ------------------------------------------------------------------------------
    def sent(self, chat_id: int | None = None, method: str | None = None) -> list[JSON]:
        """Everything the bot sent, edited or deleted, oldest first (chat actions excluded)."""
        with self._cond:
            return [dict(r) for r in self._sent if chat_id in (None, r["chat_id"])
                    and method in (None, r["method"])]

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

    def pending_updates(self) -> int:
        """Updates not yet confirmed by a higher offset."""
        with self._cond:
            return len(self._updates)

    def unexpected_errors(self) -> list[RequestRecord]:
        """Requests that failed without an injected fault (e.g. 400s the bot caused); long polls
        abandoned by their client (status 499, e.g. a killed bot) do not count."""
        return [r for r in self.requests if r.status not in (200, 499) and not r.injected]

    def _at_least(self, chat_id: int, count: int) -> list[JSON] | None:
        messages = [r for r in self.sent(chat_id) if r["method"].startswith("send")]
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
        if path.startswith("/_control/"):
            return self._control(path, query, body)
        if m := re.fullmatch(r"/file/bot([^/]*)/(.+)", unquote(path)):
            with self._cond:
                found = [d for p, d in self._files.values() if p == m.group(2)]
                if m.group(1) == self.token and not self._revoked and found:
                    return 200, found[0], 0.0
            return 404, _error(404, "Not Found"), 0.0
        if not (m := re.fullmatch(r"/bot([^/]*)/([A-Za-z]+)", path)):
            return 404, _error(404, "Not Found"), 0.0
        method, key = m.group(2), m.group(2).lower()
        self._local.gone = gone
        with self._cond:
            if m.group(1) != self.token or self._revoked:
                self._requests.append(RequestRecord(method, {}, 401, "Unauthorized"))
                return 401, _error(401, "Unauthorized"), 0.0
            faults = self._faults.get(key) or self._faults.get("*") or []
            fault = faults[0] if faults else None
            if fault:
                fault.count -= 1
                if fault.count <= 0:
                    faults.pop(0)
            try:
                params, files = _parse_body(query, ctype, body)
            except (ApiError, ValueError) as err:
                err = err if isinstance(err, ApiError) else bad("can't parse request body")
                self._requests.append(RequestRecord(method, {}, err.code, err.description))
                return err.code, _error(err.code, err.description), 0.0
            logged = {**params, **{k: {"filename": f, "size": len(d)}
                                   for k, (f, d) in files.items()}}
            if fault and (fault.kind == "fail" or (fault.kind == "drop" and not fault.applied)):
                status = fault.status or 0
                desc = fault.description or {429: f"Too Many Requests: retry after "
                                             f"{fault.retry_after or 1}", 0: "connection dropped",
                                             }.get(status, _REASONS.get(status, "Error"))
                self._requests.append(RequestRecord(method, logged, status, desc, True))
                if status == 0:
                    return 0, None, 0.0
                if status in (502, 504) and fault.description is None:
                    return status, _NGINX_502, 0.0
                retry = (fault.retry_after or 1) if status == 429 else fault.retry_after
                return status, _error(status, desc, retry), 0.0
            try:
                if key not in self._methods:
                    raise ApiError(404, "Not Found")
                result = self._methods[key](params, files)
                status, payload = 200, json.dumps({"ok": True, "result": result}).encode()
                desc = ""
            except ApiError as err:
                status, desc = err.code, err.description
                payload = _error(err.code, err.description, err.retry_after)
            except Exception as exc:  # a bug in the fake: show it in requests, not on stderr
                status, desc = 500, f"Internal Server Error: fake crashed: {exc!r}"
                payload = _error(status, desc)
            self._requests.append(RequestRecord(method, logged, status, desc, bool(fault),
                                                ctype.split(";")[0]))
            self._cond.notify_all()
        if fault and fault.kind == "drop":
            return 0, None, 0.0
        return status, payload, fault.seconds if fault else 0.0

    def _control(self, path: str, query: str, body: bytes) -> tuple[int, bytes | None, float]:
        args: JSON = json.loads(body) if body else {}
        args.update({k: v[0] for k, v in parse_qs(query).items()})
        try:
            if path == "/_control/send":
                chat = int(args["chat_id"]) if args.get("chat_id") else None
                result: Any = self.send_text(int(args["user_id"]), str(args["text"]), chat)
            elif path == "/_control/press":
                result = self.press(int(args["user_id"]), {"chat_id": int(args["chat_id"]),
                                    "message_id": int(args["message_id"])}, str(args["data"]))
            elif path == "/_control/sent":
                chat = int(args["chat_id"]) if args.get("chat_id") else None
                result = [{k: v for k, v in r.items() if k != "file"}
                          for r in self.sent(chat)[int(args.get("after", 0)):]]
            else:
                return 404, _error(404, "Not Found"), 0.0
        except (KeyError, ValueError) as err:
            return 400, _error(400, f"Bad Request: {err!r}"), 0.0
        return 200, json.dumps({"ok": True, "result": result}).encode(), 0.0

    # -- Bot API methods (called with self._cond held) ------------------------------------------
    def _chat(self, value: Any) -> JSON:
        if isinstance(value, str) and value.startswith("@"):
            value = next((c["id"] for c in self._chats.values()
                          if c.get("username", "").lower() == value[1:].lower()), None)
        chat = self._chats.get(value) if isinstance(value, int) else None
        if chat is None:
            raise bad("chat not found")
        if chat["type"] == "private" and value in self._blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        return chat

    def _flood(self, chat: JSON) -> None:
        if not self.flood_limits:
            return
        now, cid = self.clock(), chat["id"]
        private = chat["type"] == "private"
        buckets = [self._buckets.setdefault("all", _Bucket(30, 30, now)), self._buckets.setdefault(
            cid, _Bucket(3, 1, now) if private else _Bucket(20, 20 / 60, now))]
        wait = max(b.wait(now) for b in buckets)
        if wait > 0:
            retry = max(1, math.ceil(wait))
            raise ApiError(429, f"Too Many Requests: retry after {retry}", retry)
        for b in buckets:
            b.tokens -= 1

    def _own_message(self, p: JSON, verb: str) -> JSON:
        msg = self._messages.get((self._chat(p.get("chat_id"))["id"], p.get("message_id", 0)))
        if msg is None:
            raise bad(f"message to {verb} not found")
        if msg.get("from", {}).get("id") != self.bot_user["id"] and "sender_chat" not in msg:
            raise bad(f"message can't be {verb}ed")
        return msg

    def _record(self, method: str, chat_id: int, message_id: int, **extra: Any) -> None:
        self._sent.append({"at": time.monotonic(), "method": method, "chat_id": chat_id,
                           "message_id": message_id,
                           "text": None, "raw": None, "caption": None, "parse_mode": None,
                           "reply_markup": None, "reply_to_message_id": None, "file": None,
                           "filename": None, "file_id": None, **extra})

    def _send(self, method: str, p: JSON, content: JSON, extra: JSON) -> JSON:
        chat = self._chat(p.get("chat_id"))
        markup = check_markup(p.get("reply_markup"))
        reply = p.get("reply_parameters") or {}
        reply_id = reply.get("message_id", p.get("reply_to_message_id"))
        target = self._messages.get((chat["id"], reply_id)) if reply_id else None
        if reply_id and target is None and not reply.get("allow_sending_without_reply"):
            raise bad("message to be replied not found")
        self._flood(chat)
        if target is not None:
            content["reply_to_message"] = {k: v for k, v in target.items()
                                           if k != "reply_to_message"}
        if markup and "inline_keyboard" in markup:
            content["reply_markup"] = markup
        msg = self._new_message(chat, self.bot_user, content)
        self._record(method, chat["id"], msg["message_id"], parse_mode=p.get("parse_mode"),
                     reply_markup=markup, reply_to_message_id=target and reply_id, **extra)
        return msg

    def _m_sendMessage(self, p: JSON, files: Any) -> JSON:
        text = visible_text(p.get("text"), p.get("parse_mode"), 4096, "message text")
        return self._send("sendMessage", p, {"text": text}, {"text": text, "raw": p.get("text")})

    def _upload(self, p: JSON, files: dict[str, tuple[str, bytes]], kind: str) -> tuple[str, bytes]:
        value = p.get(kind)
        if isinstance(value, str) and value.startswith("attach://"):
            value = files.get(value[9:])
        value = files.get(kind, value)
        if isinstance(value, tuple):
            return value
        if isinstance(value, str) and value in self._files:
            path, data = self._files[value]
            return path.rsplit("/", 1)[-1], data
        raise bad("wrong file identifier/HTTP URL specified")

    def _m_sendDocument(self, p: JSON, files: dict[str, tuple[str, bytes]]) -> JSON:
        return self._send_file(p, files, "document")

    def _m_sendPhoto(self, p: JSON, files: dict[str, tuple[str, bytes]]) -> JSON:
        return self._send_file(p, files, "photo")

    def _send_file(self, p: JSON, files: dict[str, tuple[str, bytes]], kind: str) -> JSON:
        caption = p.get("caption")
        shown = visible_text(caption, p.get("parse_mode"), 1024, "message caption",
                             allow_empty=True) if caption is not None else None
        name, data = self._upload(p, files, kind)
        meta = self._user_file(kind + "s", data, f"file_{next(self._ids)}_{name}")
        content: JSON = {kind: {**meta, "file_name": name} if kind == "document"
                         else [{**meta, "width": 800, "height": 600}]}
        content.update({"caption": shown} if shown else {})
        method = "sendDocument" if kind == "document" else "sendPhoto"
        return self._send(method, p, content, {"caption": shown, "raw": caption, "file": data,
                                               "filename": name, "file_id": meta["file_id"]})

    def _m_editMessageText(self, p: JSON, files: Any) -> JSON:
        msg = self._own_message(p, "edit")
        if "text" not in msg:
            raise bad("there is no text in the message to edit")
        text = visible_text(p.get("text"), p.get("parse_mode"), 4096, "message text")
        markup = check_markup(p.get("reply_markup"))
        return self._edit(msg, "editMessageText", text, markup, p)

    def _m_editMessageReplyMarkup(self, p: JSON, files: Any) -> JSON:
        msg = self._own_message(p, "edit")
        return self._edit(msg, "editMessageReplyMarkup", msg.get("text"),
                          check_markup(p.get("reply_markup")), p)

    def _edit(self, msg: JSON, method: str, text: str | None, markup: JSON | None, p: JSON) -> JSON:
        if text == msg.get("text") and markup == msg.get("reply_markup"):
            raise bad("message is not modified: specified new message content and reply markup "
                      "are exactly the same as a current content and reply markup of the message")
        msg.pop("reply_markup", None)
        msg.update({"edit_date": int(time.time()), **({"text": text} if text else {}),
                    **({"reply_markup": markup} if markup else {})})
        self._record(method, msg["chat"]["id"], msg["message_id"], text=text, raw=p.get("text"),
                     parse_mode=p.get("parse_mode"), reply_markup=markup)
        return msg

    def _m_deleteMessage(self, p: JSON, files: Any) -> bool:
        msg = self._own_message(p, "delete")
        del self._messages[(msg["chat"]["id"], msg["message_id"])]
        self._record("deleteMessage", msg["chat"]["id"], msg["message_id"])
        return True

    def _m_sendChatAction(self, p: JSON, files: Any) -> bool:
        self._chat(p.get("chat_id"))
        if p.get("action") not in _ACTIONS:
            raise bad("wrong parameter action in request")
        return True

    def _m_answerCallbackQuery(self, p: JSON, files: Any) -> bool:
        query = self._queries.get(str(p.get("callback_query_id")))
        if not query or query[1] or self.clock() - float(query[0]) > self.callback_timeout:
            raise bad(_QUERY_TOO_OLD)
        if len(str(p.get("text", ""))) > 200:
            raise bad("MESSAGE_TOO_LONG")
        query[1] = True
        self._answers.append({"id": p["callback_query_id"], "text": p.get("text"),
                              "show_alert": bool(p.get("show_alert")), "url": p.get("url")})
        return True

    def _m_getUpdates(self, p: JSON, files: Any) -> list[JSON]:
        offset, limit = p.get("offset"), min(max(int(p.get("limit") or 100), 1), 100)
        if p.get("allowed_updates") is not None:
            self._allowed = set(p["allowed_updates"]) or None
        if offset:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            self._confirmed = max(self._confirmed, offset)
        if self._allowed is not None:
            self._updates = [u for u in self._updates if set(u) - {"update_id"} <= self._allowed]
        self._poll_gen += 1
        gen, now = self._poll_gen, time.monotonic()
        hanging = now < self._hang_until
        deadline = self._hang_until if hanging else now + max(0, int(p.get("timeout") or 0))
        while True:
            if self._local.gone():  # nobody to answer: not an error the bot could see
                raise ApiError(499, "client closed the connection")
            if gen != self._poll_gen:
                raise ApiError(409, "Conflict: terminated by other getUpdates request; make sure "
                               "that only one bot instance is running")
            ready = [] if hanging else self._updates[:limit]
            now = time.monotonic()
            if ready or now >= deadline or self._stopping.is_set():
                return ready
            self._cond.wait(min(deadline - now, 0.25))

    def _m_getMe(self, p: JSON, files: Any) -> JSON:
        return {**self.bot_user, "can_join_groups": True, "can_read_all_group_messages": False,
                "supports_inline_queries": False}

    def _m_deleteWebhook(self, p: JSON, files: Any) -> bool:
        if p.get("drop_pending_updates"):
            self._updates.clear()
        return True

    def _m_getWebhookInfo(self, p: JSON, files: Any) -> JSON:
        return {"url": "", "has_custom_certificate": False,
                "pending_update_count": len(self._updates)}

    def _m_setMyCommands(self, p: JSON, files: Any) -> bool:
        commands = p.get("commands")
        if not isinstance(commands, list):
            raise bad("can't parse commands JSON object")
        for c in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", str(c.get("command", "")).lstrip("/")):
                raise bad("BOT_COMMAND_INVALID")
            if not 1 <= len(str(c.get("description", ""))) <= 256:
                raise bad("BOT_COMMAND_DESCRIPTION_INVALID")
        self._commands[_scope_key(p)] = commands
        return True

    def _m_getMyCommands(self, p: JSON, files: Any) -> list[JSON]:
        return self._commands.get(_scope_key(p), [])

    def _m_getFile(self, p: JSON, files: Any) -> JSON:
        fid = str(p.get("file_id"))
        if fid not in self._files:
            raise bad("invalid file_id")
        path, data = self._files[fid]
        return {"file_id": fid, "file_unique_id": "AQAD" + fid[-8:], "file_size": len(data),
                "file_path": path}

    def _m_getChat(self, p: JSON, files: Any) -> JSON:
        gifts = dict.fromkeys(("unlimited_gifts", "limited_gifts", "unique_gifts",
                               "premium_subscription", "gifts_from_channels"), False)
        return {**self._chat(p.get("chat_id")), "accent_color_id": 0, "max_reaction_count": 11,
                "accepted_gift_types": gifts}

    def _m_close(self, p: JSON, files: Any) -> bool:
        return True

    _m_logOut = _m_close


_REASONS = {400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
            409: "Conflict", 500: "Internal Server Error", 502: "Bad Gateway",
            503: "Service Unavailable", 504: "Gateway Timeout"}


def _error(code: int, description: str, retry_after: int | None = None) -> bytes:
    body: JSON = {"ok": False, "error_code": code, "description": description}
    if retry_after is not None:
        body["parameters"] = {"retry_after": retry_after}
    return json.dumps(body).encode()


def _copy(obj: JSON) -> JSON:
    copied: JSON = json.loads(json.dumps(obj))
    return copied


def _scope_key(p: JSON) -> str:
    return json.dumps([p.get("scope") or {"type": "default"}, p.get("language_code") or ""],
                      sort_keys=True)


if __name__ == "__main__":
    from tests.fakebot_cli import main

    raise SystemExit(main())
