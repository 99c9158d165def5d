"""The round-28 outside tester's finds 13 and 14, in our own sentences (refs #10): another person
at a height's edge, told by a witness, is a "height" emergency for the police with advice for the
witness (110 and 119, do not startle them, get an adult to them, stay out from underneath), not
the words for a writer at risk; the writer at the edge, or anyone said to want to jump, stays a
person at risk. A thing crushed with no body named, and a hazard named as a matter long settled,
is no emergency, while a person crushed still is."""

from __future__ import annotations

import pytest

from bot.texts import citizen_receipt, safety, safety_en
from nlp.emergency import assess
from nlp.router import Router
from nlp.tokenizer import normalize

AT_A_HEIGHT = [
    "对门的娃骑在四楼护栏上晃腿，屋里没人",
    "有个老人坐在楼顶边上，腿耷拉在外面",
    "我在楼下看见有个小孩坐在五楼阳台栏杆外面",
    "一个女的坐在住院楼楼顶边上哭，腿耷拉在外面",
    "隔壁单元的小孩翻到七楼阳台栏杆外边去了",
]


@pytest.mark.parametrize("text", AT_A_HEIGHT)
def test_another_person_at_a_heights_edge_is_a_height_emergency_for_the_police(
        router: Router, text: str) -> None:
    route = router.route(text)
    assert route.urgent and route.hazard == "height" and route.unit == "police", route
    assert route.keywords, "the decision names the words that made it"


@pytest.mark.parametrize("text", [
    "楼上那家的小朋友爬到窗台外面站着，大人出去了",
    "三单元七楼有个孩子在阳台外边挂着，快来人",
])
def test_a_rescue_at_a_heights_edge_keeps_its_rescue_routing_with_the_edges_advice(
        router: Router, text: str) -> None:
    route = router.route(text)
    assert route.urgent and route.hazard == "ledge" and route.unit == "hotline", route
    assert "不要吓着" in "".join(safety.emergency_first(route.hazard))


def test_someone_already_fallen_from_the_edge_is_no_one_at_the_edge(router: Router) -> None:
    route = router.route("小孩从三楼窗台上掉下来了，躺在地上不动")
    assert route.urgent and route.hazard not in ("height", "ledge", "despair"), route


@pytest.mark.parametrize("text", [
    "我现在坐在楼顶边上，不想下去了",  # the writer at the edge
    "有个人站在大桥护栏外头，说活着没意思要跳下去",  # someone said to want to jump
    "我闺女站在阳台外面说不想活了",
    "有个小伙子骑在大桥栏杆外面，说不想活了",
])
def test_the_writer_at_the_edge_or_anyone_wanting_to_die_stays_a_person_at_risk(
        router: Router, text: str) -> None:
    route = router.route(text)
    assert route.urgent and route.hazard == "despair" and route.unit == "police", route


def test_the_witness_reads_what_to_do_for_the_one_at_the_edge_not_the_crisis_words() -> None:
    text = citizen_receipt.ticket_received("20261204-0003", "县公安局", "12月5日 09:10", True,
                                           False, hazard="height")
    for said in ("110", "119", "不要大声喊叫", "不要吓着", "家人或能进屋的大人", "正下方", "紧急"):
        assert said in text, said
    for crisis in ("12356", "并不孤单", "心理援助", "离开桥边"):
        assert crisis not in text, crisis
    english = "\n".join(safety_en.emergency_first("height"))
    for said in ("110 and 119", "Do not shout or startle", "adult", "directly underneath", "urgent"):
        assert said in english, said
    assert "12356" not in english and "not alone" not in english
    assert safety.safety_advice("height") != safety.safety_advice("despair")


CRUSHED_THINGS = [
    "路口新装的井盖被压裂了",
    "村里的下水管被压破了，一直往外冒水",
    "校门口那块铁板被压变形了",
    "桥头的减速垄被压坏了好几节",
    "楼下车库的排水篦子被压扁了",
]
SETTLED = [
    "电动车着火那事上次物业早就处理完了，现在问停车费",
    "仓库起火那事早就处理完了，现在是租金的问题",
    "楼道里电动车起火那事上个月就处理好了，想问问物业费怎么收",
    "那次仓库冒烟早就解决了，现在是噪音的问题",
    "那回煤气漏气早就修好了，这次是燃气表不走字",
]


@pytest.mark.parametrize("text", CRUSHED_THINGS + SETTLED)
def test_a_thing_crushed_or_a_hazard_long_settled_is_no_emergency(router: Router, text: str) -> None:
    assert not assess(normalize(text)).cues, text
    assert not router.route(text).urgent, text


@pytest.mark.parametrize("text", [
    "他的腿被压住了，拔不出来",
    "三轮车翻了，人被压在车底下",
    "墙倒了，把一个老人压在下面",
    "俺的腿被压坏了，动不了",
    "他的头被压破了，一直流血",
    "上个月着火的那栋楼今天又着火了",
    "仓库起火那事刚处理完，现在又冒烟了，里面还有人",
])
def test_a_person_crushed_or_a_hazard_back_again_stays_urgent(router: Router, text: str) -> None:
    assert router.route(text).urgent, text
