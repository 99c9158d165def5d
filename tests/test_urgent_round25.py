"""The round-24 outside tester's re-try (refs #10), in our own sentences: an attack that left
someone hurt is the police's with health named beside it; a goodbye with a high place, water,
pills or a rope is a person at risk, and so is an English wish to die told with fear words; an
English taking of a person is an abduction; someone missing, a person taken and a gas cylinder on
fire each get advice of their own; a danger told as over is no emergency. Beside each, sentences
that must not change: a bridge's broken railing, a kitchen knife's refund, a school run."""

from __future__ import annotations

import pytest

from bot.texts import safety, safety_en
from nlp.router import Router

ATTACKED_AND_HURT = [
    "夜市有人抡着砍刀乱砍，好几个人被砍伤了倒在地上",
    "他们在网吧门口打架，有个人被酒瓶砸破了头，血流不止",
    "a guy just stabbed someone outside the bar, he's bleeding a lot",
]


@pytest.mark.parametrize("text", ATTACKED_AND_HURT)
def test_an_attack_that_left_someone_hurt_is_the_polices_with_health_beside(
        router: Router, text: str) -> None:
    route = router.route(text)
    assert route.urgent and route.unit == "police" and route.hazard == "violence", route
    assert "health" in route.also, route


@pytest.mark.parametrize("text", [
    "我妈切菜不小心刀切到手了，血止不住",
    "俺爹在地里割麦子镰刀把腿划了个大口子，血一直流",
    "砍柴的时候斧头砸到脚了，流了好多血",
])
def test_a_blade_slipped_at_work_or_in_the_kitchen_is_an_injury_for_health(
        router: Router, text: str) -> None:
    route = router.route(text)
    assert route.urgent and (route.unit, route.hazard) == ("health", "medical"), route


@pytest.mark.parametrize("text", [
    "饭店后厨两个厨师打起来了，一个拿菜刀把另一个砍伤了",
    "我老公喝醉了拿着刀在家里乱挥，说要砍我",
])
def test_a_blade_wielded_at_someone_in_a_kitchen_stays_an_attack(router: Router, text: str) -> None:
    route = router.route(text)
    assert route.urgent and (route.unit, route.hazard) == ("police", "violence"), route


@pytest.mark.parametrize("text", ["河里有人电鱼", "水库那边天天有人炸鱼，鱼都快绝了"])
def test_fish_taken_by_electricity_or_explosives_is_no_emergency(router: Router, text: str) -> None:
    route = router.route(text)
    assert route.kind == "report" and not route.urgent, route


@pytest.mark.parametrize("text", ["河里有人电鱼，把自己电倒了漂在水上", "有人在河边电鱼，我家孩子被电着了"])
def test_someone_hurt_by_it_stays_an_emergency(router: Router, text: str) -> None:
    assert router.route(text).urgent


@pytest.mark.parametrize("text", ["饭店老板娘往下水道倒地沟油", "那家饭店天天往河沟里倒地沟油"])
def test_waste_oil_poured_is_no_one_fallen(router: Router, text: str) -> None:
    route = router.route(text)  # 倒地沟油 holds 倒地 (fallen) only as characters
    assert route.kind == "report" and not route.urgent, route


@pytest.mark.parametrize(("text", "unit", "urgent"), [
    ("被邻居家的狗咬了一口，腿上流血了", "health", True),  # a bite: the body's, no attacker
    ("在超市买的菜刀用了两天就卷刃了，要求退货", "market", False),  # 刀 in a shop complaint
    ("桥上的护栏断了好几根，晚上走很危险", "transport", False),  # a bridge's railing
    ("这是我最后一次反映，桥上的路灯一直不亮", "urban", False),  # a last complaint, no goodbye
    ("对不起打扰了，楼顶的水箱漏水好几天了", "water", False),  # an apology, no goodbye
    ("my wife took my son to school this morning and the bus was late again", "education", False),
    ("I'm scared the old bridge will collapse one day", "transport", False),
])
def test_what_only_looks_like_one_keeps_its_unit(
        router: Router, text: str, unit: str, urgent: bool) -> None:
    route = router.route(text)
    assert route.unit == unit and route.urgent == urgent and route.hazard != "violence", route
    assert "health" not in route.also or route.unit == "health", route


AT_RISK = [
    "我站在江边了，遗书放在桌上，再见了大家",
    "药我已经都吃了，对不起爸妈，下辈子再孝顺你们",
    "我现在在楼顶天台上，替我跟爸妈说声对不起",
    "I'm so afraid, I just want to die tonight",
    "honestly I'm terrified and I'm ready to end it all",
    "I'm scared, I can't do this anymore, I'm going to end it",
]


@pytest.mark.parametrize("text", AT_RISK)
def test_a_goodbye_with_a_means_or_a_wish_to_die_with_fear_is_a_person_at_risk(
        router: Router, text: str) -> None:
    route = router.route(text)
    assert route.urgent and route.unit == "police" and route.hazard == "despair", route


TAKEN = [
    "two men just dragged a woman into a truck and sped off",
    "someone grabbed my granddaughter at the market",
    "a man took my son into his van and drove away",
    "my son was just dragged into a car by a man",
]


@pytest.mark.parametrize("text", TAKEN)
def test_an_english_taking_of_a_person_is_an_abduction_for_the_police(
        router: Router, text: str) -> None:
    route = router.route(text)
    assert route.urgent and route.unit == "police" and route.hazard == "abduction", route


def test_the_writer_driving_their_own_child_is_no_taking(router: Router) -> None:
    route = router.route("I took my daughter to the car and drove to the hospital")
    assert not route.urgent and route.hazard == "", route


@pytest.mark.parametrize("text", [
    "我爸有老年痴呆，下午出门遛弯到现在没回来，手机也没带",
    "儿子放学到现在还没回家，同学说没见到他",
])
def test_someone_missing_is_the_polices_with_missing_person_advice(
        router: Router, text: str) -> None:
    route = router.route(text)
    assert route.urgent and route.unit == "police" and route.hazard == "missing", route


@pytest.mark.parametrize(("text", "hazard"), [
    ("家里的煤气罐着火了，火越来越大", "fire"),
    ("the propane tank on the grill caught fire, people are running", "fire"),
    ("楼下烧烤摊的液化气罐漏气了，旁边就是火", "gas"),  # a leak beside a flame is still gas
])
def test_a_gas_cylinder_in_flames_is_a_fire(router: Router, text: str, hazard: str) -> None:
    route = router.route(text)
    assert route.urgent and route.hazard == hazard, route


@pytest.mark.parametrize("text", [
    "掉进水库的人已经捞上来了",
    "火已经灭了，没有人受伤",
    "the fire is out now and nobody was hurt",
    "人已经救上来了",
])
def test_a_danger_told_as_over_is_no_emergency(router: Router, text: str) -> None:
    assert not router.route(text).urgent


@pytest.mark.parametrize("text", ["已经救上来了，但是没呼吸了", "火已经灭了，但是屋里还有人叫不醒"])
def test_a_danger_over_with_someone_still_in_danger_stays_one(router: Router, text: str) -> None:
    assert router.route(text).urgent


def test_each_new_kind_has_advice_that_fits_it() -> None:
    taken = safety.safety_advice("abduction")
    for said in ("110", "车牌号", "颜色", "方向", "衣服", "开机", "不要一个人开车去追"):
        assert said in taken, said
    missing = safety.safety_advice("missing")
    for said in ("110", "24 小时", "照片", "衣服", "常去的地方", "留一个人"):
        assert said in missing, said
    assert "不要去搬动" in safety.safety_advice("fire")
    for kind in ("abduction", "missing"):
        assert "锁好门" not in safety.safety_advice(kind) and safety_en.safety_advice(kind)
    assert "do not try to move it" in safety_en.safety_advice("fire")


def test_a_press_of_a_person_at_risk_gives_the_words_again_in_either_language() -> None:
    chased = "🚨 您反映的紧急情况（工单 1）：已立即再次转告责任单位"
    zh, en = safety.at_risk_again(chased), safety_en.at_risk_again(chased)
    assert "并不孤单" in zh and "12356" in zh and zh.endswith(chased)
    assert "not alone" in en and "12356" in en
