"""The round-24 outside tester's find 14, in our own sentences (refs #10): the weather a matter is
felt in (下雨天根本没法走, 雨季也出不了门) names no second unit (另涉及) — it is no problem of its own
(nlp.scoring.WEATHER) — while a real second matter of the water bureau's is still listed."""

from __future__ import annotations

import pytest

from nlp.router import Router
from nlp.scoring import WEATHER

WEATHER_ROAD = (
    "尊敬的领导：我们村到镇上就一条土路，全村几百口人都靠它出门。这条路烂了好些年，"
    "大坑连着小坑，三轮车过去都得绕着走。下雨天根本没法走，一下雨满路都是泥，雨天送孩子上学"
    "只能走田埂，碰上大雨更是出不了门。村里垫过几回碎石，没多久又轧烂了。盼着领导派人来看看，"
    "把路硬化了，让我们雨季也能出得了门。"
)


def test_the_weather_a_road_is_felt_in_names_no_second_unit(router: Router) -> None:
    route = router.route(WEATHER_ROAD)
    assert route.unit == "transport" and route.also == (), route


@pytest.mark.parametrize(("text", "unit", "also"), [
    # two real matters, one of them the water's: both are still listed
    ("村里的路坑坑洼洼没法走，另外村口的河沟被垃圾堵了，一下雨就漫到路上，河道也没人清",
     "water", "transport"),
    ("我们村的乡道路面塌了好几个大坑，村南的河道也被垃圾堵了，下雨天河水漫进地里",
     "transport", "water"),
    ("镇上到我们村的公路坑坑洼洼，公交车也不来了，下大雨的时候路边沟里的水排不出去漫进院子",
     "transport", "water"),
])
def test_a_real_second_matter_is_still_listed(router: Router, text: str, unit: str,
                                              also: str) -> None:
    route = router.route(text)
    assert also in (route.unit, *route.also) and unit in (route.unit, *route.also), route


@pytest.mark.parametrize(("word", "weather"), [
    ("下雨天", True), ("一下雨", True), ("大雨", True), ("雨季", True), ("下雪", True),
    ("雨水", False), ("下雨就淹", False), ("下雨积水", False), ("漏雨", False), ("积水", False),
])
def test_only_words_of_the_weather_are_circumstance(word: str, weather: bool) -> None:
    assert bool(WEATHER.match(word)) is weather
