"""A message numbering its matters is routed on each part (nlp.enumerated, refs #10): the main
unit is named and every other unit a part goes to is in `also`; parts of one unit's matter name no
other; numbers that are no list change nothing."""

from __future__ import annotations

import pytest

from nlp.enumerated import parts
from nlp.router import Router


@pytest.mark.parametrize(("text", "count"), [
    ("一是路灯坏了，二是下水道堵了", 2),
    ("其一是路灯坏了；其二是下水道堵了；其三是校车晚点", 3),
    ("第一，路灯坏了。第二，下水道堵了。", 2),
    ("第一件事路灯坏了，第二件事下水道堵了", 2),
    ("1. 路灯坏了\n2. 下水道堵了\n3. 校车晚点", 3),
    ("反映两件事：1、路灯坏了 2、下水道堵了", 2),
    ("（1）路灯坏了（2）下水道堵了", 2),
    ("①路灯坏了②下水道堵了③校车晚点", 3),
    ("一、路灯坏了\n二、下水道堵了", 2),
    ("１．路灯坏了　２．下水道堵了", 2),  # full-width, as a phone keyboard types them
])
def test_numbered_matters_are_read_as_parts(text: str, count: int) -> None:
    found = parts(text)
    assert len(found) == count, found
    assert found[0].startswith("路灯坏了") and all(found)


@pytest.mark.parametrize("text", [
    "1、2、3号楼都停水了",  # numbers of buildings, not of matters
    "第一次反映是上个月，第二次还是没人管",
    "小区3号楼停水了。水压1.5都不到",
    "二是下水道堵了，三是路灯坏了",  # no first: no list
    "路灯坏了，下水道也堵了",
    "",
])
def test_numbers_that_are_no_list_are_no_parts(text: str) -> None:
    assert parts(text) == ()


LETTER = ("尊敬的县领导：俺是东王庄的老党员，有几件事憋在心里好久了。第一，俺们庄东头那段下水道堵了"
          "快一个月了，一下雨污水就往各家院里倒，臭得没法开窗。第二，庄北头去镇上那条大路上的路灯坏了一"
          "大片，夜里骑车回来黑咕隆咚的，前几天还有人摔沟里了。恳请领导重视，谢谢！")


@pytest.mark.parametrize(("text", "unit", "also"), [
    ("领导恁好！俺反映仨事：一是俺们庄东头的下水道堵了快半个月了；二是村口大路上的路灯坏了，"
     "夜里黑咕隆咚的；三是俺孙子坐的校车天天晚点，娃上学老迟到。", "water", {"urban", "education"}),
    (LETTER, "water", {"urban"}),
    ("①俺村东头的路灯不亮了②俺家自来水停了两天了", "urban", {"water"}),
    ("各位领导：1. 俺村村口的路面塌了个大坑 2. 村卫生院看病排队太长了", "transport", {"health"}),
])
def test_each_numbered_matter_keeps_its_unit(router: Router, text: str, unit: str,
                                             also: set[str]) -> None:
    result = router.route(text)
    assert (result.unit, set(result.also)) == (unit, also), result
    assert result.kind == "report" and result.keywords


@pytest.mark.parametrize("text", [
    "俺家的水有两个问题：1、这礼拜停水三天了 2、来水了水压也太低，二楼都上不去。",
    "一是停水三天了，二是来水了也是浑的，黄汤一样",
])
def test_numbered_parts_of_one_units_matter_stay_one(router: Router, text: str) -> None:
    result = router.route(text)
    assert (result.unit, result.also) == ("water", ()), result


def test_a_numbered_emergency_stays_with_whoever_acts_on_it(router: Router) -> None:
    result = router.route("一是俺家煤气泄漏了，味儿特别大；二是门口路灯坏了")
    assert result.urgent and result.unit == "housing" and "urban" in result.also, result


def test_a_message_with_no_list_routes_as_before(router: Router) -> None:
    text = "俺们小区门口的路灯坏了一个多月了，晚上黑咕隆咚的"
    assert router.route(text) == router._route(text)


def test_numbered_suggestions_are_read_whole(router: Router) -> None:
    text = ("给县里提几条建议：一是城区公交车班次太少，等一趟要半个钟头；二是人民公园里的公共厕所太少；"
            "三是各个部门的办事电话能不能印成一张单子发下来。")
    assert router.route(text) == router._route(text)
