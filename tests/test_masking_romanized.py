"""Names in pinyin that outside testers found unmasked (refs #10): a pinyin name after a Chinese
cue (联系人：sun li qiang), a Chinese name that shows up spelled in pinyin later in the same text
(孙立强 … Sun Liqiang), and a given name alone once the full name is known (王桂兰 … 桂兰她)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.privacy import mask, mask_public, scan


@pytest.mark.parametrize(("text", "masked"), [
    ("我家漏水了，联系人：sun li qiang，电话138****1234", "我家漏水了，联系人：【姓名】，电话【电话】"),
    ("联系人：Sun Liqiang", "联系人：【姓名】"),
    ("联系人 SUN LI QIANG，电话找他", "联系人 【姓名】，电话找他"),
    ("我叫sunliqiang，家里停水了", "我叫【姓名】，家里停水了"),
    ("我是Sun Li Qiang，家里停水了", "我是【姓名】，家里停水了"),
    ("姓名：wang gui lan", "姓名：【姓名】"),
    ("本人 zhang san，路灯坏了", "本人 【姓名】，路灯坏了"),
    ("我叫 ouyang nana", "我叫 【姓名】"),
])
def test_a_pinyin_name_after_a_chinese_cue_is_masked(text: str, masked: str) -> None:
    assert mask(text) == masked
    assert "【姓名】" in mask_public(text)


@pytest.mark.parametrize("text", [
    "我是ok的，谢谢", "我叫了wifi师傅", "本人 OK", "我是 boss", "联系人：I will call later",
    "我是 the owner", "我是 taxi 司机", "我是 ye zhu，电梯坏了", "本人 lao ren", "我是 zhe li de",
])
def test_latin_words_after_a_chinese_cue_that_are_no_name_stay(text: str) -> None:
    assert mask(text) == text


def test_a_pinyin_name_found_after_a_cue_goes_in_every_spelling() -> None:
    found = scan("联系人：sun li qiang。Sun Liqiang 说 SUNLIQIANG 家的水管爆了")
    assert found.text == "联系人：【姓名】。【姓名】 说 【姓名】 家的水管爆了"


@pytest.mark.parametrize(("text", "masked"), [
    ("我叫孙立强，sun li qiang 家漏水", "我叫【姓名】，【姓名】 家漏水"),
    ("联系人：孙立强（Sun Liqiang）", "联系人：【姓名】（【姓名】）"),
    ("我是孙立强，Liqiang Sun 是我", "我是【姓名】，【姓名】 是我"),
])
def test_a_chinese_name_masks_its_pinyin_spelling_in_the_same_text(text: str, masked: str) -> None:
    assert mask(text) == masked


def test_a_known_chinese_name_masks_its_pinyin_spelling() -> None:
    assert mask("Sun Liqiang 家的水表坏了", ["孙立强"]) == "【姓名】 家的水表坏了"
    assert mask("sun li qiang", ["孙立强"]) == "【姓名】"
    assert mask("sunshine li qiang", ["孙立强"]) == "sunshine li qiang"  # whole words only


@pytest.mark.parametrize(("text", "masked"), [
    ("我叫王桂兰，桂兰她一个人住", "我叫【姓名】，【姓名】她一个人住"),
    ("联系人：王桂兰。桂兰大姐家漏水好几天了", "联系人：【姓名】。【姓名】大姐家漏水好几天了"),
    ("王桂兰家漏水，桂兰大姐说很久了", "【姓名】家漏水，【姓名】大姐说很久了"),  # never 王【姓名】
])
def test_a_given_name_alone_is_masked_where_the_full_name_is(text: str, masked: str) -> None:
    assert mask(text) == masked


def test_a_known_full_name_masks_its_given_name_in_a_later_text() -> None:
    assert mask("桂兰她一个人住，桂兰家没人", ["王桂兰"]) == "【姓名】她一个人住，【姓名】家没人"
    assert mask("张三来过了", ["张三"]) == "【姓名】来过了"  # a one-character given name: whole only
    assert mask("三组停水了", ["张三"]) == "三组停水了"
    # A given name that is also a word goes where it is said of a person only.
    assert mask("建国以来头一回，建国他说等不了了", ["王建国"]) == "建国以来头一回，【姓名】他说等不了了"
    assert mask("海洋馆停水了，找海洋大哥", ["刘海洋"]) == "海洋馆停水了，找【姓名】大哥"


NAMES = {"孙立强": ["sun", "li", "qiang"], "王桂兰": ["wang", "gui", "lan"],
         "欧阳娜娜": ["ouyang", "na", "na"], "李建华": ["li", "jian", "hua"],
         "张秀英": ["zhang", "xiu", "ying"], "刘洋": ["liu", "yang"], "陈晓梅": ["chen", "xiao", "mei"]}


@given(st.sampled_from(sorted(NAMES)), st.sampled_from(["spaced", "joined", "given joined"]),
       st.sampled_from([str.lower, str.upper, str.title]), st.booleans())
def test_a_name_in_characters_is_masked_in_any_pinyin_spelling(
        name: str, joining: str, case: Callable[[str], str], given_first: bool) -> None:
    surname, given_name = NAMES[name][:1], NAMES[name][1:]
    if name.startswith("欧阳"):
        surname, given_name = ["ou", "yang"] if joining == "spaced" else ["ouyang"], NAMES[name][1:]
    parts = [" ".join(surname) if joining == "spaced" else "".join(surname),
             " ".join(given_name) if joining == "spaced" else "".join(given_name)]
    if given_first and joining != "joined":  # Liqiang Sun, never LiqiangSun
        parts.reverse()
    spelled = case(" ".join(parts) if joining != "joined" else "".join(parts))
    text = f"我叫{name}，{spelled} 家停水了"
    assert mask(text) == "我叫【姓名】，【姓名】 家停水了", (text, mask(text))
