"""A Telegram username written to mention someone (@wang_xiaomei) is personal data: it goes whole
as 【账号】 for everyone but the citizen, never half-shown by a known name inside it (an outside
tester saw @wang_【姓名】 posted to the public channel); an e-mail address stays 【邮箱】 and an @
before too short a word or before digits is no one's handle (refs #10)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.domain.privacy import mask, mask_public

HANDLES = st.from_regex(r"[A-Za-z][A-Za-z0-9_]{4,31}", fullmatch=True)
BEFORE = st.sampled_from(("", "请联系", "已由 ", "经办人", "回访人：", "Contact "))
AFTER = st.sampled_from(("", " 回访", "，满意", "处理了", " thanks", "。"))


@settings(max_examples=300, deadline=None)
@given(handle=HANDLES, before=BEFORE, after=AFTER, at=st.sampled_from("@＠"))
def test_a_username_goes_whole(handle: str, before: str, after: str, at: str) -> None:
    text = f"{before}{at}{handle}{after}"
    for masked in (mask(text), mask_public(text)):
        assert masked == f"{before}【账号】{after}", (text, masked)


@settings(max_examples=100, deadline=None)
@given(before=BEFORE, after=AFTER)
def test_a_known_name_never_half_shows_a_username(before: str, after: str) -> None:
    text = f"{before}@wang_xiaomei{after}"
    for masked in (mask(text, ["王晓梅", "Xiaomei Wang"]), mask_public(text, ["Xiaomei Wang"])):
        assert "wang" not in masked.lower() and "xiaomei" not in masked.lower(), masked
        assert "【账号】" in masked


def test_an_email_stays_an_email() -> None:
    assert mask("邮箱 wang.xiaomei@qq.com") == "邮箱 【邮箱】"
    assert mask("email me at li@163.com") == "email me at 【邮箱】"


def test_an_at_before_no_handle_stays() -> None:
    for text in ("@abc 你好", "价格@10元", "@县长 请看看", "@_underscore 开头", "a@b"):
        assert mask(text) == text, mask(text)
