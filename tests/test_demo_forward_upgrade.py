"""The demo lets a newcomer see two things the bot handles that a county meets in its first week
(refs #10): a citizen forwarding a neighbour's message (↪️, the bot reads whose words they are)
and a unit's group upgraded to a supergroup (升级为超级群组: Telegram gives it a new id; the bot's
binding and the group pane follow, nothing is lost)."""

from __future__ import annotations

import contextlib
import re
import sqlite3
from pathlib import Path
from typing import Any

from bot.texts import for_operators
from tests.demokit import DemoProcess, texts

NUMBER = re.compile(r"\d{8}-\d{4,}")


def _db(data: Path, sql: str, params: Any = ()) -> list[tuple[Any, ...]]:
    with contextlib.closing(sqlite3.connect(f"file:{data / 'intake.db'}?mode=ro", uri=True)) as db:
        return db.execute(sql, params).fetchall()


def test_a_forwarded_message_and_an_upgraded_group_in_the_demo(tmp_path: Path) -> None:
    data = tmp_path / "county"
    demo = DemoProcess(tmp_path, "--port", "0", "--data", str(data))
    try:
        demo.ready()
        html = demo.http.get(demo.url).text
        assert 'data-testid="citizen-forward"' in html and 'data-testid="group-upgrade"' in html

        # The citizen forwards what their neighbour wrote: shown as forwarded, filed as a report.
        said = "我们村东头的路灯坏了好几天了，晚上黑乎乎的"
        assert demo.post("api/forward", {"text": said}).json() == {}
        shown = demo.wait(lambda s: [m for m in s["panes"]["citizen"] if m["text"] == said])[0]
        assert shown["mine"] and shown["forwarded"] == for_operators.DEMO_FORWARDED.format("李大爷")
        number = demo.wait(lambda s: NUMBER.findall(" ".join(texts(s["panes"]["citizen"]))))[0]
        ack = next(t for t in texts(demo.state()["panes"]["citizen"]) if number in t)
        assert "转发" in ack, ack
        [(text,)] = _db(data, "SELECT text FROM tickets WHERE number = ?", [number])
        assert text == said
        assert demo.post("api/forward", {"text": " "}).json() == {
            "error": for_operators.DEMO_EMPTY_TEXT}

        # Water's group is upgraded: both groups say so, and the bot follows to the new one.
        assert demo.post("api/upgrade", {"unit": "water"}).json() == {}
        demo.wait(lambda s: {for_operators.DEMO_MIGRATED_TO, for_operators.DEMO_MIGRATED_FROM}
                  <= {m["text"] for m in s["panes"]["group"] if m.get("service")}, unit="water")
        demo.wait(lambda s: _db(data, "SELECT 1 FROM events WHERE action = 'chat_moved'"))
        assert demo.post("api/upgrade", {"unit": "water"}).json() == {
            "error": for_operators.DEMO_UPGRADED}
        assert demo.post("api/send", {"who": "citizen", "text": "我家小区停水两天了"}).json() == {}
        second = demo.wait(lambda s: [n for n in NUMBER.findall(" ".join(texts(
            s["panes"]["citizen"]))) if n != number])[0]
        push = demo.wait(lambda s: [m for m in s["panes"]["group"] if second in m["text"]
                                    and m["buttons"]], unit="water")[0]
        group = demo.state("water")["panes"]["group"]
        assert group.index(push) > max(i for i, m in enumerate(group) if m.get("service"))
        # Its 接单 pressed in the new group signs the ticket.
        answer = demo.post("api/press", {"pane": "group", "unit": "water",
                                         "message_id": push["id"],
                                         "data": push["buttons"][0][0]["data"]})
        assert answer.status_code == 200 and answer.json()["toast"], answer.json()
        demo.wait(lambda s: _db(data, "SELECT 1 FROM tickets WHERE number = ? AND state ="
                                      " 'accepted'", [second]))
        assert not _db(data, "SELECT id FROM outbox WHERE state = 'failed'")
    finally:
        assert demo.stop() == 0
