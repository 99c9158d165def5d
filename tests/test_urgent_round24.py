"""The round-24 outside tester's finds 2 and 3, in our own sentences (refs #10): someone saying
they will end their life is a person at risk, answered with words for them (not alone, 110/120
now, the 12356 crisis line, stay with someone, the county has it) and still an urgent ticket for
the police; a child or a person taken away is the police's emergency whatever vehicle carried them
(the person taken × a taking verb), while a van in a road matter stays the road's."""

from __future__ import annotations

import pytest

from bot.texts import citizen_receipt, safety, safety_en
from nlp.emergency import assess
from nlp.router import Router
from nlp.tokenizer import normalize

AT_RISK = [
    "我真的撑不下去了，今天晚上就去水库那边，不想再活了",
    "活着太累了，我已经把药都准备好了",
    "俺弟弟喝了酒在电话里说要从楼顶跳下去，现在人找不到",
    "我闺女在屋里把门反锁了，说不想活了，叫也不开门",
    "I don't want to live anymore",
    "my sister says she wants to die and she is not answering her phone",
    "I'm going to end my life tonight, nobody cares",
]


@pytest.mark.parametrize("text", AT_RISK)
def test_someone_about_to_end_their_life_is_a_person_at_risk_for_the_police(
        router: Router, text: str) -> None:
    route = router.route(text)
    assert route.urgent and route.hazard == "despair" and route.unit == "police", route
    assert route.keywords, "the decision names the words that made it"


def test_an_attacker_who_threatens_to_die_too_stays_an_attack() -> None:
    found = assess(normalize("他拿着菜刀堵在我家门口，说不想活了要跟我们同归于尽"))
    assert found.cues and found.hazard == "violence"


@pytest.mark.parametrize("text", [
    "心理健康讲座什么时候开，想报名参加",
    "suicide prevention tips for parents",
    "去年我们村有个小伙子想不开跳了河，桥边到现在也没装护栏",
])
def test_a_tip_or_a_past_told_of_despair_is_no_person_at_risk_now(text: str) -> None:
    assert assess(normalize(text)).hazard != "despair" or not assess(normalize(text)).cues


def test_the_person_at_risk_gets_words_for_them_not_an_attackers_advice() -> None:
    text = citizen_receipt.ticket_received("20261203-0007", "县公安局", "12月4日 18:35", True,
                                           False, hazard="despair")
    for said in ("并不孤单", "110", "120", "12356", "心理援助热线", "陪在身边", "县里已经收到"):
        assert said in text, said
    assert "锁好门" not in text and "正面冲突" not in text and "按住伤口" not in text
    english = "\n".join(safety_en.emergency_first("despair"))
    for said in ("not alone", "110", "120", "12356", "mental-health hotline", "do not stay alone",
                 "county has received"):
        assert said in english, said
    assert "confront" not in english


def test_other_emergencies_keep_their_numbers_and_advice() -> None:
    first = safety.emergency_first("violence")
    assert "110" in first[0] and "车牌号" in first[1] and "12356" not in "".join(first)


TAKEN = [
    "刚刚两个男的把我外孙女从幼儿园门口拽进一辆三轮车拉走了",
    "有人在菜市场抱走了我家一岁多的孩子，往东边跑了",
    "我儿子在公园玩，被一个不认识的人领走了，到处找不到",
    "快报警，一个女的把小男孩塞进一辆银色轿车开走了",
    "our daughter was just grabbed outside the bakery",
    "a man pushed a little boy into a grey van and drove off",
]


@pytest.mark.parametrize("text", TAKEN)
def test_a_person_taken_away_is_the_polices_emergency_whatever_carried_them(
        router: Router, text: str) -> None:
    route = router.route(text)
    # an abduction since round 25 (its own advice: car, plate, direction; bot.texts.safety)
    assert route.urgent and route.unit == "police" and route.hazard == "abduction", route


@pytest.mark.parametrize(("text", "unit"), [
    # a van or a car in a road matter: no one taken
    ("一辆面包车坏在国道上，把路堵了一半，也没人来拖", "transport"),
    ("面包车拉客超载，一车坐了十几个人", "transport"),
    ("村口公交站旁边总停着几辆黑面包车拉客，是不是非法营运", "transport"),
])
def test_a_van_in_a_road_matter_stays_the_roads(router: Router, text: str, unit: str) -> None:
    route = router.route(text)
    assert not route.urgent and route.unit == unit, route


@pytest.mark.parametrize("text", [
    "孩子的书包在校门口被抢走了，里面有课本",  # a thing taken
    "孩子被他奶奶接走了，我没看到消息",  # a relative fetching
    "他拐走了我们家的两只羊",  # no person
])
def test_a_thing_taken_or_a_child_fetched_is_no_taking(text: str) -> None:
    from nlp.urgent_taken import taken

    assert not taken(normalize(text))
