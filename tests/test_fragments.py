"""Lines of a report told in pieces (nlp.fragments): a place, a detail, who is writing (refs #10)."""

from __future__ import annotations

import pytest

from nlp.fragments import (
    adds_to_matter,
    bare_duration,
    names_no_matter,
    near_miss,
    no_trouble,
    place_only,
    plea_only,
    same_matter,
    thing_at_place,
    what_is_wrong,
    who_is_writing,
)


@pytest.mark.parametrize(("text", "place"), [
    ("俺是后王楼村的", "后王楼村"), ("俺们后王楼村", "后王楼村"), ("喂 我在城关镇", "城关镇"),
    ("我家住幸福小区", "幸福小区"), ("额是张庄村的", "张庄村"), ("咱是李楼村的村民", "李楼村"),
])
def test_a_place_only_line_names_its_place(text: str, place: str) -> None:
    assert place_only(text) == place


@pytest.mark.parametrize("text", ["俺家门口那个路灯", "我是村里的", "后王楼村停水了", "我是张三", "喂"])
def test_a_line_with_more_than_a_place_is_no_place_line(text: str) -> None:
    assert place_only(text) is None


@pytest.mark.parametrize(("text", "pointed"), [
    ("就是我们村东头那个桥", "我们村东头那个桥"), ("小区门口那棵树。", "小区门口那棵树"),
    ("那个桥", None), ("我们村东头那个桥断了", None), ("门口那个人态度很差", None), ("1", None),
    ("你们自己心里清楚", None),
])
def test_a_thing_at_a_place_with_nothing_wrong_is_a_first_piece(text: str,
                                                                 pointed: str | None) -> None:
    assert thing_at_place(text) == pointed


@pytest.mark.parametrize(("text", "keywords"), [
    ("三天咧", ()), ("坏了好几天了", ()), ("晚上黑咕隆咚的俺不敢出门", ("黑咕隆咚",)),
    ("都一个礼拜了", ()), ("臭死了", ()), ("不满意", ()),
])
def test_a_time_state_feeling_or_consequence_names_no_matter(
        text: str, keywords: tuple[str, ...]) -> None:
    assert names_no_matter(text, keywords)


@pytest.mark.parametrize(("text", "keywords"), [
    ("井盖也丢了", ("井盖",)), ("。。", ()), ("1", ()), ("家里停电了", ("停电",)),
    ("我们小区那个事情到现在也没有人来看过一次，每次打电话都说马上来，可是一直没来", ()),
])
def test_a_matter_or_a_letter_or_a_sign_is_no_fragment(text: str, keywords: tuple[str, ...]) -> None:
    assert not names_no_matter(text, keywords)


def test_the_same_matter_by_its_topic_or_its_words() -> None:
    assert same_matter(("没水",), "俺们后王楼村，停水", ("停水",))
    assert same_matter(("路灯",), "俺家门口那个路灯", ("路灯",))
    assert not same_matter(("井盖",), "路灯坏了", ("路灯坏了",))
    assert not same_matter(("停电",), "小区停水了", ("停水",))


@pytest.mark.parametrize(("text", "rest"), [
    ("this is for my grandma, she cant type. 我是她孙子 以后我帮她看消息", ""),
    ("我是她孙子，帮我奶奶发的…刚才那个路灯的事是后王楼村的", "刚才那个路灯的事是后王楼村的"),
    ("I'm her grandson, she can't type", ""),
    ("帮俺娘发的，她不会打字", ""),
    ("替我爸反映一下，村里的路灯坏了", "村里的路灯坏了"),
])
def test_who_is_writing_is_split_from_what_else_is_said(text: str, rest: str) -> None:
    assert who_is_writing(text) == rest


@pytest.mark.parametrize("text", ["我是社区干部", "小区停水了", "我孙子说路灯坏了"])
def test_a_line_saying_nothing_of_a_helper_is_not_read_as_one(text: str) -> None:
    assert who_is_writing(text) is None


@pytest.mark.parametrize(("text", "bare"), [
    ("三天咧", True), ("两天了", True), ("好几天了", True), ("有一个多礼拜了", True),
    ("这都五天了", False), ("都一个礼拜了", False), ("坏了好几天了", False), ("快点啊", False),
])
def test_how_long_alone_is_a_bare_duration_and_a_chase_says_more(text: str, bare: bool) -> None:
    assert bare_duration(text) is bare


@pytest.mark.parametrize(("text", "keywords", "adds"), [
    ("做饭都没水 咋弄啊", ("没水",), True), ("停水", ("停水",), False), ("又停水了", ("停水",), False),
    ("停水了，第二次反映", ("停水",), False), ("🚰❌😭😭 三天了", ("停水",), False),
    ("家里停水两天了，孩子叫小宝，今年三岁，没水洗澡", ("停水", "没水"), False),
])
def test_more_of_a_matter_says_more_than_its_name(
        text: str, keywords: tuple[str, ...], adds: bool) -> None:
    assert adds_to_matter(text, keywords) is adds


@pytest.mark.parametrize(("text", "untroubled"), [
    ("俺村西边那个小桥", True), ("冰箱里还有肉哩", True), ("孩子还等着写作业", True),
    ("俺家低保也停了", False), ("井盖也丢了", False), ("俺家里没电了", False), ("路灯坏了", False),
    ("又是那个桥", False),
])
def test_a_thing_named_or_what_a_trouble_does_says_nothing_wrong(text: str, untroubled: bool) -> None:
    assert no_trouble(text) is untroubled


@pytest.mark.parametrize(("text", "wrong"), [
    ("栏杆断了两节", True), ("桥面裂开好几道缝", True), ("井盖也丢了", False), ("又断了", False),
    ("那个小桥", False), ("桥上的栏杆断了两节，去年修过一次，今年又不行了，村里人都不敢走", False),
])
def test_what_is_wrong_with_a_thing_is_said_in_a_few_words(text: str, wrong: bool) -> None:
    assert what_is_wrong(text) is wrong


@pytest.mark.parametrize(("text", "keywords", "miss"), [
    ("昨天晚上有个骑电动车的差点掉河里", ("电动车",), True), ("有个小孩险些掉下去", (), True),
    ("前天晚上有个骑电动车的差点掉下去", ("电动车", "差点"), True),
    ("差点被狗咬了", ("狗",), False), ("电动车也差点被偷了", ("电动车",), False),
    ("昨天晚上有个骑电动车的掉河里了", ("电动车",), False),
])
def test_a_near_miss_names_only_who_nearly_came_to_harm(
        text: str, keywords: tuple[str, ...], miss: bool) -> None:
    assert near_miss(text, keywords) is miss


@pytest.mark.parametrize(("text", "plea"), [
    ("快点来修吧", True), ("快点", True), ("赶紧来人", True), ("麻烦快点派人来修一下", True),
    ("快来修啊！！", True), ("来人", False), ("快点来修路灯", False), ("赶紧把低保发了", False),
    ("这都五天了", False), ("三天咧", False),
])
def test_a_plea_only_urges(text: str, plea: bool) -> None:
    assert plea_only(text) is plea
