"""What a unit's group reads of reports that name a relative the masker used to miss, through the
real bot and the fake Bot API over HTTP (SPEC §5): the names are gone, the citizen's own
acknowledgement is theirs."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess

CITIZEN, WATER_GROUP = 601, -1002
NUMBER = re.compile(r"\d{8}-\d{4,}")
REPORTS = {
    "中山路小区停水三天了，她孙子李明明住院了，家里没人挑水": "李明明",
    "家里停水两天了，孩子叫小宝，今年三岁，没水洗澡": "小宝",
    "停水三天了，联系人：阿依古丽·买买提，电话13905371234": "买买提",
    "小区停水了，姓名：张 三丰，请尽快来修": "三丰",
}


def test_a_units_group_never_reads_the_relatives_names(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    fake.add_group(WATER_GROUP, "县水务局工作群")
    bot = make_bot({"units.water.chat_id": WATER_GROUP, "telegram.per_group_per_minute": 0})
    for text in REPORTS:
        fake.send_text(CITIZEN, text)

    def pushes() -> list[str]:
        return [m["text"] for m in fake.sent(WATER_GROUP) if NUMBER.search(m["text"] or "")]

    shown = fake.wait_until(lambda: pushes() if len(pushes()) >= len(REPORTS) else None)
    assert len(shown) == len(REPORTS), shown
    group = "\n".join(shown)
    for name in REPORTS.values():
        assert name not in group, (name, group)
    assert group.count("【姓名】") >= len(REPORTS) and "13905371234" not in group
    assert "她孙子【姓名】住院了" in group and "孩子叫【姓名】，今年三岁" in group
    stored = {t["text"] for t in bot.tickets()}
    assert stored == set(REPORTS)  # the citizen's words are kept as written
