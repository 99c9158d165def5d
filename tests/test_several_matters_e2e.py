"""A message that numbers several matters of several units loses none of them (refs #10): the
main unit is named, the others are 另涉及 on the ticket, in the acknowledgement and in the unit's
push; a message the hotline holds keeps its other units when the citizen picks one by button;
numbered parts of one unit's matter stay one ticket of that unit's. Through the real bot and the
fake Bot API."""

from __future__ import annotations

import json
from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import OVERRIDES, WATER_GROUP, texts, tickets_of, wait_text

THREE = ("领导恁好！俺有三个事想反映：一是俺们庄东头的下水道堵了快半个月了，一下雨污水就漫到路上；"
         "二是村口大路上的路灯坏了，夜里黑咕隆咚的；三是俺孙子坐的校车天天晚点，娃上学老迟到。")
MANY = "俺们村停水停电好几天了，村口路灯也坏了，校车天天晚点，医保报销也没人管，咋弄啊"
ONE_UNIT = "俺家的水有两个问题：1、这礼拜停水三天了 2、来水了水压也太低，二楼都上不去。"
NUMBERED, HELD, SAME = 701, 702, 703


def test_numbered_matters_of_several_units_are_all_named(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    fake.add_group(WATER_GROUP, "县水务局工作群")
    bot = make_bot(OVERRIDES)

    # Three numbered matters of three units: the first listed leads, the others are named.
    fake.send_text(NUMBERED, THREE)
    ack = wait_text(fake, NUMBERED, "工单编号")[0]
    [ticket] = tickets_of(bot, NUMBERED)
    assert ticket["unit"] == "water" and json.loads(ticket["also"]) == ["urban", "education"]
    assert "责任单位：县水务局" in ack, ack
    assert "另涉及：县综合行政执法局、县教育和体育局" in ack.replace("<b>", "").replace("</b>", ""), ack
    [sent] = [m for m in fake.sent(NUMBERED) if "工单编号" in (m["text"] or "")]
    assert not sent.get("reply_markup"), "no unit buttons: the unit is named"
    push = wait_text(fake, WATER_GROUP, ticket["number"])[0]
    assert "另涉及" in push and "县综合行政执法局" in push and "县教育和体育局" in push, push

    # Matters the hotline holds: the citizen is told every unit they concern, and picking one by
    # button keeps the others on the ticket, told to the citizen and to the unit picked.
    fake.send_text(HELD, MANY)
    held_ack = wait_text(fake, HELD, "工单编号")[0]
    [held] = tickets_of(bot, HELD)
    assert held["unit"] == "hotline" and "water" in json.loads(held["also"])
    assert "您反映的事项涉及" in held_ack and "县水务局" in held_ack, held_ack
    [message] = [m for m in fake.sent(HELD) if "工单编号" in (m["text"] or "")]
    fake.press(HELD, message, f"pick:{held['id']}:water")
    picked = wait_text(fake, HELD, "已交给")[0]
    assert "另涉及" in picked and "县教育和体育局" in picked and "国网金乡县供电公司" in picked, picked
    [held] = tickets_of(bot, HELD)
    assert held["unit"] == "water" and "education" in json.loads(held["also"])
    pushed = wait_text(fake, WATER_GROUP, held["number"])[0]
    assert "另涉及" in pushed and "县教育和体育局" in pushed, pushed

    # Numbered parts of one unit's matter: one ticket of that unit, naming no other.
    fake.send_text(SAME, ONE_UNIT)
    one_ack = wait_text(fake, SAME, "工单编号")[0]
    [same] = tickets_of(bot, SAME)
    assert same["unit"] == "water" and json.loads(same["also"] or "[]") == []
    assert "另涉及" not in one_ack and "责任单位：县水务局" in one_ack.replace("<b>", "").replace(
        "</b>", ""), one_ack
    assert len(texts(fake, SAME)) == 1
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
