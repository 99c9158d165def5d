"""The 事项 line quotes the matter, through the real bot and the fake Bot API (refs #10): a
report that opens with a greeting and the writer introducing themselves (您好，我是…的村民，…)
is named in every push by the clause that says the problem, for the citizen and for the staff
member who logged an offline demand; the record keeps every word as it was told. The line shows
on a phone's lock screen: an ID or bank card number in it is masked, for the citizen too."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import tickets_of as _tickets
from tests.readingkit import wait_text as _wait_text

LOGGER, SIGNER, URBAN, VILLAGER, CARDHOLDER, CALLER = 1311, 1312, 1313, 1321, 1322, 1323
GREETED = "您好，我是柳树屯的村民，我们屯口那盏路灯不亮快一个礼拜了，晚上走路看不见"
LOGGED = "领导好！本人是一名开出租车的司机，南环路桥头的路面塌了一个大坑"


def _bot(fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> BotProcess:
    for user in (LOGGER, SIGNER, URBAN, VILLAGER, CARDHOLDER, CALLER):
        fake.add_user(user)
    bot = make_bot({"telegram.per_chat_per_second": 0})
    for user, unit in ((LOGGER, "transport"), (SIGNER, "transport"), (URBAN, "urban")):
        code = bot.cli("invite", "--unit", unit).stdout.strip().splitlines()[-1]
        fake.send_text(user, f"/join {code}")
        _wait_text(fake, user, "绑定成功")
    return bot


def test_the_matter_line_quotes_the_problem_not_the_greeting(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = _bot(fake, make_bot)
    fake.send_text(VILLAGER, GREETED)
    fake.wait_until(lambda: _tickets(bot, VILLAGER), timeout=20)
    [ticket] = _tickets(bot, VILLAGER)
    assert ticket["unit"] == "urban" and ticket["text"] == GREETED  # the record keeps every word
    fake.send_text(URBAN, f"/accept {ticket['number']}")
    signed = _wait_text(fake, VILLAGER, "签收")[-1]
    assert "事项：我们屯口那盏路灯不亮快一个礼拜了…" in signed, signed
    assert "柳树屯的村民" not in signed
    assert _tickets(bot, VILLAGER)[0]["state"] == "accepted"

    # An offline demand: the staff member who logged it reads the same line in what they pass on.
    fake.send_text(LOGGER, f"/log {LOGGED}")
    fake.wait_until(lambda: bot.query("SELECT * FROM tickets WHERE logged_by = ?", [LOGGER]),
                    timeout=20)
    [logged] = bot.query("SELECT * FROM tickets WHERE logged_by = ?", [LOGGER])
    assert logged["unit"] == "transport" and logged["text"] == LOGGED
    fake.send_text(SIGNER, f"/accept {logged['number']}")
    relayed = fake.wait_until(lambda: [t for t in _wait_text(fake, LOGGER, "签收")
                                       if logged["number"] in t and "事项" in t], timeout=20)[-1]
    assert "事项：南环路桥头的路面塌了一个大坑" in relayed, relayed
    assert "出租车" not in relayed
    assert not [r for r in fake.unexpected_errors() if r.status != 429]


def test_the_matter_line_masks_numbers_even_for_the_citizen(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = _bot(fake, make_bot)
    told = "身份证370832196503121234的路灯坏了，村东头那盏一直不亮"
    fake.send_text(CARDHOLDER, told)
    fake.wait_until(lambda: _tickets(bot, CARDHOLDER), timeout=20)
    [ticket] = _tickets(bot, CARDHOLDER)
    assert ticket["text"] == told  # the record keeps the number
    fake.send_text(URBAN, f"/accept {ticket['number']}")
    signed = _wait_text(fake, CARDHOLDER, "签收")[-1]
    assert "事项：" in signed and "3708321965" not in signed, signed
    assert not [r for r in fake.unexpected_errors() if r.status != 429]


def test_the_matter_line_stops_before_the_contact_clause(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """T25 finding 10: the citizen read 事项：桥上有个大坑，联系人【姓名】 【电话】 — their own
    words as if censored. The line stops at the matter; the record keeps every word."""
    bot = _bot(fake, make_bot)
    told = "南环路桥上有个大坑，联系人王桂兰 13905371234"
    fake.send_text(CALLER, told)
    fake.wait_until(lambda: _tickets(bot, CALLER), timeout=20)
    [ticket] = _tickets(bot, CALLER)
    assert ticket["text"] == told
    fake.send_text(SIGNER, f"/accept {ticket['number']}")
    signed = _wait_text(fake, CALLER, "签收")[-1]
    assert "事项：南环路桥上有个大坑\n" in signed + "\n", signed
    assert "【" not in signed and "13905371234" not in signed and "联系人" not in signed
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
