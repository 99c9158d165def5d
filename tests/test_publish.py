"""/publish: the public column gets a summary, never the citizen's words. Without TEXT the
supervisor sees a drafted summary first, with 发布/取消 buttons that are authorized again on every
press and decide a draft once."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.domain.permissions import Role
from bot.render import CALLBACK_LIMIT
from tests.fuzzkit import CHANNEL, SUPERVISOR, WATER_STAFF, Rig, shown, start_rig, stop_rig
from tests.publishkit import confirmed, own_words

OTHER_SUPERVISOR = 901
REPORT = "我叫刘洋洋，家住金乡县胡集镇李庄村3组12号，停水三天了，电话13900210021，车牌鲁H12345挡着水表"
RESULT = "已上门为刘洋洋更换水表（联系电话13900210021），李庄村3组12号恢复供水"


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    rig = start_rig(tmp_path)
    rig.bind(OTHER_SUPERVISOR, Role.SUPERVISOR)
    yield rig
    stop_rig(rig)


def resolved(rig: Rig) -> dict[str, Any]:
    user = rig.citizen()
    rig.say(user, REPORT, name="洋洋 刘")
    [ticket] = rig.tickets_of(user)
    assert ticket["unit"] == "water"
    rig.say(WATER_STAFF, f"/done {ticket['number']} {RESULT}")
    return ticket


def draft(rig: Rig, number: str) -> tuple[str, list[str]]:
    """/publish NUMBER (its result confirmed at the 回访 first): the preview and the data of
    its two buttons."""
    confirmed(rig, number)
    update = rig.say(SUPERVISOR, f"/publish {number}")
    [row] = rig.db.query("SELECT params FROM outbox WHERE dedupe_key = ?",
                         [f"re:{update}:publish"])
    params = json.loads(row["params"])
    assert "reply_markup" in params, params["text"]
    buttons = params["reply_markup"]["inline_keyboard"][0]
    assert [b["text"] for b in buttons] == ["发布", "取消"]
    return shown("sendMessage", params), [b["callback_data"] for b in buttons]


def test_the_drafted_summary_says_what_was_done_where_and_how_long(rig: Rig) -> None:
    ticket = resolved(rig)
    preview, (post, drop) = draft(rig, ticket["number"])
    assert rig.shown_to(CHANNEL) == []  # nothing goes out before 发布
    assert all(len(data.encode()) <= CALLBACK_LIMIT for data in (post, drop))
    assert rig.press(SUPERVISOR, post) == "已提交发布到《金来办、今天办》。"
    [channel] = rig.shown_to(CHANNEL)
    assert "县水务局" in channel and "停水" in channel and "胡集镇李庄村" in channel
    assert "恢复供水" in channel and "当天办结" in channel
    assert "【" not in channel  # the clause that named the citizen is left out, not labelled
    for private in ("刘洋洋", "洋洋", "13900210021", "0021", "3组", "12号", "鲁H12345", "停水三天了"):
        assert private not in channel, private
    assert preview.endswith(channel)  # what the supervisor saw is what was posted
    assert "已提交发布到公开栏目" in rig.shown_to(SUPERVISOR)[-1]


def test_a_draft_is_decided_once(rig: Rig) -> None:
    ticket = resolved(rig)
    _, (post, drop) = draft(rig, ticket["number"])
    rig.press(SUPERVISOR, post)
    assert rig.press(SUPERVISOR, post) == "这份草稿已经处理过了，没有再次发布。"
    assert rig.press(SUPERVISOR, drop) == "这份草稿已经处理过了，没有再次发布。"
    assert len(rig.shown_to(CHANNEL)) == 1
    [answer] = rig.answers(rig.say(SUPERVISOR, f"/publish {ticket['number']}"))
    assert "已经发布过" in answer


def test_cancel_drops_the_draft(rig: Rig) -> None:
    ticket = resolved(rig)
    _, (post, drop) = draft(rig, ticket["number"])
    assert rig.press(SUPERVISOR, drop) == "已取消，这份草稿不会发布。"
    assert rig.press(SUPERVISOR, post) == "这份草稿已经处理过了，没有再次发布。"
    assert rig.shown_to(CHANNEL) == []


def test_presses_are_authorized_again(rig: Rig) -> None:
    ticket = resolved(rig)
    _, (post, _) = draft(rig, ticket["number"])
    refused = "这个按钮已失效或您无权操作。"
    for user in (OTHER_SUPERVISOR, WATER_STAFF, rig.citizen()):
        assert rig.press(user, post) == refused
    assert rig.press(SUPERVISOR, post, chat=-2000) == refused  # not in a group
    for forged in ("pub:ok:0", "pub:ok:999999", "pub:xx:1", "pub:ok:" + "9" * 40, "pub:"):
        assert rig.press(SUPERVISOR, forged) == refused
    assert rig.shown_to(CHANNEL) == []
    assert rig.press(SUPERVISOR, post) == "已提交发布到《金来办、今天办》。"


def test_a_draft_of_a_ticket_reopened_since_is_not_posted(rig: Rig) -> None:
    ticket = resolved(rig)
    _, (post, _) = draft(rig, ticket["number"])
    rig.db.execute("UPDATE tickets SET state = 'reopened' WHERE id = ?", [ticket["id"]])
    assert "尚未办结" in rig.press(SUPERVISOR, post)
    assert rig.shown_to(CHANNEL) == []


def test_the_supervisors_own_words_are_posted_masked(rig: Rig) -> None:
    ticket = resolved(rig)
    own_words(rig, ticket["number"], "刘洋洋（13900210021）家住李庄村3组12号，"
                                     "县水务局当天上门，鲁H12345已挪走，恢复供水")
    [channel] = rig.shown_to(CHANNEL)
    # Read as a drafted result is: the clauses holding a name, a phone or a plate go whole.
    assert "县水务局当天上门，恢复供水" in channel, channel
    for private in ("刘洋洋", "0021", "3组", "12号", "鲁H12345", "【"):
        assert private not in channel, private


def test_a_thanked_name_is_posted_whole_masked(rig: Rig) -> None:
    """SPEC §5: 感谢/谢谢 before a titled name once posted 王桂【姓名】大娘; 三组 (a door for
    the public) once left 的【姓名】 opening the post. Now a clause naming someone goes whole."""
    ticket = resolved(rig)
    own_words(rig, ticket["number"], "感谢王桂兰大娘反映，谢谢三组王桂兰大娘。"
                                     "三组的王桂兰老人很满意。水管已全部更换")
    [channel] = rig.shown_to(CHANNEL)
    assert "水管已全部更换" in channel and "感谢" not in channel, channel
    for private in ("王桂", "桂兰", "三组", "【"):
        assert private not in channel, private


def test_names_served_thanked_or_listed_never_reach_the_channel(rig: Rig) -> None:
    """An outside tester: a draft posted 已为张桂兰办理了…, 感谢王建国 and two names joined by 、."""
    user = rig.citizen()
    rig.say(user, "胡集镇李庄村停水三天了，请尽快处理")
    [ticket] = rig.tickets_of(user)
    rig.say(WATER_STAFF, f"/done {ticket['number']} 已为赵德明办理了用水手续；感谢孙玉芬热心带路；"
                         "钱文斌、冯淑珍两户管道已疏通，全村恢复供水")
    _, (post, _) = draft(rig, ticket["number"])
    rig.press(SUPERVISOR, post)
    [channel] = rig.shown_to(CHANNEL)
    assert "全村恢复供水" in channel and "【" not in channel, channel
    for private in ("赵德明", "孙玉芬", "钱文斌", "冯淑珍"):
        assert private not in channel, private


def test_the_supervisors_own_words_lose_every_name_they_hold(rig: Rig) -> None:
    ticket = resolved(rig)
    own_words(rig, ticket["number"], "县水务局当天为赵德明办理了用水手续，"
                                     "感谢孙玉芬，钱文斌和冯淑珍两户恢复供水（户主电话one三九 1234 5678，"
                                     "wo jiao zhang gui lan），全村管网已检修")
    [channel] = rig.shown_to(CHANNEL)
    assert "全村管网已检修" in channel and "【" not in channel, channel
    assert "办理了用水手续" not in channel and "户主" not in channel, channel
    for private in ("赵德明", "孙玉芬", "钱文斌", "冯淑珍", "三九", "5678", "zhang", "gui lan"):
        assert private not in channel, private


def test_a_clause_whose_aside_held_personal_data_is_left_out_whole(rig: Rig) -> None:
    """An outside tester: a draft kept 已联系户主上门更换了水表 once its aside (a phone, an ID
    number) was cut out of it; the clause was about that person, so it goes whole."""
    user = rig.citizen()
    rig.say(user, "胡集镇李庄村停水三天了，请尽快处理")
    [ticket] = rig.tickets_of(user)
    rig.say(WATER_STAFF, f"/done {ticket['number']} 经核实，已联系户主（手机139 0021 0021，"
                         "身份证370828199001011234）上门更换了水表；(电话:0537-8761234)已回访，"
                         "全村恢复供水")
    _, (post, _) = draft(rig, ticket["number"])
    rig.press(SUPERVISOR, post)
    [channel] = rig.shown_to(CHANNEL)
    assert "经核实，全村恢复供水" in channel, channel
    for private in ("户主", "更换了水表", "已回访", "【", "0021", "1234"):
        assert private not in channel, private


def test_a_withdrawn_ticket_is_named_withdrawn_not_unfinished(rig: Rig) -> None:
    """/publish of a ticket its citizen withdrew says so (outside tester, round 20)."""
    user = rig.citizen()
    rig.say(user, "我们村里自来水停了三天了，到现在还没来水")
    [ticket] = rig.tickets_of(user)
    rig.say(user, f"/cancel {ticket['number']}")
    [row] = rig.db.query("SELECT state FROM tickets WHERE id = ?", [ticket["id"]])
    assert row["state"] == "withdrawn", row
    [answer] = rig.answers(rig.say(SUPERVISOR, f"/publish {ticket['number']}"))
    assert "市民本人撤回" in answer and "尚未办结" not in answer, answer
    assert not rig.shown_to(CHANNEL)
