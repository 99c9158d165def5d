"""What routing shows and counts beside a message's matter, pinned with our own sentences: the
writer's personal details and a place named to say where name no unit (nlp.aside); the words shown
to staff are words of the matter (nlp.shown); a lift holding someone, however said, and emergency
emoji are urgent (nlp.urgent_signs, nlp.urgent_emoji)."""

from __future__ import annotations

import pytest

from nlp.router import FALLBACK, Router
from nlp.shown import label, matter_words
from nlp.tokenizer import default_tokenizer, normalize

# Each report, then the same report signed with the writer's ID card or phone.
SIGNED = [
    ("东关街的窨井盖丢了一个，晚上很危险", "，本人身份证号：37232819900101002X"),
    ("俺们小区这周停了三次水了", "。我的身份证是372328197512120015，电话15866661234"),
    ("隔壁烧烤摊天天烧到半夜，油烟往屋里灌", " 身份证号码372328200002020031"),
    ("单位拖欠了我四个月的工资", "，手机号：13705371234"),
]


@pytest.mark.parametrize(("report", "signature"), SIGNED)
def test_personal_details_name_no_unit(router: Router, report: str, signature: str) -> None:
    plain, signed = router.route(report), router.route(report + signature)
    assert signed.unit == plain.unit
    assert {c.unit for c in signed.candidates} == {c.unit for c in plain.candidates}
    assert signed.also == plain.also
    assert signed.confidence == pytest.approx(plain.confidence, abs=0.02)


@pytest.mark.parametrize("text", ["身份证丢了去哪里补办", "有人拿我的身份证号贷了款"])
def test_an_id_card_that_is_the_matter_still_goes_to_the_police(router: Router, text: str) -> None:
    assert router.route(text).unit == "police"


@pytest.mark.parametrize(("text", "place_unit"), [
    ("县一中门口那段马路全是坑，自行车都骑不了", "education"),
    ("人民医院对面的路灯一排都不亮", "health"),
    ("靠近实验小学的那个十字路口红绿灯坏了", "education"),
    ("卫生院后墙根那根自来水管子冻裂了，淌了一夜", "health"),  # a wall says where, too
])
def test_a_place_that_only_says_where_names_no_other_problem(router: Router, text: str,
                                                            place_unit: str) -> None:
    result = router.route(text)
    assert result.unit != place_unit and place_unit not in result.also
    scores = {c.unit: c.score for c in result.candidates}
    assert scores.get(place_unit, 0.0) < 0.8  # below what decides alone


def test_a_place_that_is_the_matter_still_counts(router: Router) -> None:
    assert router.route("县一中食堂的饭菜里吃出了虫子，学校也不管").unit in ("education", "market")
    assert router.route("实验小学又在偷偷收补课费").unit == "education"


def test_a_keyword_with_its_particle_is_shown_as_the_keyword(router: Router) -> None:
    assert router.route("我们那片停水了，到现在还没来").keywords[0] == "停水"
    assert label("停水了", {"停水", "停水了"}) == "停水"
    assert label("电梯坏了", {"电梯坏了"}) == "电梯坏了"  # 电梯坏 is no keyword
    assert label("停*水", {"停*水"}) == "停水"


def test_a_learned_word_is_shown_only_whole_and_of_the_matter() -> None:
    tokenizer = default_tokenizer()
    text = normalize("里面有个老人，村东头的沟里水臭死了")
    shown = matter_words(["面有", "村东", "东头", "老人"], text, tokenizer)
    assert "面有" not in shown and "村东" not in shown and "东头" not in shown
    assert "老人" in shown


@pytest.mark.parametrize("text", [
    "电梯困人了，快来人",
    "停电了，单元楼的电梯困了人",
    "商场电梯关了个小孩，一直在哭",
    "我们楼的电梯卡人了",
])
def test_a_lift_holding_someone_is_urgent_however_said(router: Router, text: str) -> None:
    result = router.route(text)
    assert result.urgent and result.unit == "market"


@pytest.mark.parametrize("text", ["电梯老是困人，物业也不管", "电梯没困人，就是门关不上"])
def test_a_lift_that_holds_no_one_now_is_no_emergency(router: Router, text: str) -> None:
    assert not router.route(text).urgent


@pytest.mark.parametrize("text", ["🔥🔥🚒🚒", "🔥 🚑", "🆘🆘🆘", "🔥🆘"])
def test_emoji_of_an_emergency_are_an_urgent_report(router: Router, text: str) -> None:
    result = router.route(text)
    assert result.kind == "report" and result.urgent and result.unit == FALLBACK
    assert result.keywords


@pytest.mark.parametrize("text", ["🔥🔥🔥", "👍👍", "🚒", "这家店最近太🔥了"])
def test_other_emoji_are_no_emergency(router: Router, text: str) -> None:
    assert not router.route(text).urgent
