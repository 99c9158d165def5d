"""The Bot API HTTP client (handlers/http.py) against small loopback servers: answers by length
and chunked, keep-alive and its limits, and failures that say whether the request left."""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest
import trustme
from telegram.error import TimedOut
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

from handlers.http import BotAPIRequest, Cut, NotSent

Serve = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]
OK = b'{"ok":true,"result":{"message_id":7}}'


class Server:
    """A loopback server that records each request and answers with `answer(request)`."""

    def __init__(self, answer: Callable[[bytes], bytes | None]) -> None:
        self.answer = answer
        self.requests: list[bytes] = []
        self.connections = 0

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = int(head.lower().split(b"content-length:")[1].split(b"\r\n")[0])
                self.requests.append(head + await reader.readexactly(length))
                reply = self.answer(self.requests[-1])
                if reply is None:  # hang up without an answer
                    break
                writer.write(reply)
                await writer.drain()
                if b"connection: close" in reply.lower():
                    break
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        writer.close()


def by_length(body: bytes = OK, extra: str = "") -> bytes:
    return (f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n{extra}"
            f"Content-Length: {len(body)}\r\n\r\n").encode() + body


@pytest.fixture
async def serve() -> AsyncIterator[Callable[[Callable[[bytes], bytes | None]],
                                            Awaitable[tuple[Server, str]]]]:
    servers: list[asyncio.Server] = []

    async def start(answer: Callable[[bytes], bytes | None]) -> tuple[Server, str]:
        server = Server(answer)
        listening = await asyncio.start_server(server.handle, "127.0.0.1", 0)
        servers.append(listening)
        port = listening.sockets[0].getsockname()[1]
        return server, f"http://127.0.0.1:{port}/botTOKEN/sendMessage"

    yield start
    for listening in servers:
        listening.close()


def params(text: str) -> RequestData:
    return RequestData([RequestParameter.from_input("chat_id", 42),
                        RequestParameter.from_input("text", text)])


async def test_answers_by_length_and_chunked_on_one_kept_connection(serve) -> None:
    chunked = (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
               b"5\r\n{\"ok\"\r\n" + hex(len(OK) - 5)[2:].encode() + b"\r\n" + OK[5:]
               + b"\r\n0\r\n\r\n")
    answers = iter([by_length(), chunked])
    server, url = await serve(lambda _: next(answers))
    request = BotAPIRequest(4)
    assert await request.do_request(url, "POST", params("你好 & <b>")) == (200, OK)
    assert await request.do_request(url, "POST", params("again")) == (200, OK)
    assert server.connections == 1
    first = server.requests[0]
    assert first.startswith(b"POST /botTOKEN/sendMessage HTTP/1.1\r\n")
    assert b"application/x-www-form-urlencoded" in first
    assert first.endswith(b"chat_id=42&text=%E4%BD%A0%E5%A5%BD+%26+%3Cb%3E")
    await request.shutdown()


async def test_connection_close_and_a_connection_the_server_closed_are_not_reused(serve) -> None:
    server, url = await serve(lambda _: by_length(extra="Connection: close\r\n"))
    request = BotAPIRequest(4)
    for _ in range(3):
        assert (await request.do_request(url, "POST", params("x")))[0] == 200
        await asyncio.sleep(0.01)  # the server's FIN reaches the idle connection
    assert server.connections == 3
    await request.shutdown()


async def test_no_server_is_not_sent(serve) -> None:
    listening = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = listening.sockets[0].getsockname()[1]
    listening.close()
    await listening.wait_closed()
    with pytest.raises(NotSent):
        await BotAPIRequest(1).do_request(f"http://127.0.0.1:{port}/bot/x", "POST", params("x"))


async def test_a_hang_up_after_the_request_is_cut_and_silence_times_out(serve) -> None:
    _, url = await serve(lambda _: None)
    with pytest.raises(Cut):
        await BotAPIRequest(1).do_request(url, "POST", params("x"))
    silent = asyncio.Event()

    async def never(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await silent.wait()
        writer.close()

    listening = await asyncio.start_server(never, "127.0.0.1", 0)
    port = listening.sockets[0].getsockname()[1]
    with pytest.raises(TimedOut):
        await BotAPIRequest(1).do_request(f"http://127.0.0.1:{port}/bot/x", "POST",
                                          params("x"), read_timeout=0.2)
    silent.set()
    listening.close()


async def test_no_free_connection_in_time_is_not_sent(serve) -> None:
    release = asyncio.Event()
    gate: list[bytes] = []

    async def slow(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        gate.append(head)
        await release.wait()
        writer.write(by_length())
        await writer.drain()
        writer.close()

    listening = await asyncio.start_server(slow, "127.0.0.1", 0)
    url = f"http://127.0.0.1:{listening.sockets[0].getsockname()[1]}/bot/x"
    request = BotAPIRequest(1)
    first = asyncio.create_task(request.do_request(url, "POST", params("x")))
    while not gate:
        await asyncio.sleep(0.01)
    with pytest.raises(NotSent):
        await request.do_request(url, "POST", params("y"), pool_timeout=0.1)
    release.set()
    assert (await first)[0] == 200
    await request.shutdown()
    listening.close()


async def _tls_server(certificate: trustme.LeafCert) -> tuple[asyncio.Server, str]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    certificate.configure_cert(context)
    server = Server(lambda _: by_length())
    listening = await asyncio.start_server(server.handle, "127.0.0.1", 0, ssl=context)
    return listening, f"https://localhost:{listening.sockets[0].getsockname()[1]}/botTOKEN/x"


async def test_https_is_verified_against_the_trust_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Telegram is reached over TLS: a certificate the trust store (httpx's, SSL_CERT_FILE
    here) vouches for is used, and kept alive; any other is refused before a byte is sent."""
    trusted, stranger = trustme.CA(), trustme.CA()
    trusted.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "ca.pem"))
    good, url = await _tls_server(trusted.issue_cert("localhost"))
    request = BotAPIRequest(2)
    assert await request.do_request(url, "POST", params("你好")) == (200, OK)
    assert await request.do_request(url, "POST", params("again")) == (200, OK)
    await request.shutdown()
    bad, other = await _tls_server(stranger.issue_cert("localhost"))
    with pytest.raises(NotSent, match="CERTIFICATE_VERIFY_FAILED"):
        await BotAPIRequest(1).do_request(other, "POST", params("x"))
    wrong_name, elsewhere = await _tls_server(trusted.issue_cert("api.telegram.org"))
    with pytest.raises(NotSent):
        await BotAPIRequest(1).do_request(elsewhere, "POST", params("x"))
    for listening in (good, bad, wrong_name):
        listening.close()
