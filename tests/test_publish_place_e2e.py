"""The place in a drafted public post keeps the town or 街道 the citizen wrote before the village
(refs #10): 金乡街道王庄村 opening a report was drafted as 地点：王庄村 — a town named after its county
(金乡) was read only after an address word — while 我住金乡街道东关村 kept it; 胡集镇的李庄村 lost
the village, and 反映胡集镇李庄村 put 反映 into the place."""

from __future__ import annotations

import pytest

from bot.domain.privacy import village_of
from tests.fuzzkit import CHANNEL, SUPERVISOR, WATER_STAFF, Rig
from tests.test_publish import draft

TOWNS = ["胡集镇", "鸡黍镇", "羊山镇", "金乡街道", "王丕街道", "鱼山街道", "高河街道", "霄云镇", "金乡镇"]
# How reports name the place: first thing, after a pause, after a word that leads to it, with 的.
FORMS = ["{town}{village}停水三天了，请尽快处理", "停水三天了，{town}{village}，请尽快处理",
         "反映{town}{village}停水三天了", "今天{town}{village}又停水了，三天了",
         "{town}的{village}停水三天了",
         "地点：{town} {village}，停水三天了", "我住金乡县{town}{village}，停水三天了"]


@pytest.mark.parametrize("town", TOWNS)
@pytest.mark.parametrize("form", FORMS)
def test_the_place_keeps_the_town_before_the_village(town: str, form: str) -> None:
    for village in ("王庄村", "东关村", "后王楼村", "金城社区"):
        assert village_of(form.format(town=town, village=village)) == town + village


@pytest.mark.parametrize("text", ["各乡镇都停电了", "请问乡镇在哪里办", "老家乡镇上停水了", "城乡街道都很脏"])
def test_words_with_乡_are_no_town(text: str) -> None:
    assert village_of(text) == ""


def test_a_town_alone_where_a_clause_starts_is_the_place() -> None:
    assert village_of("金乡街道，路灯坏了一个月了") == "金乡街道"
    assert village_of("我家乡街道的路灯坏了") == ""


def test_the_place_is_the_one_of_the_problem_not_of_the_writers_work() -> None:
    assert village_of("我在城关镇上班，老家李庄村的路灯坏了") == "李庄村"
    assert village_of("我在县城打工，胡集镇李庄村的路灯坏了") == "胡集镇李庄村"
    assert village_of("我住在胡集镇李庄村，路灯坏了") == "胡集镇李庄村"


def test_the_drafted_post_names_the_town_and_village_the_citizen_wrote(rig: Rig) -> None:
    reports = {"金乡街道王庄村停水三天了，请尽快处理": "金乡街道王庄村",
               "我住金乡街道东关村，停水三天了": "金乡街道东关村",
               "鸡黍镇的后王楼村停水三天了": "鸡黍镇后王楼村",
               "反映胡集镇李庄村停水三天了": "胡集镇李庄村",
               "王丕街道王丕村停水三天了，请尽快处理": "王丕街道王丕村",
               "鱼山街道金城社区停水三天了": "鱼山街道金城社区",
               "今天羊山镇羊山村又停水了，三天了": "羊山镇羊山村",
               # Where the writer works is not where the problem is (outside tester).
               "我在胡集镇上班，老家李庄村停水三天了": "李庄村"}
    for report, place in reports.items():
        user = rig.citizen()
        rig.say(user, report, name="老乡")
        [ticket] = rig.tickets_of(user)
        assert ticket["unit"] == "water", report
        rig.say(WATER_STAFF, f"/done {ticket['number']} 已修复管道，恢复供水")
        preview, (post, _) = draft(rig, ticket["number"])
        assert f"群众反映的{place}停水问题：" in preview, (report, preview)
        rig.press(SUPERVISOR, post)
        assert f"群众反映的{place}停水问题：" in rig.shown_to(CHANNEL)[-1]
