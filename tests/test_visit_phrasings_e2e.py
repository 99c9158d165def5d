"""An outside tester's 回访 phrasings, through the real bot process and the fake Bot API (refs #10):
有联系 / 来人了 answer 是否联系过您, the matter put right in the citizen's words (水来了) is 已解决,
挺满意 / 还行 are ratings, not remarks; 还是堵着 / 还是没来 after a 否 is 未解决 and more of the
same matter (told to its unit, no new ticket), and English answers are read too."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import (
    OVERRIDES,
    WATER_GROUP,
    join_staff,
    texts,
    tickets_of,
    visits_asked,
    wait_text,
)

MANY, DRAIN, DRY, YES, NO = range(531, 536)
REPORTS = {
    MANY: ("西街1号楼停水两天了，一直没有来水", "东关小学门口自来水管爆了，水流了一地",
           "北关路消防栓漏水，路面都结冰了"),
    DRAIN: ("小区门口下水道堵了，污水漫到路上",),
    DRY: ("西街5号楼停水两天了，一直没有来水",),
    YES: ("西街6号楼停水两天了，一直没有来水",),
    NO: ("西街7号楼停水两天了，一直没有来水",),
}
IMPROVE = "我们会认真改进"  # the answer to a remark kept on the visit


def _row(bot: BotProcess, ticket: dict[str, Any]) -> dict[str, Any]:
    return next(t for t in tickets_of(bot, ticket["citizen_id"]) if t["id"] == ticket["id"])


def test_the_testers_phrasings_are_answers(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, tuple(REPORTS))
    visits_asked(fake, bot, REPORTS, "已抢修管道，恢复供水", days=2)

    # Three visits waiting: the one named (by its sequence), 联系了 / 水来了 / 挺满意.
    first, second, third = tickets_of(bot, MANY)
    before = len(fake.sent(MANY))
    fake.send_text(MANY, f"{first['number'][-4:]}那个联系了，水来了，挺满意")
    fake.wait_until(lambda: _row(bot, first)["state"] == "closed", timeout=15)
    row = _row(bot, first)
    assert (row["contacted"], row["solved"], row["rating"]) == (1, 1, "satisfied")
    wait_text(fake, MANY, "已销号")
    # 有联系 answers 是否联系过您 (two visits wait at it: the one named), not thanks.
    fake.send_text(MANY, f"{second['number']} 有联系，已经解决，满意")
    fake.wait_until(lambda: _row(bot, second)["state"] == "closed", timeout=15)
    row = _row(bot, second)
    assert (row["contacted"], row["solved"], row["rating"]) == (1, 1, "satisfied")
    assert _row(bot, third)["contacted"] is None
    later = texts(fake, MANY)[before:]
    assert not [t for t in later if IMPROVE in t or "不客气" in t]

    # 没人来过 and the matter still not put right: 否, 未解决, the words told to the unit.
    fake.send_text(DRAIN, "没人来过，下水道还是堵着呢")
    fake.wait_until(lambda: tickets_of(bot, DRAIN)[0]["solved"] == 0, timeout=15)
    wait_text(fake, WATER_GROUP, "回访中，市民的回答和意见：没人来过，下水道还是堵着呢")
    assert tickets_of(bot, DRAIN)[0]["contacted"] == 0
    fake.send_text(DRAIN, "不满意")
    fake.wait_until(lambda: tickets_of(bot, DRAIN)[0]["state"] == "reopened", timeout=15)
    [notice] = wait_text(fake, WATER_GROUP, "市民回访时说")  # the 重办 notice carries them
    assert "下水道还是堵着呢" in notice

    # … 还是没来 is the water's (not a police matter): no new ticket.
    fake.send_text(DRY, "没有人联系过我，水到现在还是没来")
    fake.wait_until(lambda: tickets_of(bot, DRY)[0]["solved"] == 0, timeout=15)
    wait_text(fake, WATER_GROUP, "回访中，市民的回答和意见：没有人联系过我，水到现在还是没来")
    assert tickets_of(bot, DRY)[0]["contacted"] == 0

    # English answers.
    fake.send_text(YES, "yes they called me, fixed, very satisfied")
    fake.wait_until(lambda: tickets_of(bot, YES)[0]["state"] == "closed", timeout=15)
    assert tickets_of(bot, YES)[0]["rating"] == "satisfied"
    fake.send_text(NO, "no, nobody came, still broken, not satisfied")
    fake.wait_until(lambda: tickets_of(bot, NO)[0]["state"] == "reopened", timeout=15)
    rated = bot.query("SELECT detail FROM events WHERE ticket_id = ? AND action = 'rate'"
                      " ORDER BY id", [tickets_of(bot, NO)[0]["id"]])
    assert [r["detail"] for r in rated] == ["c:0", "s:0", "r:1"]  # a 重办 clears the columns

    for citizen, told in REPORTS.items():
        assert len(tickets_of(bot, citizen)) == len(told)
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
