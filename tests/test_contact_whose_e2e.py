"""`/contact` says whose each number is as the citizen's words tell it (an outside tester's
finding; refs #10), through the real bot and the fake Bot API: a grandson writing for his
grandmother, or a citizen giving their daughter's number, was shown to staff as 市民电话."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import OVERRIDES, STAFF, join_staff, report, texts

GRANDSON, PARENT, OWN = 821, 822, 823
TOLD = {
    GRANDSON: "帮我奶奶反映一下，她家的自来水停了三天了，我是她孙子，电话13812345678",
    PARENT: "我家小区停水两天了，我白天上班，我女儿电话 139 1234 5678，我的电话13700001111",
    OWN: "我家小区停水两天了，有事打13600002222",
}


def test_contact_labels_each_number_as_the_words_tell_whose_it_is(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, tuple(TOLD))
    shown = {}
    for citizen, text in TOLD.items():
        ticket = report(fake, bot, citizen, text)
        assert ticket["unit"] == "water"
        seen = len(texts(fake, STAFF["water"]))
        fake.send_text(STAFF["water"], f"/contact {ticket['number']}")
        shown[citizen] = fake.wait_until(lambda seen=seen: next(
            (t for t in texts(fake, STAFF["water"])[seen:] if "☎️" in t), None), timeout=20)
    assert all("市民电话" not in answer for answer in shown.values()), shown
    assert "13812345678　联系电话（孙子，反映内容中）" in shown[GRANDSON]
    assert "13912345678　联系电话（女儿，反映内容中）" in shown[PARENT]
    assert "13700001111　市民所留电话（反映内容中）" in shown[PARENT]
    assert "13600002222　市民所留电话（反映内容中）" in shown[OWN]
    assert not [e for e in fake.unexpected_errors() if e.status != 429]
