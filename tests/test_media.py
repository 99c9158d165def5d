"""One ticket per problem: a photo without words waits for them, an album is one report, and what
arrives without words reaches the unit once its words are in (or manual dispatch, if they never
come)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from bot.actions import citizen, followup
from bot.actions.desk import Incoming
from tests.staffkit import NOW, WATER_GROUP, Kit, make_kit

CITIZEN = 7


def _photo(kit: Kit, caption: str = "", group: str | None = None) -> Incoming:
    msg = kit.msg(CITIZEN, caption)
    return dataclasses.replace(msg, kind="photo", file_id=f"AgACphoto{msg.message_id}",
                               media_group_id=group)


def _tickets(kit: Kit) -> list[dict[str, object]]:
    return list(kit.db.query("SELECT * FROM tickets ORDER BY id"))


def test_a_photo_then_its_words_make_one_ticket_routed_by_the_words() -> None:
    kit = make_kit()
    citizen.receive(kit.desk, _photo(kit), NOW)
    [waiting] = _tickets(kit)
    assert waiting["unit"] == "hotline" and waiting["pending_until"]
    assert "用文字说明" in kit.sent_to(CITIZEN)[-1] and waiting["number"] in kit.sent_to(CITIZEN)[-1]
    assert kit.sent_to(WATER_GROUP) == []  # nobody is told before the words come
    later = NOW + dt.timedelta(minutes=2)
    citizen.receive(kit.desk, kit.msg(CITIZEN, "这是我们村东头，停水三天了"), later)
    [ticket] = _tickets(kit)
    assert (ticket["unit"], ticket["pending_until"], ticket["text"]) == (
        "water", None, "这是我们村东头，停水三天了")
    assert ticket["received_at"] == waiting["received_at"]  # the photo's moment counts
    assert "县水务局" in kit.sent_to(CITIZEN)[-1]
    [push] = [t for t in kit.sent_to(WATER_GROUP) if "新工单" in t]
    assert ticket["number"] in push and "停水三天" in push
    kinds = [r["kind"] for r in kit.db.query("SELECT kind FROM attachments")]
    assert kinds == ["photo"]


def test_a_photo_whose_words_never_come_goes_to_manual_dispatch(tmp_path: object) -> None:
    kit = make_kit()
    citizen.receive(kit.desk, _photo(kit), NOW)
    assert followup.run_due(kit.desk, NOW + dt.timedelta(minutes=4)).dispatched == 0
    assert followup.run_due(kit.desk, NOW + dt.timedelta(minutes=5)).dispatched == 1
    [ticket] = _tickets(kit)
    assert ticket["unit"] == "hotline" and ticket["pending_until"] is None
    assert followup.run_due(kit.desk, NOW + dt.timedelta(minutes=6)).dispatched == 0
    # Words after the wait are a new report, not a rewrite of the dispatched one.
    citizen.receive(kit.desk, kit.msg(CITIZEN, "停水了"), NOW + dt.timedelta(minutes=7))
    assert len(_tickets(kit)) == 2


def test_an_album_is_one_ticket_with_one_acknowledgement() -> None:
    kit = make_kit()
    for caption in ("小区停水了，水管爆了", "", ""):
        citizen.receive(kit.desk, _photo(kit, caption, group="album-1"), NOW)
    [ticket] = _tickets(kit)
    assert ticket["unit"] == "water"
    assert len([t for t in kit.sent_to(CITIZEN) if "工单编号" in t]) == 1
    assert [r["kind"] for r in kit.db.query("SELECT kind FROM attachments")] == ["photo"] * 3


def test_an_album_without_words_waits_once_and_a_caption_on_a_later_item_describes_it() -> None:
    kit = make_kit()
    citizen.receive(kit.desk, _photo(kit, group="album-2"), NOW)
    citizen.receive(kit.desk, _photo(kit, "物业不管事，楼道灯坏了一个月", group="album-2"), NOW)
    citizen.receive(kit.desk, _photo(kit, group="album-2"), NOW)
    [ticket] = _tickets(kit)
    assert ticket["unit"] == "housing" and ticket["pending_until"] is None
    assert len([t for t in kit.sent_to(CITIZEN) if "工单" in t]) == 2  # the wait, the routing


def test_a_second_photo_while_waiting_joins_and_asks_for_words_again() -> None:
    kit = make_kit()
    citizen.receive(kit.desk, _photo(kit), NOW)
    citizen.receive(kit.desk, _photo(kit), NOW + dt.timedelta(minutes=1))
    [ticket] = _tickets(kit)
    assert ticket["pending_until"] and "请再用文字说明" in kit.sent_to(CITIZEN)[-1]
    citizen.receive(kit.desk, kit.msg(CITIZEN, "停水了"), NOW + dt.timedelta(minutes=2))
    assert [t["unit"] for t in _tickets(kit)] == ["water"]
