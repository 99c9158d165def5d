"""A unit is taken by its exact name or an unambiguous short name wherever its code is (refs #10;
an outside tester): `/transfer 5 县住房和城乡建设局 …`, `/transfer 5 住建局 …`, `python -m bot
invite --unit 县水务局`; a short name that fits several units is answered with those it could be,
a name nearly right (水利局) with the unit it nearly names."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.test_overdue_read_e2e import CITIZEN, URBAN_STAFF, WATER_STAFF, join, start
from tests.test_staff_e2e import said


def test_a_unit_is_taken_by_its_name_or_short_name_where_its_code_is(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = start(fake, make_bot)
    join(bot, fake, URBAN_STAFF, "urban")
    join(bot, fake, WATER_STAFF, "县水务局")
    assert bot.query("SELECT unit FROM people WHERE user_id = ?", [WATER_STAFF])[0]["unit"] \
        == "water"
    refused = bot.cli("invite", "--unit", "局")  # every 局, never taken for one of them
    assert refused.returncode != 0 and "could be" in refused.stderr
    assert "water (县水务局)" in refused.stderr and "women" not in refused.stderr
    # The name people use for the power company (outside tester, round 20): it is suggested.
    power = bot.cli("invite", "--unit", "供电局")
    assert power.returncode != 0 and "power (国网金乡县供电公司)" in power.stderr, power.stderr
    assert "valid codes" not in power.stderr, power.stderr
    fake.send_text(CITIZEN, "小区里的路灯坏了一个月了，晚上看不见路")
    fake.wait_sent(CITIZEN, 1)
    [ticket] = bot.tickets()
    number = ticket["number"]

    fake.send_text(URBAN_STAFF, f"/transfer {number} 保障局 不归本单位")  # two 保障局
    ambiguous = said(fake, URBAN_STAFF, "可指以下几个单位")["text"]
    assert "县人力资源和社会保障局" in ambiguous and "县医疗保障局" in ambiguous
    assert "县水务局" not in ambiguous
    fake.send_text(URBAN_STAFF, f"/transfer {number} 水利局 不归本单位")  # nearly 水务局
    near = said(fake, URBAN_STAFF, "您要找的是不是")["text"]
    assert "县水务局" in near and "县公安局" not in near and bot.tickets()[0]["unit"] == "urban"
    fake.send_text(URBAN_STAFF, f"/transfer {number} 县住房和城乡建设局 小区内路灯归物业和住建")
    moved = said(fake, URBAN_STAFF, "县住房和城乡建设局")["text"]
    assert "没有找到" not in moved and bot.tickets()[0]["unit"] == "housing"
    fake.send_text(CITIZEN + 1, "村口的路灯坏了好几天了")
    fake.wait_sent(CITIZEN + 1, 1)
    other = bot.tickets()[1]
    assert other["unit"] == "urban"
    fake.send_text(URBAN_STAFF, f"/transfer {other['number']} 住建局 村内路灯归住建")  # short
    fake.wait_until(lambda: bot.tickets()[1]["unit"] == "housing", timeout=15)
    assert not fake.unexpected_errors()
