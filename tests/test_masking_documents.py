"""Document numbers an outside tester found reaching the unit unmasked (refs #10): a passport or
travel-permit number after its word (护照号E87654321, 港澳通行证C12345678, 台胞证, 回乡证, passport
no. …) in any writing, and an ID number with digits after it (残疾证号 + 20 digits) with or
without a word; model and ticket numbers without such a word stay."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.privacy import mask, scan


@pytest.mark.parametrize(("text", "masked"), [
    ("我的护照号E87654321丢了", "我的护照号【证件号】丢了"),
    ("港澳通行证C12345678过期了", "港澳通行证【证件号】过期了"),
    ("台胞证号码12345678，办不了社保", "台胞证号码【证件号】，办不了社保"),
    ("回乡证H1234567801在窗口被退回", "回乡证【证件号】在窗口被退回"),
    ("护照号码：E 8765 4321，请帮忙查", "护照号码：【证件号】，请帮忙查"),
    ("护照号是Ｅ８７６５４３２１，丢了", "护照号是【证件号】，丢了"),
    ("往来台湾通行证：T-1234-5678", "往来台湾通行证：【证件号】"),
    ("社保卡号A12345678补不了", "社保卡号【证件号】补不了"),
    ("My passport no. E87654321 was lost", "My passport no. 【证件号】 was lost"),
    ("Passport number: EA 1234567, please help", "Passport number: 【证件号】, please help"),
    ("HK ID card A123456(7) is mine", "HK ID card 【证件号】 is mine"),
    ("残疾证号37082819550303122642，补贴没到", "残疾证号【身份证号】，补贴没到"),
    ("残疾证号码 370828 19550303 1226 42", "残疾证号码 【身份证号】"),
    ("社保卡号37082819550303122642", "社保卡号【身份证号】"),
    ("医保卡号：3708281955-0303122642", "医保卡号：【身份证号】"),
    ("37082819550303122642是我的残疾证", "【身份证号】是我的残疾证"),
    ("驾驶证号370828195503031226扣分", "驾驶证号【身份证号】扣分"),
])
def test_a_document_number_is_masked(text: str, masked: str) -> None:
    assert mask(text) == masked


@pytest.mark.parametrize("text", [
    "型号ABC12345678的热水器坏了", "车票号E123456789退不了", "护照办理要多久", "护照2025-03-01到期",
    "护照的事，工单20261127-0001还没回", "My passport expired in 2024", "签证 20261127-0001",
    "passport office closes at 5", "买了370828195503031226100元的东西", "医保卡100000元被扣光了",
    "社保卡 2023年12月办的", "驾驶证 B2 12分扣完了",
])
def test_a_number_without_a_document_word_stays(text: str) -> None:
    assert mask(text) == text


def test_a_document_number_is_no_call_back_number() -> None:
    assert scan("护照号码：E 8765 4321，电话13905371234").phones == ("13905371234",)


_WORDS = ["护照号", "护照号码：", "港澳通行证", "往来港澳通行证号码", "台胞证号", "回乡证：", "居住证号码是",
          "passport no. ", "Passport Number: ", "travel permit ", "home return permit No."]
_SERIES = ["E", "G", "C", "H", "EA", "T", "", "ｅ"]


@given(st.sampled_from(_WORDS), st.sampled_from(_SERIES), st.text("0123456789", min_size=8, max_size=10),
       st.sampled_from(["", " ", "-", "－", "　"]), st.sampled_from(["，请尽快处理", " lost", "。", ""]))
def test_any_document_number_after_its_word_is_gone(word: str, series: str, digits: str, cut: str,
                                                   after: str) -> None:
    number = f"{series}{digits[:4]}{cut}{digits[4:]}"
    masked = mask(f"{word}{number}{after}")
    assert digits[:4] not in masked and digits[4:] not in masked, masked
    assert masked.endswith(after), masked


@given(st.sampled_from(["370828", "110105", "620102"]), st.dates(dt.date(1920, 1, 1), dt.date(2025, 12, 31))
       .map(lambda d: d.strftime("%Y%m%d")), st.text("0123456789", min_size=4, max_size=4),
       st.text("0123456789", min_size=1, max_size=3),
       st.sampled_from(["残疾证号", "社保卡号", "医保卡号", "", "编号"]))
def test_an_id_number_with_digits_after_it_is_gone(region: str, born: str, sequence: str, suffix: str,
                                                   word: str) -> None:
    masked = mask(f"{word}{region}{born}{sequence}{suffix}，补贴一直没到")
    assert born not in masked and masked.endswith("，补贴一直没到"), masked
