"""A chase by its form (nlp/chase.py): the sentences are pinned as noise in
tests/routing_sets/own_round8_chase.tsv; here, what must not be taken for one — a chase that
tells its matter is a report, one that tells an emergency is urgent (refs #10)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlp.asking import asked
from nlp.chase import Numbered, is_chase, is_cry, numbered_chase, ticket_number
from nlp.router import Router
from nlp.tokenizer import normalize


@pytest.mark.parametrize(("text", "unit", "urgent"), [
    ("路灯坏了一个月了怎么还没人修", "urban", False),
    ("停水三天了快点处理啊", "water", False),
    ("我家着火了怎么还没人来", "", True),
    ("老人摔倒了怎么还没人来", "", True),
    ("快来人啊", "", True),
])
def test_a_chase_with_a_matter_of_its_own_stays_a_report(
    router: Router, text: str, unit: str, urgent: bool
) -> None:
    route = router.route(text)
    assert route.kind == "report" and route.urgent == urgent
    assert route.unit == unit or not unit


@pytest.mark.parametrize("text", ["催一下", "怎么还没人来？", "我的事办得怎么样了", "有人管没人管啊"])
def test_a_chase_is_noise_with_its_own_topic(router: Router, text: str) -> None:
    assert router.route(text).kind == "noise" and router.noise_topic(text) == "chase"


@pytest.mark.parametrize("text", ["什么时候停水", "怎么还没来电", "快点来人", "工资什么时候发",
                                  "我家的情况", "怎么不去找村委会",
                                  "星期天也有人管吗"])
def test_anything_left_over_is_a_matter_not_a_chase(text: str) -> None:
    assert not is_chase(normalize(text))


@pytest.mark.parametrize("text", [
    # pressing with nothing named, as after an urgent report
    "你们的人呢？", "快点快点", "急死人了！", "咋还不到啊", "还没来人吗",
    # a wait told alone, or a promise recalled
    "这都五天了", "等了好几个星期了", "还得等多长时间啊", "说好的一周呢", "不是说好两天的吗",
    # a ticket number asked after
    "20261130-0012 办得咋样了", "20261130-0012有进展了吗？", "帮我查一下20261130-0012",
    "等半天了", "求求你们快点", "求你们快点", "还没人来修吗", "怎么还没人来处理",
    "说好的今天来修呢", "不是说明天就来吗", "where is everyone",
    # English and pinyin
    "any news on my complaint?", "hello? is anyone coming", "it's been four days already",
    "still waiting for a reply", "cui yi xia", "zenme hai mei you ren guan a",
    "wo de shi ban de zen me yang le", "dou san tian le",
])
def test_a_chase_in_few_words_or_letters_is_noise_with_its_own_topic(
    router: Router, text: str
) -> None:
    assert router.route(text).kind == "noise" and router.noise_topic(text) == "chase"


@pytest.mark.parametrize("text", [
    "急救车怎么还没到", "说好的路灯呢", "说好三天修路灯的", "when will someone fix the street light",
    "my water has been off for three days", "still no water in our building", "救命快来人",
    "ting dian san tian le", "20261130-0012 又漏水了", "说好的补贴呢", "快递怎么还没到",
    "any update on the water cut?", "帮我查一下医保报销", "怎么还没来修路灯",
])
def test_a_chase_that_names_a_matter_is_no_chase(text: str) -> None:
    assert not is_chase(normalize(text))


@pytest.mark.parametrize(("text", "topic"), [
    ("What will you do with my data?", "privacy"), ("who can see my phone number?", "privacy"),
    ("I'd like to report an issue", "howto"), ("how can I make a complaint?", "howto"),
    ("我想反映个情况", "howto"), ("你好，我要投诉", "howto"),
])
def test_what_only_asks_of_the_bot_is_noise_with_its_topic(
    router: Router, text: str, topic: str
) -> None:
    assert router.route(text).kind == "noise" and router.noise_topic(text) == topic


@pytest.mark.parametrize(("text", "unit"), [
    ("I want to report a burst water pipe on our street", "water"),
    ("我要投诉小区门口的烧烤摊油烟太大", ""),
    ("someone posted my phone number online and strangers keep calling", ""),
])
def test_a_wish_to_report_told_with_its_matter_is_a_report(
    router: Router, text: str, unit: str
) -> None:
    route = router.route(text)
    assert route.kind == "report" and (route.unit == unit or not unit)


@pytest.mark.parametrize(("text", "cry"), [
    ("救命啊快来人", True), ("求求你们快点来", True), ("帮帮我们", True), ("快来人啊快点", True),
    ("快来人啊孩子掉井里了", False), ("又有人晕倒了", False), ("救命，我被人砍了", False),
])
def test_a_cry_for_help_naming_nothing_is_told_from_an_emergency_named(
    text: str, cry: bool
) -> None:
    """A cry alone stays an urgent report for the router; only the bot, seeing an emergency just
    told by the same citizen, takes it as pressing that one (bot/actions/chase.py)."""
    assert is_cry(normalize(text)) is cry


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300) | st.from_regex(r"[a-z’' ?]{0,80}", fullmatch=True))
def test_the_chase_readers_never_raise_and_answer_in_their_terms(text: str) -> None:
    clean = normalize(text)
    assert is_chase(clean) in (True, False) and is_cry(clean) in (True, False)
    assert asked(clean) in ("", "chase", "privacy", "howto", "hours", "vague")


@pytest.mark.parametrize(("text", "number"), [
    ("0005号怎么还没人管", "0005"),
    ("20261201-0005号工单怎么还没人管", "20261201-0005"),
    ("202612010005 怎么样了", "20261201-0005"),
    ("5号单子咋还没人处理", "5"),
    ("我那个0005的事呢", "0005"),
    ("工单号5怎么还没人管", "5"),
    ("０００５号呢？", "0005"),
])
def test_a_ticket_number_in_any_form_status_takes_makes_a_chase_of_it(
    router: Router, text: str, number: str
) -> None:
    assert ticket_number(normalize(text)) == number
    assert router.route(text).kind == "noise" and router.noise_topic(text) == "chase"


@pytest.mark.parametrize("text", ["3号楼漏水", "3号楼怎么还没人管", "5号单元怎么还没人修",
                                  "说好的5号呢", "12月05号怎么还没人来", "打0537-8712345没人接"])
def test_a_house_number_a_date_or_a_phone_is_no_ticket_number(text: str) -> None:
    assert ticket_number(normalize(text)) is None


@pytest.mark.parametrize(("text", "number", "bare", "led"), [
    ("联系过了。0005号怎么还没人管", "0005", False, True),
    ("您好！请问 工单号5怎么还没人管", "5", False, True),
    ("我那个3号的事呢", "3", True, False),
    ("麻烦问下我那个3号的事呢", "3", True, True),
    ("你好我想问一下0005号怎么样了", "0005", False, True),
    ("我的2号呢？", "2", True, False),
    ("0005号呢？", "0005", False, False),
    ("路灯坏了一个多月了都没人修,0005号怎么还没人管", None, False, False),  # a matter told
    ("3号楼漏水了,0005号呢", "0005", False, True),
    ("我家3号楼怎么还没人修", None, False, False),
    ("说好的5号呢", None, False, False),  # a promise recalled: a chase without a number
])
def test_a_numbered_chase_is_read_alone_or_after_a_short_clause(
    text: str, number: str | None, bare: bool, led: bool
) -> None:
    found = numbered_chase(normalize(text))
    if number is None:
        assert found is None
    else:
        assert found == Numbered(number, bare, led)
