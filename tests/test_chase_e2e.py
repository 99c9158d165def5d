"""Chases (催办) through the real bot process and the fake Bot API: a chase never opens a ticket
and always reaches the unit — at once for an urgent matter, by number for a named ticket; and
English questions about the bot get their answer, not a ticket (refs #10)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import late_to_sign

CITIZEN = 601
OTHER = 602
HOUSING_GROUP = -1007
WATER_GROUP = -1001
SUPERVISOR = 700


def _chases_in(fake: FakeBotAPI, group: int) -> list[str]:
    return [m["text"] for m in fake.sent(group) if "催办" in (m["text"] or "")]


def test_a_chase_after_an_urgent_report_alerts_its_unit_again_at_once(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """你们人呢？？ / 快点啊 / 急死人了 / 咋还没到 / 救命啊快来人 after a gas leak open no ticket
    (a cry for help alone is an emergency, but this one cries about the leak): the unit is alerted
    again at once (a panicked burst is one alert), again after a few minutes or when the emergency
    is sent again, and the citizen is told the chase was passed on."""
    fake.add_group(HOUSING_GROUP, "县住建局工作群")
    bot = make_bot({"units.housing.chat_id": HOUSING_GROUP})
    fake.send_text(CITIZEN, "我家厨房煤气泄漏了，味道很大")
    fake.wait_sent(CITIZEN, 1)
    [leak] = bot.tickets()
    assert leak["urgent"] and leak["unit"] == "housing"
    fake.wait_until(lambda: fake.sent(HOUSING_GROUP), timeout=30)
    chases = ["你们人呢？？", "快点啊！", "急死人了", "咋还没到", "救命啊快来人"]
    for n, text in enumerate(chases):
        fake.send_text(CITIZEN, text)
        fake.wait_sent(CITIZEN, 2 + n)
    assert len(bot.tickets()) == 1
    fake.wait_until(lambda: _chases_in(fake, HOUSING_GROUP), timeout=30)
    [alert] = _chases_in(fake, HOUSING_GROUP)
    assert leak["number"] in alert and "紧急" in alert and "煤气泄漏" in alert
    answers = [m["text"] for m in fake.sent(CITIZEN)[1:]]
    assert all(leak["number"] in a and "紧急" in a for a in answers), answers
    assert "已立即再次转告" in answers[0] and "119" in answers[0]

    later = bot.query("SELECT datetime('now', '+10 minutes') AS at")[0]["at"]
    bot.cli("tick", "--now", dt.datetime.fromisoformat(later).replace(tzinfo=dt.UTC).isoformat())
    fake.send_text(CITIZEN, "还没来人吗")
    fake.wait_sent(CITIZEN, 2 + len(chases))
    fake.wait_until(lambda: len(_chases_in(fake, HOUSING_GROUP)) == 2, timeout=30)
    chased = bot.query("SELECT ticket_id FROM events WHERE action = 'chased'")
    assert [e["ticket_id"] for e in chased] == [leak["id"]] * 2

    # The emergency sent again word for word presses its unit the same way.
    later = bot.query("SELECT datetime('now', '+20 minutes') AS at")[0]["at"]
    bot.cli("tick", "--now", dt.datetime.fromisoformat(later).replace(tzinfo=dt.UTC).isoformat())
    fake.send_text(CITIZEN, "我家厨房煤气泄漏了，味道很大")
    again = fake.wait_sent(CITIZEN, 3 + len(chases))[-1]["text"]
    assert leak["number"] in again and "已立即再次转告" in again
    fake.wait_until(lambda: len(_chases_in(fake, HOUSING_GROUP)) == 3, timeout=30)
    assert len(bot.tickets()) == 1 and not fake.unexpected_errors()


def test_chases_in_english_pinyin_or_by_the_wait_alone_chase_and_open_nothing(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """any news on my complaint? / zen me hai mei you ren guan / 这都五天了 / 还得等多长时间 /
    不是说好两天吗 chase the open ticket (no junk ticket to absorb later chases, no thank-you)."""
    fake.add_group(WATER_GROUP, "县水务局工作群")
    bot = make_bot({"units.water.chat_id": WATER_GROUP})
    fake.send_text(OTHER, "any news on my complaint?")
    [nothing] = fake.wait_sent(OTHER, 1)
    assert "None of your reports is being handled" in nothing["text"]  # answered in English
    fake.send_text(CITIZEN, "小区停水两天了")
    fake.wait_sent(CITIZEN, 1)
    late_to_sign(bot)  # within its time a press urges nobody (tests/test_press_fresh_e2e.py)
    chases = ["any news on my complaint?", "zen me hai mei you ren guan", "这都五天了",
              "还得等多长时间啊", "不是说好两天的吗", "说好的一周呢", "is anyone coming?"]
    for n, text in enumerate(chases):
        fake.send_text(CITIZEN, text)
        fake.wait_sent(CITIZEN, 2 + n)
    [water] = bot.tickets()
    answers = [m["text"] for m in fake.sent(CITIZEN)[1:]]
    # Each in the language it was written in; pinyin tells none, so the answer about the ticket
    # is in the ticket's language (Chinese), not the English written just before it.
    assert all(water["number"] in a and ("催办" in a or "chas" in a)  # chased / not chasing yet
               for a in answers), answers
    assert [("催办" in a) for a in answers] == [False, True, True, True, True, True, False]
    assert not any("不客气" in a or "welcome" in a for a in answers)
    fake.wait_until(lambda: _chases_in(fake, WATER_GROUP), timeout=30)
    assert len(_chases_in(fake, WATER_GROUP)) == 1  # once a day for a matter that is not urgent
    assert len(bot.tickets()) == 1 and not fake.unexpected_errors()


def test_a_chase_naming_a_number_chases_that_ticket_if_it_is_the_writers_own(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """`NUMBER 怎么还没人管` chases that ticket, not the newest; another's number or one that does not
    exist gets the same plain answer (no probing), a withdrawn one its state; no ticket opens."""
    fake.add_group(WATER_GROUP, "县水务局工作群")
    bot = make_bot({"units.water.chat_id": WATER_GROUP})
    fake.send_text(CITIZEN, "小区停水两天了")
    fake.wait_sent(CITIZEN, 1)
    fake.send_text(CITIZEN, "公园的长椅坏了好几把")
    fake.wait_sent(CITIZEN, 2)
    water, bench = bot.tickets()
    late_to_sign(bot)
    fake.send_text(CITIZEN, f"{water['number']} 怎么还没人管")  # pressing: a chase at once
    reply = fake.wait_sent(CITIZEN, 3)[-1]["text"]
    assert water["number"] in reply and "县水务局" in reply and "催办" in reply
    fake.wait_until(lambda: _chases_in(fake, WATER_GROUP), timeout=30)
    chased = bot.query("SELECT ticket_id FROM events WHERE action = 'chased'")
    assert [e["ticket_id"] for e in chased] == [water["id"]]

    fake.send_text(OTHER, f"{water['number']}怎么样了？")
    fake.send_text(OTHER, "20991231-0001 怎么样了？")
    mine, missing = (m["text"] for m in fake.wait_sent(OTHER, 2))
    assert mine.replace(water["number"], "20991231-0001") == missing
    assert "县水务局" not in mine and "停水" not in mine

    fake.send_text(CITIZEN, f"/cancel {bench['number']}")
    fake.wait_sent(CITIZEN, 4)
    fake.send_text(CITIZEN, f"{bench['number']} 有进展了吗")
    state = fake.wait_sent(CITIZEN, 5)[-1]["text"]
    assert bench["number"] in state and "已撤回" in state
    assert len(bot.tickets()) == 2
    assert len(bot.query("SELECT id FROM events WHERE action = 'chased'")) == 1
    assert not fake.unexpected_errors()


def test_english_questions_about_the_bot_are_answered_not_ticketed(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """`what do you do with my data?` gets the privacy note; `I need to report an issue` how to
    report; neither opens a ticket."""
    bot = make_bot()
    fake.send_text(CITIZEN, "What do you do with my data?")
    fake.send_text(CITIZEN, "I need to report an issue")
    privacy, howto = (m["text"] for m in fake.wait_sent(CITIZEN, 2))
    assert "used only to handle your report" in privacy  # in English, as asked
    assert "where" in howto and "did not quite understand" not in howto
    assert bot.tickets() == [] and not fake.unexpected_errors()


def test_a_chase_of_a_unit_nobody_can_reach_goes_to_the_supervisors(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """The unit of the chased ticket has no group and no staff: the supervisors get the chase to
    pass on, and the citizen is told so, not that the unit was reminded (SPEC §4)."""
    fake.add_user(SUPERVISOR, "督查")
    bot = make_bot({"people.supervisors": [SUPERVISOR]})
    fake.send_text(CITIZEN, "公园的长椅坏了好几把")
    fake.wait_sent(CITIZEN, 1)
    [bench] = bot.tickets()
    late_to_sign(bot)
    fake.send_text(CITIZEN, "还没人来修吗")
    reply = fake.wait_sent(CITIZEN, 2)[-1]["text"]
    assert bench["number"] in reply and "督查" in reply and "已提醒责任单位" not in reply
    fake.wait_until(lambda: any("群众催办" in (m["text"] or "") for m in fake.sent(SUPERVISOR)),
                    timeout=30)
    [passed] = [m["text"] for m in fake.sent(SUPERVISOR) if "群众催办" in (m["text"] or "")]
    assert bench["number"] in passed and "长椅" in passed
    assert len(bot.tickets()) == 1 and not fake.unexpected_errors()
