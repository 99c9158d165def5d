"""A citizen saying an open ticket's matter needs no more handling (refs #10: an outside tester's
桥栏杆那个事不用管了，村里自己找人焊上了 got a bare 不客气, and 桥栏杆已经修好了，不用来了 opened a new
ticket). Read by nlp.settled, it reaches the ticket it names — by the ticket's own words, or the
writer's only ticket being handled when it names none —: kept on it (市民表示问题已自行解决), told
to its unit, and the citizen offered to withdraw it as words to withdraw are (bot/actions/
withdraw.py); nothing is withdrawn before the citizen confirms, and never a new ticket."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from bot.actions import asked, withdraw
from bot.actions.desk import Desk, Incoming, as_listed
from bot.domain import reading
from bot.domain.ticket_words import masked
from bot.domain.tickets import Ticket
from bot.store import tickets
from bot.texts import matters_said, withdrawing
from bot.texts.common import unit_label
from nlp.settled import declined_only, read

_SHARED = 2  # letters of the matter named a ticket's words must share (桥+栏, 门+坑)
_FILLER = frozenset("的了那个这上下里在是有")  # letters any words share


def meant(db: Database, msg: Incoming, route: reading.Router, mine: list[reading.Open],
          now: dt.datetime) -> int | None:
    """The id of the writer's ticket being handled whose matter the message says needs no more
    handling; None when it says no such thing, names a matter none of them is about, or names
    none while the writer has several tickets (or one just finished, whose 回访 it may answer),
    or only declines (不用了) what a unit's question waiting for its answer may have offered."""
    about = read(msg.text)
    if about is None or (routed := route.route(msg.text)).urgent:
        return None
    live = [t for t in mine if t.live]
    if not about:
        if declined_only(msg.text) and asked.answered(db, msg, routed, now) is not None:
            return None  # 需要给您回个电话吗？ → 不用了: an answer (bot/actions/asked.py)
        return live[0].id if len(live) == len(mine) == 1 else None
    words, unit = reading.matter(route.route(about))
    named = reading.meant(live, (about, *words), unit) or _by_letters(live, about)
    return named[0].id if len(named) == 1 else None


def _by_letters(live: list[reading.Open], about: str) -> list[reading.Open]:
    """The tickets being handled whose words share the most letters of the matter named, where
    no word of it is theirs: an old voice names it its own way (门前那个坑 for 门前那段路有个大坑,
    桥上护栏 for 小桥的栏杆 in 重办), and a unit its words route to is no proof of another matter."""
    shared = [(len({c for c in about if c in t.text and c not in _FILLER}), t) for t in live]
    best = max((n for n, _ in shared), default=0)
    return [t for n, t in shared if n == best >= _SHARED]


def keep(desk: Desk, db: Database, ticket: Ticket, msg: Incoming, now: dt.datetime) -> None:
    """Keep the words on the ticket, tell its unit, and offer the citizen to withdraw it."""
    text = msg.text.strip()
    ticket = tickets.update(db, ticket, now, msg.user_id, "citizen", "settled", {}, text)
    reached = desk.tell_unit(db, ticket, f"settled:{msg.update_id}",
                             matters_said.citizen_settled_for_unit(ticket.number, masked(ticket, text)),
                             now) > 0
    desk.say(db, msg, "settled", withdrawing.settled(
        as_listed(ticket), unit_label(desk.config, ticket.unit), reached), now, ticket.id,
        withdraw.buttons([ticket]))
