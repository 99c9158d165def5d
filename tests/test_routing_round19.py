"""Round 19's outside tester (README and the demo only; refs #10): a neighbour's outage with numbers
to call went to the women's federation as an urgent blow (打我的1586…, 大娘家); a teacher's broken
street light went to education; water pouring onto sparking wires and an old neighbour unseen for
days behind a silent door were not urgent. The rows of tests/routing_sets/own_round19_tester.tsv
pin each class; here are what those rows cannot say: the calm look-alikes, and why."""

from __future__ import annotations

import pytest

from nlp.router import Router

TESTER = ("帮邻居反映一下：隔壁张桂兰大娘家停电两天了，她腿脚不好，有事打她电话13912345678，"
          "或者打我的15866661111")


def test_a_neighbours_outage_with_numbers_to_call_is_powers_and_calm(router: Router) -> None:
    route = router.route(TESTER)
    assert (route.unit, route.urgent) == ("power", False), route


@pytest.mark.parametrize("text", ["隔壁大娘家停电了", "我干娘家门口的水管漏了", "她一个姑娘家走夜路"])
def test_an_aunts_home_holds_no_word_of_a_married_womans_family(router: Router, text: str) -> None:
    assert "娘家" not in router.features(text), text


@pytest.mark.parametrize("text", ["结婚以后我回娘家住了几天，婆家就不让我进门", "过年她想回娘家，丈夫不让"])
def test_a_married_womans_own_family_still_counts(router: Router, text: str) -> None:
    assert "娘家" in router.features(text), text


@pytest.mark.parametrize(("text", "unit"), [
    ("Hello, I'm a teacher from Canada, I teach English here. The streetlight outside my apartment "
     "is broken.", "urban"),
    ("我是一名老师，我家楼下路灯坏了", "urban"),
    ("I am a doctor, and the water in our building has been off since this morning.", "water"),
    ("我是一名退休教师，我们小区停水一天了", "water"),
])
def test_the_writers_own_job_in_an_introduction_names_no_unit(router: Router, text: str,
                                                               unit: str) -> None:
    assert router.route(text).unit == unit, text


@pytest.mark.parametrize(("text", "unit"), [
    ("我是一名代课老师，学校已经三个月没给我们发工资了", "education"),
    ("我们学校的老师上课体罚学生，打得孩子不敢去上学", "education"),
])
def test_a_teachers_matter_stays_educations(router: Router, text: str, unit: str) -> None:
    assert router.route(text).unit == unit, text


@pytest.mark.parametrize("text", [
    "Last month water leaked through the ceiling onto a socket and it sparked once, could someone "
    "check the wiring?",
    "上个月楼上漏水把插座泡坏了，现在不能用了，想找电工来换一个",
    "How do I stop rain from getting into the outdoor socket?",
])
def test_water_and_wiring_told_as_past_or_asked_is_calm(router: Router, text: str) -> None:
    assert not router.route(text).urgent, text


@pytest.mark.parametrize("text", [
    "我们村独居老人多，平时好几天都见不着人，建议村里定期上门看看",
    "邻居老太太去城里儿子家住了好几天，托我帮她看着门",
    "Our street has many elderly people living alone, could the community visit them more often?",
    "我家老人一个人住，屋里老有股怪味，原来是下水道返臭",  # one sign, and not of anyone unseen
])
def test_elders_alone_told_as_a_suggestion_or_away_is_calm(router: Router, text: str) -> None:
    assert not router.route(text).urgent, text


@pytest.mark.parametrize(("text", "hazard"), [
    ("There is water pouring through the ceiling and the wires are sparking", "power"),
    ("隔壁老太太好几天没见出门了，敲门没人应，门口一股怪味", "medical"),
])
def test_the_testers_emergencies_are_urgent_and_say_what(router: Router, text: str,
                                                         hazard: str) -> None:
    route = router.route(text)
    assert route.urgent and route.hazard == hazard, route
