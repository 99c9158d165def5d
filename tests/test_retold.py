"""Chat told at length (nlp.retold): each shape is no report, and the same shape with a plea, a
grievance or a trouble left standing in any clause stays one."""

from __future__ import annotations

import pytest

from nlp.retold import retold
from nlp.router import Router
from nlp.tokenizer import normalize

CHATS = [
    ("ended", "俺爹前阵子胃不舒服，在县医院住了五天，做了个胃镜，大夫说是浅表性胃炎，开了药，"
              "昨天出院了，一家人松了口气"),
    ("ended", "上个月闺女发高烧，半夜去的镇卫生院，打了两天针就好了，跟大家说一声"),
    ("warning", "转发一条：听说外省一个老大爷接了个电话，说是社保卡要升级，把存折密码说了，"
                "第二天钱全被转走了。大家都提醒家里的老人"),
    ("warning", "昨天有个电话说我孙子在外面打架要交保释金，我没信，挂了，想问问这种是不是就是骗子"),
    ("outing", "县博物馆国庆节开不开放？想带孩子去看看"),
    ("outing", "元宵节县城有没有灯会啊？在哪个地方办？"),
    ("prices", "这两天集上的大蒜行情不错，俺家的卖了个好价钱"),
    ("study", "老师布置了个作业，让孩子问问咱县有几个乡镇，方便说一下吗"),
]
REPORTS = [
    "俺爹前阵子在县医院住了五天，出院了，可是我们村那条沟到现在没人清",
    "俺爹在县医院住了五天院，出院了，医保报销到现在还没办下来",
    "听说邻村有人被冒充干部的骗了钱，大家注意，希望派出所管管",
    "听说最近有人挨家挨户上门卖假药，专门骗老人，大家注意",
    "县体育馆说是免费开放，去了门口要收钱",
    "县图书馆周末不开门，上班的人根本没法去",
    "今天蒜价又跌了，收蒜的压价压得厉害，俺们赔本了",
    "学校给孩子布置的作业太多了，天天写到半夜",
]


@pytest.mark.parametrize(("shape", "text"), CHATS)
def test_a_chat_told_at_length_is_no_report(router: Router, shape: str, text: str) -> None:
    assert retold(normalize(text), 0.0) == shape
    assert router.route(text).kind == "noise", text


@pytest.mark.parametrize("text", REPORTS)
def test_the_same_shape_with_a_trouble_in_any_clause_stays_a_report(router: Router, text: str) -> None:
    assert retold(normalize(text), 0.0) == ""
    assert router.route(text).kind == "report", text


def test_a_chat_naming_a_units_matter_as_strongly_as_a_report_is_read_as_one() -> None:
    text = normalize(CHATS[0][1])
    assert retold(text, 0.0) == "ended"
    assert retold(text, 20.0) == ""
