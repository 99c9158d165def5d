"""A ticket's quick 补充 reach its unit gathered (bot/actions/supplement.py), on an in-memory
desk with explicit moments: the first at once, the rest of SUPPLEMENTS_GATHERED_MINUTES in one
push, then the next window's in another — to every chat of the unit alike, a group the bot
cannot write to for now included (its messages held, bot/store/held_chats.py)."""

from __future__ import annotations

import datetime as dt

from bot.actions import supplement
from bot.domain.delivery import SUPPLEMENTS_GATHERED_MINUTES
from bot.domain.permissions import Role
from bot.store import held_chats, tickets
from tests.staffkit import NOW, WATER_GROUP, make_kit

CITIZEN, STAFF = 501, 601


def test_quick_supplements_go_one_push_a_window_to_every_chat_of_the_unit() -> None:
    kit = make_kit()
    kit.bind(STAFF, Role.STAFF, "water")
    number = kit.report(CITIZEN, "小区停水两天了")
    ticket = tickets.by_number(kit.db, number)
    assert ticket is not None
    with kit.desk.store.atomic() as db:
        held_chats.hold(db, WATER_GROUP, "water", "the bot was removed", NOW)
    window = dt.timedelta(minutes=SUPPLEMENTS_GATHERED_MINUTES)
    moments = [NOW + dt.timedelta(seconds=s) for s in (10, 20, 30, 40)] + [NOW + window * 1.2]
    for n, moment in enumerate(moments):
        with kit.desk.store.atomic() as db:
            supplement.add(kit.desk, db, ticket, kit.msg(CITIZEN), f"补充{n}：三号楼也没水", moment)
    assert [e["detail"] for e in kit.events(number) if e["action"] == "supplement"] == [
        f"补充{n}：三号楼也没水" for n in range(5)]
    for chat in (WATER_GROUP, STAFF):
        told = [t for t in kit.sent_to(chat) if "市民补充" in t]
        assert len(told) == 3, told
        assert "补充0" in told[0] and "补充1" not in told[0]
        assert all(f"补充{n}" in told[1] for n in (1, 2, 3)) and "补充4" not in told[1]
        assert "补充4" in told[2] and "补充3" not in told[2]
    due = [row["not_before"] for row in kit.db.query(
        "SELECT not_before FROM outbox WHERE chat_id = ? AND dedupe_key LIKE '%:supplement%'"
        " ORDER BY id", [STAFF])]
    assert [dt.datetime.fromisoformat(d) for d in due] == [
        moments[0], moments[0] + window, moments[0] + 2 * window]
