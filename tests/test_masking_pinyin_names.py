"""A pinyin name needs a name's shape (refs #10): `wo jiao ren lai bang mang` (我叫人来帮忙, I'll
call someone to help) is no name after `wo jiao`; a name starts with a surname of the list, and
one whose surname is also what one calls for (ren 人, che 车) ends where the name ends."""

from __future__ import annotations

import pytest

from bot.domain.privacy import mask
from tests.fuzzkit import Rig, unit_chat


@pytest.mark.parametrize("text", [
    "wo jiao ren lai bang mang", "lu deng huai le, wo jiao ren lai bang mang le",
    "wo jiao che lai la la ji", "wo jiao jiu hu che le", "wo jiao kuai di song guo lai",
])
def test_what_is_called_for_after_wo_jiao_is_no_name(text: str) -> None:
    assert mask(text) == text


@pytest.mark.parametrize(("text", "masked"), [
    ("wo jiao zhang gui lan", "wo jiao 【姓名】"),
    ("wo jiao ren jie, dian hua wo fa", "wo jiao 【姓名】, dian hua wo fa"),
    ("wo jiao Ren Jie", "wo jiao 【姓名】"),
    ("wo jiao li xiao hong zhu zai cun kou", "wo jiao 【姓名】 zhu zai cun kou"),
    ("wo de ming zi shi ouyang nana", "wo de ming zi shi 【姓名】"),
    ("wo jiao zhang lai fu", "wo jiao 【姓名】"),
])
def test_real_pinyin_names_stay_masked(text: str, masked: str) -> None:
    assert mask(text) == masked


def test_the_unit_reads_wo_jiao_ren_lai_bang_mang_as_written(rig: Rig) -> None:
    user = rig.citizen()
    rig.say(user, "小区停水三天了 wo jiao ren lai bang mang")
    [ticket] = rig.tickets_of(user)
    group = "\n".join(rig.shown_to(unit_chat(0)))
    assert ticket["number"] in group and "wo jiao ren lai bang mang" in group, group
