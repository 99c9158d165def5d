"""`python -m bot demo`: the county config it generates, what the page is given of a message, and
the process itself — its URL line, the page and its API, a busy port, a clean stop on SIGTERM or
SIGINT that leaves no process behind, and a kept --data folder reused. (The browser walk-through
is in test_demo_browser.py.)"""

from __future__ import annotations

import contextlib
import http.client
import os
import re
import signal
import socket
import sqlite3
import stat
import tomllib
from pathlib import Path

import pytest

from bot.config import load_config
from bot.demo import view
from bot.demo.county import cast_for, overrides, rewrite
from bot.sandbox import FakeBotAPI
from bot.store.db import Store
from tests.demokit import DemoProcess, alive, texts
from tests.harness import EXAMPLE

NUMBER = re.compile(r"\d{8}-\d{4,}")
SOURCE = """# the operator's comment stays
[telegram]
token = ""   # a comment after a value
base_url = "https://api.telegram.org/bot"

[[units]]
code = "water"
name = "县水务局"
keywords = [
    "停水",
]

[[units]]
code = "hotline"
name = "热线"
keywords = ["热线"]
chat_id = 5
"""


def test_rewrite_replaces_inserts_and_adds_tables() -> None:
    out = rewrite(SOURCE, {"telegram.base_url": "http://127.0.0.1:1/bot", "units.water.chat_id": -1,
                           "units.hotline.chat_id": -2, "storage.database": "/d/x.db"})
    data = tomllib.loads(out)
    assert data["telegram"] == {"token": "", "base_url": "http://127.0.0.1:1/bot"}
    assert [(u["code"], u["chat_id"], u["keywords"]) for u in data["units"]] == [
        ("water", -1, ["停水"]), ("hotline", -2, ["热线"])]
    assert data["storage"] == {"database": "/d/x.db"}
    assert "# the operator's comment stays" in out
    with pytest.raises(ValueError, match=r"units\.nosuch\.chat_id"):
        rewrite(SOURCE, {"units.nosuch.chat_id": 1})


def test_the_demo_county_from_the_example_config(tmp_path: Path) -> None:
    config = load_config(EXAMPLE)
    fake = FakeBotAPI(port=4321)
    cast = cast_for(config)
    path = tmp_path / "config.toml"
    path.write_text(rewrite(EXAMPLE.read_text(encoding="utf-8"),
                            overrides(config, fake, cast, tmp_path)), encoding="utf-8")
    demo = load_config(path)
    assert [(u.code, u.chat_id) for u in demo.units] == [
        (u.code, cast.groups[u.code]) for u in config.units]
    assert len(set(cast.groups.values()) | set(cast.staff.values())) == 2 * len(config.units)
    assert (demo.publish.channel_id, demo.storage.database) == (cast.channel, tmp_path / "intake.db")
    assert (demo.telegram.base_url, demo.deadlines) == (fake.base_url, config.deadlines)


def test_a_message_as_the_page_gets_it() -> None:
    bot = {"id": 1, "is_bot": True, "first_name": "金来办"}
    shown = view.message({
        "message_id": 7, "from": bot, "text": "新工单 20261130-0001", "edit_date": 1,
        "entities": [{"type": "bold", "offset": 0, "length": 3}],
        "reply_to_message": {"text": "我家小区停水两天了"},
        "reply_markup": {"inline_keyboard": [
            [{"text": "接单", "callback_data": "acc:1"}, {"text": "看看", "url": "https://x.cn"}],
            [{"text": "脚本", "url": "tg://resolve?domain=x"}]]}}, owner=42, stamp="11-30 09:00")
    assert shown == {
        "id": 7, "mine": False, "bot": True, "sender": "金来办", "time": "11-30 09:00",
        "edited": True, "text": "新工单 20261130-0001",
        "entities": [{"type": "bold", "offset": 0, "length": 3}], "reply_to": "我家小区停水两天了",
        "buttons": [[{"text": "接单", "data": "acc:1"}, {"text": "看看", "url": "https://x.cn"}]]}
    chart = view.message({"message_id": 8, "from": bot, "caption": "日报",
                          "document": {"file_id": "F1", "file_name": "chart.png"}}, 42, "")
    ledger = view.message({"message_id": 9, "from": bot,
                           "document": {"file_id": "F2", "file_name": "台账.xlsx"}}, 42, "")
    mine = view.message({"message_id": 3, "from": {"id": 42, "first_name": "王"},
                         "location": {"latitude": 35.0, "longitude": 116.3}}, 42, "")
    assert (chart["file"], chart["text"]) == ({"kind": "photo", "url": "/file/F1",
                                              "name": "chart.png"}, "日报")
    assert ledger["file"] == {"kind": "document", "url": "/file/F2", "name": "台账.xlsx"}
    assert mine["mine"] and mine["location"] == {"latitude": 35.0, "longitude": 116.3}


def test_a_busy_port_is_one_line_and_a_failed_exit(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        demo = DemoProcess(tmp_path, "--port", str(port))
        code = demo.proc.wait(30)
    output = demo.text()
    assert code != 0 and output.count("\n") == 1, output
    assert output.startswith(f"error: port {port}: ") and "--port" in output


def test_a_data_folder_in_use_is_one_line_before_anything_starts(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    running = Store.open(data / "intake.db", exclusive=True)  # as a demo running on it holds it
    try:
        demo = DemoProcess(tmp_path, "--port", "0", "--data", str(data))
        code = demo.proc.wait(60)
    finally:
        running.close()
    output = demo.text()
    assert code != 0 and output.count("\n") == 1, output
    assert "正被另一个演示或机器人" in output and "演示已启动" not in output
    assert f"（进程 {os.getpid()}）" in output  # who holds it, to stop it
    assert not (data / "config.toml").exists()  # nothing of the running one was overwritten


def test_a_new_data_folder_and_its_files_are_the_owners_only(tmp_path: Path) -> None:
    """The --data folder holds the config (which may carry the token) and a database of what
    citizens wrote: created 0700, its files 0600, whatever the umask."""
    data = tmp_path / "new" / "county"
    umask = os.umask(0o022)  # the usual default: 0755 folders and 0644 files
    try:
        demo = DemoProcess(tmp_path, "--port", "0", "--data", str(data))
    finally:
        os.umask(umask)
    try:
        demo.wait_url()
        assert stat.S_IMODE(data.stat().st_mode) == 0o700
        assert stat.S_IMODE(data.parent.stat().st_mode) == 0o700
        modes = {p.relative_to(data).as_posix(): oct(stat.S_IMODE(p.stat().st_mode))
                 for p in data.rglob("*")}  # the queued updates' folder and files too
        assert {"config.toml", "intake.db"} <= set(modes)
        assert modes == {name: oct(0o700 if (data / name).is_dir() else 0o600) for name in modes}
    finally:
        assert demo.stop() == 0


@pytest.mark.slow
def test_the_demo_runs_the_county_and_stops_cleanly(tmp_path: Path) -> None:
    data = tmp_path / "county"
    demo = DemoProcess(tmp_path, "--port", "0", "--data", str(data))
    try:
        url = demo.wait_url()
        page = demo.http.get(url)
        assert page.status_code == 200 and "data-testid=\"citizen-log\"" in page.text
        assert "script-src 'self'" in page.headers["content-security-policy"]
        assert demo.http.get(url + "demo.js").status_code == 200
        state = demo.wait(lambda s: s["ready"] and s, timeout=90)
        assert [u["code"] for u in state["units"]] == [u.code for u in load_config(EXAMPLE).units]
        assert texts(state["panes"]["staff"])[0].startswith("/join ")  # the real invite flow
        # The staff pane is the staff member of the unit the page shows, not of another.
        assert state["unit"] == state["active_unit"]
        name = next(u["name"] for u in state["units"] if u["code"] == state["unit"])
        assert any(f"您已是{name}工作人员" in t for t in texts(state["panes"]["staff"])), state

        # A citizen reports; the unit's staff and group get the ticket with buttons.
        assert demo.post("api/send", {"who": "citizen", "text": "我家小区停水两天了"}).json() == {}
        number = demo.wait(lambda s: NUMBER.findall(" ".join(texts(s["panes"]["citizen"]))))[0]
        push = demo.wait(lambda s: [m for m in s["panes"]["staff"] if m["buttons"]], unit="water")[0]
        assert number in push["text"] and demo.state()["active_unit"] == "water"
        in_group = next(m for m in demo.state("water")["panes"]["group"] if m["buttons"])
        answer = demo.post("api/press", {"pane": "group", "unit": "water",
                                         "message_id": in_group["id"],
                                         "data": in_group["buttons"][0][0]["data"]})
        assert answer.status_code == 200 and answer.json()["toast"]
        demo.wait(lambda s: any("签收" in t for t in texts(s["panes"]["citizen"])))
        # Written as the group, a message is the group's, not the staff member's private chat's.
        assert demo.post("api/send", {"who": "group", "unit": "water", "text": "/list",
                                      "reply_to": in_group["id"]}).json() == {}
        demo.wait(lambda s: any(m["mine"] and m["text"] == "/list" for m in s["panes"]["group"]),
                  unit="water")
        assert not any(m["mine"] and m["text"] == "/list"
                       for m in demo.state("water")["panes"]["staff"])

        # 回复本消息可以补充: a reply to the acknowledgement is a 补充 to that ticket.
        ack = next(m for m in demo.state()["panes"]["citizen"] if not m["mine"] and number in m["text"])
        assert demo.post("api/send", {"who": "citizen", "text": "水压一直很低，三楼以上都没水",
                                      "reply_to": ack["id"]}).json() == {}
        demo.wait(lambda s: any(m.get("reply_to") and "三楼以上" in m["text"]
                                for m in s["panes"]["citizen"]))
        demo.wait(lambda s: any(f"补充的内容加入工单 {number}" in t
                                for t in texts(s["panes"]["citizen"])))
        assert supplements(data, number) == ["水压一直很低，三楼以上都没水"]
        assert demo.post("api/send", {"who": "citizen", "text": "x", "reply_to": 99999}
                         ).json() == {"error": "要回复的消息不在这个对话里"}
        assert demo.post("api/send", {"who": "citizen", "text": "x", "reply_to": "1"}
                         ).status_code == 400

        # A photo and a place from the citizen; files are served back as sent.
        photo = demo.http.post(url + "api/photo", headers={"X-Demo": "1"},
                               data={"who": "citizen", "caption": "现场"},
                               files={"photo": ("p.jpg", b"\xff\xd8\xff demo photo")})
        assert photo.status_code == 200, photo.text
        assert demo.post("api/location", {"who": "citizen"}).status_code == 200
        shown = demo.wait(lambda s: [m for m in s["panes"]["citizen"] if m.get("file")])[0]
        assert demo.http.get(url + shown["file"]["url"][1:]).content == b"\xff\xd8\xff demo photo"
        demo.wait(lambda s: [m for m in s["panes"]["citizen"] if m.get("location")])

        # The clock moves a day through the real tick.
        before = demo.state()["clock"]
        moved = demo.post("api/clock", {"hours": 24}).json()
        assert moved.get("clock") not in (None, before), f"{moved}\n{demo.text()}"
        assert "tick " in moved["summary"]
        assert demo.post("api/clock", {"hours": 5}).status_code == 400

        # What the page refuses: a write without its header, another host, an empty message.
        assert demo.http.post(url + "api/send", json={"who": "citizen", "text": "x"}
                              ).status_code == 403
        conn = http.client.HTTPConnection("127.0.0.1", int(url.rsplit(":", 1)[1].strip("/")))
        conn.request("GET", "/api/state", headers={"Host": "evil.example:80"})
        assert conn.getresponse().status == 403
        conn.close()
        assert demo.post("api/send", {"who": "citizen", "text": "  "}).status_code == 400
        assert demo.post("api/send", {"who": "nobody", "text": "x"}).json() == {
            "error": "没有这个人：who 只能是 citizen、supervisor、staff 或 group"}
        broken = demo.http.post(url + "api/send", headers={"X-Demo": "1"}, content=b"{")
        assert (broken.status_code, broken.json()) == (400, {"error": "请求内容不是有效的 JSON"})
        # JSON of another shape is said to be JSON, and what is expected named (an outside tester).
        listed = demo.http.post(url + "api/send", headers={"X-Demo": "1"},
                                content='[{"who": "citizen", "text": "停水了"}]'.encode())
        assert listed.status_code == 400 and "JSON 数组" in listed.json()["error"]
        assert "对象" in listed.json()["error"] and '"who"' in listed.json()["error"]
        assert "不是有效的 JSON" not in listed.json()["error"]
        for query in ("since=abc", "unit=nope"):
            assert demo.http.get(url + "api/state?" + query).status_code == 400
        # A lone surrogate cannot be sent on: refused, and the page still reads its state.
        assert demo.post("api/send", {"who": "citizen", "text": "停电了\ud800"}).status_code == 400
        assert demo.http.get(url + "api/state").status_code == 200

        # The ticket is done and the supervisor drafts it for the public, deciding nothing yet.
        demo.post("api/send", {"who": "staff", "unit": "water",
                               "text": f"/done {number} 已修复管道，恢复供水"})
        demo.wait(lambda s: state_of(data, number) == "resolved")
        # Published only once the citizen confirmed the result at the 回访, a day on.
        assert demo.post("api/clock", {"hours": 24}).status_code == 200
        demo.wait(lambda s: any("是否联系过您" in t for t in texts(s["panes"]["citizen"])))
        demo.post("api/send", {"who": "citizen", "text": "联系过了，解决了，满意"})
        demo.wait(lambda s: state_of(data, number) == "closed")
        demo.post("api/send", {"who": "supervisor", "text": f"/publish {number}"})
        demo.wait(lambda s: [m for m in s["panes"]["supervisor"]
                             if number in m["text"] and m["buttons"]])
        # A second report is left undecided: its 接单 still waits when the demo stops.
        assert demo.post("api/send", {"who": "citizen", "text": "东关街的路灯坏了好几天了"}).json() == {}
        second = demo.wait(lambda s: [n for n in NUMBER.findall(" ".join(texts(
            s["panes"]["citizen"]))) if n != number])[0]
        # (The unit asked for: the page follows the unit written to last, and the water unit's
        # held place may reach it after the lamp's push.)
        lamp = demo.wait(lambda s: any(second in m["text"] and m["buttons"]
                                       for m in s["panes"]["staff"]) and s["unit"], unit="urban")
        before_stop = demo.state(lamp)["panes"]
        # The chats are kept while the demo runs too (one killed without a stop loses only the
        # last seconds), for the owner only.
        chats = data / "chats.json"
        demo.wait(lambda s: chats.exists() and second in chats.read_text(encoding="utf-8"),
                  timeout=30)
        assert stat.S_IMODE(chats.stat().st_mode) == 0o600

        children = demo.children()
        assert children  # the bot
    finally:
        code = demo.stop()
    assert code == 0 and "演示已停止" in demo.text()
    assert "Traceback" not in demo.text() and "123456:" not in demo.text()
    assert not [pid for pid in children if alive(pid)]
    assert (data / "intake.db").exists() and (data / "config.toml").exists()

    # The kept folder is reused: nobody joins again, the ticket is still there, and every pane
    # shows what it showed, the photo and the waiting 接单 button included.
    again = DemoProcess(tmp_path, "--port", "0", "--data", str(data))
    try:
        again.ready()
        assert len([t for t in texts(again.state("water")["panes"]["staff"])
                    if t.startswith("/join")]) == 1  # the first run's, kept
        panes = again.state(lamp)["panes"]
        for pane in ("citizen", "staff", "group", "supervisor"):  # more may have come since
            kept = {m["id"]: m["text"] for m in panes[pane]}
            assert all(kept.get(m["id"]) == m["text"] for m in before_stop[pane]), pane
        assert again.http.get(again.url + shown["file"]["url"][1:]).content == \
            b"\xff\xd8\xff demo photo"
        waiting = next(m for m in panes["staff"] if second in m["text"] and m["buttons"])
        signed = len([t for t in texts(panes["citizen"]) if "签收" in t])
        answer = again.post("api/press", {"pane": "staff", "unit": lamp,
                                          "message_id": waiting["id"],
                                          "data": waiting["buttons"][0][0]["data"]})
        assert answer.status_code == 200 and answer.json()["toast"], answer.text
        again.wait(lambda s: len([t for t in texts(s["panes"]["citizen"]) if "签收" in t]) > signed)
        assert state_of(data, second) == "accepted"
        # The undecided draft is decided after the restart: 发布 posts it to the channel.
        draft = next(m for m in panes["supervisor"] if number in m["text"] and m["buttons"])
        assert draft["buttons"][0][0]["text"] == "发布"
        answer = again.post("api/press", {"pane": "supervisor", "unit": lamp,
                                          "message_id": draft["id"],
                                          "data": draft["buttons"][0][0]["data"]})
        assert answer.status_code == 200 and answer.json()["toast"], answer.text
        again.wait(lambda s: s["panes"]["channel"])
        again.post("api/send", {"who": "citizen", "text": "/my"})
        again.wait(lambda s: any(number in t for t in texts(s["panes"]["citizen"])))
    finally:
        assert again.stop(signal.SIGINT) == 0  # Ctrl+C
    assert "Traceback" not in again.text() and "演示已停止" in again.text()


def state_of(data: Path, number: str) -> str | None:
    """A ticket's state in the demo's database, read beside the running bot."""
    with contextlib.closing(sqlite3.connect(f"file:{data / 'intake.db'}?mode=ro", uri=True)) as db:
        row = db.execute("SELECT state FROM tickets WHERE number = ?", [number]).fetchone()
    return row[0] if row else None


def supplements(data: Path, number: str) -> list[str]:
    """What the citizen added to a ticket (补充), read beside the running bot."""
    with contextlib.closing(sqlite3.connect(f"file:{data / 'intake.db'}?mode=ro", uri=True)) as db:
        rows = db.execute("SELECT e.detail FROM events e JOIN tickets t ON t.id = e.ticket_id"
                          " WHERE t.number = ? AND e.action = 'supplement' ORDER BY e.id",
                          [number]).fetchall()
    return [r[0] for r in rows]


@pytest.mark.slow
def test_the_page_stamps_messages_with_the_county_clock_whoever_moved_it(tmp_path: Path) -> None:
    """`python -m bot tick --now` run beside the demo moves the county's clock for everyone
    (README): what is written after it is stamped in the moved county time on the page, as the
    clock above the chats reads."""
    import datetime as dt
    import subprocess
    import sys

    from tests.harness import REPO

    data = tmp_path / "county"
    demo = DemoProcess(tmp_path, "--port", "0", "--data", str(data))
    try:
        demo.ready()
        config = load_config(data / "config.toml")
        store = Store.open(config.storage.database)
        try:
            ahead = (store.now() + dt.timedelta(days=3)).astimezone(config.county.tz)
        finally:
            store.close()
        moved = subprocess.run(
            [sys.executable, "-m", "bot", "tick", "--config", str(data / "config.toml"),
             "--now", ahead.isoformat(timespec="seconds")], cwd=REPO, capture_output=True,
            text=True, timeout=120)
        assert moved.returncode == 0, moved.stderr
        assert demo.post("api/send", {"who": "citizen", "text": "我家小区停水两天了"}).json() == {}
        pane = demo.wait(lambda s: len([m for m in s["panes"]["citizen"] if m["bot"]]) >= 1
                         and s["panes"]["citizen"])
        day = f"{ahead:%m-%d}"
        assert [m["time"][:5] for m in pane] == [day] * len(pane), pane
        assert demo.state()["clock"].startswith(f"{ahead:%Y-%m-%d}"), demo.state()["clock"]
    finally:
        assert demo.stop() == 0
