"""Emergencies told in English, in pinyin or in few words, and the unit each kind goes to, pinned
with our own sentences of each class an outside tester found missed (nlp.urgent_english,
nlp.urgent_signs): a fire with people inside, something swallowed, an attack with a weapon or a
stabbing, a lift holding people, a gas leak, a hit-and-run, a dike giving way; and the plain
reports that look like them stay routine."""

from __future__ import annotations

import pytest

from nlp.router import Router


@pytest.mark.parametrize(("text", "unit"), [
    # a fire where people are still inside: the fire brigade's, through the hotline
    ("Fire at the back of the restaurant, two cooks inside", "hotline"),
    ("fire in our flat, my baby is still inside", "hotline"),
    # something swallowed by a child: a doctor's
    ("my little girl just swallowed a magnet from the fridge", "health"),
    ("Toddler swallowed some coins, he keeps gagging", "health"),
    ("Uncle took a whole bottle of sleeping tablets and won't wake up", "health"),
    ("Grandma's face is drooping on one side and she can't speak properly", "health"),
    # an attack with a weapon, or a stabbing, is the police's even where someone bleeds
    ("A drunk man with a machete is chasing people near the bus station", "police"),
    ("My cousin has just been stabbed outside the bar, he is bleeding badly", "police"),
    ("Three men with crowbars are forcing the door of the shop next door", "police"),
    ("Hit and run on the county road, an old lady is lying there and the van sped away", "police"),
    # a lift that holds people, gas escaping, a dike giving way
    ("Elevator stopped between floors with my mother inside, the door won't open", "market"),
    ("Strong smell of gas on our landing, the neighbours are cooking", "housing"),
    ("The river bank near our village is bursting, water pouring into the houses", "water"),
    ("Coal stove burning all night, my wife is dizzy and throwing up, the kid fainted", "health"),
    ("电梯关人了，里面有个老太太在喊", "market"),
])
def test_an_emergency_is_flagged_and_goes_to_whoever_acts_on_its_kind(
    router: Router, text: str, unit: str
) -> None:
    route = router.route(text)
    assert (route.kind, route.urgent, route.unit) == ("report", True, unit), route.keywords


# Named in a few English words, as 着火了 or 煤气泄漏 are in Chinese (a second outside tester); the
# hotline dispatches what no English word of a unit's hazard names.
@pytest.mark.parametrize(("text", "unit"), [
    ("there's a gas leak in our kitchen, please come", "housing"),
    ("I smell gas all over the corridor of block 4", "housing"),
    ("help!! fire!!", "hotline"),
    ("There is a huge fire at the timber yard on Wenfeng Road", "hotline"),
    ("fire at the warehouse behind the bus depot", "hotline"),
    ("flood water is pouring into our shop", "water"),  # a flood: the water bureau's (nlp.urgent)
    # someone hit on the road, the driver still there: a body hurt, health's (nlp.english_cry)
    ("a boy on a bike just got knocked down by a truck at the crossing", "health"),
    # a fit is a body in crisis, a doctor's, as 抽搐 is (nlp.urgent_english)
    ("my daughter has a high temperature and is fitting", "health"),
])
def test_an_emergency_named_in_a_few_english_words_is_flagged(
    router: Router, text: str, unit: str
) -> None:
    route = router.route(text)
    assert (route.kind, route.urgent, route.unit) == ("report", True, unit), route.keywords


@pytest.mark.parametrize("text", [
    "I swallowed a vitamin pill this morning, can I still give blood?",
    "There was a fire in the old cinema last year, is it safe now?",
    "The building site near the school has no fence and bricks lie on the path",
    "小区电梯三天两头困人，物业说维保单位不来",
    "My landlord keeps fighting with me about the deposit",
    "I'm worried about a gas leak in the old pipes, can someone check them next week?",
    "My husband got hit by a car two months ago, the driver still hasn't paid",
])
def test_a_plain_report_that_looks_like_one_is_not_urgent(router: Router, text: str) -> None:
    route = router.route(text)
    assert route.kind == "report" and not route.urgent, route.keywords


@pytest.mark.parametrize(("text", "word"), [
    ("我想办理煤气报装，需要带什么", "煤气报装"),
    ("天然气报装交了钱三个月还没通气", "天然气报装"),
    ("老小区想改管道煤气，找谁申请", "管道煤气"),
])
def test_a_gas_connection_is_the_gas_supply_not_a_power_connection(
    router: Router, text: str, word: str
) -> None:
    route = router.route(text)
    assert route.unit == "housing" and word in route.keywords, route.keywords


@pytest.mark.parametrize(("text", "unit"), [
    # A call typed in pinyin is read for its emergency with the words of a call preferred over
    # everyday words of the same sound (打架 over 大家, 关人 over 官人, 压住 over 呀主, 拿刀 over 拿到).
    ("kuai lai, jie shang you ren da jia, yi ge ren liu xue le", "police"),
    ("xiao qu dian ti guan ren le, kuai lai", "market"),
    ("you ge nan de na dao zhui zhe ren pao", "police"),
    ("cang ku ta le, xia mian ya zhu ren le", "hotline"),
])
def test_a_call_typed_in_pinyin_is_read_as_a_call(router: Router, text: str, unit: str) -> None:
    route = router.route(text)
    assert (route.kind, route.urgent, route.unit) == ("report", True, unit), route.keywords


@pytest.mark.parametrize("text", ["da jia hao", "zhu da jia xin nian kuai le", "xie xie da jia"])
def test_everyday_pinyin_is_still_read_by_its_everyday_words(router: Router, text: str) -> None:
    route = router.route(text)
    assert route.kind == "noise" and not route.urgent, route.keywords


@pytest.mark.parametrize(("text", "unit"), [
    ("俺儿媳妇在家要生了，孩子的头都露出来了", "health"),
    ("集上一个醉汉开着三轮乱撞，撞倒了一个老太太", "police"),
    ("有个男的在超市门口拿着一桶东西说是汽油，说不给钱就点火", "police"),
    ("一辆白色轿车在学校门口拉走了一个小男孩，往南开了", "police"),
    ("工人从脚手架上摔下来了，头着地，一动不动", "health"),
])
def test_a_chinese_emergency_of_these_kinds_goes_to_whoever_acts_on_it(
    router: Router, text: str, unit: str
) -> None:
    route = router.route(text)
    assert (route.kind, route.urgent, route.unit) == ("report", True, unit), route.keywords


def test_struck_by_something_falling_is_not_a_fire(router: Router) -> None:
    route = router.route("工地的围挡被风刮倒了，砸着了一个过路的")
    assert route.hazard != "fire", route.keywords


def test_a_curly_apostrophe_reads_as_a_plain_one(router: Router) -> None:
    """Phones type won’t with a curly apostrophe; the English cues are written with a plain one."""
    route = router.route("My grandad won’t wake up and his lips are going blue")
    assert (route.urgent, route.unit) == (True, "health"), route.keywords
