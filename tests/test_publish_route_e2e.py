"""A drafted public post names a road by where it leads as the citizen wrote it (an outside tester,
refs #10): a report about the cement road leading to the town was drafted as 群众反映的通往镇水泥路
问题 — 通往 was read as part of a town's name and the 的 after it dropped. The place phrase of
that class (通往/去往/前往…, X到Y的) is kept whole to its 的, with the village it leads from when
named elsewhere; without one, the place is what it was."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.domain.permissions import Role
from bot.domain.privacy import led_along, village_of
from tests.fuzzkit import CHANNEL, SUPERVISOR, Rig, start_rig, stop_rig
from tests.test_publish import draft

ROADS_STAFF = 12
# (report, the place phrase the post names, the road it names after it): the road leads to a
# town, a village or the county town, from a place named in it, before it, or from none; the
# matter is the road, not the strongest word of the trouble (多坑, 货车).
REPORTS = {
    "我们村通往镇上的水泥路坏了好多坑，车都过不去": ("通往镇上的", "水泥路"),
    "李庄村到胡集镇的水泥路裂了大口子，车过不去": ("李庄村到胡集镇的", "水泥路"),
    "从羊山镇通往县城的公路塌了一大块": ("羊山镇通往县城的", "公路"),
    "去往鸡黍镇的乡道坑坑洼洼的，下雨全是泥": ("去往鸡黍镇的", "乡道"),
    "我是王庄村的，村口通往镇里的水泥路全是坑": ("王庄村通往镇里的", "水泥路"),
    "通往后王楼村的水泥路被大货车压坏了": ("通往后王楼村的", "水泥路"),
}


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    rig = start_rig(tmp_path)
    rig.bind(ROADS_STAFF, Role.STAFF, "transport")
    yield rig
    stop_rig(rig)


@pytest.mark.parametrize(("report", "named"), REPORTS.items())
def test_the_place_of_a_road_is_where_it_leads_as_written(report: str,
                                                          named: tuple[str, str]) -> None:
    assert (village_of(report), led_along(report)) == named


@pytest.mark.parametrize("going", ["通往", "去往", "前往", "通向", "开往", "直通"])
@pytest.mark.parametrize("to", ["镇上", "县城", "胡集镇", "鱼山街道", "李庄村", "胡集镇李庄村"])
@pytest.mark.parametrize("road", ["水泥路", "柏油路", "乡道", "公交车", "那座桥"])
def test_every_going_word_keeps_its_place_whole(going: str, to: str, road: str) -> None:
    for start in ("", "我们村", "王庄村", "从王庄村"):
        report = f"{start}{going}{to}的{road}坏了好几天了，没人管"
        origin = start.removeprefix("从") if start.endswith("村") and "们" not in start else ""
        assert village_of(report) == f"{origin}{going}{to}的", report
        assert led_along(report) == road.removeprefix("那座"), report


@pytest.mark.parametrize("text", [
    "我到镇上的时候看见路灯坏了", "我去县城的路上看见井盖丢了", "通往镇里路坏了", "去镇上的路坏了"])
def test_a_going_word_names_no_town(text: str) -> None:
    assert "往" not in village_of(text) and not village_of(text).startswith(("到", "去"))
    assert led_along(text) == ""


def test_the_drafted_post_names_the_road_by_where_it_leads(rig: Rig) -> None:
    for report, (place, road) in REPORTS.items():
        user = rig.citizen()
        rig.say(user, report, name="老乡")
        [ticket] = rig.tickets_of(user)
        assert ticket["unit"] == "transport", report
        rig.say(ROADS_STAFF, f"/accept {ticket['number']}")
        rig.say(ROADS_STAFF, f"/done {ticket['number']} 已组织施工队修补路面，恢复通行")
        preview, (post, _) = draft(rig, ticket["number"])
        assert f"群众反映的{place}{road}问题：" in preview, (report, preview)
        assert "问题：已组织施工队修补路面" in preview, preview
        rig.press(SUPERVISOR, post)
        assert f"群众反映的{place}{road}问题：" in rig.shown_to(CHANNEL)[-1]
