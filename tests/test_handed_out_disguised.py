"""An ID number or bank card a staff answer hands the citizen, written so a machine misses it
(round 28; outside tester T27, finding 1; refs #10): `handed_out.for_citizen` reads the answer as
the masking reads every text (`privacy.mask_kinds`: zero-width separators, a reversed number,
full-width, Chinese, radio or pinyin digits, spaced or dashed groups), so someone else's number
becomes 【身份证号】/【银行卡号】 and the citizen's own, written any way on the ticket, stays."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.domain.handed_out import HIDDEN, for_citizen
from bot.domain.privacy import mask_kinds, numbers_in
from bot.domain.privacy import numbers as _numbers
from tests import maskattackkit as kit

ID = "370828195503031226"
OWN_ID = "370828198801010016"
CARD = "6222021612345678901"
ZW = "\u200b"
_CN = dict(zip("0123456789", "零幺二三四五六七八九", strict=True))


def _full(digits: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) for ch in digits)


@pytest.mark.parametrize(("text", "shown"), [
    (f"户主身份证{_full(ID)}已核对", "户主身份证【身份证号】已核对"),
    (f"户主身份证 {ID[:4]} {ID[4:8]} {ID[8:12]} {ID[12:16]} {ID[16:]} 已核对",
     "户主身份证 【身份证号】 已核对"),
    (f"户主身份证{ID[:6]}-{ID[6:14]}-{ID[14:]}已核对", "户主身份证【身份证号】已核对"),
    ("户主身份证" + "".join(_CN[d] for d in ID) + "已核对", "户主身份证【身份证号】已核对"),
    (f"户主身份证{ID[:3]}{ZW}{ID[3:9]}{ZW}{ID[9:]}已核对", "户主身份证【身份证号】已核对"),
    (f"户主身份证\u202e{ID[::-1]}\u202c已核对", "户主身份证【身份证号】已核对"),
    ("户主身份证 " + " ".join(kit.PINYIN[d] for d in ID) + " 已核对", "户主身份证 【身份证号】 已核对"),
    (f"补贴打到卡{ZW.join([CARD[:4], CARD[4:8], CARD[8:12], CARD[12:16], CARD[16:]])}上了",
     "补贴打到卡【银行卡号】上了"),
    (f"补贴打到卡{_full(CARD[:8])} {_full(CARD[8:])}上了", "补贴打到卡【银行卡号】上了"),
    (f"卡号{CARD[:4]}-{CARD[4:8]}-{CARD[8:12]}-{CARD[12:16]}-{CARD[16:]}", "卡号【银行卡号】"),
    ("卡号" + "".join(_CN[d] for d in CARD), "卡号【银行卡号】"),
])
def test_someone_elses_disguised_number_is_masked_for_the_citizen(text: str, shown: str) -> None:
    assert for_citizen(text) == shown
    # ... and the same number the citizen gave on their ticket (written plainly) is theirs.
    assert for_citizen(text, f"我的身份证{ID}，补贴卡{CARD}") == text


def test_the_citizens_own_number_stays_however_either_side_wrote_it() -> None:
    own_words = f"我身份证{OWN_ID[:6]}{ZW}{OWN_ID[6:]}，补贴没到"
    answer = (f"您的身份证{_full(OWN_ID)}已核对，户主的身份证{ID[:6]} {ID[6:14]} {ID[14:]}"
              f"也核对了，电话13905371234")
    assert for_citizen(answer, own_words) == (f"您的身份证{_full(OWN_ID)}已核对，户主的身份证"
                                              "【身份证号】也核对了，电话13905371234")


def test_only_the_kinds_asked_for_are_masked() -> None:
    text = f"户主王德福，电话1390537{ZW}1234，身份证{ID[:9]}{ZW}{ID[9:]}"
    # What stays is shown as the reader sees it: the zero-width spaces are gone with the mask.
    assert mask_kinds(text, HIDDEN) == "户主王德福，电话13905371234，身份证【身份证号】"
    assert mask_kinds(text, (_numbers.PHONE,)) == f"户主王德福，电话【电话】，身份证{ID}"
    assert numbers_in(text, HIDDEN) == {ID}
    assert numbers_in(f"电话1390537{ZW}1234", HIDDEN) == frozenset()


def test_a_text_with_nothing_to_mask_comes_back_as_written() -> None:
    for text in (f"水管已修好{ZW}，请放心", "工单20261204-0001已办结，补贴300元，电话12345",
                 "管道已修好，水压正常"):
        assert for_citizen(text) == text


_ZWS = st.sampled_from(["\u200b", "\u200c", "\u2060", "\ufeff", "\u00ad"])


@st.composite
def disguised(draw: st.DrawFn) -> tuple[str, str]:
    """An ID number or bank card, as its digits and written in some disguise."""
    piece = draw(st.one_of(kit.ids(), kit.cards()))
    digits = kit.digits_shown(piece.written)
    if piece.kind == "id" and len(digits) == 17:
        digits += "X"
    style = draw(st.sampled_from(["as_kit", "zero_width", "reversed", "chinese", "pinyin"]))
    if style == "zero_width" or (style != "as_kit" and "X" in digits):
        cut = sorted(draw(st.sets(st.integers(1, len(digits) - 1), min_size=1, max_size=4)))
        zw = draw(_ZWS)
        written = zw.join(digits[a:b] for a, b in zip([0, *cut], [*cut, len(digits)], strict=True))
    elif style == "reversed":
        written = f"\u202e{digits[::-1]}\u202c"
    elif style == "chinese":
        written = "".join(_CN[d] for d in digits)
    elif style == "pinyin":
        written = " " + " ".join(kit.PINYIN[d] for d in digits) + " "
    else:
        written = piece.written
    return digits, written


_FRAMES = ("户主身份证{}已核对", "补贴打到户主的卡{}上了", "经核实，{}，请知悉", "{}", "卡号：{}。",
           "另：户主赵德胜身份证号码 {} 已核对")


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(disguised(), st.sampled_from(_FRAMES), st.booleans())
def test_for_citizen_never_leaves_an_id_or_card_not_the_citizens_own(
        number: tuple[str, str], frame: str, owned: bool) -> None:
    digits, written = number
    own_words = f"我的号码{digits}" if owned else "我家停水两天了"
    text = frame.format(written)
    shown = for_citizen(text, own_words)
    assert numbers_in(shown, HIDDEN) <= numbers_in(own_words, HIDDEN), (text, shown)
    if owned:
        assert shown == text
    else:
        assert any(label in shown for label in ("【身份证号】", "【银行卡号】", "【证件号】")), (text, shown)
        read = kit.digits_shown(shown)
        assert not any(digits[i:i + 6] in read for i in range(len(digits) - 5)), (text, shown)


@pytest.mark.parametrize("text", [
    # a social security card named as such (outside tester T28, finding 7: the word 社保卡 kept
    # its number whole for the citizen, full-width and spaced, or plain)
    f"已打到您父亲的社保卡（卡号：{_full(CARD[:4])}\u3000{_full(CARD[4:8])}\u3000{_full(CARD[8:])}）",
    f"钱转到社保卡{CARD}上了",
])
def test_a_social_security_card_is_masked_for_the_citizen(text: str) -> None:
    shown = for_citizen(text)
    assert CARD not in "".join(ch for ch in unicodedata.normalize("NFKC", shown) if ch.isdigit())
    assert "【" in shown, shown
