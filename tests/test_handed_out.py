"""What someone else's data a staff answer hands the citizen (bot/domain/handed_out.py; outside
tester, round 25, finding 3; refs #10): the kinds named in the warning staff read."""

from __future__ import annotations

from bot.domain.handed_out import others_data


def test_a_neighbours_phone_and_name_are_named() -> None:
    assert others_data("已找到对门住户钱玉梅（手机15166120087），她同意把杂物搬走") == ["电话", "姓名"]
    assert others_data("房东郑国华已同意退押金，他的身份证号370828195503031226") == ["身份证号", "姓名"]
    assert others_data("村支书张富贵明天上午去您家看看") == ["姓名"]


def test_the_citizens_own_data_and_typed_labels_are_no_ones_else() -> None:
    assert others_data("会按您留的15166120087跟您约时间", ["15166120087"]) == []
    assert others_data("会按您留的15166120087跟您约时间") == ["电话"]
    assert others_data("周红霞女士您好，管道已修好", [], "周红霞") == []
    assert others_data("周红霞女士您好，管道已修好", [], "李明") == ["姓名"]
    assert others_data("维修班电话【电话】，负责人【姓名】") == []
    assert others_data("管道已修好，水压正常，请放心使用") == []
