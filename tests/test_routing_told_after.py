"""A report told after an opening that is none (nlp.nonreport_told): whatever question, greeting
or wish opens a message, a later sentence telling the writer's own trouble makes it a report; an
opening followed by no trouble of one's own stays noise."""

from __future__ import annotations

import pytest

from nlp.router import Router

OPENED_REPORTS = [
    "后天降温吗？我们小区的暖气到现在还不热，屋里冷得坐不住",
    "这周末有雨吗？我家的房顶漏了，村里说来修到现在也没来",
    "今晚会上冻吗？我们村到镇上的路全是坑，一冻上车都不敢走",
    "请问你们是政府的吗？我们厂已经三个月没发工资了",
    "新年快乐！我们村又停电了，这礼拜第三回",
    "Good morning! our water has been off since yesterday and nobody told us why",
    "Happy new year! the power in our village keeps cutting out, three times this week",
    "Happy new year! our water keeps getting cut off, twice this week",
    "这两天会下雪吗？我家的房顶还没修好，一下雪就漏",
    "今天有雾吗？俺们村的路灯还没修好，晚上黑得没法走",
    "Is this a bot? anyway my boss hasn't paid my wages for two months",
]

OPENED_NON_REPORTS = [
    "明天会下雪吗？我想带孩子堆个雪人",
    "今天冷吗？我穿了两件毛衣",
    "在吗？我今天特别开心，考试考了第一",
    "good night! see you tomorrow",
    "hello! I just passed my driving test",
]


@pytest.mark.parametrize("text", OPENED_REPORTS)
def test_a_later_sentence_of_ones_own_trouble_is_a_report(router: Router, text: str) -> None:
    assert router.route(text).kind == "report"


@pytest.mark.parametrize("text", OPENED_NON_REPORTS)
def test_an_opening_with_no_trouble_of_ones_own_stays_noise(router: Router, text: str) -> None:
    assert router.route(text).kind == "noise"
