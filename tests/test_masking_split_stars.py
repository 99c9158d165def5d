"""A mobile number split by stars is a phone (outside tester, round 26, finding 4; refs #10):
138**0537**1234 holds all eleven digits of a mobile with stars between its groups, and was labelled
【身份证号】 for its fifteen signs. Stars that hide digits are still read by their count and cue."""

from __future__ import annotations

from bot.domain.privacy import mask, mask_public


def test_eleven_digits_split_by_stars_are_a_phone_for_every_reader() -> None:
    for text, shown in (("有事打我电话159**6612**0087", "有事打我电话【电话】"),
                        ("联系方式：1861234*5566", "联系方式：【电话】"),
                        ("号码是151***2268***4410，晚上打", "号码是【电话】，晚上打")):
        assert mask(text) == shown and mask_public(text) == shown, text


def test_stars_that_hide_digits_keep_their_labels() -> None:
    assert mask("身份证号159**6612**0087") == "身份证号【身份证号】"
    assert mask("我手机159****0087") == "我手机【电话】"
    assert mask("3708**********0087") == "【身份证号】"
    assert mask("算式12*34567等于多少") == "算式12*34567等于多少"
