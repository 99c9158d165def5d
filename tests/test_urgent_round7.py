"""Round 7: a danger told as past, feared or reported later is no emergency (own sentences, written
before tuning; the emergencies are pinned in tests/routing_sets/own_round7_urgent.tsv)."""

from __future__ import annotations

import pytest

from nlp.tokenizer import normalize
from nlp.urgent import urgent_cues

CALM = [
    "去年冬天俺村有户人家煤气中毒，建议县里挨家挨户查查烟道",
    "上个月俺爹在楼道里摔了一跤骨折了，楼道灯一直不亮，谁来修",
    "俺妈中风以后半边身子不能动，想问问护理补贴咋申请",
    "俺男人没了好几年了，一个人带俩孩子，能申请低保吗",
    "年纪大了，地也种不动了，想把地流转出去",
    "库里的蒜都压着卖不出去，蒜价太低了",
    "小区电梯老是卡住，上回还关了个人半个钟头，物业也不管",
    "担心汛期河堤顶不住，建议提前加固",
    "万一着火了楼道里全是杂物，人都跑不出去，请消防查查",
    "房贷车贷压得人喘不过气，工资还老拖",
    "孩子刚生下来，医保怎么给他办",
    "昨天晚上老公又动手了，俺想问问离婚咋办手续",
    "好几个晚上下班都有个男的在后面跟着，能不能多安排巡逻",
    "My father fell last year and broke his leg, can he get a disability subsidy?",
    "Is there a fire safety inspection for old buildings in our town?",
    "去年河里淹死过一个孩子，建议在河边装个护栏",
]


@pytest.mark.parametrize("text", CALM)
def test_a_past_or_feared_danger_is_not_urgent(text: str) -> None:
    assert urgent_cues(normalize(text)) == ()


# Still flagged: a thing not found read as someone missing beside a child, and a homework plea
# (帮帮孩子) beside a lorry; left visible rather than tuned away one sentence at a time.
STILL_FLAGGED = [
    "学校食堂的饭里肉丁少得找不着，孩子吃不饱",
    "数学题：一辆客车和一辆货车相向而行，几小时相遇？谁会做帮帮孩子",
]


@pytest.mark.xfail(strict=True, reason="still read as urgent")
@pytest.mark.parametrize("text", STILL_FLAGGED)
def test_still_flagged(text: str) -> None:
    assert urgent_cues(normalize(text)) == ()
