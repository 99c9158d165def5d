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
    ("memory", "小时候村里只有一台黑白电视，一到晚上全村人都挤到支书家看，"
               "一晃四十年了，想起来心里还是暖暖的"),
    ("diary", "记一下今天：天不亮就下地拔草，上午喷了一遍药，中午在地头啃了个馒头，"
              "下午帮邻居拉玉米，晚上吃完饭看了会儿电视，十点就躺下了"),
    ("knowledge", "请教一下懂行的，为啥月亮有时候白天也能看见"),
    ("passage", "摘录：城乡居民养老保险实行个人缴费、集体补助、政府补贴相结合，"
                "具体标准以县里细则为准，仅供大家了解。"),
    ("group", "收到收到👍「@全体成员 周六上午村委会组织义诊，六十岁以上老人请带身份证」"),
    ("tip", "提醒一下各位，冬天用煤炉子一定要开窗通风，睡觉前把炉子封好，别大意"),
    ("recipe", "分享个腌糖蒜的做法：新蒜剥皮洗净晾干，放进坛子里，加糖和米醋，"
               "密封一个月就能吃了"),
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
    "记得小时候村边的河水可清了，现在上游的厂子往河里排污水，臭得不行",
    "提醒一下各位，村口那根电线杆歪了，晚上走路小心，希望供电所来看看",
    "转给大家：雷雨天离电线杆远点。说起来俺村口有根电线杆斜了，电线垂得很低，太危险了",
    "小时候村里的河可清了，夏天光着屁股下河摸鱼，一晃几十年，现在河里全是化工厂排的黑水",
    "收到「@全体成员 明天停水一天」这都第三回停水了，也不提前说",
    "给大家报个平安，俺家老头子出院了。医院门口那段路坑坑洼洼，轮椅推都推不动",
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
