"""A chat that names a unit's matter with nothing wrong in it is no report (nlp.untroubled), and
the same chat with any trouble, plea or grievance in it is one (issue #10, round 9)."""

from __future__ import annotations

import pytest

from nlp.router import Router

CHATS = [
    "这两天雾霾有点大，出门记得戴口罩",  # weather, and advice to the reader
    "天气预报说明天有雨，俺家蒜苗正好浇浇",
    "我在外地打工，过年才回金乡，想家了",  # a feeling
    "天天熬夜对肝不好，晚上十一点前睡觉",  # a tip for staying well
    "请问县图书馆周末开门不",  # opening hours
    "今天带俺娘去县医院复查，医生说指标都正常，放心了",  # a visit that went fine
]
TROUBLES = [
    "可是村口的排水沟堵了没人清",
    "就是挂号排队等了半天",
    "老板到现在还欠着俺三个月工钱",
]


@pytest.mark.parametrize("text", CHATS)
def test_a_chat_with_nothing_wrong_is_no_report(router: Router, text: str) -> None:
    route = router.route(text)
    assert route.kind == "noise", route.keywords


@pytest.mark.parametrize(("chat", "trouble"), [(chat, trouble) for chat in CHATS for trouble in TROUBLES])
def test_a_chat_with_a_trouble_is_a_report(router: Router, chat: str, trouble: str) -> None:
    # However far the chat leans to noise, the complaint clause after it, read alone, does not
    # (nlp.untroubled.closing_complaint): the weather and a mask, 就是挂号排队等了半天.
    route = router.route(f"{chat}，{trouble}")
    assert route.kind == "report", route.keywords


@pytest.mark.parametrize("text", [
    "图书馆周末为什么不开门",  # the hours complained of
    "体育馆不是说周末免费开放吗，去了还得交二十块",  # a promise broken
    "这两天雾霾太大了，厂子天天晚上偷着排烟",
])
def test_a_look_alike_with_a_grievance_is_a_report(router: Router, text: str) -> None:
    assert router.route(text).kind == "report"


def test_thanks_for_help_given_after_a_trouble_is_no_report(router: Router) -> None:
    """The trouble is the occasion of the help: 是你们帮俺把工钱要回来的 puts it right."""
    letter = "感谢县人社局的同志们，去年老板跑了，是你们帮俺把工钱要回来的，好人一生平安"
    assert router.route(letter).kind == "noise"
    assert router.route(letter + "。可今年的工钱老板又拖着不给").kind == "report"


@pytest.mark.parametrize("text", [
    "村卫生室给我开的药，回家一看说明书，已经过期半年了，医生还说没事",
    "诊所开给我的药过期了一年，医生说吃了没事",
    "超市买的牛奶变质了，店员说喝了没事",
    "学校食堂的馒头发霉了，老师说蒸一蒸吃了没事",
])
def test_spoiled_goods_waved_off_as_harmless_are_a_report(router: Router, text: str) -> None:
    # 医生说没事 reads like a visit that went fine; what was sold or given had gone bad.
    route = router.route(text)
    assert route.kind == "report", route.keywords
