"""Personal data hidden from the masker by what a reader never notices is masked all the same
(refs #10, tester31): zero-width spaces and joiners, a word joiner, a soft hyphen, non-breaking
and thin spaces, tildes, a right-to-left override around a reversed number, marks drawn over
digits, digits of another script — and traditional characters, in the labels that cue a name and
in the citizen's own name (bot/domain/privacy/plain.py, read once before any matching)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.domain.privacy import mask, mask_public, public_clauses, scan
from bot.render import clean
from tests import maskattackkit as kit

_SETTINGS = settings(max_examples=200, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])
HIDERS = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\u00a0", "\u2009", "\u202f", "~",
          "\ufeff", "\u200e", "\u2002", "～"]


@pytest.mark.parametrize(("text", "secret"), [
    ("联系我139\u200b0537\u200b1234，我叫李\u200b秀英", "13905371234"),
    ("139\u00a00537\u00a01238", "13905371238"),
    ("370828\u200b19900307\u200b123X", "37082819900307123"),
    ("路灯坏了\u202e4321 7350 931\u202c", "13905371234"),
    ("路灯坏了\u202e4321 7350 931", "13905371234"),  # an override left open
    ("停水了\u202b1234 0537 139\u202c快来", "13905371234"),  # an embedding: its groups reversed
    ("电话：1\u03363\u03369\u03360\u03365\u03363\u03367\u03361\u03362\u03363\u03364", "1390537123"),
    ("手机١٣٩٠٥٣٧١٢٣٤", "13905371234"),  # Arabic-Indic digits
    ("卡号6222\u20600211\u20601234\u20605678", "6222021112345678"),
    ("139~0537~1234 找我", "13905371234"),
])
def test_a_number_hidden_by_invisible_or_unusual_separators_is_masked(text: str,
                                                                     secret: str) -> None:
    for shown in (mask(text), mask_public(text)):
        assert secret[:7] not in kit.digits_shown(shown), (text, shown)


@pytest.mark.parametrize(("text", "name"), [
    ("联系我139\u200b0537\u200b1234，我叫李\u200b秀英", "秀英"),
    ("我叫王\u2060德\u2060福，家里停水了", "德福"),
    ("联系人：赵\u00ad桂\u00ad兰，路灯坏了", "桂兰"),
    ("聯繫人：陳美玲，社區垃圾桶滿了", "美玲"),
    ("我叫張秀蘭，家門口的路燈壞了", "秀蘭"),
    ("姓名：劉德華，電話打不通", "德華"),
])
def test_a_name_hidden_the_same_way_or_written_in_traditional_script_is_masked(
        text: str, name: str) -> None:
    for shown in (mask(text), mask_public(text)):
        assert name not in shown and "【姓名】" in shown, (text, shown)


@pytest.mark.parametrize(("text", "known", "hidden"), [
    ("王曉梅家的暖气不热，曉梅她腿不好", "王晓梅", "曉梅"),
    ("王晓梅家的暖气不热，晓梅她腿不好", "王曉梅", "晓梅"),
    ("陳建國反映路燈壞了，建國說好幾天了", "陈建国", "建國"),
    ("李\u200b秀英家停水了", "李秀英", "秀英"),
])
def test_the_citizens_own_name_is_masked_across_scripts_and_hiders(text: str, known: str,
                                                                   hidden: str) -> None:
    shown = mask(text, [known])
    assert hidden not in shown and known not in shown, shown


@pytest.mark.parametrize("text", [
    "社區垃圾桶滿了，沒人清理", "路灯坏了3~5天了", "家里👨\u200d👩\u200d👧\u200d👦四口人都没水喝",
    "国旗🏳️\u200d🌈不见了", "水费涨到 3 元\u00a0一吨", "通知2026-12-01停水",
])
def test_what_holds_no_personal_data_reads_as_written(text: str) -> None:
    assert mask(text) == text


def test_the_writers_own_script_stays_around_what_was_masked() -> None:
    assert mask("聯繫人：陳美玲，社區垃圾桶滿了") == "聯繫人：【姓名】，社區垃圾桶滿了"
    assert mask("我叫李\u200b秀英，門口路燈壞了") == "我叫【姓名】，門口路燈壞了"


def test_the_phone_read_through_the_hiders_is_the_citizens_number() -> None:
    assert scan("打139\u200b0537\u200b1234找我").phones == ("13905371234",)
    assert scan("路灯坏了\u202e4321 7350 931\u202c").phones == ("13905371234",)


def test_a_published_result_drops_the_clauses_a_hidden_phone_or_a_traditional_name_were_in(
        ) -> None:
    text = "经与户主139\u00a00537\u00a01234核实无误，聯繫人陳美玲确认，已更换路灯"
    assert public_clauses(text) == "已更换路灯"


# What each hider stands for to a reader: nothing, a space, or a dash between digits.
_PLAIN = {**dict.fromkeys(HIDERS, ""), "\u00a0": " ", "\u2009": " ", "\u202f": " ",
          "\u2002": " ", "~": "-", "～": "-"}


@st.composite
def _hidden(draw: st.DrawFn, pieces: st.SearchStrategy[kit.Piece]
            ) -> tuple[kit.Piece, str, str]:
    piece = draw(pieces)
    chars, plain = list(piece.written), list(piece.written)
    for at in sorted(draw(st.lists(st.integers(1, max(1, len(chars) - 1)), min_size=1,
                                   max_size=4)), reverse=True):
        hider = draw(st.sampled_from(HIDERS))
        chars.insert(at, hider)
        plain.insert(at, _PLAIN[hider])
    frame = draw(st.sampled_from(["{x}", "路灯坏了{x}快来修", "联系我{x}，谢谢", "（{x}）"]))
    return piece, frame.format(x="".join(chars)), frame.format(x="".join(plain))


def _shows(piece: kit.Piece, shown: str) -> bool:
    digits = kit.digits_shown(shown)
    return any(piece.secret[i:i + 7] in digits for i in range(len(piece.secret) - 6))


@pytest.mark.parametrize("text", ["130～.0000.0000", "139.~0537.~1234", "139~．0537~．1234",
                                  "370828.~19900307.~123X", "37082820010605346~X",
                                  "37082820010605346～ｘ"])
def test_a_tilde_beside_a_dot_still_separates_digit_groups(text: str) -> None:
    """Found by Hypothesis: a tilde next to the dot of a dotted number (130～.0000) was kept."""
    for reader in (mask, mask_public):
        assert not any(ch.isdigit() for ch in reader(text)), reader(text)


@_SETTINGS
@given(_hidden(st.one_of(kit.mobiles(), kit.ids())))
def test_hiders_inside_a_number_hide_it_from_no_one(framed: tuple[kit.Piece, str, str]) -> None:
    """Whatever the masker finds in a number written plainly it finds with hiders inside."""
    piece, text, plain = framed
    if any(w in piece.written for w in ("one", "yao", "\ufe0f")):
        return  # numbers said in words: a hider inside a word makes no word
    for reader in (mask, mask_public):
        assert not _shows(piece, reader(text)) or _shows(piece, reader(plain)), \
            (text, reader(text))


@_SETTINGS
@given(kit.chinese_names(), st.lists(st.sampled_from(HIDERS[:6]), min_size=1, max_size=3),
       st.sampled_from(["我叫{n}，", "联系人：{n}", "户主是{n}。", "有事找{n}就行"]))
def test_hiders_inside_a_name_never_leave_it_half_shown(name: str, hiders: list[str],
                                                        frame: str) -> None:
    spelled = name[0] + "".join(hiders) + name[1:]
    text = frame.format(n=spelled)
    for shown in (mask(text), mask_public(text)):
        plain = "".join(ch for ch in shown if ch not in HIDERS)
        assert name[1:] not in plain and name not in plain, (text, shown)


@pytest.mark.parametrize(("written", "seen"), [
    ("路灯坏了\u202e4321 7350 931\u202c", "路灯坏了139 0537 1234"),
    ("路灯坏了\u202e4321 7350 931", "路灯坏了139 0537 1234"),
    ("停水\u202b1234 0537 139\u202c了", "停水139 0537 1234了"),
    ("电话\u20678765 4321\u2069找我", "电话4321 8765找我"),
    ("第一行\u202e321\n第二行", "第一行123\n第二行"),  # a line ends every override
])
def test_a_text_turned_round_is_stored_as_its_writer_saw_it(written: str, seen: str) -> None:
    assert clean(written) == seen
