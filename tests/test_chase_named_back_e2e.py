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
from tests.fuzzkit import CHANNEL, SUPERVISOR, WATER_STAFF, Rig, unit_chat
from tests.harness import by_day
from tests.publishkit import preview, visited

MARKET_STAFF, URBAN_STAFF, TRANSPORT_STAFF = 21, 22, 23


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
    for said in ("光明村的自来水停了", "幸福小区自来水的水压太小", "东关街自来水管子爆了"):
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


def test_a_follow_on_right_after_the_办结_is_linked_and_the_earlier_unit_told(rig: Rig) -> None:
    rig.bind(TRANSPORT_STAFF, Role.STAFF, "transport")
    user = rig.citizen()
    rig.say(user, "光明村停水两天了，一滴水都没有")
    [first] = rig.tickets_of(user)
    rig.say(WATER_STAFF, f"/accept {first['number']}")
    rig.say(WATER_STAFF, f"/done {first['number']} 已派人抢修主管道，今天下午已恢复供水")
    [answer] = rig.answers(rig.say(user, "水是来了，可是放出来是黄的，有股铁锈味，不敢喝"))
    _, yellow = rig.tickets_of(user)
    assert yellow["unit"] == "water", yellow
    assert f"本次反映与您此前的第 {first['number']} 号诉求相关" in answer, answer
    [note] = [t for t in rig.shown_to(_chat(rig, "water")) if f"新工单 {yellow['number']}" in t
              and "🔗" in t]
    assert first["number"] in note and "那件诉求办结后" in note and "已派人抢修" in note, note

    _later(rig, 1)
    [answer] = rig.answers(rig.say(
        user, "水是通了，就是修管子把俺家门口路挖了个大坑到现在也没填，晚上骑车差点摔了"))
    hole = rig.tickets_of(user)[-1]
    assert hole["unit"] == "transport", hole  # its own unit's matter, routed by its words
    assert f"本次反映与您此前的第 {first['number']} 号诉求相关" in answer, answer
    [water_told] = [t for t in rig.shown_to(_chat(rig, "water"))
                    if f"新工单 {hole['number']}" in t]
    assert "新工单由县交通运输局办理" in water_told, water_told
    [transport_told] = [t for t in rig.shown_to(_chat(rig, "transport"))
                        if f"新工单 {hole['number']}" in t and "🔗" in t]
    assert "此前由县水务局办理" in transport_told and first["number"] in transport_told
    assert _actions(rig, first).count("related") == 2
    assert "related" in _actions(rig, hole) and "related" in _actions(rig, yellow)


def test_a_published_result_named_back_as_unsolved_goes_to_its_unit_and_the_supervisors(
        rig: Rig) -> None:
    rig.bind(MARKET_STAFF, Role.STAFF, "market")
    user = rig.citizen()
    rig.say(user, "水是黄的，有股铁锈味，不敢喝")
    [rusty] = rig.tickets_of(user)
    rig.say(WATER_STAFF, f"/accept {rusty['number']}")
    rig.say(WATER_STAFF, f"/done {rusty['number']} 已对管网冲洗消毒，水质检测合格")
    visited(rig, rusty["number"])  # 联系过了，解决了，满意
    _, (post, _) = preview(rig, rusty["number"])
    rig.press(SUPERVISOR, post)
    [posted] = rig.shown_to(CHANNEL)
    market, supervised = len(rig.shown_to(_chat(rig, "market"))), len(rig.shown_to(SUPERVISOR))
    _later(rig, 2)

    [answer] = rig.answers(rig.say(user, "铁锈味那个，今天又有味了，根本没解决，网上还说合格"))
    old, new = rig.tickets_of(user)
    assert new["unit"] == "water", new  # its matter again, not 合格's market bureau
    assert "县水务局" in answer and f"与您此前的第 {rusty['number']} 号诉求相关" in answer, answer
    assert rig.shown_to(_chat(rig, "market"))[market:] == []
    [note] = [t for t in rig.shown_to(_chat(rig, "water")) if f"新工单 {new['number']}" in t
              and "🔗" in t]
    assert "市民点名提到那件诉求" in note and "问题已解决" in note, note
    [told] = [t for t in rig.shown_to(SUPERVISOR)[supervised:] if "异议" in t]
    assert rusty["number"] in told and new["number"] in told and "已公开发布" in told, told
    assert "原帖未作改动" in told, told
    assert rig.shown_to(CHANNEL) == [posted]  # the post is the supervisors' to correct
    assert (old["state"], old["rating"]) == ("closed", "satisfied")
    assert "publish_questioned" in _actions(rig, old) and "related" in _actions(rig, new)
    rig.say(SUPERVISOR, f"/show {rusty['number']}")
    assert "对已公开发布的办理结果有异议" in rig.shown_to(SUPERVISOR)[-1]
