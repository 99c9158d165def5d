"""Two paths an outside tester could not try in the demo (refs #10): a citizen editing a message
they sent (Telegram's 编辑: an edited_message) and a citizen blocking the bot (sends to them
answer 403, and a my_chat_member `kicked` update tells the bot at once). The fake Bot API does
both as Telegram does; the demo's page API offers them as `POST /api/edit` and `POST /api/block`
(README, "Driving the demo from a script")."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from telegram import Bot
from telegram.error import Forbidden

from bot.config import load_config
from bot.demo.county import cast_for
from bot.demo.web import Page, _payload
from bot.sandbox import FakeBotAPI
from bot.texts import for_operators
from tests.demokit import DemoProcess, texts
from tests.harness import EXAMPLE

NUMBER = re.compile(r"\d{8}-\d{4,}")
CITIZEN = 42


@pytest.fixture
def fake() -> Iterator[FakeBotAPI]:
    with FakeBotAPI() as api:
        api.add_user(CITIZEN, first_name="张三")
        yield api


# -- the fake Bot API ---------------------------------------------------------------------------
async def test_blocking_the_bot_is_a_403_and_a_my_chat_member(fake: FakeBotAPI) -> None:
    async with Bot(fake.token, base_url=fake.base_url) as bot:
        await bot.send_message(CITIZEN, "您好")
        kicked = fake.block_bot(CITIZEN)
        assert fake.block_bot(CITIZEN) is None  # blocked already: Telegram says nothing again
        with pytest.raises(Forbidden, match="blocked by the user"):
            await bot.send_message(CITIZEN, "还在吗")
        assert fake.block_bot(CITIZEN, blocked=False) is not None
        await bot.send_message(CITIZEN, "又能收到了")
        updates = await bot.get_updates()
    changes = [u.my_chat_member for u in updates]
    assert [(c.old_chat_member.status, c.new_chat_member.status) for c in changes if c] == [
        ("member", "kicked"), ("kicked", "member")]
    first = changes[0]
    assert first is not None and first.chat.type == "private" and first.from_user.id == CITIZEN
    assert first.new_chat_member.user.id == fake.bot_user["id"] and kicked is not None
    assert [m["text"] for m in fake.sent(CITIZEN)] == ["您好", "又能收到了"]


async def test_an_edit_is_an_edited_message_with_its_commands_and_captions(
        fake: FakeBotAPI) -> None:
    said = fake.send_text(CITIZEN, "路灯坏了")
    photo = fake.send_photo(CITIZEN, caption="现场")
    fake.edit_text(CITIZEN, said, "路灯坏了 /status 20261201-0001")
    fake.edit_text(CITIZEN, photo, "现场照片")
    with pytest.raises(ValueError):
        fake.edit_text(CITIZEN, fake.send_location(CITIZEN, 35.0, 116.3), "位置")
    async with Bot(fake.token, base_url=fake.base_url) as bot:
        updates = await bot.get_updates()
    edits = [u.edited_message for u in updates if u.edited_message]
    assert [e.text or e.caption for e in edits] == ["路灯坏了 /status 20261201-0001", "现场照片"]
    assert list(edits[0].parse_entities().values()) == ["/status"]
    assert [m.get("text") or m.get("caption") for m in fake.messages(CITIZEN)][:2] == [
        "路灯坏了 /status 20261201-0001", "现场照片"]


# -- the page's API, without the bot ------------------------------------------------------------
@pytest.fixture
def page(fake: FakeBotAPI) -> Page:
    cast = cast_for(load_config(EXAMPLE))
    fake.add_user(cast.citizen)
    return Page(SimpleNamespace(cast=cast, fake=fake))  # type: ignore[arg-type]


def test_the_page_edits_only_ones_own_words_and_refuses_the_blocked(
        page: Page, fake: FakeBotAPI) -> None:
    citizen = page.cast.citizen
    mine = fake.send_text(citizen, "小区停水了")
    page.edit({"who": "citizen", "message_id": mine["message_id"], "text": "小区停水两天了"})
    assert fake.messages(citizen)[0]["text"] == "小区停水两天了"
    refused: list[dict[str, Any]] = [
        {"who": "citizen", "message_id": 99999, "text": "x"},  # not in that chat
        {"who": "citizen", "message_id": "1", "text": "x"},
        {"who": "citizen", "message_id": mine["message_id"], "text": "  "},
    ]
    for body in refused:
        with pytest.raises(ValueError):
            page.edit(body)
    with pytest.raises(ValueError, match="只有市民、工作人员和督查"):
        page.block({"who": "group", "unit": "water"})
    page.block({"who": "citizen"})
    assert fake.is_blocked(citizen)
    for act in (lambda: page.send({"who": "citizen", "text": "在吗"}),
                lambda: page.edit({"who": "citizen", "message_id": mine["message_id"],
                                   "text": "改"}),
                lambda: page.location({"who": "citizen"})):
        with pytest.raises(ValueError, match="已屏蔽机器人"):
            act()
    page.block({"who": "citizen", "blocked": False})
    assert not fake.is_blocked(citizen) and page.send({"who": "citizen", "text": "在吗"}) == {}


def test_a_block_outlives_a_restart_of_the_demo(page: Page, fake: FakeBotAPI) -> None:
    """Telegram remembers who blocked the bot: a demo started again on its --data folder (which
    restores the fake from `snapshot`) still shows the citizen blocked, and unblocking then tells
    the bot."""
    page.block({"who": "citizen"})
    with FakeBotAPI() as again:
        again.restore(json.loads(json.dumps(fake.snapshot())))  # as chats.json keeps it
        assert again.is_blocked(page.cast.citizen)
        assert again.block_bot(page.cast.citizen, False) is not None  # a my_chat_member update


def test_what_the_page_refuses_is_said_in_chinese(page: Page) -> None:
    for who, unit, said in (("nobody", "", for_operators.DEMO_NOBODY),
                            ("staff", "nope", for_operators.DEMO_NO_UNIT),
                            ("group", "", for_operators.DEMO_NO_UNIT)):
        with pytest.raises(ValueError, match=said):
            page.person(who, unit)
    for body in (b"{", b"\xff"):
        with pytest.raises(ValueError, match=for_operators.DEMO_BAD_JSON):
            _payload(body)
    for body, kind in ((b"[1]", "数组"), (b'"text"', "字符串")):  # JSON, but no object
        with pytest.raises(ValueError, match=f"JSON {kind}，不是 JSON 对象"):
            _payload(body)


# -- the demo, end to end -----------------------------------------------------------------------
@pytest.mark.slow
def test_a_citizen_edits_a_report_and_blocks_the_bot_in_the_demo(tmp_path: Path) -> None:
    demo = DemoProcess(tmp_path, "--port", "0")
    try:
        demo.ready()
        assert demo.post("api/send", {"who": "citizen", "text": "我家小区停水两天了"}).json() == {}
        number = demo.wait(lambda s: NUMBER.findall(" ".join(texts(s["panes"]["citizen"]))))[0]
        demo.wait(lambda s: [m for m in s["panes"]["group"] if number in m["text"]], unit="water")
        report = next(m for m in demo.state()["panes"]["citizen"] if m["mine"])

        # 编辑: the ticket takes the new words; the unit is told; the pane shows the edit.
        edited = demo.post("api/edit", {"who": "citizen", "message_id": report["id"],
                                        "text": "我家小区停水两天了，水管爆了满地是水"})
        assert edited.json() == {}, edited.text
        demo.wait(lambda s: any(f"已按您修改后的内容更新工单 {number}" in t
                                for t in texts(s["panes"]["citizen"])))
        demo.wait(lambda s: any("市民修改了反映内容" in t and "水管爆了" in t
                                for t in texts(s["panes"]["group"])), unit="water")
        shown = next(m for m in demo.state()["panes"]["citizen"] if m["id"] == report["id"])
        assert shown["edited"] and "水管爆了" in shown["text"]
        ack = next(m for m in demo.state()["panes"]["citizen"] if not m["mine"])
        assert demo.post("api/edit", {"who": "citizen", "message_id": ack["id"], "text": "x"}
                         ).json() == {"error": "只能修改自己在这个对话里发的文字或图片说明"}

        # 屏蔽: the bot learns at once; the unit is told the citizen cannot be reached.
        assert demo.post("api/block", {"who": "citizen"}).json() == {}
        assert demo.state()["blocked"] == ["citizen"]
        demo.wait(lambda s: any(number in t and "屏蔽" in t for t in texts(s["panes"]["group"])),
                  unit="water")
        assert demo.post("api/send", {"who": "citizen", "text": "在吗"}).json() == {
            "error": "已屏蔽机器人：先解除屏蔽才能发消息"}
        before = len(demo.state()["panes"]["citizen"])
        demo.post("api/send", {"who": "staff", "unit": "water",
                               "text": f"/reply {number} 明天上午派人上门检修"})
        demo.wait(lambda s: any("无法送达" in t for t in texts(s["panes"]["staff"])), unit="water")
        assert len(demo.state()["panes"]["citizen"]) == before  # nothing reached the citizen

        # 解除屏蔽: the citizen writes again and is answered.
        assert demo.post("api/block", {"who": "citizen", "blocked": False}).json() == {}
        assert demo.state()["blocked"] == []
        demo.post("api/send", {"who": "citizen", "text": "/my"})
        demo.wait(lambda s: sum(number in t for t in texts(s["panes"]["citizen"])) >= 3)
    finally:
        assert demo.stop() == 0
    assert "Traceback" not in demo.text()
