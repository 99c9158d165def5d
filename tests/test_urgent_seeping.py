"""Water that keeps seeping or overflowing (还在/一直/老是/天天 + 冒水, 漏水, 渗水, 返水, 溢出) is a
persisting nuisance, not water breaking in now: no emergency, by the hand signs or the learned
table (issue #10). A flood entering a home, a dike seeping, or someone in the water still is one."""

from __future__ import annotations

import pytest

from nlp.router import Router

PERSISTING = [
    "污水井还在往外冒水",
    "井里一直往外冒水",
    "没人联系过我，问题也没解决，污水井还在往外冒水",
    "小区门口下水道一直往外返水，臭得不行",
    "楼上卫生间天天往我家渗水，墙皮都泡掉了",
    "化粪池还在往外溢出，路上全是污水",
    "厨房水管一直在漏水，物业说来修也没来",
    "地下室的墙老是往外渗水，住不了人",
    "马路中间的检查井还在往外冒水，车一过溅一身",
    "窨井盖边上一直往外冒水，冒了两天了",
]

STILL_URGENT = [
    "水一直往屋里灌，老人出不来",
    "水漫到床了",
    "大坝还在往外冒浑水，越来越大",
    "井里一直往外冒水，有个孩子掉进去了",
    "煤气管子一直在漏气，屋里全是味",
    "屋里还在冒烟，孩子在里面",
    "地下室一直往里冒水，老人困在里面出不来",
]


@pytest.mark.parametrize("text", PERSISTING)
def test_persisting_seepage_is_a_report_not_an_emergency(router: Router, text: str) -> None:
    result = router.route(text)
    assert result.kind == "report"
    assert not result.urgent, result


@pytest.mark.parametrize("text", STILL_URGENT)
def test_water_breaking_in_or_a_person_in_danger_stays_urgent(router: Router, text: str) -> None:
    assert router.route(text).urgent


def test_water_coming_inside_to_someone_trapped_is_a_rescue_by_its_kind(router: Router) -> None:
    """Water that keeps coming in (一直往里冒水) is water breaking in: routed by its kind, as before."""
    assert router.route("地下室一直往里冒水，老人困在里面出不来").unit == "hotline"


@pytest.mark.parametrize("text", ["电到现在还没来", "俺家电到今天也没来", "停电了，电到晚上还没来"])
def test_the_supply_until_now_is_no_shock(router: Router, text: str) -> None:
    """电到现在还没来 (an outside tester) was read as 电到, a shock: it is the supply."""
    assert not router.route(text).urgent


@pytest.mark.parametrize("text", ["孩子手碰插座，电到了，叫不醒", "我爸被电到了，倒在地上不动"])
def test_a_shock_is_still_an_emergency(router: Router, text: str) -> None:
    assert router.route(text).urgent
