"""Whose a phone number is, as the words before it tell (bot/domain/privacy/whose.py; refs #10):
a relative named right before it, or the relative the writer says they are; nobody otherwise."""

from __future__ import annotations

import pytest

from bot.domain.privacy.whose import OTHERS, whose
from bot.texts import call_back


@pytest.mark.parametrize(("text", "owners"), [
    ("我是老人的儿子，他家停电了。联系电话 138-1234-5678", {"13812345678": "儿子"}),
    ("联系我闺女 13912345678 她在家", {"13912345678": "闺女"}),
    ("邻居电话幺三九一二三四五六七八", {"13912345678": "邻居"}),
    ("我儿子的手机号是：139 1234 5678，我的是13700001111", {"13912345678": "儿子"}),
    # No one named before the number: the writer's own, whatever else the words say.
    ("我女儿生病了，电话13912345678", {}),
    ("王先生电话13912345678", {}),  # a title, not a husband
    ("张姐电话13912345678", {}),  # a name, not a sister
    ("路灯坏了，电话13912345678", {}),
    # The same in English.
    ("No water since Monday. My daughter's number is 13912345678", {"13912345678": "daughter"}),
    ("I'm her grandson, call me on 13812345678", {"13812345678": "grandson"}),
    ("my phone 13812345678", {}),
    # Someone else's, as the words before or after it say (round 20's outside tester): not the
    # writer's own, nor a relative's.
    ("他电话是15812345678，一直打我电话骚扰", {"15812345678": OTHERS}),
    ("15812345678这个号码一直打我电话骚扰", {"15812345678": OTHERS}),
    ("对方的手机号是158 1234 5678", {"15812345678": OTHERS}),
    ("被15812345678骚扰了一个月", {"15812345678": OTHERS}),
    ("用15812345678天天发短信骂我", {"15812345678": OTHERS}),
    ("His number is 15812345678 and he keeps calling me", {"15812345678": OTHERS}),
    ("15812345678 keeps calling me at night", {"15812345678": OTHERS}),
    # The writer's own stays theirs, whatever follows.
    ("我的电话13912345678，打我就行", {}), ("电话13912345678，有事打我", {}),
    ("我电话13912345678，经常被骚扰", {}), ("有事打我13600002222", {}),
    ("他电话15812345678一直骚扰我，我的电话13700001111", {"15812345678": OTHERS}),
    ("我用13912345678注册的账号被封了", {}), ("有事来电13912345678", {}),
    ("家里电话打不通，其他电话13912345678", {}),
])
def test_whose_reads_the_relative_the_words_tie_to_a_number(
        text: str, owners: dict[str, str]) -> None:
    assert whose(text) == owners


def test_an_english_relative_is_named_to_staff_in_chinese() -> None:
    told = call_back.contact_numbers("20261202-0001", [("13912345678", "text", "daughter"),
                                                       ("13700001111", "text", "")])
    assert "13912345678</code>　联系电话（女儿，反映内容中）" in told
    assert "13700001111</code>　市民所留电话（反映内容中）" in told and "市民电话" not in told


def test_someone_elses_number_is_named_so_to_staff() -> None:
    told = call_back.contact_numbers("20261202-0001", [("15812345678", "text", OTHERS),
                                                       ("13800001111", "forwarded", ""),
                                                       ("13700001111", "text", "")])
    assert "15812345678</code>　反映内容中提到的他人电话（不是市民本人的）" in told
    assert "13800001111</code>　市民转发的消息中的电话（不是市民本人的）" in told
    assert "13700001111</code>　市民所留电话（反映内容中）" in told
