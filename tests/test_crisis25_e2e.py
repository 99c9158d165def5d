"""The round-24 outside tester's emergencies still missed, in our own sentences, through the real
bot and the fake Bot API (refs #10): an attack that left someone bleeding reaches the police with
health named beside it; a goodbye from a high place is a person at risk even past the flood limit;
an English abduction is the police's with advice for it; a press of a person at risk's ticket in
another language reads the words for them again; a missing elder, a gas cylinder on fire and a
danger already over each get what fits them."""

from __future__ import annotations

import json
from collections.abc import Callable

from bot.actions.floods import FLOOD_TICKETS
from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import (
    POLICE_GROUP,
    events,
    texts,
    tickets_of,
    told,
    unpaced_bot,
    wait_text,
)

CITIZEN = 771


def test_an_attack_that_left_someone_bleeding_is_the_polices_with_health_named(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = unpaced_bot(fake, make_bot, CITIZEN)
    answer = told(fake, bot, CITIZEN, "小区门口两个人动了刀子，有个小伙子肚子被捅了，躺在地上一直流血", 1)
    [ticket] = tickets_of(bot, CITIZEN)
    assert ticket["urgent"] and ticket["unit"] == "police", ticket
    assert json.loads(ticket["also"]) == ["health"], ticket["also"]
    for said in ("110", "120", "先到安全的地方", "按住伤口", "县公安局", "另涉及：县卫生健康局"):
        assert said in answer, (said, answer)
    pushed = wait_text(fake, POLICE_GROUP, ticket["number"])[0]
    assert "另涉及：县卫生健康局" in pushed and "捅了" in pushed, pushed
    assert not fake.unexpected_errors()


def test_a_goodbye_from_a_high_place_past_the_flood_limit_is_urgent_for_the_police(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """Five reports in a few minutes, a sixth held at the hotline (the flood limit), then a
    goodbye from a rooftop: it opens for the police and is pushed, with the words for a person
    at risk, never held with a seven-day deadline."""
    bot = unpaced_bot(fake, make_bot, CITIZEN)
    places = ["东关", "西关", "南关", "北关", "城东", "城西"]
    for n, place in enumerate(places[:FLOOD_TICKETS], 1):
        told(fake, bot, CITIZEN, f"{place}社区停水两天了，一直没人来修", n)
    held = told(fake, bot, CITIZEN, f"{places[-1]}社区路灯坏了半个月", FLOOD_TICKETS + 1)
    assert "本件先由" in held and tickets_of(bot, CITIZEN)[-1]["unit"] == "hotline", held
    answer = told(fake, bot, CITIZEN, "我现在在楼顶天台上，替我跟爸妈说声对不起", FLOOD_TICKETS + 2)
    ticket = tickets_of(bot, CITIZEN)[-1]
    assert ticket["urgent"] and ticket["unit"] == "police", ticket
    for said in ("并不孤单", "110", "120", "12356", "陪在身边"):
        assert said in answer, (said, answer)
    assert "本件先由" not in answer and "锁好门" not in answer, answer
    assert "楼顶天台" in wait_text(fake, POLICE_GROUP, ticket["number"])[0]
    assert not fake.unexpected_errors()


def test_an_english_abduction_is_the_polices_with_advice_for_a_person_taken(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = unpaced_bot(fake, make_bot, CITIZEN)
    answer = told(fake, bot, CITIZEN, "A stranger just snatched my little boy at the bus stop and drove "
                   "away in a silver car", 1)
    [ticket] = tickets_of(bot, CITIZEN)
    assert ticket["urgent"] and ticket["unit"] == "police", ticket
    for said in ("Call 110 now", "plate number", "clothes", "keep your phone on", "do not chase"):
        assert said.lower() in answer.lower(), (said, answer)
    assert "lock the door" not in answer, answer
    assert "snatched my little boy" in wait_text(fake, POLICE_GROUP, ticket["number"])[0]
    assert not fake.unexpected_errors()


def test_a_person_at_risk_told_again_in_another_language_reads_the_words_again(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """Chinese, then English a few seconds on: one ticket, pressed, and the English answer gives
    the crisis words again (not only the 110/119/120 line); then Chinese again, in Chinese."""
    bot = unpaced_bot(fake, make_bot, CITIZEN)
    first = told(fake, bot, CITIZEN, "我真的不想活了，药已经都准备好了", 1)
    assert "12356" in first, first
    [ticket] = tickets_of(bot, CITIZEN)
    again = told(fake, bot, CITIZEN, "I want to die, I can't go on", 1)
    assert ticket["number"] in again and "alerted" in again, again
    for said in ("not alone", "12356", "110", "120", "do not stay alone"):
        assert said in again, (said, again)
    back = told(fake, bot, CITIZEN, "我真的撑不下去了，不想活了", 1)
    assert ticket["number"] in back and "并不孤单" in back and "12356" in back, back
    assert len(tickets_of(bot, CITIZEN)) == 1
    assert events(bot, ticket, "repeated")[0] == "I want to die, I can't go on"
    assert not fake.unexpected_errors()


def test_a_missing_elder_and_a_gas_cylinder_on_fire_get_advice_that_fits(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = unpaced_bot(fake, make_bot, CITIZEN)
    missing = told(fake, bot, CITIZEN, "我奶奶有点糊涂，中午出去买菜，到现在天黑了还没回家", 1)
    assert tickets_of(bot, CITIZEN)[0]["unit"] == "police"
    assert "24 小时" in missing and "照片" in missing and "锁好门" not in missing, missing
    fire = told(fake, bot, CITIZEN, "隔壁饭馆后厨的液化气罐起火了", 2)
    assert tickets_of(bot, CITIZEN)[1]["urgent"], tickets_of(bot, CITIZEN)
    assert "119" in fire and "不要去搬动" in fire and "打开门窗" not in fire, fire
    assert not fake.unexpected_errors()


def test_a_danger_already_over_opens_no_urgent_ticket(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = unpaced_bot(fake, make_bot, CITIZEN)
    before = len(fake.sent(CITIZEN))
    fake.send_text(CITIZEN, "掉河里那个孩子已经被救上来了")
    answer = str(fake.wait_sent(CITIZEN, before + 1)[-1]["text"])
    assert "紧急" not in answer and "110" not in answer, answer
    assert not any(t["urgent"] for t in tickets_of(bot, CITIZEN))
    assert not any("已经被救上来" in t for t in texts(fake, POLICE_GROUP))
    assert not fake.unexpected_errors()


def test_a_danger_over_after_a_recent_emergency_is_a_补充_to_it(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = unpaced_bot(fake, make_bot, CITIZEN)
    told(fake, bot, CITIZEN, "村东头水塘里有个小孩掉下去了，快来人", 1)
    [ticket] = tickets_of(bot, CITIZEN)
    answer = told(fake, bot, CITIZEN, "孩子已经救上来了", 1)
    assert ticket["number"] in answer and "补充到工单" in answer and "⚠️" not in answer, answer
    assert events(bot, ticket, "supplement") == ["孩子已经救上来了"]
    assert not fake.unexpected_errors()
