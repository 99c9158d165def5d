"""T24 finding 10: a citizen who blocks the bot, then starts it again, with several tickets at one
unit — the unit reads one message listing them each time, not one message per ticket."""

from __future__ import annotations

import datetime as dt

from bot.actions import unreachable
from bot.domain.permissions import Role
from tests.staffkit import HOUSING_GROUP, NOW, WATER_GROUP, make_kit

CITIZEN = 5001
WATER_STAFF = 7001


def test_block_and_unblock_tell_each_unit_once_listing_its_tickets() -> None:
    kit = make_kit()
    kit.bind(WATER_STAFF, Role.STAFF, "water")
    water = [kit.report(CITIZEN, f"小区第{i}栋停水了，一直没人管", NOW + dt.timedelta(minutes=i))
             for i in range(1, 4)]
    wall = kit.report(CITIZEN, "物业不管楼道的墙皮脱落", NOW + dt.timedelta(minutes=5))
    later = NOW + dt.timedelta(hours=1)
    before = {chat: len(kit.sent_to(chat)) for chat in (WATER_GROUP, WATER_STAFF, HOUSING_GROUP)}
    with kit.desk.store.atomic() as db:
        assert unreachable.citizen_gone(kit.desk, db, CITIZEN, "blocked", later) == 4
    for chat in (WATER_GROUP, WATER_STAFF):
        told = kit.sent_to(chat)[before[chat]:]
        assert len(told) == 1, told
        assert "屏蔽" in told[0] and "3 件工单" in told[0]
        assert all(number in told[0] for number in water)
    housing = kit.sent_to(HOUSING_GROUP)[before[HOUSING_GROUP]:]
    assert len(housing) == 1 and wall in housing[0] and "屏蔽" in housing[0]
    # Back: once more, one message per unit.
    before = {chat: len(kit.sent_to(chat)) for chat in (WATER_GROUP, WATER_STAFF, HOUSING_GROUP)}
    with kit.desk.store.atomic() as db:
        assert unreachable.back(kit.desk, db, CITIZEN, later + dt.timedelta(hours=1)) == 4
    for chat in (WATER_GROUP, WATER_STAFF):
        told = kit.sent_to(chat)[before[chat]:]
        assert len(told) == 1 and "恢复接收" in told[0], told
        assert all(number in told[0] for number in water)
    housing = kit.sent_to(HOUSING_GROUP)[before[HOUSING_GROUP]:]
    assert len(housing) == 1 and wall in housing[0] and "恢复接收" in housing[0]
