"""`/contact` does not give someone else's number as the citizen's (an outside tester's finding;
refs #10), through the real bot and the fake Bot API: a number the citizen gives as a harasser's
(他电话是158…一直打我电话骚扰) or a landlord's, or one in a message they forwarded, is labelled as
someone else's; the writer's own (我的电话…) stays 市民所留电话."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import OVERRIDES, STAFF, join_staff, report, texts, tickets_of

HOUNDED, LANDLORD, FORWARDER, NEIGHBOUR = 841, 842, 843, 7841


def _contact(fake: FakeBotAPI, unit: str, number: str) -> str:
    seen = len(texts(fake, STAFF[unit]))
    fake.send_text(STAFF[unit], f"/contact {number}")
    shown: str = fake.wait_until(lambda: next(
        (t for t in texts(fake, STAFF[unit])[seen:] if "☎️" in t), None), timeout=20)
    return shown


def test_contact_labels_someone_elses_number_as_theirs(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, (HOUNDED, LANDLORD, FORWARDER))
    hounded = report(fake, bot, HOUNDED, "他电话是15812345678，一直打我电话骚扰，半夜也打，"
                                         "我的电话13700001111")
    landlord = report(fake, bot, LANDLORD, "小区停水三天了，物业老板电话158 8765 4321，打过去就挂，"
                                           "还发短信骂我")
    fake.forward_text(FORWARDER, "我们小区停水三天了，有事联系13812345678", from_user=NEIGHBOUR)
    forwarded = fake.wait_until(lambda: next(iter(tickets_of(bot, FORWARDER)), None), timeout=15)
    assert (hounded["unit"], landlord["unit"], forwarded["unit"]) == ("police", "water", "water")
    shown = _contact(fake, "police", hounded["number"])
    assert "15812345678　反映内容中提到的他人电话（不是市民本人的）" in shown, shown
    assert "13700001111　市民所留电话（反映内容中）" in shown, shown
    shown = _contact(fake, "water", landlord["number"])
    assert "15887654321　反映内容中提到的他人电话（不是市民本人的）" in shown, shown
    shown = _contact(fake, "water", forwarded["number"])
    assert "13812345678　市民转发的消息中的电话（不是市民本人的）" in shown, shown
    assert not [e for e in fake.unexpected_errors() if e.status != 429]
