"""The fake's HTTP side: a threaded loopback server, request bodies as the Bot API accepts them
(query string, JSON, form, multipart), and error bodies as Telegram writes them."""

from __future__ import annotations

import contextlib
import email.parser
import email.policy
import json
import re
import select
import socket
import sys
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from bot.sandbox.rules import JSON, ApiError, bad

Files = dict[str, tuple[str, bytes]]  # multipart field → (filename, bytes)
# (path, query, content type, body, "has the client hung up?") → (status, payload, delay);
# a payload of None closes the connection without an answer.
Route = Callable[[str, str, str, bytes, Callable[[], bool]], tuple[int, bytes | None, float]]

_JSON_FIELDS = {"reply_markup", "reply_parameters", "entities", "caption_entities", "commands",
                "allowed_updates", "scope", "link_preview_options", "media"}
_INT_FIELDS = {"message_id", "offset", "limit", "timeout", "reply_to_message_id", "cache_time",
               "message_thread_id", "user_id", "duration"}
_FLOAT_FIELDS = {"latitude", "longitude", "horizontal_accuracy"}
_BOOL_FIELDS = {"show_alert", "drop_pending_updates", "disable_notification", "protect_content"}
NGINX_502 = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
REASONS = {400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
           409: "Conflict", 500: "Internal Server Error", 502: "Bad Gateway",
           503: "Service Unavailable", 504: "Gateway Timeout"}


def error_body(code: int, description: str, retry_after: int | None = None,
               migrate_to_chat_id: int | None = None) -> bytes:
    body: JSON = {"ok": False, "error_code": code, "description": description}
    if retry_after is not None:
        body["parameters"] = {"retry_after": retry_after}
    if migrate_to_chat_id is not None:  # Telegram's answer for a group now a supergroup
        body["parameters"] = {"migrate_to_chat_id": migrate_to_chat_id}
    return json.dumps(body).encode()


def parse_body(query: str, ctype: str, body: bytes) -> tuple[JSON, Files]:
    """A Bot API request's parameters, coerced as Telegram reads them, and its uploaded files."""
    params: JSON = dict(parse_qsl(query, keep_blank_values=True))
    files: Files = {}
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
        elif key in _INT_FIELDS or (key in ("chat_id", "from_chat_id")
                                    and re.fullmatch(r"-?\d+", value)):
            try:
                params[key] = int(value)
            except ValueError:
                raise bad(f"invalid {key} specified") from None
        elif key in _FLOAT_FIELDS:
            try:
                params[key] = float(value)
            except ValueError:
                raise bad(f"invalid {key} specified") from None
        elif key in _BOOL_FIELDS:
            params[key] = value.lower() in ("true", "1")
    return params, files


def client_gone(sock: socket.socket) -> bool:
    """True once the client closed its end (e.g. a killed bot's long poll)."""
    try:
        readable = select.select([sock], [], [], 0)[0]
        return bool(readable) and sock.recv(1, socket.MSG_PEEK) == b""
    except OSError:
        return True


class Server(ThreadingHTTPServer):
    """Serves `route` on loopback; remembers open connections so `close()` can cut them."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], route: Route, stopping: threading.Event) -> None:
        self.route, self.stopping = route, stopping
        self.connections: dict[socket.socket, threading.Thread] = {}
        self.lock = threading.Lock()
        super().__init__(address, _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hung up (a killed bot) is normal here; anything else is printed."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)

    def close(self) -> None:
        """Stop serving, cut every open connection and join the handler threads."""
        self.shutdown()
        with self.lock:
            conns = dict(self.connections)
        for sock in conns:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        for thread in conns.values():
            thread.join(5)
        self.server_close()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # else headers and body in two writes cost 40 ms per call
    server: Server

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
            expected = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(expected)
            if len(body) < expected:  # the client died mid-request: Telegram never saw it
                self.close_connection = True
                return
        url = urlsplit(self.path)
        status, payload, delay = self.server.route(
            url.path, url.query, self.headers.get("Content-Type", ""), body,
            lambda: client_gone(self.connection))
        if payload is None:  # injected drop: close the socket without any response
            self.close_connection = True
            return
        if delay:
            self.server.stopping.wait(delay)
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


def as_api_error(err: Exception) -> ApiError:
    """A body that would not parse is Telegram's generic 400."""
    return err if isinstance(err, ApiError) else bad("can't parse request body")
