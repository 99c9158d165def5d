"""A unit's only staff member who reported a problem as a citizen and finished it themselves is
told what its 回访 really is (an outside tester's finding: they were told the citizen would be
asked at the 回访, and never were): the supervisors verify and record it, they are asked nothing;
through the real bot and the fake Bot API (refs #10)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess

SUPERVISOR, WATER = 920, 13
TZ = ZoneInfo("Asia/Shanghai")  # the example config's county


def _answer(fake: FakeBotAPI, user: int, text: str, needle: str) -> str:
    before = len(fake.sent(user))
    fake.send_text(user, text)
    return str(fake.wait_until(lambda: next((m["text"] for m in fake.sent(user)[before:]
                                             if needle in (m["text"] or "")), None), timeout=15))


def test_the_sole_staff_members_done_of_their_own_complaint_says_who_does_the_visit(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    for user in (SUPERVISOR, WATER):
        fake.add_user(user)
    bot = make_bot({"people.supervisors": [SUPERVISOR]})
    invite = bot.cli("invite", "--unit", "water")
    assert "绑定成功" in _answer(fake, WATER, f"/join {invite.stdout.splitlines()[-1]}", "绑定")
    _answer(fake, WATER, "我家楼下自来水管漏水好几天了", "工单编号")
    [ticket] = bot.tickets()
    assert ticket["citizen_id"] == WATER and ticket["unit"] == "water"
    before = len(fake.sent(WATER))
    done = _answer(fake, WATER, f"/done {ticket['number']} 已更换漏水管段", "已办结")
    fake.wait_until(lambda: len(fake.sent(WATER)) >= before + 2, timeout=15)
    told = [m["text"] for m in fake.sent(WATER)[before:]]
    assert "督查人员" in done and "不会询问您本人" in done, done
    assert not any("已发送给市民" in t or "回访时请告诉我们" in t for t in told), told
    pushed = next(t for t in told if "办理结果：已更换漏水管段" in t)
    assert "督查人员" in pushed, pushed

    # What they were told happens: the supervisors are asked, they are not.
    later = dt.datetime.combine(dt.datetime.now(TZ).date() + dt.timedelta(days=2),
                                dt.time(11, 0), TZ)
    asked_before = len(fake.sent(WATER))
    assert bot.cli("tick", "--now", later.isoformat()).returncode == 0
    fake.wait_until(lambda: any("回访" in (m["text"] or "") and ticket["number"] in m["text"]
                                for m in fake.sent(SUPERVISOR)), timeout=15)
    assert not any("回访" in (m["text"] or "") for m in fake.sent(WATER)[asked_before:])
    assert not fake.unexpected_errors()
