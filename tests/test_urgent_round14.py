"""Round 14: emergencies told as a danger on the move, a body lying still or a child overdue, and
hazards told as a repair request or a complaint (own sentences; the evaluation written before
tuning is tests/routing_sets/own_round14_urgent.tsv)."""

from __future__ import annotations

import pytest

from nlp.emergency import assess
from nlp.tokenizer import normalize
from nlp.urgent_calm import calm
from nlp.urgent_moving import moving

MOVING = [
    ("省道上一辆小轿车逆行，开得飞快，对面的车都在躲", "crash"),
    ("那人喝醉了还开着车在大街上横冲直撞", "crash"),
    ("一个醉醺醺的司机刚开车冲出去了，方向盘乱打", "crash"),
    ("集上一头驴惊了，见人就踢", "violence"),
    ("村口一群野狗追着放学的孩子咬", "violence"),
    ("化肥仓库那边砰的一声，冒出浓烟，旁边就是小学", "fire"),
]


@pytest.mark.parametrize(("text", "hazard"), MOVING)
def test_a_danger_on_the_move_is_urgent_and_of_its_kind(text: str, hazard: str) -> None:
    found = assess(normalize(text))
    assert found.cues and found.hazard == hazard


MOVING_CALM = [
    "经常有人在这条路上逆行，建议装个摄像头",
    "去年村里有头牛惊了，顶伤过一个老人",
    "担心烟花仓库万一有个爆炸，旁边就是小区",
    "国道上酒驾的太多了，希望交警多查查",
]


@pytest.mark.parametrize("text", MOVING_CALM)
def test_a_danger_told_as_past_recurring_or_feared_is_not_on_the_move(text: str) -> None:
    assert moving(normalize(text)) is None


LYING_STILL = [
    "三轮车被拖拉机挂翻了，老汉趴在沟边上不动",  # lying still beside what struck them
    "娃刚生下来不哭也不动，小脸是紫的",  # a newborn limp and blue
    "麦囤塌了，陷进去一个人，麦子埋到脖子了",  # sunk in grain
    "让蛇咬了一口，小腿肿得发亮",  # a bite told with 让 (not a nuisance's doing)
    "闺女放学两个钟头了还没回来，电话也不接",  # a child overdue by hours
    "两个娃在国道上追着玩，来往都是大货车",  # children playing in the road
]


@pytest.mark.parametrize("text", LYING_STILL)
def test_someone_lying_still_sunk_bitten_or_overdue_is_urgent(text: str) -> None:
    assert assess(normalize(text)).cues


REPAIR_OR_COMPLAINT = [
    "楼道里老有一股煤气味，麻烦燃气公司上门检查一下",
    "电动车充电器用了一个礼拜就冒烟了，商家不给退",
    "小区楼梯扶手松了，上个礼拜有个老人下楼摔了，物业一直不修",
    "高压线底下有人建了个棚子，供电所也不来管",
    "有人在路边电线杆上私拉电线接到自家鱼塘，线垂得很低",
    "医院急诊排了两个小时都没人看，孩子还发着烧",
    "孩子们老在马路中间玩，建议装个护栏",
    "The basement smells of gas every week, could someone check the pipes?",
]


@pytest.mark.parametrize("text", REPAIR_OR_COMPLAINT)
def test_a_hazard_told_as_a_repair_request_or_a_complaint_is_not_urgent(text: str) -> None:
    assert assess(normalize(text)).cues == ()


STILL_CALLS = [
    "电梯关着个老人半个钟头了，物业也不来管",  # someone held: a call, whatever the complaint
    "孩子走丢了，找了一下午，派出所也不管",  # someone missing
    "麻烦快派人来修，电线掉下来了，正在冒火花",  # the moment told
    "煤气味特别大，我婆婆躺床上叫不醒，麻烦上门看看",  # someone in danger
]


@pytest.mark.parametrize("text", STILL_CALLS)
def test_a_complaint_with_someone_in_danger_or_the_moment_is_still_a_call(text: str) -> None:
    assert not calm(normalize(text)) or assess(normalize(text)).cues
    assert assess(normalize(text)).cues
