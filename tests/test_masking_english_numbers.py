"""Phones said the English way that outside testers found unmasked (refs #10): repeated digits
(double zero, triple six) and grouped numbers (one thirty nine, twelve thirty four, fifty six
seventy eight). Masked when the digits make a mobile number (11 digits starting with 1) or a
landline; prices, dates, times and counts said the same way stay."""

from __future__ import annotations

import pytest

from bot.domain.privacy import mask, mask_public, scan


@pytest.mark.parametrize(("text", "digits"), [
    ("call me on one three nine double zero five three one two three four", "13900531234"),
    ("phone one three eight triple six two one two three four", "13866621234"),
    ("my mobile is one thirty nine, twelve thirty four, fifty six seventy eight", "13912345678"),
    ("reach me at one thirty eight, oh five thirty seven, twelve thirty four", "13805371234"),
    ("one three nine, double oh, five three, twelve thirty four", "13900531234"),
    ("landline oh five three seven, eight double two, thirty four fifty six", "05378223456"),
    ("Call ONE THIRTY NINE TWELVE THIRTY FOUR FIFTY-SIX SEVENTY-EIGHT now", "13912345678"),
])
def test_a_phone_said_in_english_groups_or_with_double_is_masked(text: str, digits: str) -> None:
    found = scan(text)
    assert "【电话】" in found.text and found.phones == (digits,), (text, found)
    assert "【电话】" in mask_public(text)
    for word in ("double", "triple", "thirty", "twelve", "fifty"):
        assert word not in found.text.lower().replace("call me on", ""), found.text


@pytest.mark.parametrize("text", [
    "the water bill was one thirty nine, twelve thirty four last month",
    "the meeting is at one thirty, then two fifteen and three forty five",
    "it cost twenty five yuan, thirty yuan with delivery",
    "since nineteen ninety eight, and again in twenty twenty four",
    "a double room, triple the price, twelve people",
    "I waited one thirty to two thirty",
    "twenty, thirty, forty, fifty, sixty households have no water",
    "room double six, floor twelve",
])
def test_ordinary_english_numbers_stay(text: str) -> None:
    assert mask(text) == text
    assert mask_public(text) == text
