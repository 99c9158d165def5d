"""A phone or ID number the citizen starred themselves (138****1234, 1380000****) still showed 7 of
its 11 digits to the unit's group, supervisors, the ledger and the channel (refs #10). SPEC §5:
personal data is removed, not partly shown; the shared contact stays reachable through /contact."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.domain.privacy import mask, mask_public, scan
from tests.fuzzkit import CHANNEL, SUPERVISOR, WATER_STAFF, Rig, ledger_csv, unit_chat
from tests.publishkit import own_words

STARRED = {"138****1234": "【电话】", "138xxxx1234": "【电话】", "1380000****": "【电话】",
           "138 **** 5678": "【电话】", "１３８＊＊＊＊１２３４": "【电话】",
           "370828********1234": "【身份证号】", "37082819900101****": "【身份证号】"}


@pytest.mark.parametrize(("written", "label"), STARRED.items())
def test_a_starred_number_is_masked_like_any_other(written: str, label: str) -> None:
    text = f"停水三天了，号码{written}，请尽快处理"
    for masked in (mask(text), mask_public(text)):
        assert masked == f"停水三天了，号码{label}，请尽快处理", masked
    assert scan(text).phones == ()  # nobody's whole number: no call-back from it


def test_a_starred_order_number_is_a_number_not_a_phone() -> None:
    assert mask("订单号20261201****没到") == "订单号【号码】没到"


@pytest.mark.parametrize("text", ["**2024**年的账单", "2*3=6", "尺寸3x4x5米", "工单20261127-0001 ** 已收到",
                                  "**重要**：路灯坏了"])
def test_stars_that_hide_no_digits_stay(text: str) -> None:
    assert mask(text) == text == mask_public(text)


def test_a_starred_phone_reaches_no_one_and_contact_gives_the_shared_number(
        rig: Rig, tmp_path: Path) -> None:
    user = rig.citizen()
    rig.say(user, "家里停水三天了，电话138****1234，身份证370828********1234", name="老乡")
    rig.process("message", rig.message(user, name="老乡", contact={
        "phone_number": "+8613800001234", "first_name": "老乡", "user_id": user}))
    other = rig.citizen()
    rig.say(other, "小区停水了，有事打1380000****或138xxxx5678", name="老乡")
    [ticket] = rig.tickets_of(user)
    rig.say(WATER_STAFF, f"/done {ticket['number']} 已联系138****1234修好水管")
    own_words(rig, ticket["number"], "已为138****1234的用户恢复供水，水压正常")
    group = "\n".join(rig.shown_to(unit_chat(0)))
    shown = "\n".join(rig.answers(rig.say(SUPERVISOR, f"/show {ticket['number']}")))
    channel = "\n".join(rig.shown_to(CHANNEL))
    assert "电话【电话】，身份证【身份证号】" in group and "有事打【电话】或【电话】" in group, group
    assert "水压正常" in channel and "【" not in channel, channel
    for read in (group, shown, channel, ledger_csv(rig, tmp_path)):
        for part in ("138", "1234", "5678", "1380000", "370828"):
            assert part not in read, (part, read)
    [answer] = rig.answers(rig.say(WATER_STAFF, f"/contact {ticket['number']}"))
    assert "+8613800001234" in answer and "****" not in answer, answer
