"""A plate written without its province in a /publish draft (outside tester T27, finding 20; refs
#10): `鲁 H 8A123` was left out of the public post with its clause while `涉事车辆H8A123已处罚` stayed.
The publish check now reads a letter and five letters and digits (three digits at least, or a
new-energy plate's six) as a plate where a vehicle is named near it (bot/domain/publish_check.py),
in the supervisor's own words and in a drafted summary's result; a model number (iPhone12,
RTX3060), a road (G104) or the same letters and digits with no vehicle near stay."""

from __future__ import annotations

import pytest

from bot.domain.permissions import Role
from bot.domain.publish_check import clean, leftovers
from tests.fuzzkit import CHANNEL, Rig
from tests.publishkit import confirmed, own_words, posted


@pytest.mark.parametrize("text", ["涉事车辆H8A123已处罚", "涉事车辆H·8A123已处罚", "货车H-A1234停在路边",
                                  "占道停放的货车（ｈ８ａ１２３）已挪走", "车牌HD12345", "新能源车H12345F"])
def test_a_plate_without_its_province_near_a_vehicle_is_a_plate(text: str) -> None:
    assert leftovers(text) == ["车牌"]
    assert clean(text) == ("", ["车牌"])


@pytest.mark.parametrize("text", ["编号H8A123的设备已更换", "新买的iPhone12手机坏了", "车载显卡RTX3060坏了",
                                  "沿G104国道行驶的车辆", "乘坐D12345次动车", "车辆已挪走，共罚款500元",
                                  "车型号X5系列"])
def test_a_model_a_road_or_no_vehicle_near_is_no_plate(text: str) -> None:
    assert leftovers(text) == []
    assert clean(text) == (text, [])


def test_own_words_lose_a_plate_without_its_province_and_say_so(rig: Rig) -> None:
    user = rig.citizen()
    rig.say(user, "胡集镇东杨庄村路口有辆小货车占道停放好几天了，请尽快处理", name="老乡")
    [ticket] = rig.tickets_of(user)
    staff = 7000 + ticket["id"]
    rig.bind(staff, Role.STAFF, ticket["unit"])
    rig.say(staff, f"/done {ticket['number']} 已联系车主挪走车辆")
    confirmed(rig, ticket["number"])
    draft = own_words(rig, ticket["number"], "占道停放的鲁 H 8A123 小货车已挪走。涉事车辆H8A123已处罚。"
                                             "路口已恢复通行。")
    [post] = rig.shown_to(CHANNEL)
    assert "路口已恢复通行" in post, post
    for private in ("8A123", "H8A123", "鲁", "已处罚", "【"):
        assert private not in post, (private, post)
    assert "车牌" in draft and "整句删去" in draft, draft


def test_a_drafted_summary_loses_a_result_clause_with_a_bare_plate(rig: Rig) -> None:
    shown, post = posted(rig, "胡集镇东杨庄村路口有辆小货车占道停放好几天了，请尽快处理",
                         "涉事车辆H·8A123已拖离并处罚，路口已恢复通行")
    assert "路口已恢复通行" in post, post
    assert "8A123" not in post and "已拖离" not in post, post
    assert "8A123" not in shown and "车牌" in shown, shown
