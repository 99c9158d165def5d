"""Round 23 (issue #10): forms of non-reports and emergencies the earlier sets had few of, in
sentences of our own (not those of tests/routing_sets/own_round23.tsv).

A quiz (lettered choices, or a question labelled as one) and a spec sheet (quantities in units of
measure) are non-reports whatever unit's words they carry, unless the writer's own place or a
trouble is in them (nlp.nonreport_forms). A greeting that opens a message is no part of its matter:
the learned non-report table reads what follows it (nlp.noise.after_greeting). A body part bleeding
now is an emergency whatever the verb (淌, 滴, 渗) and though 一直 tells that it goes on; a habit of
bleeding is none (nlp.urgent_signs). A public thing named in one line with 坏了 or 该修了 is a report;
the bare place alone, with nothing wrong told and no unit's word, stays noise (nlp.noise)."""

from __future__ import annotations

import pytest

from nlp.router import Router

NON_REPORTS = [
    "单选题：水在标准大气压下的沸点是多少？a.90度 b.100度 c.110度",
    "判断题：燃气热水器可以安装在浴室里面",
    "驾考模拟题：夜间会车时应当在距对面来车多少米以外改用近光灯？A.50米 B.100米 C.150米",
    "产品参数：功率1500W，电压220V，容量1.7L，自动断电",
    "这款冰箱总容积380L，冷冻室110L，额定功率120W，一级能效",
    "早上好，今天也要开开心心的",
    "就是俺们庄后头那片坡地",
    "今天孙子考了一百分，把我高兴坏了",
]

REPORTS = [
    ("早上好，俺家的暖气片到现在还是凉的，屋里冻得坐不住", "housing"),
    ("你好，昨天夜里俺村停电了，到现在还没来", "power"),
    ("新买的电热水器额定功率3000W，电压220V，容量60L，我家装上才三天就漏水", "market"),
    ("就是俺村东头那个漫水桥，桥面裂了，该修了", "transport"),
    ("俺们镇上那个公厕坏了", "urban"),
]

EMERGENCIES = [
    "俺兄弟跟人打架，嘴角一直淌血，人站都站不稳",
    "孙子从床上摔下来磕着了，额头一直在往外渗血",
    "老伴切菜把手切了，手指头还在往下滴血",
]

CALM = [
    "孩子一到秋天就经常流鼻血，医院也查不出原因",
    "孩子流鼻血好几年了，县医院也没查出毛病",
    "老人手上的湿疹抓破了，好几个月了，一直在渗血水",
]


@pytest.mark.parametrize("text", NON_REPORTS)
def test_a_quiz_a_spec_sheet_a_greeting_or_a_bare_place_is_no_report(router: Router, text: str) -> None:
    assert router.route(text).kind == "noise", text


@pytest.mark.parametrize(("text", "unit"), REPORTS)
def test_a_trouble_after_a_greeting_in_a_spec_or_in_one_line_is_a_report(
        router: Router, text: str, unit: str) -> None:
    route = router.route(text)
    assert (route.kind, route.unit, route.urgent) == ("report", unit, False), route.keywords


@pytest.mark.parametrize("text", EMERGENCIES)
def test_a_body_part_bleeding_now_is_urgent(router: Router, text: str) -> None:
    route = router.route(text)
    assert route.kind == "report" and route.urgent, route.keywords


@pytest.mark.parametrize("text", CALM)
def test_bleeding_as_a_habit_is_no_emergency(router: Router, text: str) -> None:
    route = router.route(text)
    assert route.kind == "report" and not route.urgent, route.keywords
