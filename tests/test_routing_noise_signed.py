"""How a message is signed (nlp.signed, issue #10 round 8), pinned with our own sentences.

A complaint that ends in a service tail its writer's phone or a copied text added (…欢迎来电咨询
138…, 如有疑问请致电…) is a report; a business's card of a trade or two and contact lines
(家政保洁，联系电话：…，地址：…) is an advert, though a citizen signs a report with the same lines;
and contact lines alone never make the learned non-report table call a short report noise."""

from __future__ import annotations

import pytest

from nlp.router import Router
from nlp.signed import contact_card, unsigned, untailed

TAILED_REPORTS = [
    "某饭店后厨卫生极差，老鼠乱窜。欢迎来电咨询13800001111",
    "金城路那家烧烤摊天天烧到后半夜，油烟熏人。如有疑问，欢迎来电咨询，电话：13800001111",
    "小区电梯坏了半个月，没人修。竭诚为您服务，咨询电话0537-8888888",
    "南关菜市场的秤短斤少两，一斤差二两。详情请致电13912345678",
]
SIGNED_REPORTS = [
    "漏水，联系电话：13812345678，地址：金乡县中心街88号",
    "村里的路需要硬化，联系电话13812345678，地址金乡县胡集镇王庄村",
    "煤气味很浓，联系电话：13812345678，地址：金乡县中心街88号",
    "路灯不亮，联系电话13812345678，地址金乡县胡集镇王庄村",
]
CARDS = [
    "家政保洁，联系电话13812345678，地址金乡县金山街道",
    "家政保洁，擦玻璃，开荒保洁，联系电话：13812345678，地址：金乡县中心街88号",
    "管道疏通 联系人：王师傅 电话：13812345678",
    "月嫂育儿嫂，联系人：刘姐，手机：13912345678",
]
ADVERTS = [
    "专业疏通下水道，堵了就找我们，欢迎来电咨询13800001111",
    "家电维修，坏了包修好。电话13812345678",
]


@pytest.mark.parametrize("text", TAILED_REPORTS + SIGNED_REPORTS)
def test_a_complaint_with_a_service_tail_or_contact_lines_is_a_report(
        router: Router, text: str) -> None:
    assert router.route(text).kind == "report"


@pytest.mark.parametrize("text", CARDS + ADVERTS)
def test_a_card_of_trades_and_contact_lines_is_an_advert(router: Router, text: str) -> None:
    assert router.route(text).kind == "noise"


def test_the_tail_is_cut_only_at_the_end() -> None:
    assert untailed("路灯坏了。欢迎来电咨询13800001111") == "路灯坏了。"
    assert untailed("欢迎来电咨询，路灯坏了") == "欢迎来电咨询，路灯坏了"


def test_a_card_tells_nothing_before_its_contact_lines() -> None:
    assert contact_card("家政保洁，联系电话13812345678，地址金乡县金山街道")
    assert not contact_card("煤气味很浓，联系电话13812345678，地址金乡县金山街道")
    assert not contact_card("家政保洁，地址金乡县金山街道")  # no way to call: no card
    assert unsigned("漏水，联系电话：13812345678，地址：中心街88号") == "漏水"


NAME_SIGNED_REPORTS = [  # older citizens sign their reports with a dash and their name
    "俺庄的自来水停了三天了。——李老汉",
    "村口的路灯坏了半个月了。——老张",
    "桥坏了，路断了。——老刘",
    "东街那个变压器这两天老冒烟，我给供电所打电话没人接，谁帮着反映一下。——孙大娘",
]
NAME_SIGNED_SAYINGS = [  # a saying or a verse passed on with its author's name
    "世上无难事，只怕有心人。——毛泽东",
    "人生得意须尽欢，莫使金樽空对月。——李白",
    "春眠不觉晓，处处闻啼鸟。夜来风雨声，花落知多少。——孟浩然",
]


@pytest.mark.parametrize("text", NAME_SIGNED_REPORTS)
def test_a_report_signed_with_a_dash_and_a_name_is_a_report(router: Router, text: str) -> None:
    assert router.route(text).kind == "report"


@pytest.mark.parametrize("text", NAME_SIGNED_SAYINGS)
def test_a_saying_signed_with_its_authors_name_is_noise(router: Router, text: str) -> None:
    assert router.route(text).kind == "noise"
