"""The rule that says a report tells a ticket's matter at its place again (bot/domain/reading.
same_report): the same matter (its unit, every matter word the ticket's) at the same place (one
named, and every place named the ticket's). Another matter at the same place, or
the same matter at another place, is a report of its own (refs #10)."""

from __future__ import annotations

import pytest

from bot.domain.reading import Open, places, same_report
from nlp.router import Router

SAME = [
    ("幸福小区3号楼停水了，一直没来水", "幸福小区3号楼又停水了，到现在还没来水"),
    ("幸福小区3号楼停水了", "幸福小区又停水了"),
    ("后王楼村村东头的路灯坏了，晚上黑乎乎的", "后王楼村的路灯坏了，晚上什么也看不见"),
    ("人民路88号门口的下水道堵了，污水横流", "人民路88号下水道又堵了，臭得很"),
    ("金城花园门口的路灯坏了", "金城花园门口的路灯又坏了，晚上黑乎乎的"),
    ("光明村的自来水停了", "光明村又停水了，做饭都没水"),
    ("城关镇东街的井盖丢了", "城关镇东街井盖又丢了"),
    ("胜利村自来水管漏水了", "胜利村的自来水管漏水，路上都是水"),
    # Pointed at with 那个/这座 and asked after (an outside tester, round 20): the same bridge.
    ("胡集镇张庄村东头的桥栏杆断了，晚上过路很危险", "胡集镇张庄村东头那个桥栏杆断了，啥时候修？"),
    ("李家寨南头的桥栏杆掉河里了", "李家寨南头那座桥栏杆掉河里了，咋还没人修"),
    ("城关镇东街的井盖丢了", "城关镇东街那个井盖丢了，有人管没有"),
]
APART = [
    ("幸福小区停水了", "幸福小区路灯坏了"),  # another matter, another unit, same place
    ("城关镇东街的路灯坏了", "城关镇东街的井盖丢了"),  # another matter of the same unit
    ("幸福小区3号楼停水了", "幸福小区5号楼停水了"),  # another building
    ("光明村停水了", "胜利村停水了"),  # another village
    ("光明村停电了", "光明村停水了"),
    ("幸福小区东门的路灯坏了", "幸福小区西门的路灯坏了"),  # another gate
    ("幸福小区3号楼停水了", "又停水了"),  # no place said: not joined to a placed ticket
    ("家里停水了", "和平小区停水了"),
    ("人民路88号门口的下水道堵了", "人民路88号门口的路灯坏了"),
    ("光明村的自来水停了", "光明村着火了，快来人"),  # an emergency is a report of its own
    ("幸福小区停水了", "幸福小区停水了，楼道里还停电了"),  # another unit's matter besides
    # No place named: nothing says it is the same place, so a report of its own (a new cut).
    ("家里停水两天了", "家里又停水了"),
    ("停水了", "又停水了，还是没人管"),
    ("停水", "又停水"),
    ("我家停水两天了，一直没来水", "小区又停水了，什么时候来水"),
    ("小区停水三天了！", "小区停水三天了，今天水管还爆了"),
    ("家里停水两天了，孩子叫小宝，今年三岁，没水洗澡", "停水三天了，联系人：阿依古丽·买买提"),
]


def _ticket(router: Router, text: str) -> Open:
    route = router.route(text)
    return Open(1, route.unit, text, keywords=tuple(route.keywords))


@pytest.mark.parametrize(("first", "again"), SAME)
def test_the_same_matter_at_the_same_place_is_told_again(
        router: Router, first: str, again: str) -> None:
    assert same_report(again, router.route(again), _ticket(router, first))


@pytest.mark.parametrize(("first", "other"), APART)
def test_another_matter_or_place_is_a_report_of_its_own(
        router: Router, first: str, other: str) -> None:
    assert not same_report(other, router.route(other), _ticket(router, first))


def test_places_are_villages_estates_roads_buildings_and_gates() -> None:
    assert places("幸福小区3号楼停水了") == ["幸福小区", "3号楼"]
    assert places("后王楼村的桥栏杆断了") == ["后王楼村"]
    assert places("幸福小区东门路灯坏了") == ["幸福小区", "东门"]
    assert places("路灯坏了，路面也塌了") == []
    assert places("张庄村东头那个桥栏杆断了") == places("张庄村东头的桥栏杆断了")
    assert places("李家寨那座桥") == ["李家寨"]
