"""A second emergency is never swallowed (T24 findings 1 and 9), through the real bot and the fake
Bot API: an emergency of another event told minutes after a first (a knife attack after a suicide
message, a missing child after a drunk man at the door, "a kid inside" after smoke in the stairwell,
a gas tank on fire after a gas smell) opens a ticket of its own with its own acknowledgement and
advice, and its unit reads it; the same danger told again presses the first, and the unit and the
supervisor's /show read the words of the press; a change of the situation (他走了，谢谢警察同志) is a
补充 the unit is told, only bare thanks are answered 不客气 (refs #10)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import (
    GROUPS,
    OVERRIDES,
    POLICE_GROUP,
    STAFF,
    events,
    join_staff,
    texts,
    tickets_of,
    told,
    wait_text,
)

CITIZEN, SUPERVISOR = 751, 950


def _bot(fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> BotProcess:
    """The kit's units joined, and a supervisor."""
    paced = {k: v for k, v in OVERRIDES.items() if not k.startswith("telegram.")}
    bot = make_bot({**paced, "people.supervisors": [SUPERVISOR]})
    fake.add_user(SUPERVISOR)
    join_staff(fake, bot, (CITIZEN,))
    return bot


def _pushed(fake: FakeBotAPI, unit: str, ticket: dict[str, Any]) -> str:
    """The unit group's push of the new ticket."""
    return wait_text(fake, GROUPS[unit], f"{ticket['number']}")[0]


def test_a_knife_attack_after_a_suicide_message_and_a_missing_father_are_three_tickets(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = _bot(fake, make_bot)
    first = told(fake, bot, CITIZEN, "活着没意思，今晚就从桥上跳下去算了", 1)
    knife = told(fake, bot, CITIZEN, "楼下有个男的拿着菜刀追着人砍", 2)
    father = told(fake, bot, CITIZEN, "我爸有老年痴呆，昨天早上出门到现在还没回来", 3)
    mine = tickets_of(bot, CITIZEN)
    assert all(t["urgent"] for t in mine) and len({t["number"] for t in mine}) == 3
    for answer, ticket in zip((first, knife, father), mine, strict=True):
        assert "工单编号" in answer and ticket["number"] in answer, answer
        assert "110" in answer and "再次转告" not in answer, answer
    assert [t["text"] for t in mine] == ["活着没意思，今晚就从桥上跳下去算了",
                                         "楼下有个男的拿着菜刀追着人砍",
                                         "我爸有老年痴呆，昨天早上出门到现在还没回来"]
    for ticket in mine:  # each read by its unit
        assert ticket["text"][:6] in _pushed(fake, ticket["unit"], ticket)
        assert events(bot, ticket, "repeated") == [] and events(bot, ticket, "chased") == []
    fake.send_text(SUPERVISOR, f"/show {mine[1]['number']}")
    shown = wait_text(fake, SUPERVISOR, f"{mine[1]['number']}")[-1]
    assert "拿着菜刀" in shown, shown
    assert not fake.unexpected_errors()


def test_另外_a_missing_daughter_after_a_drunk_man_at_the_door_is_a_ticket_of_its_own(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = _bot(fake, make_bot)
    told(fake, bot, CITIZEN, "有个喝醉的男人在我家门口拿刀威胁我，正在踹门", 1)
    answer = told(fake, bot, CITIZEN, "另外，我七岁的女儿放学到现在还没到家，电话也联系不上", 2)
    drunk, daughter = tickets_of(bot, CITIZEN)
    assert daughter["urgent"] and daughter["number"] in answer and "再次转告" not in answer
    assert "女儿" in _pushed(fake, daughter["unit"], daughter)
    assert events(bot, drunk, "chased") == []
    assert not fake.unexpected_errors()


def test_a_kid_inside_after_smoke_and_a_gas_tank_on_fire_after_a_gas_smell_open_their_own(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = _bot(fake, make_bot)
    told(fake, bot, CITIZEN, "楼道里冒黑烟了", 1)
    kid = told(fake, bot, CITIZEN, "my neighbour's house is on fire and there is a kid inside", 2)
    assert "Case number" in kid and "alerted" not in kid, kid
    told(fake, bot, CITIZEN, "厨房里有股臭鸡蛋味，好像煤气漏了", 3)
    tank = told(fake, bot, CITIZEN, "对门家的煤气罐着火了，火苗窜得老高", 4)
    mine = tickets_of(bot, CITIZEN)
    assert mine[3]["number"] in tank and "再次转告" not in tank, tank
    assert all(t["urgent"] for t in mine)
    # The hotline coordinates it; the supervisors read its own words.
    assert "kid inside" in wait_text(fake, SUPERVISOR, f"紧急工单 {mine[1]['number']}")[0]
    assert "煤气罐着火" in wait_text(fake, SUPERVISOR, f"紧急工单 {mine[3]['number']}")[0]
    assert not fake.unexpected_errors()


def test_the_same_danger_told_again_presses_and_its_words_reach_the_unit_and_show(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """The drunk man with the knife told again in other words: one ticket pressed again; the unit
    reads the new words with the 催办, and /show lists them (masked) with the 再次反映 line."""
    bot = _bot(fake, make_bot)
    told(fake, bot, CITIZEN, "有个喝醉的男人在我家门口拿刀威胁我，正在踹门", 1)
    [ticket] = tickets_of(bot, CITIZEN)
    pushes = len(texts(fake, POLICE_GROUP))
    said = "那个喝醉的男人拿刀在我家门口威胁我，快来人，我电话13812345678"
    again = told(fake, bot, CITIZEN, said, 1)
    assert ticket["number"] in again and "再次转告" in again, again
    press = fake.wait_until(lambda: [t for t in texts(fake, POLICE_GROUP)[pushes:]
                                     if "群众催办" in t], timeout=15)[0]
    assert "市民刚才说：那个喝醉的男人拿刀在我家门口威胁我" in press, press
    assert "13812345678" not in press, press  # masked
    assert events(bot, ticket, "repeated") == [said]
    fake.send_text(SUPERVISOR, f"/show {ticket['number']}")
    shown = wait_text(fake, SUPERVISOR, "市民再次反映")[-1]
    assert "那个喝醉的男人拿刀在我家门口威胁我" in shown and "13812345678" not in shown, shown
    bare = told(fake, bot, CITIZEN, "快来人啊", 1)  # a bare cry presses: no new ticket
    assert ticket["number"] in bare, bare
    assert not fake.unexpected_errors()


def test_he_left_after_the_police_answered_is_a_补充_the_police_read(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = _bot(fake, make_bot)
    told(fake, bot, CITIZEN, "有个喝醉的男人在我家门口拿刀威胁我，正在踹门", 1)
    [ticket] = tickets_of(bot, CITIZEN)
    fake.send_text(STAFF["police"], f"/reply {ticket['number']} 民警已出警，请您锁好门，不要开门，我们马上到")
    wait_text(fake, CITIZEN, "民警已出警")
    pushes = len(texts(fake, POLICE_GROUP))
    answer = told(fake, bot, CITIZEN, "他走了，谢谢警察同志", 1)
    assert ticket["number"] in answer and "县公安局" in answer and "不客气" not in answer, answer
    relayed = fake.wait_until(lambda: [t for t in texts(fake, POLICE_GROUP)[pushes:]
                                       if "他走了" in t], timeout=15)
    assert ticket["number"] in relayed[0], relayed
    assert events(bot, ticket, "supplement") == ["他走了，谢谢警察同志"]
    thanks = told(fake, bot, CITIZEN, "谢谢", 1)  # bare thanks: 不客气, nothing passed on
    assert "不客气" in thanks, thanks
    assert events(bot, ticket, "supplement") == ["他走了，谢谢警察同志"]
    assert not fake.unexpected_errors()
