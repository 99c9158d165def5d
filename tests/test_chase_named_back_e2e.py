"""A matter named back (an outside tester, refs #10, round 23): 路灯的事到底管不管 presses the open
路灯 ticket instead of opening a duplicate; 3号那个咋还没人管 with two open No. 3 asks which, as
/status 3 does, never read as a late 回访 answer about other tickets; 铁锈味那个，…根本没解决 about
a ticket closed and published opens a ticket linked to it at its unit, and the supervisors are
told the citizen disputes a published result (the post is theirs to correct); and a follow-on
told right after a 办结 (水是来了，可是放出来是黄的) is linked to it, its unit told even when
another unit has the new one. Through the real handlers and the fake Bot API's rules."""

from __future__ import annotations

import datetime as dt

from bot.actions import followup
from bot.domain.permissions import Role
from tests.fuzzkit import WATER_STAFF, Rig, unit_chat
from tests.harness import by_day

MARKET_STAFF, URBAN_STAFF = 21, 22


def _at(rig: Rig, moment: dt.datetime) -> None:
    rig.desk.store.advance_clock(moment)
    followup.run_due(rig.desk, moment.astimezone(dt.UTC))
    rig.check_outbox()


def _later(rig: Rig, days: int) -> None:
    _at(rig, by_day(rig.desk.store.now() + dt.timedelta(days=days)))


def _chat(rig: Rig, unit: str) -> int:
    return unit_chat(next(i for i, u in enumerate(rig.desk.config.units) if u.code == unit))


def _actions(rig: Rig, ticket: dict[str, object]) -> list[str]:
    return [e["action"] for e in rig.events(int(str(ticket["id"])))]


def test_the_matter_named_with_到底管不管_presses_its_overdue_ticket_never_a_duplicate(
        rig: Rig) -> None:
    rig.bind(MARKET_STAFF, Role.STAFF, "market")
    rig.bind(URBAN_STAFF, Role.STAFF, "urban")
    user = rig.citizen()
    rig.say(user, "东门菜市场有人卖病死猪肉，好几个摊位都在卖")
    rig.say(user, "小区门口的路灯坏了，晚上很黑")
    meat, lamp = rig.tickets_of(user)
    assert (meat["unit"], lamp["unit"]) == ("market", "urban")
    _later(rig, 10)  # both past their time limit
    assert all(t["overdue"] for t in rig.tickets_of(user))
    for said, ticket in (("病死猪肉的事到底管不管", meat), ("路灯的事到底管不管", lamp),
                         ("路灯那个事有没有人管", lamp)):
        group = len(rig.shown_to(_chat(rig, ticket["unit"])))
        [answer] = rig.answers(rig.say(user, said))
        assert f"已为您催办工单 {ticket['number']}" in answer, (said, answer)
        assert "已收到您的反映" not in answer, answer
        told = rig.shown_to(_chat(rig, ticket["unit"]))[group:]
        assert len(rig.tickets_of(user)) == 2, said  # no duplicate at either unit
        if said != "路灯那个事有没有人管":  # once a county day
            assert [t for t in told if "群众催办" in t and ticket["number"] in t], (said, told)
    assert "chased" in _actions(rig, meat) and "chased" in _actions(rig, lamp)
    # Pressed again in other words: still the original ticket, the only one of its matter.
    [answer] = rig.answers(rig.say(user, "卖病死猪肉那个怎么还没人来查"))
    assert meat["number"] in answer and "暂不催办" not in answer, answer


def test_a_chase_of_a_sequence_two_open_tickets_share_asks_which_never_a_回访(rig: Rig) -> None:
    user = rig.citizen()
    for said in ("光明村的自来水停了", "幸福小区的自来水水压太小", "东关街自来水管子爆了"):
        rig.say(user, said)
    _later(rig, 1)
    for said in ("西关村的自来水停了", "南关村自来水发黄", "北关村自来水管漏水"):
        rig.say(user, said)
    rows = rig.tickets_of(user)
    for done in rows[3:5]:  # two finished and closed as 默认满意 within the week
        rig.say(WATER_STAFF, f"/accept {done['number']}")
        rig.say(WATER_STAFF, f"/done {done['number']} 已处理")
    _later(rig, 2)
    _later(rig, 4)
    rows = rig.tickets_of(user)
    assert [(t["state"], t["rating"]) for t in rows[3:5]] == [("closed", "default")] * 2
    threes = [rows[5]["number"], rows[2]["number"]]  # newest first, as /status lists them
    [status] = rig.answers(rig.say(user, "/status 3"))
    [answer] = rig.answers(rig.say(user, "3号那个咋还没人管"))
    for number in threes:
        assert number in status and number in answer, (status, answer)
    assert "哪一件" in answer and "回访" not in answer and "默认满意" not in answer, answer
    for closed in rows[3:5]:
        assert closed["number"] not in answer
    after = rig.tickets_of(user)
    assert [(t["state"], t["rating"]) for t in after] == [(t["state"], t["rating"]) for t in rows]
    assert not [a for t in after for a in _actions(rig, t) if a in ("chased", "asked", "rate")]

