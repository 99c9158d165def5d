"""Whose a phone number is, as the words before it tell (bot/domain/privacy/whose.py; refs #10):
a relative named right before it, or the relative the writer says they are; nobody otherwise."""

from __future__ import annotations

import pytest

from bot.domain.privacy.whose import whose
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
])
def test_whose_reads_the_relative_the_words_tie_to_a_number(
        text: str, owners: dict[str, str]) -> None:
    assert whose(text) == owners


def test_an_english_relative_is_named_to_staff_in_chinese() -> None:
    told = call_back.contact_numbers("20261202-0001", [("13912345678", "text", "daughter"),
                                                       ("13700001111", "text", "")])
    assert "13912345678</code>　联系电话（女儿，反映内容中）" in told
    assert "13700001111</code>　市民所留电话（反映内容中）" in told and "市民电话" not in told
