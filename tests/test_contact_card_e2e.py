"""A contact card shared with the contact button that is not the sender's own (its `user_id`
another's) is labelled as someone else's in `/contact` (refs #10), through the real bot and the
fake Bot API: as numbers typed in the words are labelled by whose they are, a neighbour's card
was shown to staff as the citizen's own (市民反映后分享的联系人) — for a ticket and outside one."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import OVERRIDES, STAFF, join_staff, report, texts, wait_text

CARD, OWN, EARLIER, NEIGHBOUR = 831, 832, 833, 990
OTHERS = "市民分享的他人联系方式"


def _contact(fake: FakeBotAPI, number: str) -> str:
    seen = len(texts(fake, STAFF["water"]))
    fake.send_text(STAFF["water"], f"/contact {number}")
    answer: str = fake.wait_until(lambda: next(
        (t for t in texts(fake, STAFF["water"])[seen:] if "回访联系电话" in t), None), timeout=20)
    return answer


def test_someone_elses_card_is_labelled_as_theirs_and_the_citizens_own_as_before(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, (CARD, OWN, EARLIER))
    # Right after a report: the card is the ticket's phone.
    card = report(fake, bot, CARD, "我家小区停水两天了，一直没人来修")
    fake.send_contact(CARD, "+8613912345678", "邻居老李", contact_user_id=NEIGHBOUR)
    wait_text(fake, CARD, "已记下您为工单")
    own = report(fake, bot, OWN, "东关街自来水管爆了，水流了一地")
    fake.send_contact(OWN, "+8613700001111", "王五")
    wait_text(fake, OWN, "已记下您为工单")
    # Outside any ticket: kept for later ones.
    fake.send_contact(EARLIER, "+8613600002222", "我妈", contact_user_id=NEIGHBOUR + 1)
    wait_text(fake, EARLIER, "已记下您的联系电话")
    earlier = report(fake, bot, EARLIER, "我们村的自来水管冻裂了，停水三天了")
    assert card["unit"] == own["unit"] == earlier["unit"] == "water"

    shown = _contact(fake, card["number"])
    assert f"8613912345678　{OTHERS}" in shown and "市民反映后分享的联系人" not in shown
    shown = _contact(fake, own["number"])
    assert "8613700001111　市民反映后分享的联系人" in shown and OTHERS not in shown
    shown = _contact(fake, earlier["number"])
    assert f"8613600002222　{OTHERS}（此前分享）" in shown and "市民此前留的电话" not in shown
    assert not [e for e in fake.unexpected_errors() if e.status != 429]
