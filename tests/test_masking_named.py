"""A third person's name told by how they are called (SPEC §5): an outside tester's 她叫李秀兰 reached
the unit's group whole. Any pronoun or word for the person before 叫, 名叫, 叫做, 的名字是, 姓…叫…,
and English "her name is", "a man named": the name goes as the citizen's own does, wherever it
stands afterwards; what one calls for (叫车, 叫人来修) and what a thing or a place is called stay.
The sentences are tests/namedkit.py's; benchmarks/privacy_named.py prints the figures."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.privacy import mask, mask_public, scan
from tests.namedkit import NEGATIVES, POSITIVES

LABEL = "【姓名】"


def _left(masked: str, name: str) -> list[str]:
    """The parts of `name` still readable in `masked`: whole, given name, each Latin word."""
    parts = name.split() if " " in name else [name, name[-2:]]
    return [part for part in parts if part in masked]


@pytest.mark.parametrize(("text", "name"), POSITIVES)
def test_a_name_told_for_anyone_is_masked_for_the_unit_and_the_public(text: str, name: str) -> None:
    for masked in (mask(text), mask_public(text)):
        assert not _left(masked, name) and LABEL in masked, masked
        assert mask(masked) == masked


@pytest.mark.parametrize("text", NEGATIVES)
def test_what_is_called_for_or_what_a_thing_is_called_stays(text: str) -> None:
    assert mask(text) == text


@pytest.mark.parametrize(("text", "masked"), [
    ("我邻居老太太一个人住，她叫李秀兰，好几天没出门了",
     "我邻居老太太一个人住，她叫【姓名】，好几天没出门了"),
    ("他姓马，叫马建设，是我们组的困难户", "他姓【姓名】，叫【姓名】，是我们组的困难户"),
    ("她姓方，叫晓梅，被人骗了", "她姓【姓名】，叫【姓名】，被人骗了"),
    ("柳林镇有个叫孟广才的，大伙都认识他", "柳林镇有个叫【姓名】的，大伙都认识他"),
    ("一个叫柯帆的医生乱收费", "一个叫【姓名】的医生乱收费"),
    ("My neighbour, her name is Mary Smith, is ill", "My neighbour, her name is 【姓名】, is ill"),
    ("An old man named Wang Defu lives alone", "An old man named 【姓名】 lives alone"),
])
def test_only_the_name_goes(text: str, masked: str) -> None:
    assert mask(text) == masked


def test_a_name_told_once_is_masked_wherever_it_stands_after() -> None:
    told = scan("邻居老太太叫李秀兰，好几天没出门了，李秀兰家门口全是落叶，秀兰她腿脚不好")
    assert "李秀兰" in told.names and "秀兰" not in told.text, told.text
    # … and in every later text about the ticket (staff's result, a supplement).
    assert mask("已上门看望李秀兰，送去了米面", told.names) == "已上门看望【姓名】，送去了米面"


def test_a_surname_told_alone_stays_as_before_a_title() -> None:
    assert mask("老板姓王，天天占道经营") == "老板姓王，天天占道经营"
    assert mask("他姓什么我不知道，叫什么也不知道") == "他姓什么我不知道，叫什么也不知道"


_JOINS = st.sampled_from(["，", "。", "；", "\n", "！"])


@given(st.lists(st.sampled_from(NEGATIVES), min_size=1, max_size=4), _JOINS)
def test_a_text_with_no_name_told_loses_nothing(parts: list[str], join: str) -> None:
    text = join.join(parts)
    assert mask(text) == text


@given(st.lists(st.sampled_from(NEGATIVES), max_size=3), st.sampled_from(POSITIVES), _JOINS)
def test_masking_is_idempotent_and_the_name_never_comes_back(others: list[str],
                                                            told: tuple[str, str], join: str) -> None:
    text, name = told
    masked = mask(join.join([*others, text]))
    assert mask(masked) == masked and not _left(masked, name), masked


# The holder named on a bank account or card (outside tester, round 21: 开户名李桂兰 reached the
# unit's group, /show and the ledger whole): the name goes, as after 联系人 or 申请人; the words
# that name the account stay.
_HOLDERS = ("开户名", "户名", "账户名", "开户名称", "账户名称", "开户人", "收款人", "持卡人")


@pytest.mark.parametrize(("text", "masked"), [
    ("这个月的低保钱没进卡，开户名李桂兰，麻烦查一下", "这个月的低保钱没进卡，开户名【姓名】，麻烦查一下"),
    ("收款人：刘德华", "收款人：【姓名】"),
    ("养老金打到哪张卡上了？持卡人是王秀珍", "养老金打到哪张卡上了？持卡人是【姓名】"),
    ("账户名：张建国，补贴一直没到账", "账户名：【姓名】，补贴一直没到账"),
    ("户名：欧阳春花，开户行是农商银行", "户名：【姓名】，开户行是农商银行"),
    ("开户名称：赵铁柱 卡号【银行卡号】", "开户名称：【姓名】 卡号【银行卡号】"),
    ("开户人孙桂芝说钱没到", "开户人【姓名】说钱没到"),
    ("收款人为马小军，已经三个月没收到", "收款人为【姓名】，已经三个月没收到"),
    ("开户名：LI GUILAN", "开户名：【姓名】"),
])
def test_an_account_holders_name_goes(text: str, masked: str) -> None:
    assert mask(text) == masked
    assert mask(masked) == masked


@pytest.mark.parametrize("text", [
    "客户名单上没有俺家，补贴没发下来",
    "用户名和密码都忘了，社保网站登不上去",
    "收款人的账户被冻结了，钱退不回来",
    "持卡人本人要到柜台办理吗",
    "开户行说户名对不上，钱退回来了",
])
def test_account_words_with_no_name_after_them_stay(text: str) -> None:
    assert mask(text) == text


@given(st.sampled_from(_HOLDERS), st.sampled_from(["", "：", ":", "是", "为", " "]),
       st.sampled_from(["李桂兰", "刘德华", "王小明", "张建国", "陈秀英", "杨红"]),
       st.sampled_from(["", "，", "。", "，身份证【身份证号】", " 卡号【银行卡号】"]))
def test_an_account_holders_name_never_stays(holder: str, link: str, name: str,
                                             after: str) -> None:
    text = f"低保金没到账，{holder}{link}{name}{after}"
    masked = mask(text)
    assert not _left(masked, name) and LABEL in masked and holder in masked, masked
    assert mask(masked) == masked
