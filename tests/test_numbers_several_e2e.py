"""Several ticket numbers given to a command, as an outside tester typed them (`/cancel 3 4` was
answered 请带上要撤回的工单编号), through the real bot and the fake Bot API (refs #10): every
command taking one number says, for two numbers, a range, numbers marked 号/# or typed full-width,
that it takes one at a time, naming itself and showing its usage, and changes nothing; /status,
which takes several, answers each; a single number marked 号/# or full-width is read."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess

SUPERVISOR, WATER, CITIZEN = 910, 12, 671
ONE_AT_A_TIME = "一次只能办理一件工单"


def _answer(fake: FakeBotAPI, user: int, text: str, needle: str) -> str:
    """Send `text` from `user` and return the bot's first message to them after it holding
    `needle` (new-ticket pushes come to staff too)."""
    before = len(fake.sent(user))
    fake.send_text(user, text)
    return str(fake.wait_until(lambda: next((m["text"] for m in fake.sent(user)[before:]
                                             if needle in (m["text"] or "")), None), timeout=15))


def _join(bot: BotProcess, fake: FakeBotAPI, user: int) -> None:
    invite = bot.cli("invite", "--unit", "water")
    assert invite.returncode == 0, invite.stderr
    assert "绑定成功" in _answer(fake, user, f"/join {invite.stdout.splitlines()[-1]}", "绑定")


def test_a_command_taking_one_number_given_several_says_one_at_a_time(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    for user in (SUPERVISOR, WATER, CITIZEN):
        fake.add_user(user)
    bot = make_bot({"people.supervisors": [SUPERVISOR]})
    _join(bot, fake, WATER)
    fake.send_text(CITIZEN, "我家停水两天了，一直没来水")
    fake.wait_sent(CITIZEN, 1)
    fake.send_text(CITIZEN, "小区又停水了，什么时候来水")
    fake.wait_sent(CITIZEN, 2)
    first, second = sorted(t["number"] for t in bot.tickets())
    assert first.endswith("-0001") and second.endswith("-0002")
    events = len(bot.query("SELECT id FROM events WHERE ticket_id IS NOT NULL"))

    said = _answer(fake, CITIZEN, "/cancel 1 2", ONE_AT_A_TIME)  # the tester's own
    assert "/cancel" in said and "1、2" in said and "例如：/cancel" in said
    typed = {
        CITIZEN: ["/cancel 1-2", "/cancel １ ２", "/cancel 1号 2号", "/cancel #1 #2"],
        WATER: ["/accept 1 2", "/accept 1-2", "/accept 1，2", "/accept １号 ２号", "/show 1 2",
                "/show #1 #2", "/reply 1 2", "/reply 1、2 已安排师傅", "/done 1-2 已恢复供水",
                "/transfer 1 2 housing 不归我们管", "/extend 1-2 3 需要更换管道",
                "/extend 1号 2号 3 需要更换管道", "/note 1 2", "/note 1,2 已电话联系",
                "/project 1、2 更换管道 | 本月施工 | 2026-12-30", "/contact 1 2",
                "/contact ０００１ ０００２"],
        SUPERVISOR: ["/approve 1 2", "/approve 1-2", "/urge 1 2", "/urge 1-2 请尽快办结",
                     "/publish 1 2", "/publish #1 #2"],
    }
    for user, commands in typed.items():
        for text in commands:
            said = _answer(fake, user, text, ONE_AT_A_TIME)
            name = text.split()[0]
            assert f"{name} {ONE_AT_A_TIME}" in said and "2 个编号" in said, (text, said)
            assert f"用法：{name}" in said or f"例如：{name}" in said, (text, said)
    assert {t["state"] for t in bot.tickets()} == {"new"}
    assert len(bot.query("SELECT id FROM events WHERE ticket_id IS NOT NULL")) == events  # nothing was done

    # A number given alone, marked or full-width, is read; /extend's days stay days.
    assert first in _answer(fake, WATER, "/accept １号", "已签收工单")
    assert first in _answer(fake, WATER, "/extend #1 3 需要更换管道", f"已提交工单 {first} 延期")
    rows = {t["number"]: t for t in bot.tickets()}
    assert rows[first]["state"] == "accepted" and rows[first]["extension_days"] == 3

    # /status takes several: each of them, however they were typed, in one answer.
    for text in ("/status 1-2", "/status 1号 2号", "/status １ ２", "/status #1、#2"):
        before = len(fake.sent(CITIZEN))
        fake.send_text(CITIZEN, text)
        [answer] = fake.wait_until(lambda b=before: fake.sent(CITIZEN)[b:], timeout=15)
        answers = answer["text"]
        assert first in answers and second in answers and "没有找到" not in answers, (text,
                                                                                   answers)
    assert not fake.unexpected_errors()
