"""A thing within reach gone live (a wall, an iron gate, a lamp post: 墙都带电了) is an emergency of
the power company's, the way 漏电 is; a device that merely carries power is not (nlp.urgent_signs)."""

from __future__ import annotations

import pytest

from nlp.router import Router


@pytest.mark.parametrize("text", [
    "风把电线刮下来了，搭在俺家院墙上，院墙现在都带电",
    "院里的铁门带电了，一摸就麻手",
    "路边的路灯杆带电，狗一碰就叫唤",
])
def test_a_thing_within_reach_gone_live_is_urgent(router: Router, text: str) -> None:
    route = router.route(text)
    assert route.kind == "report" and route.urgent, (route.unit, route.keywords)


@pytest.mark.parametrize("text", [
    "电动车带电瓶上楼充电，物业也不管",
    "新买的电水壶带电源指示灯，灯不亮，商家不给换",
])
def test_a_device_that_carries_power_is_no_emergency(router: Router, text: str) -> None:
    assert not router.route(text).urgent
