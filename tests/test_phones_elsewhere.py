"""A number a citizen left on another of their tickets (bot.actions.phones, refs #10): read in
one query, newest ticket first; /contact lists every such number, while whoever only needs to
know whether the citizen can be phoned, and from where (a /done, the phone 回访, a block), stops
at the newest ticket that has one. Demands logged for them and words they forwarded are not
theirs."""

from __future__ import annotations

import datetime as dt

from bot.actions import phones
from bot.config import load_config
from bot.domain.forwarded import Origin
from bot.store import forwards, tickets
from bot.store.db import Store
from tests.harness import EXAMPLE

CITIZEN = 5
NOW = dt.datetime(2026, 12, 1, 2, 0, tzinfo=dt.UTC)


def test_numbers_on_other_tickets_newest_first_and_the_nearest_alone() -> None:
    config = load_config(EXAMPLE)
    with Store.memory().atomic() as db:
        def new(text: str, logged_by: int = 0) -> tickets.Ticket:
            made = tickets.create(
                db, config, source_key=f"t:{text}", citizen_id=CITIZEN, chat_id=CITIZEN,
                citizen_name="市民", text=text, unit="urban", urgent=False, keywords=[],
                confidence=0.9, now=NOW, logged_by=logged_by)
            return made

        older = new("东关街路灯坏了，有事打13812345678")
        newer = new("北关街井盖丢了")
        tickets.log_event(db, newer.id, NOW, CITIZEN, "citizen", "supplement",
                          detail="补充一下，联系我打13900001111")
        passed = new("邻居说楼道灯不亮，他电话13700002222")
        forwards.keep(db, passed.id, Origin("user", "邻居"), CITIZEN, NOW)
        new("代群众登记：村口积水，电话13600003333", logged_by=9)
        asked = new("下水道堵了")

        every = phones.numbers(db, asked)
        nearest = phones.numbers(db, asked, nearest=True)
        own = phones.numbers(db, older)

    assert [(phone, source) for phone, source, _ in every] == [
        ("13900001111", f"ticket:{newer.number}"), ("13812345678", f"ticket:{older.number}")]
    assert [(phone, source) for phone, source, _ in nearest] == [
        ("13900001111", f"ticket:{newer.number}")]
    assert phones.elsewhere(every) == phones.elsewhere(nearest) == newer.number
    assert [(phone, source) for phone, source, _ in own] == [("13812345678", "text")]
    assert phones.elsewhere(own) == ""
