"""Round 9 (issue #10): non-reports and their look-alike reports, recognised by their shape.

A report that opens with thanks, cites a notice's header or tells a hardship in three words is a
report; thanks for help given, however it opens, is not one.
"""

from __future__ import annotations

import pytest

from nlp.router import Router
from tests.test_routing_noise_shapes import COMPLAINTS


@pytest.mark.parametrize("text", [
    # thanks that only open the message, then the writer's own matter
    "谢谢你们平时辛苦！俺小区门口有个废品站天天堆到马路上",
    "感谢各位！有件事想说说，俺村的低保名单从来不张榜",
    # a notice's header cited, then held against what happened
    "【停车收费公示】上写的每小时两块，俺停了一个钟头收了十块",
    "【学校收费公告】说只收书本费，结果又让交八百的资料费",
    # a hardship told by what cannot be had
    "老人穿不暖",
    "孩子上不起学",
])
def test_a_report_that_looks_like_a_non_report_is_a_report(router: Router, text: str) -> None:
    route = router.route(text)
    assert route.kind == "report", route.keywords


@pytest.mark.parametrize("text", [
    "谢谢你们！俺家门口那盏路灯修好了，师傅们辛苦了",
    "感谢县医院的大夫，俺娘的病治好了，好人一生平安",
    "谢谢你们！俺村的路修得真好，走着可方便了",
])
def test_thanks_for_help_given_is_no_report(router: Router, text: str) -> None:
    assert router.route(text).kind == "noise"


SHAPES = {
    "an advert with a masked number": "复合肥新货到货，量大从优，咨询139****5678",
    "a trade's pitch": "专业刷墙吊顶一条龙，价格透明，免费量房，找我准没错，电话139****5678",
    "a lost pet notice": "寻狗：一只黑色泰迪，脖子上有红绳，在城区丢的，谁见了告诉一声，必有重谢",
    "passed on for a friend": "帮邻居转发：小区走丢一只黄猫，很胆小，看到的麻烦说一声",
    "only a chat": "给你们讲个事，今天俺孙子会叫爷爷了，就是想找人说说话，你们忙你们的",
    "nothing to report": "俺就是来看看，没啥要反映的",
    "privacy": "会不会泄露我的信息",
    "real name": "反映问题要实名吗",
    "when it is read": "晚上发消息是第二天才有人看吗",
}


@pytest.mark.parametrize("shape", SHAPES)
def test_a_non_report_shape_is_noise(router: Router, shape: str) -> None:
    route = router.route(SHAPES[shape])
    assert route.kind == "noise", route.keywords


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("complaint", COMPLAINTS)
def test_a_shape_with_a_complaint_is_a_report(router: Router, shape: str, complaint: str) -> None:
    route = router.route(f"{SHAPES[shape]}。{complaint}")
    assert route.kind == "report", route.keywords


@pytest.mark.parametrize("text", [
    "今天去社保大厅办退休手续，十分钟就办完了，真方便",
    "刚在县医院拿完药，挺顺利的",
    "手机让闺女拿去乱按了，别当真",
])
def test_a_good_visit_or_a_slip_is_no_report(router: Router, text: str) -> None:
    assert router.route(text).kind == "noise"


@pytest.mark.parametrize("text", [
    "今天去社保大厅办退休手续，挺方便的，就是停车太难了",
    "刚在县医院拿完药，挺顺利的，可是医保报销还是不给办",
])
def test_a_good_visit_with_a_trouble_is_a_report(router: Router, text: str) -> None:
    assert router.route(text).kind == "report"
