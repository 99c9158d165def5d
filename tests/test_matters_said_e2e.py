"""What a citizen says about an open ticket reaches it (an outside tester's findings on the demo;
refs #10), through the real bot and the fake Bot API: 桥栏杆那个事不用管了，村里自己找人焊上了 or
桥栏杆已经修好了，不用来了 is kept on the bridge ticket, told to its unit and offered to be
withdrawn — never a bare 不客气 nor a new ticket; an answer to a unit's question followed by 还有…
is split as 另外… is, and the new matter said only as 俺家门口 carries the place the answer gave;
停水那个到底啥时候能修好 with the water cut in 重办 presses that ticket, no duplicate."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import (
    GROUPS,
    STAFF,
    ask_visits,
    buttons,
    events,
    finish,
    join_staff,
    report,
    row,
    texts,
    tickets_of,
    wait_text,
    with_transport,
)

NAMED, ONLY, BRIDGE, PLACED, AGAIN = range(674, 679)


@pytest.fixture
def bot(fake: FakeBotAPI, make_bot: Callable[..., BotProcess],
        monkeypatch: pytest.MonkeyPatch) -> BotProcess:
    """The bot, with the kit's units and the transport unit, each group and staff member joined."""
    started = make_bot(with_transport(monkeypatch))
    join_staff(fake, started, (NAMED, ONLY, BRIDGE, PLACED, AGAIN))
    return started


def _report(fake: FakeBotAPI, bot: BotProcess, citizen: int, text: str, unit: str
            ) -> dict[str, Any]:
    ticket = report(fake, bot, citizen, text, unit)
    wait_text(fake, citizen, ticket["number"])  # its receipt came
    return ticket


def _said(fake: FakeBotAPI, chat: int, needle: str, count: int = 1) -> dict[str, Any]:
    found: list[dict[str, Any]] = fake.wait_until(
        lambda: (hits := [m for m in fake.sent(chat) if needle in (m["text"] or "")])
        and len(hits) >= count and hits, timeout=20)
    return found[-1]


def test_words_that_a_matter_needs_no_more_handling_reach_its_ticket(
    fake: FakeBotAPI, bot: BotProcess
) -> None:
    water = _report(fake, bot, NAMED, "俺们庄上这两天停水了，做饭都没水", "water")
    bridge = _report(fake, bot, NAMED, "村口小河上那座桥的桥栏杆断了一截，小孩过桥危险", "transport")

    # Named by the ticket's words, with a second ticket open: that one, never a 不客气.
    fake.send_text(NAMED, "桥栏杆那个事不用管了，村里自己找人焊上了")
    offer = _said(fake, NAMED, "自行解决")
    assert bridge["number"] in offer["text"] and "/cancel" in offer["text"], offer["text"]
    assert buttons(offer) == [f"wd:{bridge['id']}"]
    told = wait_text(fake, GROUPS["transport"], "市民表示问题已自行解决")[-1]
    assert bridge["number"] in told and "焊上了" in told, told
    assert events(bot, bridge, "settled") == ["桥栏杆那个事不用管了，村里自己找人焊上了"]
    assert not any("不客气" in t for t in texts(fake, NAMED))
    assert not any("自行解决" in t for t in texts(fake, GROUPS["water"]))

    # Said as 已经修好了，不用来了: no new ticket at transport, the same ticket again.
    fake.send_text(NAMED, "桥栏杆已经修好了，不用来了")
    fake.wait_until(lambda: len(events(bot, bridge, "settled")) == 2, timeout=20)
    _said(fake, NAMED, "自行解决", count=2)
    assert len(tickets_of(bot, NAMED)) == 2
    assert row(bot, bridge)["state"] == "new" and row(bot, water)["state"] == "new"

    fake.press(NAMED, offer, f"wd:{bridge['id']}")  # the existing 撤回 flow
    fake.wait_until(lambda: row(bot, bridge)["state"] == "withdrawn", timeout=20)
    wait_text(fake, GROUPS["transport"], "已被市民撤回")
    assert row(bot, water)["state"] == "new"

    # Naming nothing, from a citizen with one ticket being handled: that one.
    only = _report(fake, bot, ONLY, "小区东门的下水道堵了，污水冒到路上", "water")
    # Only declining what a unit's question offered is its answer, not the matter settled.
    fake.send_text(STAFF["water"], f"/reply {only['number']} 需要给您回个电话吗？")
    wait_text(fake, ONLY, "回个电话")
    fake.send_text(ONLY, "不用了，谢谢")
    fake.wait_until(lambda: events(bot, only, "supplement"), timeout=20)
    assert not events(bot, only, "settled")
    fake.send_text(ONLY, "不用来了，已经弄好了")
    offer = _said(fake, ONLY, "自行解决")
    assert buttons(offer) == [f"wd:{only['id']}"]
    assert len(tickets_of(bot, ONLY)) == 1 and events(bot, only, "settled")
    assert not [r for r in fake.unexpected_errors() if r.status != 429]


def test_an_answer_then_more_is_split_and_the_new_matter_keeps_the_place(
    fake: FakeBotAPI, bot: BotProcess
) -> None:
    # 还有 turns to another matter as 另外 does; 村里 is told as the village the answer gave.
    bridge = _report(fake, bot, BRIDGE, "俺村那座漫水桥桥面塌了个大窟窿", "transport")
    fake.send_text(STAFF["transport"], f"/reply {bridge['number']} 请问是哪个村的哪座桥？")
    wait_text(fake, BRIDGE, "哪座桥")
    fake.send_text(BRIDGE, "大王庄村，村西头的漫水桥。还有村里那条水泥路坑坑洼洼的，一下雨全是泥")
    fake.wait_until(lambda: len(tickets_of(bot, BRIDGE)) == 2, timeout=20)
    fake.wait_until(lambda: events(bot, bridge, "supplement"), timeout=20)
    assert events(bot, bridge, "supplement") == ["大王庄村，村西头的漫水桥。"]
    road = tickets_of(bot, BRIDGE)[-1]
    assert road["text"].startswith("还有村里那条水泥路") and "大王庄村" in road["text"], road

    # 另外俺家门口…: the street light's ticket says where the answer placed the writer.
    water = _report(fake, bot, PLACED, "俺们村停水两天了，一直没来水", "water")
    fake.send_text(STAFF["water"], f"/reply {water['number']} 您家是几组几号？")
    wait_text(fake, PLACED, "几组几号")
    fake.send_text(PLACED, "三组12号，全村都停了。另外俺家门口的路灯也坏了好几天了")
    fake.wait_until(lambda: len(tickets_of(bot, PLACED)) == 2, timeout=20)
    light = tickets_of(bot, PLACED)[-1]
    assert light["unit"] == "urban" and light["text"].startswith("另外俺家门口的路灯"), light
    assert "（市民所在：三组12号）" in light["text"], light
    told = wait_text(fake, GROUPS["urban"], light["number"])[-1]
    assert "三组12号" in told, told
    fake.wait_until(lambda: events(bot, water, "supplement"), timeout=20)
    assert events(bot, water, "supplement") == ["三组12号，全村都停了。"]
    assert not [r for r in fake.unexpected_errors() if r.status != 429]


def test_asking_when_a_reopened_matter_is_done_presses_it(
    fake: FakeBotAPI, bot: BotProcess
) -> None:
    water = _report(fake, bot, AGAIN, "西关街停水三天了，自来水一滴都没有", "water")
    finish(fake, bot, water, "已抢修管道，恢复供水")
    ask_visits(bot, 1)
    wait_text(fake, AGAIN, "是否联系过您")
    fake.send_text(AGAIN, "联系了，没解决，很不满意")
    fake.wait_until(lambda: row(bot, water)["state"] == "reopened", timeout=20)

    fake.send_text(AGAIN, "停水那个到底啥时候能修好？都半个月了")
    fake.wait_until(lambda: bot.query(
        "SELECT 1 FROM events WHERE ticket_id = ? AND action IN ('chased', 'asked')",
        [water["id"]]), timeout=20)
    wait_text(fake, AGAIN, water["number"], count=2)
    assert len(tickets_of(bot, AGAIN)) == 1
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
