"""Someone else's data in a staff answer (outside tester, round 25, finding 3; refs #10), through the
real bot and the fake Bot API: `/reply` and `/done` texts reach the citizen as written but for ID
numbers and bank cards not their own — a unit may give a contact on purpose — and the staff
member who sent one holding another person's phone or name is told so, in the same answer, in
one line; their own typed label (【电话】) and the citizen's own number told back to them are no
one else's and get no such line."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import OVERRIDES, STAFF, WATER_GROUP, join_staff, report, texts, wait_text

CITIZEN = 851
WARNING = "⚠️ 提醒：这段文字含有他人的"
NEIGHBOUR = "已联系楼上住户孙桂芝（电话13905371234），她答应今晚关阀检修"
OWN_PHONE = "我们会按您留的电话13805376688和您约上门时间"
TYPED_LABEL = "维修班电话【电话】，有问题可以直接打"
RESULT = "已修好，抢修队长赵德明的电话0537-1234567，可随时联系"


def _answer(fake: FakeBotAPI, staff: int, command: str, needle: str) -> str:
    """Staff send `command`; the bot's answer to them that holds `needle`."""
    before = len(fake.sent(staff))
    fake.send_text(staff, command)
    return str(fake.wait_until(lambda: next(
        (m["text"] for m in fake.sent(staff)[before:] if needle in (m["text"] or "")), None),
        timeout=20))


def test_staff_are_told_what_someone_elses_data_went_to_the_citizen(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, (CITIZEN,))
    ticket = report(fake, bot, CITIZEN, "我家小区停水两天了，我的电话13805376688", "water")
    number, staff = ticket["number"], STAFF["water"]
    wait_text(fake, CITIZEN, "工单编号")

    answer = _answer(fake, staff, f"/reply {number} {NEIGHBOUR}", "答复已提交发送")
    assert f"{WARNING}电话、姓名，市民会原样看到" in answer, answer
    wait_text(fake, CITIZEN, NEIGHBOUR)  # the citizen reads it as written

    for words in (OWN_PHONE, TYPED_LABEL):
        answer = _answer(fake, staff, f"/reply {number} {words}", "答复已提交发送")
        assert "提醒" not in answer, (words, answer)
        wait_text(fake, CITIZEN, words)

    answer = _answer(fake, staff, f"/done {number} {RESULT}", "已办结")
    assert f"{WARNING}电话、姓名，市民会原样看到" in answer, answer
    assert "今后请不要写入他人的个人信息" in answer, answer
    wait_text(fake, CITIZEN, RESULT)
    # The unit's group hears of the 办结 as before: no warning there, no neighbour's data.
    group = texts(fake, WATER_GROUP)
    assert not any("提醒" in t or "孙桂芝" in t or "13905371234" in t for t in group), group
    assert not [e for e in fake.unexpected_errors() if e.status != 429]


OTHERS_ID = "370828195503031226"
OWN_ID = "370828198801010016"


def test_an_id_number_or_bank_card_reaches_the_citizen_only_if_it_is_their_own(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    """No unit hands a citizen someone's ID number or bank card (outside tester T27, finding 1):
    they are masked before the answer is stored or sent, and staff are told; the ID number the
    citizen gave themselves is told back as written, and a phone still goes as written."""
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, (CITIZEN,))
    ticket = report(fake, bot, CITIZEN, f"我家小区停水两天了，补贴也没到，我身份证{OWN_ID}", "water")
    number, staff = ticket["number"], STAFF["water"]
    wait_text(fake, CITIZEN, "工单编号")

    answer = _answer(fake, staff, f"/reply {number} 补贴打到户主的卡6222 0216 1234 5678 901上了，"
                     f"户主身份证{OTHERS_ID}，您的身份证{OWN_ID}已核对，维修电话13905371234",
                     "答复已提交发送")
    assert "🔒 文字中的身份证号、银行卡号已替换为【身份证号】【银行卡号】后才发给市民" in answer, answer
    assert f"{WARNING}电话" in answer, answer
    told = wait_text(fake, CITIZEN, "补贴打到户主的卡")[-1]
    assert "【银行卡号】" in told and "户主身份证【身份证号】" in told, told
    assert OWN_ID in told and "13905371234" in told and OTHERS_ID not in told, told

    answer = _answer(fake, staff, f"/done {number} 已恢复供水，户主身份证 {OTHERS_ID[:4]} "
                     f"{OTHERS_ID[4:8]} {OTHERS_ID[8:12]} {OTHERS_ID[12:16]} {OTHERS_ID[16:]} 已核对",
                     "已办结")
    assert "🔒 文字中的身份证号已替换为【身份证号】后才发给市民" in answer, answer
    assert "提醒" not in answer, answer
    told = wait_text(fake, CITIZEN, "已恢复供水")[-1]
    assert "【身份证号】" in told and OTHERS_ID[:4] + " " + OTHERS_ID[4:8] not in told, told
    # Stored so: the 回访 and every later view repeat only what the citizen was sent.
    stored = bot.query("SELECT result FROM tickets")[0]["result"]
    assert stored == "已恢复供水，户主身份证 【身份证号】 已核对", stored
    assert not [e for e in fake.unexpected_errors() if e.status != 429]


def test_a_disguised_id_number_or_card_is_masked_before_the_citizen_reads_it(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    """An ID number or card written so a machine misses it — full-width, in Chinese numerals,
    split by zero-width spaces, reversed — is read as the masking reads every text (round 28):
    the citizen reads 【身份证号】/【银行卡号】, the store holds the same, and the ID number the
    citizen gave themselves (written plainly on the ticket) is told back as staff wrote it."""
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, (CITIZEN,))
    ticket = report(fake, bot, CITIZEN, f"我家小区停水两天了，补贴也没到，我身份证{OWN_ID}", "water")
    number, staff = ticket["number"], STAFF["water"]
    wait_text(fake, CITIZEN, "工单编号")
    full_own = "".join(chr(ord(ch) + 0xFEE0) for ch in OWN_ID)
    card = "6222\u200b0216\u200b1234\u200b5678\u200b901"
    numerals = "".join("零幺二三四五六七八九"[int(d)] for d in OTHERS_ID)

    answer = _answer(fake, staff, f"/reply {number} 补贴打到户主的卡{card}上了，户主身份证{numerals}，"
                     f"您的身份证{full_own}已核对", "答复已提交发送")
    assert "🔒 文字中的身份证号、银行卡号已替换为【身份证号】【银行卡号】后才发给市民" in answer, answer
    told = wait_text(fake, CITIZEN, "补贴打到户主的卡")[-1]
    assert "户主的卡【银行卡号】上了" in told and "户主身份证【身份证号】" in told, told
    assert f"您的身份证{full_own}已核对" in told and numerals not in told, told

    answer = _answer(fake, staff, f"/done {number} 已恢复供水，户主身份证\u202e{OTHERS_ID[::-1]}\u202c"
                     "已核对", "已办结")
    assert "🔒 文字中的身份证号已替换为【身份证号】后才发给市民" in answer, answer
    told = wait_text(fake, CITIZEN, "已恢复供水")[-1]
    assert "户主身份证【身份证号】已核对" in told and OTHERS_ID[::-1] not in told, told
    stored = bot.query("SELECT result FROM tickets")[0]["result"]
    assert stored == "已恢复供水，户主身份证【身份证号】已核对", stored
    replies = [r["detail"] for r in bot.query("SELECT detail FROM events WHERE action = 'reply'")]
    assert replies and all("6222" not in r and numerals not in r for r in replies), replies
    assert not [e for e in fake.unexpected_errors() if e.status != 429]
