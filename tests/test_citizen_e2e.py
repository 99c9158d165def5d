"""A citizen's conversation with the real bot process, through the fake Bot API."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import late_to_sign

NUMBER = re.compile(r"\d{8}-\d{4,}")
CITIZEN = 501
OTHER = 502
WATER_GROUP = -1001


def test_start_explains_reporting_privacy_and_emergency_numbers(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    make_bot()
    fake.send_text(CITIZEN, "/start")
    [reply] = fake.wait_sent(CITIZEN, 1)
    for expected in ("金乡县", "隐私", "110", "119", "120", "/my", "/status"):
        assert expected in reply["text"]
    assert make_bot is not None and not fake.unexpected_errors()


def test_report_becomes_a_numbered_routed_ticket(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot()
    fake.send_text(CITIZEN, "我家小区从昨天开始停水了，到现在还没来水")
    [ack] = fake.wait_sent(CITIZEN, 1)
    [ticket] = bot.tickets()
    assert ticket["unit"] == "water" and ticket["state"] == "new"
    assert NUMBER.fullmatch(ticket["number"])
    assert ticket["number"] in ack["text"] and "县水务局" in ack["text"] and "办理时限" in ack["text"]
    assert ticket["text"] == "我家小区从昨天开始停水了，到现在还没来水"
    actions = [e["action"] for e in bot.query(
        "SELECT action FROM events WHERE ticket_id IS NOT NULL ORDER BY id")]
    assert actions == ["created", "routed"]


def test_noise_gets_a_helpful_answer_and_no_ticket(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot()
    fake.send_text(CITIZEN, "你好")
    fake.send_text(CITIZEN, "谢谢你们，辛苦了")
    fake.send_text(CITIZEN, "你们这个平台能反映啥问题？")
    fake.send_text(CITIZEN, "你们会把我的电话给别人吗？")
    greeting, thanks, meta, privacy = fake.wait_sent(CITIZEN, 4)
    assert bot.tickets() == []
    assert "您好" in greeting["text"] and "不客气" in thanks["text"] and "受理助手" in meta["text"]
    assert "只用于办理您的诉求" in privacy["text"] and "【电话】" in privacy["text"]


def test_emergency_tells_to_call_and_flags_urgent(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot()
    fake.send_text(CITIZEN, "楼下饭店着火了，浓烟很大，有人被困在二楼")
    [ack] = fake.wait_sent(CITIZEN, 1)
    assert "119" in ack["text"] and "110" in ack["text"]
    [ticket] = bot.tickets()
    assert ticket["urgent"] == 1
    assert ticket["number"] in ack["text"]
    assert "燃气泄漏" not in ack["text"]


def test_a_fire_at_the_hotline_is_coordinated_there_not_left_to_the_citizen(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """A fire goes to the hotline by design: the citizen is told it coordinates the rescue, not
    that no unit could be found, and gets no buttons to hand the emergency to a unit."""
    bot = make_bot()
    fake.send_text(CITIZEN, "楼道里全是烟，里面还有人")
    [ack] = fake.wait_sent(CITIZEN, 1)
    [ticket] = bot.tickets()
    assert (ticket["unit"], ticket["urgent"]) == ("hotline", 1)
    assert "统一调度" in ack["text"] and "暂时无法确定" not in ack["text"]
    assert not (ack["reply_markup"] or {}).get("inline_keyboard")


def test_an_emergency_goes_to_whoever_acts_on_its_kind(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """Gas to housing, with what to do about a leak; a body in crisis to health; an attack to the
    police: each told without the words that name an emergency."""
    bot = make_bot()
    fake.send_text(CITIZEN, "一进门一股很冲的煤气味，我妈躺在床上喊不醒")
    [gas] = fake.wait_sent(CITIZEN, 1)
    fake.send_text(CITIZEN, "俺爷爷吃着饭嘴突然歪了，半边身子没劲，话也说不出来")
    fake.send_text(CITIZEN, "俺前夫刚打电话说今天要来杀了我们娘俩，他现在在来的路上")
    _, stroke, threat = fake.wait_sent(CITIZEN, 3)
    assert "燃气泄漏请立即离开现场" in gas["text"] and "住房和城乡建设局" in gas["text"]
    assert "卫生健康局" in stroke["text"] and "燃气" not in stroke["text"]
    assert "公安局" in threat["text"]
    assert [(t["unit"], t["urgent"]) for t in bot.tickets()] == [
        ("housing", 1), ("health", 1), ("police", 1)]


def test_a_long_letter_about_gas_gets_the_gas_advice(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """Over 120 characters a letter keeps its keywords' unit, but what to do about a leak is told
    all the same."""
    bot = make_bot()
    text = ("俺是东关村的，俺娘一个人住在老宅子里，今天早上俺过去送饭，一推门屋里全是液化气的味，"
            "呛得人睁不开眼，灶台上的罐子阀门没关严，呲呲地响，俺娘躺在里屋床上，叫了好几声才答应，"
            "说话迷迷糊糊的，俺把窗户都打开了，把她扶到院子里，现在俺也头晕得厉害，不知道下一步该咋办")
    assert len(text) > 120
    fake.send_text(CITIZEN, text)
    [ack] = fake.wait_sent(CITIZEN, 1)
    assert "燃气泄漏请立即离开现场" in ack["text"]
    [ticket] = bot.tickets()
    assert ticket["urgent"] == 1


def test_low_confidence_goes_to_hotline_and_citizen_can_pick_a_unit(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot()
    fake.send_text(CITIZEN, "我有个事情想反映一下，情况比较复杂，希望有人能联系我")
    [ack] = fake.wait_sent(CITIZEN, 1)
    [ticket] = bot.tickets()
    assert ticket["unit"] == "hotline"
    assert "人工分拨" in ack["text"]
    buttons = [b for row in (ack["reply_markup"] or {}).get("inline_keyboard", []) for b in row]
    if not buttons:  # the router offered no candidates: nothing to pick
        return
    choice = buttons[0]["callback_data"]
    fake.press(CITIZEN, ack, choice)
    fake.wait_until(lambda: fake.callback_answers)
    code = choice.split(":")[2]
    fake.wait_until(lambda: bot.tickets()[0]["unit"] == code)
    [_, told] = fake.wait_sent(CITIZEN, 2)
    assert ticket["number"] in told["text"]


def test_my_status_and_cancel(fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    bot = make_bot()
    fake.send_text(CITIZEN, "村里的路灯坏了一个多月了，晚上特别黑")
    fake.wait_sent(CITIZEN, 1)
    number = bot.tickets()[0]["number"]
    fake.send_text(CITIZEN, "/my")
    fake.send_text(CITIZEN, f"/status {number}")
    fake.send_text(OTHER, f"/status {number}")  # someone else's ticket: same as a missing one
    fake.send_text(OTHER, "/status 20200101-0001")
    fake.send_text(CITIZEN, f"/cancel {number}")
    fake.send_text(CITIZEN, "/status")
    fake.send_text(CITIZEN, f"/cancel {number}")
    replies = fake.wait_sent(CITIZEN, 6)
    assert number in replies[1]["text"]
    assert number in replies[2]["text"] and "办理记录" in replies[2]["text"]
    assert "已撤回" in replies[3]["text"]
    assert "/status 20261127-0001" in replies[4]["text"]  # usage line
    assert "已经撤回，无需再次撤回" in replies[5]["text"]
    refused, missing = fake.wait_sent(OTHER, 2)
    assert refused["text"].replace(number, "N") == missing["text"].replace("20200101-0001", "N")
    assert bot.tickets()[0]["state"] == "withdrawn"


def test_reply_photo_and_location_add_to_the_ticket_and_edits_amend_it(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot()
    first = fake.send_text(CITIZEN, "小区门口的下水道堵了，污水漫到路上")
    [ack] = fake.wait_sent(CITIZEN, 1)
    fake.send_photo(CITIZEN)  # caption-less photo right after: attaches
    fake.send_location(CITIZEN, 35.07, 116.31)
    fake.send_text(CITIZEN, "已经三天了，味道很大", reply_to=ack["message_id"])
    fake.wait_sent(CITIZEN, 4)
    fake.edit_text(CITIZEN, first, "小区门口的下水道堵了，污水漫到路上，孩子上学都没法走")
    fake.wait_sent(CITIZEN, 5)
    [ticket] = bot.tickets()
    kinds = sorted(r["kind"] for r in bot.query("SELECT kind FROM attachments"))
    assert kinds == ["location", "photo"]
    assert ticket["text"].endswith("孩子上学都没法走")
    details = [e["detail"] for e in bot.query(
        "SELECT detail FROM events WHERE action = 'supplement' ORDER BY id")]
    assert "已经三天了，味道很大" in details


def test_sticker_gets_a_guide_and_long_text_is_stored_intact(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot()
    fake.send_sticker(CITIZEN)
    [guide] = fake.wait_sent(CITIZEN, 1)
    assert "文字" in guide["text"]
    long_text = "小区停水<b>&amp;" + "反映情况" * 2500 + "\u202e末尾"
    fake.send_text(CITIZEN, long_text[:4096])
    fake.wait_sent(CITIZEN, 2)
    [ticket] = bot.tickets()
    assert ticket["text"] == long_text[:4096].strip()
    assert not fake.unexpected_errors()


def test_second_instance_refuses_and_missing_token_is_one_line(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot()
    second = bot.cli("run")
    assert second.returncode != 0
    assert "already running" in second.stderr and "Traceback" not in second.stderr
    bot.env.pop("INTAKE_BOT_TOKEN")
    no_token = bot.cli("check-config")
    assert no_token.returncode == 2 and "telegram.token" in no_token.stdout


def test_revoked_token_exits_with_one_clear_line(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(start=False)
    fake.revoke_token()
    result = bot.cli("run", timeout=30)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert "token" in lines[-1] and "Traceback" not in result.stderr
    assert fake.token not in result.stderr


def test_the_same_words_again_join_their_ticket_with_other_reports_in_between(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """A citizen who sends a report again after another one (or in a flood) is told the first
    one's number; no second ticket opens (SPEC §4)."""
    bot = make_bot({"intake.flood_per_minute": 4})
    bench, drain = "公园的长椅坏了好几把", "菜市场门口的下水道冒臭水"
    for text in (bench, drain, bench):
        fake.send_text(CITIZEN, text)
    first, _, again = fake.wait_sent(CITIZEN, 3)
    numbers = {t["text"]: t["number"] for t in bot.tickets()}
    assert set(numbers) == {bench, drain}
    assert numbers[bench] in first["text"] and numbers[bench] in again["text"]
    assert "已经反映过同样的内容" in again["text"]
    # In a flood (past 4 a minute) too: the repeats are recorded on their tickets.
    for text in (drain, "你好", bench, drain):
        fake.send_text(CITIZEN, text)
    fake.wait_until(lambda: bot.query(
        "SELECT count(*) AS n FROM inbox WHERE chat_id = ? AND processed_at IS NOT NULL",
        [CITIZEN])[0]["n"] == 7, timeout=30)
    assert len(bot.tickets()) == 2
    repeats = bot.query("SELECT t.text, count(*) AS n FROM events e JOIN tickets t"
                        " ON t.id = e.ticket_id WHERE e.action = 'repeated' GROUP BY t.text")
    assert {r["text"]: r["n"] for r in repeats} == {bench: 2, drain: 2}


def test_a_chase_in_any_words_chases_the_newest_open_ticket_and_opens_none(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """A chase (催一下, 怎么还没人来？, 我的事办得怎么样了 …) is no new report: the citizen learns
    which ticket was chased and how to follow them all, the unit of their newest open ticket
    gets one 群众催办 a day, and a citizen with nothing open is told so and how to report. A
    message that chases with a matter of its own stays a report, an emergency urgent (SPEC §4)."""
    fake.add_group(WATER_GROUP, "县水务局工作群")
    bot = make_bot({"units.water.chat_id": WATER_GROUP})
    fake.send_text(OTHER, "怎么还没人来？")  # nothing to chase
    [nothing] = fake.wait_sent(OTHER, 1)
    assert "没有正在办理" in nothing["text"] and "在哪里" in nothing["text"]
    fake.send_text(CITIZEN, "公园的长椅坏了好几把")
    fake.wait_sent(CITIZEN, 1)
    fake.send_text(CITIZEN, "小区停水两天了")
    fake.wait_sent(CITIZEN, 2)
    fake.wait_until(lambda: fake.sent(WATER_GROUP), timeout=30)  # the new ticket's push
    late_to_sign(bot)  # within its time a press urges nobody (tests/test_press_fresh_e2e.py)
    chases = ["催一下", "怎么还没人来？", "快点处理啊", "我的事办得怎么样了", "麻烦催催",
              "咋还没动静", "有人管没人管啊"]
    for n, text in enumerate(chases):
        fake.send_text(CITIZEN, text)
        fake.wait_sent(CITIZEN, 3 + n)
    water = next(t for t in bot.tickets() if t["unit"] == "water")
    answers = [m["text"] for m in fake.sent(CITIZEN)[2:]]
    assert all(water["number"] in a and "2 件" in a and "/my" in a and "/status" in a
               for a in answers), answers
    # The unit is late to sign for it: every press and question is a 催办, once a day.
    assert "已提醒责任单位" in answers[0] and all("今天已经提醒过" in a for a in answers[1:])
    assert len(bot.tickets()) == 2  # no ticket for any chase
    [urged] = [m["text"] for m in fake.sent(WATER_GROUP) if "群众催办" in (m["text"] or "")]
    assert water["number"] in urged and "小区停水两天了" in urged and "/reply" in urged
    chased = bot.query("SELECT ticket_id FROM events WHERE action = 'chased'")
    assert [e["ticket_id"] for e in chased] == [water["id"]]
    fake.send_text(CITIZEN, f"/status {water['number']}")
    assert "市民催办" in fake.wait_sent(CITIZEN, 3 + len(chases))[-1]["text"]

    fake.send_text(CITIZEN, "路灯坏了一个月了怎么还没人修")  # a chase with its own matter
    fake.send_text(CITIZEN, "我家着火了怎么还没人来")  # an emergency
    fake.wait_until(lambda: len(bot.tickets()) == 4, timeout=30)
    lamp, fire = bot.tickets()[2:]
    assert lamp["unit"] == "urban" and not lamp["urgent"] and fire["urgent"]
    assert not fake.unexpected_errors()


def test_a_citizen_chasing_their_reports_is_pointed_to_my_and_status(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """Words we could not read (？？？) from a citizen with a ticket being handled are likely a
    chase, answered with how to follow that ticket up (SPEC §4)."""
    bot = make_bot()
    fake.send_text(OTHER, "？？？")  # nothing to chase: the plain guidance
    [plain] = fake.wait_sent(OTHER, 1)
    assert "没太看明白" in plain["text"]
    fake.send_text(CITIZEN, "公园的长椅坏了好几把")
    fake.wait_sent(CITIZEN, 1)
    fake.send_text(CITIZEN, "？？？")
    _, chase = fake.wait_sent(CITIZEN, 2)
    assert "1 件" in chase["text"] and "/my" in chase["text"] and "/status" in chase["text"]
    assert len(bot.tickets()) == 1
