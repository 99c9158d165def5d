"""Typos by class, pinned with our own sentences (nlp.homophones, nlp.slips): a keyword spelled in
pinyin inside Chinese, a keyword with one character dropped; each reaches its unit explained as
the keyword meant and what was typed, and look-alikes of these shapes do not move a real report."""

from __future__ import annotations

import pytest

from nlp.router import Router


@pytest.mark.parametrize(("text", "unit", "label"), [
    # the input method switched off for one word: the word spelled in pinyin
    ("俺们庄上又tingdian了，冰箱里的肉都化了", "power", "停电(tingdian)"),
    ("我的yi bao卡丢了，去哪补办", "medins", "医保(yi bao)"),
    ("工地老板欠了俺半年gongzi", "hrss", "工资(gongzi)"),
    # one character dropped from a long keyword
    ("家庭医签约以后没见医生来过一次", "health", "家庭医生(家庭医)"),
    ("想问问住房公金怎么提出来装修", "housing", "住房公积金(住房公金)"),
])
def test_a_keyword_typed_in_another_shape_reaches_its_unit_explained_as_typed(
    router: Router, text: str, unit: str, label: str
) -> None:
    route = router.route(text)
    assert (route.kind, route.unit) == ("report", unit) and label in route.keywords, route.keywords


@pytest.mark.parametrize(("text", "unit", "not_read"), [
    # a keyword told with words in between is not a shortened one (下雨积了一坑水 is no 下雨积水)
    ("村东头那个大坑下雨积了一坑水，孩子们老去玩", None, "下雨积水(下雨积)"),
    # a shortened form inside a longer word is no slip (电动车电瓶 holds no 电动车充电)
    ("俺们村丢了好几个电动车电瓶，夜里给撬走的", "police", "电动车充电(电动车电)"),
    # a phrase with grammar in it does not shorten into grammar (村里的账 is no 村里的)
    ("村里的耕地被人挖了鱼塘，也没人管", "land", "村里的账(村里的)"),
    # an English word in a Chinese message spells no keyword
    ("房东不退 deposit，说我把墙弄脏了", "housing", "(deposit)"),
])
def test_look_alikes_of_these_shapes_are_not_read_as_slips(
    router: Router, text: str, unit: str | None, not_read: str
) -> None:
    route = router.route(text)
    assert not any(not_read in word for word in route.keywords), route.keywords
    assert unit in (None, route.unit)


@pytest.mark.parametrize("text", [
    "超市卖过期的牛奶",
    "楼下超市卖的饮料过期半年了",
    "网上卖的面膜是假的，用了脸上起疙瘩",
    "超市卖的大米生虫了，还不给退",
])
def test_the_other_side_of_a_dealing_is_told_as_typed_not_as_a_slip(router: Router, text: str) -> None:
    """卖 for 买 keeps the sound (mai) but is the converse, what the writer meant: a supermarket
    that sells is no 超市买 misspelt (nlp.homophones), and the seller's side is market's remit."""
    route = router.route(text)
    assert (route.kind, route.unit) == ("report", "market"), route.keywords
    assert not any("(" in word for word in route.keywords), route.keywords


def test_a_converse_of_the_same_sound_is_never_read_as_the_keyword() -> None:
    shop = Router.from_units([("shop", "Shop", ["网上买:2", "受理:2"]), ("other", "Other", ["路灯:1"])])
    for text in ("我在网上卖东西被骗了", "这个事不给授理"):
        assert not any("(" in word for word in shop.route(text).keywords), text
    assert "网上买(网上埋)" in shop.route("我在网上埋东西被骗了").keywords  # a plain slip still reads
