"""An outside tester's leaks (SPEC §5, "in any writing"): a phone number written half in Chinese
numerals and half in English or pinyin digit words (one三九 1234 5678, dian hua yao san ba …), read
out the radio way (洞 0, 拐 7, 勾 9) or in groups with commas between them, and a name spelled in
pinyin after its cue (wo jiao zhang gui lan). Each by class, with the everyday text around the
same words that must stay; then what a unit's group and `/contact` show of such a report."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.privacy import mask, mask_public, scan
from tests.fuzzkit import WATER_STAFF, Rig, unit_chat

PHONE = "13905371234"
# Each digit as people say or type it.
WAYS = {
    "0": ["0", "零", "〇", "zero", "ling", "洞", "dong"], "1": ["1", "一", "幺", "one", "yi", "yao"],
    "2": ["2", "二", "两", "two", "er", "liang"], "3": ["3", "三", "three", "san"],
    "4": ["4", "四", "four", "si"], "5": ["5", "五", "five", "wu"], "6": ["6", "六", "six", "liu"],
    "7": ["7", "七", "拐", "seven", "qi", "guai"], "8": ["8", "八", "eight", "ba"],
    "9": ["9", "九", "勾", "nine", "jiu", "gou"],
}


@given(st.lists(st.integers(min_value=0, max_value=6), min_size=11, max_size=11),
       st.sampled_from([" ", "", "-"]), st.sampled_from(["我的电话", "手机：", "dian hua ", "call "]))
def test_a_phone_said_in_any_mix_of_words_and_digits_is_masked(
        picks: list[int], gap: str, cue: str) -> None:
    said = [WAYS[d][i % len(WAYS[d])] for d, i in zip(PHONE, picks, strict=True)]
    # Words need a space or a dash between them; anything may stand between digits.
    text = cue + "".join(w + (gap or " ") if w.isascii() and w.isalpha() else w + gap
                         for w in said).strip(" -") + "，请回电"
    for masked in (mask(text), mask_public(text)):
        assert masked.endswith("【电话】，请回电"), (text, masked)
    assert scan(text).phones == (PHONE,), text  # what /contact shows


@pytest.mark.parametrize(("text", "masked"), [
    ("我的电话one三九 1234 5678", "我的电话【电话】"),
    ("电话一三九 1234 five六七八", "电话【电话】"),
    ("手机幺三八，幺二三四，五六七八", "手机【电话】"),
    ("幺三八洞洞拐拐勾勾两两", "【电话】"),
    ("shou ji yisanba yiersan siwuliu", "shou ji 【电话】"),
    ("dian hua: yao san ba, yi er san si, wu liu qi ba", "dian hua: 【电话】"),
    ("wo jiao zhang gui lan, dian hua yi san ba yi er san si wu liu qi ba",
     "wo jiao 【姓名】, dian hua 【电话】"),
    ("Wo jiao Zhang Guilan zhu zai li zhuang cun", "Wo jiao 【姓名】 zhu zai li zhuang cun"),
    ("wo de ming zi shi ouyang nana", "wo de ming zi shi 【姓名】"),
    ("wo xing zhang, jiao gui lan", "wo xing 【姓名】, jiao 【姓名】"),
    ("lian xi ren: li jian hua", "lian xi ren: 【姓名】"),
    ("my name is wang xiu ying, ting shui le", "my name is 【姓名】, ting shui le"),
    ("wǒ jiào zhāng guì lán, diàn huà yāo sān bā yī èr sān sì wǔ liù qī bā",
     "wǒ jiào 【姓名】, diàn huà 【电话】"),
    ("SHOU JI YI SAN BA YI ER SAN SI WU LIU QI BA", "SHOU JI 【电话】"),
    ("tel: one-three-nine-oh-oh-two-one-oh-oh-two-one", "tel: 【电话】"),
])
def test_a_phone_or_name_said_in_words_is_masked(text: str, masked: str) -> None:
    assert mask(text) == masked


def test_a_name_spelled_in_pinyin_is_known_for_the_ticket() -> None:
    found = scan("wo jiao zhang gui lan, zhang gui lan jia ting shui le")
    assert found.text == "wo jiao 【姓名】, 【姓名】 jia ting shui le" and found.names == ("zhang gui lan",)


@pytest.mark.parametrize("text", [
    "一，二，三，四，五", "第一，第二，第三", "2008、2009、2010年连续三年", "1205,2005,1303房",
    "I have one question about two or three things", "ting dian liang tian le", "wo jiao",
    "mei qi xie lou le", "三个洞都补好了", "路口拐角有个坑", "ni hao", "one two three",
])
def test_everyday_text_around_the_same_words_stays(text: str) -> None:
    assert mask(text) == text


def test_the_unit_reads_no_spoken_phone_or_pinyin_name_and_contact_gives_the_phone(rig: Rig) -> None:
    user = rig.citizen()
    rig.say(user, "小区停水三天了 wo jiao zhang gui lan, 电话one三九 零五三七 1234")
    [ticket] = rig.tickets_of(user)
    group = "\n".join(rig.shown_to(unit_chat(0)))
    assert ticket["number"] in group and "wo jiao 【姓名】, 电话【电话】" in group, group
    for private in ("zhang", "gui lan", "三九", "零五三七", "1234"):
        assert private not in group, private
    [answer] = rig.answers(rig.say(WATER_STAFF, f"/contact {ticket['number']}"))
    assert PHONE in answer, answer
