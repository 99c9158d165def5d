"""A supervisor who is also a ticket's citizen (refs #10): their own complaint's supervisors'
pushes — the urgent alert, 督办, 约谈/通报, extension requests — go to their colleagues; when
they are the only supervisor, the pushes still reach them, marked as about their own 诉求,
rather than nobody."""

from __future__ import annotations

import json
from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from bot.store import tickets
from tests.harness import BotProcess
from tests.staffkit import NOW, Kit, make_kit
from tests.test_staff_e2e import NUMBER, OVERRIDES, said

SUPERVISOR, COLLEAGUE, CITIZEN = 900, 901, 1
OWN = "是您本人反映的诉求"


def told(supervisors: tuple[int, ...], reporter: int) -> dict[int, list[str]]:
    """What each supervisor is told by a push about a ticket `reporter` reported."""
    kit = make_kit(supervisors=supervisors)
    number = kit.report(reporter, "我家停水三天了", NOW)
    ticket = tickets.by_number(kit.db, number)
    assert ticket is not None
    with kit.desk.store.atomic() as db:
        for key, text in [("urgent", "🔴 紧急工单"), ("urge", "督办通知书"), ("report", "拟约谈/通报")]:
            kit.desk.tell_supervisors(db, f"{key}:{ticket.id}", text, NOW, ticket.id)
    return {chat: pushes(kit, chat) for chat in supervisors}


def pushes(kit: Kit, chat: int) -> list[str]:
    """The supervisors' pushes queued for `chat` (not their citizen's acknowledgement)."""
    rows = kit.db.query("SELECT params FROM outbox WHERE chat_id = ? AND dedupe_key LIKE 'sup:%'"
                        " ORDER BY id", [chat])
    return [json.loads(r["params"])["text"] for r in rows]


def test_the_only_supervisor_is_told_of_their_own_complaint_marked() -> None:
    sent = told((SUPERVISOR,), SUPERVISOR)[SUPERVISOR]
    assert len(sent) == 3 and all(OWN in text for text in sent), sent
    assert [text.split("\n\n", 1)[1] for text in sent] == ["🔴 紧急工单", "督办通知书", "拟约谈/通报"]


def test_colleagues_are_told_and_the_reporter_is_not() -> None:
    sent = told((SUPERVISOR, COLLEAGUE), SUPERVISOR)
    assert sent[SUPERVISOR] == []
    assert sent[COLLEAGUE] == ["🔴 紧急工单", "督办通知书", "拟约谈/通报"]


def test_a_citizens_complaint_is_told_unmarked() -> None:
    sent = told((SUPERVISOR,), CITIZEN)[SUPERVISOR]
    assert sent == ["🔴 紧急工单", "督办通知书", "拟约谈/通报"]


def test_a_push_with_an_exclusion_leaves_them_out() -> None:
    """Told directly already (`exclude`): not told twice, marked or not."""
    kit = make_kit(supervisors=(SUPERVISOR,))
    number = kit.report(SUPERVISOR, "我家停水三天了", NOW)
    ticket = tickets.by_number(kit.db, number)
    assert ticket is not None
    with kit.desk.store.atomic() as db:
        kit.desk.tell_supervisors(db, "reopened:1", "重办", NOW, ticket.id, exclude=SUPERVISOR)
    assert pushes(kit, SUPERVISOR) == []


def test_the_only_supervisors_own_emergency_reaches_them_end_to_end(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    """Through the real bot: the only supervisor reports a fire as a citizen; the urgent alert
    reaches them, marked, besides their citizen's acknowledgement."""
    fake.add_user(SUPERVISOR, "督查", "duchar")
    make_bot(OVERRIDES)
    fake.send_text(SUPERVISOR, "我家楼下着火了，火很大")
    number = NUMBER.search(said(fake, SUPERVISOR, "工单编号")["text"]).group()  # type: ignore[union-attr]
    alert = said(fake, SUPERVISOR, "紧急工单", timeout=30)["text"]
    assert OWN in alert and number in alert
    assert alert.startswith("ℹ️ 工单") and "\n\n🔴 紧急工单" in alert
    assert not fake.unexpected_errors()
