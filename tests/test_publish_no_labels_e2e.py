"""No 【姓名】 or 【电话】 in the public column (refs #10; an outside tester): `/publish N 感谢…村…
王德福（电话…）反映，路灯已修复` posted 【姓名】（电话【电话】）反映，路灯已修复. A supervisor's own
words are read as a drafted summary's result is (bot.domain.privacy.public_clauses): a clause
that held personal data is left out whole, the draft says so, and words that are nothing but such
clauses are refused with the reason."""

from __future__ import annotations

from typing import Any

from tests.fuzzkit import CHANNEL, SUPERVISOR, WATER_STAFF, Rig
from tests.publishkit import confirmed, preview


def _resolved(rig: Rig) -> dict[str, Any]:
    user = rig.citizen()
    rig.say(user, "胡集镇东杨庄村的路边停水三天了，请尽快处理", name="老乡")
    [ticket] = rig.tickets_of(user)
    rig.say(WATER_STAFF, f"/done {ticket['number']} 已更换水管，全村恢复供水")
    confirmed(rig, ticket["number"])
    return ticket


def test_a_clause_naming_someone_is_left_out_and_the_draft_says_so(rig: Rig) -> None:
    ticket = _resolved(rig)
    shown, (post, _) = preview(rig, ticket["number"],
                               "感谢东杨庄村二组孙保田（电话13905376612）反映，水管已修复")
    assert "删去" in shown and "【" not in shown, shown
    assert rig.press(SUPERVISOR, post) == "已提交发布到《金来办、今天办》。"
    [channel] = rig.shown_to(CHANNEL)
    assert "水管已修复" in channel and "【" not in channel, channel
    for private in ("孙保田", "6612", "反映"):
        assert private not in channel, private


def test_words_that_are_all_personal_are_refused_with_the_reason(rig: Rig) -> None:
    ticket = _resolved(rig)
    update = rig.say(SUPERVISOR, f"/publish {ticket['number']} 感谢孙保田（电话13905376612）")
    [answer] = rig.answers(update)
    assert "个人信息" in answer and "未生成" in answer, answer
    assert "【" not in answer and "孙保田" not in answer, answer
    assert not list(rig.db.query("SELECT * FROM publish_drafts"))
    assert rig.shown_to(CHANNEL) == []
