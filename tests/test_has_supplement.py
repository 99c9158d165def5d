"""bot.store.matters.has_supplement: whether a ticket holds words as a 补充 already, the check
that keeps an edited answer from being kept twice (bot/actions/amend._answer_edited)."""

from __future__ import annotations

from bot.store.matters import has_supplement
from tests.fuzzkit import Rig


def test_a_supplement_is_found_by_its_words_on_its_own_ticket_only(rig: Rig) -> None:
    user, other = rig.citizen(), rig.citizen()
    rig.say(user, "俺家门口的下水道堵了，污水都漫到路上了")
    rig.say(user, "  后王楼村三组  ")
    rig.say(other, "村里的自来水停了两天了")
    [ticket], [elsewhere] = rig.tickets_of(user), rig.tickets_of(other)
    assert [e["detail"] for e in rig.events(ticket["id"]) if e["action"] == "supplement"]
    assert has_supplement(rig.db, ticket["id"], "后王楼村三组")
    assert not has_supplement(rig.db, ticket["id"], "后王楼村四组")
    assert not has_supplement(rig.db, ticket["id"], "俺家门口的下水道堵了，污水都漫到路上了")
    assert not has_supplement(rig.db, elsewhere["id"], "后王楼村三组")
