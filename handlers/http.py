"""The HTTP client for Bot API calls: keep-alive HTTP/1.1 over asyncio streams.

PTB's HTTPXRequest (httpx → httpcore → anyio → h11) cost about 1.1 ms of CPU per sendMessage
with eight in flight, more than the rest of handling a citizen's report; this client costs about
0.06 ms (`benchmarks/profile_intake.py`, README "Speed"). It speaks only what the Bot API needs:
a POST with a form body, the answer by Content-Length or chunked, connections kept alive.
Requests that upload a file, file downloads, and every request when the environment sets an HTTP
proxy go through PTB's HTTPXRequest unchanged.

Failures say whether the request can have reached Telegram, which the delivery loop needs to
tell a message to retry from one to resend marked (handlers/delivery.py): `NotSent` when no
connection could be made or none was free in time, `Cut` when the connection failed after the
request was written, PTB's TimedOut when no answer came in time.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import ssl
import time
import urllib.request
from typing import Any
from urllib.parse import urlsplit

import httpx
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, HTTPXRequest, RequestData

from bot.texts import for_operators

KEEP_ALIVE = 5.0  # seconds an idle connection is kept for reuse (httpx's default too)
HEAD_LIMIT = 64 * 1024  # bytes of status line and headers at most
DEFAULTS = {"read_timeout": 5.0, "write_timeout": 5.0, "connect_timeout": 5.0,
            "pool_timeout": 1.0}  # PTB's HTTPXRequest defaults
FORM = "application/x-www-form-urlencoded"
# What httpx reads for a proxy (through urllib.request.getproxies), in the order it prefers.
PROXY_VARIABLES = ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy", "HTTP_PROXY",
                   "http_proxy")


def proxy_variables() -> dict[str, str]:
    """The proxy settings in the environment, by variable name (empty ones do not count)."""
    return {name: os.environ[name] for name in PROXY_VARIABLES if os.environ.get(name)}


class BadProxy(ValueError):
    """The environment names a proxy httpx cannot use (a scheme it does not speak)."""


class Cut(NetworkError):
    """The connection failed after the request was written: it may have reached Telegram."""


class NotSent(NetworkError):
    """The request never left: no connection could be made, or none was free in time."""


class _Connection:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer
        self.idle_since = 0.0

    def usable(self) -> bool:
        """Whether a pooled connection may carry the next request: not closed by the server
        (the event loop has seen its EOF), not idle too long."""
        return (not self.writer.is_closing() and not self.reader.at_eof()
                and time.monotonic() - self.idle_since < KEEP_ALIVE)

    def close(self) -> None:
        self.writer.close()


class BotAPIRequest(BaseRequest):
    """PTB's request interface over `_Connection`s, up to `pool_size` requests at once."""

    def __init__(self, pool_size: int, media_write_timeout: float = 20.0) -> None:
        try:
            self._fallback = HTTPXRequest(connection_pool_size=pool_size,  # DEFAULTS are its own
                                          media_write_timeout=media_write_timeout)
        except (ValueError, RuntimeError):  # httpx: "Unknown scheme for proxy URL", PTB: no socksio
            raise BadProxy(for_operators.bad_proxy(proxy_variables())) from None
        self._lean = not any(k in urllib.request.getproxies() for k in ("http", "https", "all"))
        self._slots = asyncio.Semaphore(pool_size)
        self._idle: dict[tuple[str, str, int], list[_Connection]] = {}
        self._ssl: ssl.SSLContext | None = None

    @property
    def read_timeout(self) -> float | None:
        return DEFAULTS["read_timeout"]

    async def initialize(self) -> None:
        await self._fallback.initialize()

    async def shutdown(self) -> None:
        idle = [connection for pool in self._idle.values() for connection in pool]
        self._idle.clear()
        for connection in idle:
            connection.close()
        with contextlib.suppress(Exception):  # closing: a peer that does not answer is fine
            async with asyncio.timeout(1.0):
                await asyncio.gather(*(c.writer.wait_closed() for c in idle),
                                     return_exceptions=True)
        await self._fallback.shutdown()

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout: Any = BaseRequest.DEFAULT_NONE,
                         write_timeout: Any = BaseRequest.DEFAULT_NONE,
                         connect_timeout: Any = BaseRequest.DEFAULT_NONE,
                         pool_timeout: Any = BaseRequest.DEFAULT_NONE) -> tuple[int, bytes]:
        if not self._lean or method != "POST" or (request_data and request_data.contains_files):
            return await self._fallback.do_request(url, method, request_data, read_timeout,
                                                   write_timeout, connect_timeout, pool_timeout)
        timeouts = {name: DEFAULTS[name] if isinstance(value, type(BaseRequest.DEFAULT_NONE))
                    else value for name, value in (("read_timeout", read_timeout),
                                                   ("write_timeout", write_timeout),
                                                   ("connect_timeout", connect_timeout),
                                                   ("pool_timeout", pool_timeout))}
        parts = urlsplit(url)
        host = parts.hostname or ""
        key = (parts.scheme, host, parts.port or (443 if parts.scheme == "https" else 80))
        body = request_data.url_encoded_parameters().encode() if request_data else b""
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        head = (f"POST {path} HTTP/1.1\r\nHost: {parts.netloc}\r\nUser-Agent: {self.USER_AGENT}"
                f"\r\nContent-Type: {FORM}\r\nContent-Length: {len(body)}\r\n\r\n").encode()
        try:
            async with asyncio.timeout(timeouts["pool_timeout"]):
                await self._slots.acquire()
        except TimeoutError:
            raise NotSent("no free connection in time: the request was not sent") from None
        try:
            connection = self._pooled(key) or await self._connect(key,
                                                                  timeouts["connect_timeout"])
            try:
                status, payload, keep = await _exchange(connection, head + body, timeouts)
            except BaseException:
                connection.close()
                raise
            if keep:
                connection.idle_since = time.monotonic()
                self._idle.setdefault(key, []).append(connection)
            else:
                connection.close()
            return status, payload
        finally:
            self._slots.release()

    def _pooled(self, key: tuple[str, str, int]) -> _Connection | None:
        pool = self._idle.get(key, [])
        while pool:
            connection = pool.pop()
            if connection.usable():
                return connection
            connection.close()
        return None

    async def _connect(self, key: tuple[str, str, int], timeout: float | None) -> _Connection:
        scheme, host, port = key
        if scheme == "https" and self._ssl is None:
            self._ssl = httpx.create_ssl_context()  # the same trust store as httpx
        try:
            async with asyncio.timeout(timeout):
                reader, writer = await asyncio.open_connection(
                    host, port, ssl=self._ssl if scheme == "https" else None, limit=HEAD_LIMIT)
        except TimeoutError:
            raise NotSent(f"connect to {host}:{port} timed out") from None
        except (OSError, ssl.SSLError) as exc:
            raise NotSent(f"cannot connect to {host}:{port}: {exc}") from None
        return _Connection(reader, writer)


async def _exchange(connection: _Connection, request: bytes, timeouts: dict[str, Any]
                    ) -> tuple[int, bytes, bool]:
    """Write one request, read its answer: (status, body, whether the connection stays)."""
    reader, writer = connection.reader, connection.writer
    try:
        writer.write(request)
        async with asyncio.timeout(timeouts["write_timeout"]):
            await writer.drain()
        async with asyncio.timeout(timeouts["read_timeout"]):
            head = await reader.readuntil(b"\r\n\r\n")
            version, status, headers = _parse_head(head)
            if "chunked" in headers.get("transfer-encoding", "").lower():
                body, keep = await _read_chunked(reader), True
            elif "content-length" in headers:
                body, keep = await reader.readexactly(int(headers["content-length"])), True
            else:  # the body runs to the end of the connection
                body, keep = await reader.read(), False
    except TimeoutError:
        raise TimedOut() from None
    except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError) as exc:
        raise Cut(f"connection to Telegram failed: {exc!r}") from None
    keep = keep and version == "HTTP/1.1" and headers.get("connection", "").lower() != "close"
    return status, body, keep


def _parse_head(head: bytes) -> tuple[str, int, dict[str, str]]:
    """Status line and headers (names lower-cased); ValueError when it is not HTTP."""
    lines = head.decode("latin-1").split("\r\n")
    version, status, *_ = lines[0].split(" ", 2)
    if not version.startswith("HTTP/"):
        raise ValueError(f"not an HTTP answer: {lines[0][:80]!r}")
    headers = {}
    for line in lines[1:]:
        name, colon, value = line.partition(":")
        if colon:
            headers[name.strip().lower()] = value.strip()
    return version, int(status), headers


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    parts = []
    while size := int((await reader.readuntil(b"\r\n")).split(b";")[0], 16):
        parts.append(await reader.readexactly(size + 2))
    while await reader.readuntil(b"\r\n") != b"\r\n":  # trailers, then the blank line
        pass
    return b"".join(part[:-2] for part in parts)

