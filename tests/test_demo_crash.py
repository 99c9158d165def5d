"""`python -m bot demo` killed with SIGKILL: what the page accepted and the bot had not fetched
yet is delivered after a restart on the same --data folder, its bot dies with it (the folder is
free again), and a bot that dies under it is reported with what it wrote."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.sandbox import FakeBotAPI
from tests.demokit import DemoProcess, alive


def _inbox(data: Path) -> list[dict[str, object]]:
    """The updates the bot stored, read beside it."""
    with contextlib.closing(sqlite3.connect(f"file:{data / 'intake.db'}?mode=ro", uri=True)) as db:
        return [json.loads(row[0]) for row in db.execute("SELECT payload FROM inbox")
                if row[0]]


def _poll(fake: FakeBotAPI, offset: int = 0) -> list[dict[str, Any]]:
    answer = httpx.get(f"{fake.base_url}{fake.token}/getUpdates",
                       params={"offset": offset, "timeout": 0})
    result: list[dict[str, Any]] = answer.json()["result"]
    return result


def test_the_fake_keeps_what_is_unconfirmed_and_forgets_what_is_confirmed(tmp_path: Path) -> None:
    kept = tmp_path / "updates"
    with FakeBotAPI(first_id=5000) as first:
        assert first.keep_updates(kept) == 0
        first.send_photo(42, "一", data=b"\xff\xd8\xff one")
        first.send_photo(42, "二", data=b"\xff\xd8\xff two")
        one, two = _poll(first)
        assert _poll(first, one["update_id"] + 1) == [two]  # "一" confirmed, "二" only fetched
    # Stopped without a word, as a killed demo; the next fake (ids from lower on) takes over.
    with FakeBotAPI(first_id=0) as second:
        assert second.keep_updates(kept) == 1
        [again] = _poll(second)
        assert again == two
        # Both photos' files are there, the confirmed one's too: the bot may send it on later.
        for update, data in ((again, b"\xff\xd8\xff two"), (one, b"\xff\xd8\xff one")):
            photo = update["message"]["photo"][-1]["file_id"]
            path = httpx.get(f"{second.base_url}{second.token}/getFile",
                             params={"file_id": photo}).json()["result"]["file_path"]
            assert httpx.get(f"{second.base_file_url}{second.token}/{path}").content == data
        assert [m.get("caption") for m in second.messages(42)] == ["二"]  # shown again
        second.send_text(42, "三")
        [_, three] = _poll(second)
        assert three["update_id"] > two["update_id"]  # Telegram's ids only go up
        assert _poll(second, three["update_id"] + 1) == []
    with FakeBotAPI(first_id=9000) as third:  # everything was confirmed: nothing comes twice
        assert third.keep_updates(kept) == 0 and _poll(third) == []


def _gone(pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while alive(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


@pytest.mark.slow
def test_what_the_page_accepted_survives_a_kill_and_is_delivered_once(tmp_path: Path) -> None:
    data = tmp_path / "county"
    demo = DemoProcess(tmp_path, "--port", "0", "--data", str(data))
    try:
        demo.ready()
        [bot] = demo.children()
        os.kill(bot, signal.SIGSTOP)  # the bot fetches nothing more: all below is unfetched
        texts = [f"第{i}号路灯不亮了，麻烦修一下" for i in range(12)]
        for text in texts:
            assert demo.post("api/send", {"who": "citizen", "text": text}).status_code == 200
        for i in range(4):
            photo = demo.http.post(demo.url + "api/photo", headers={"X-Demo": "1"},
                                   data={"who": "citizen", "caption": f"现场照片{i}"},
                                   files={"photo": ("p.jpg", b"\xff\xd8\xff photo %d" % i)})
            assert photo.status_code == 200, photo.text
        demo.proc.kill()  # kill -9: no chance to keep anything after the 200s above
        demo.proc.wait(10)
    finally:
        demo.http.close()
        with contextlib.suppress(ProcessLookupError, NameError):
            os.kill(bot, signal.SIGKILL)
    assert _gone(bot, 10)

    again = DemoProcess(tmp_path, "--port", "0", "--data", str(data))
    try:
        again.ready()
        wanted = set(texts) | {f"现场照片{i}" for i in range(4)}

        def arrived() -> list[str]:
            got = [str(u.get("message", {}).get("text") or u.get("message", {}).get("caption"))
                   for u in _inbox(data) if isinstance(u.get("message"), dict)]
            return got if wanted <= set(got) else []

        got = again.wait(lambda s: arrived(), timeout=60)
        assert sorted(t for t in got if t in wanted) == sorted(wanted)  # each once
        # The citizen's pane shows them again too, and the bot can fetch the photos' files.
        pane = again.wait(lambda s: wanted <= {m["text"] for m in s["panes"]["citizen"]}
                          and s["panes"]["citizen"])
        for shown in [m for m in pane if m.get("file")]:
            assert again.http.get(again.url + shown["file"]["url"][1:]).status_code == 200
        # Confirmed updates are not kept: a further restart delivers none of them again.
        again.wait(lambda s: not list((data / "updates").glob("*.json")), timeout=60)
    finally:
        assert again.stop() == 0
    assert "Traceback" not in again.text()


@pytest.mark.slow
def test_what_the_bot_was_told_it_sent_is_still_shown_after_a_kill(tmp_path: Path) -> None:
    """Telegram keeps a message it acknowledged: so does a demo killed right after."""
    data = tmp_path / "county"
    demo = DemoProcess(tmp_path, "--port", "0", "--data", str(data))
    try:
        demo.ready()
        [bot] = demo.children()
        assert demo.post("api/send", {"who": "citizen", "text": "我家小区停水两天了"}).json() == {}
        shown = demo.wait(lambda s: [m["text"] for m in s["panes"]["citizen"]
                                     if m["bot"] and "工单" in m["text"]])
        demo.proc.kill()
        demo.proc.wait(10)
    finally:
        demo.http.close()
        with contextlib.suppress(ProcessLookupError, NameError):
            os.kill(bot, signal.SIGKILL)
    assert _gone(bot, 10)
    again = DemoProcess(tmp_path, "--port", "0", "--data", str(data))
    try:
        again.ready()
        assert shown[0] in [m["text"] for m in again.state()["panes"]["citizen"]]
    finally:
        assert again.stop() == 0


@pytest.mark.slow
def test_the_bot_dies_with_a_killed_demo_and_the_folder_is_free_again(tmp_path: Path) -> None:
    data = tmp_path / "county"
    demo = DemoProcess(tmp_path, "--port", "0", "--data", str(data))
    try:
        demo.ready()
        [bot] = demo.children()
        demo.proc.kill()
        demo.proc.wait(10)
    finally:
        demo.http.close()
    try:
        assert _gone(bot, 15), "the bot outlived its demo"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(bot, signal.SIGKILL)
    again = DemoProcess(tmp_path, "--port", "0", "--data", str(data))
    try:
        again.ready()
    finally:
        assert again.stop() == 0


@pytest.mark.slow
def test_a_bot_killed_under_the_demo_is_reported_with_its_log(tmp_path: Path) -> None:
    demo = DemoProcess(tmp_path, "--port", "0")
    try:
        demo.ready()
        [bot] = demo.children()
        os.kill(bot, signal.SIGKILL)
        code = demo.proc.wait(30)
    finally:
        demo.stop()
    output = demo.text()
    assert code != 0, output
    assert "see its log above" not in output
    [error] = [line for line in output.splitlines() if line.startswith("error: ")]
    # How it stopped, and its last lines quoted (they are above too, but may be far up).
    assert "SIGKILL" in error and "running for" in error, output
