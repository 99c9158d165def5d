"""An answer to a unit's question (refs #10): after `/reply 5 哪栋楼几单元？`, a message that
answers it within ANSWER_HOURS is a 补充 to that ticket, told to its unit, not a new ticket:
one that only gives a place, a time, a phone number or a yes or no (3号楼2单元，俺家502，楼上602),
or one that opens with what the question asks and says more (哪个村几组的？ → 后王楼村三组，她家就
在俺家后头), unless what it says besides is a matter of its own (nlp.answered)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlite_utils import Database

from bot.actions.desk import Incoming
from bot.config import FALLBACK_UNIT
from bot.domain.reading import Router
from bot.domain.tickets import Ticket
from bot.store import asked, outbox
from bot.texts import matters_said
from nlp.addition import addition_starts
from nlp.answered import (
    answers,
    asks_for,
    because_aside,
    fits,
    leftover,
    place_given,
    troubled,
    where_by_here,
)
from nlp.router import RouteResult

ANSWER_HOURS = 24  # a unit's question is answered within this time


def answered(db: Database, msg: Incoming, route: RouteResult | None, now: dt.datetime
             ) -> Ticket | None:
    """The citizen's ticket whose unit's last reply asked what this message answers: an open
    one, or one the unit finished right after asking (/reply 请问…？ then /done: T25) when the
    message replies to its 答复 or to nothing — the answer is still kept and passed on."""
    if msg.kind != "text":
        return None
    only = answers(msg.text) and not (route is not None and route.urgent)
    since = now - dt.timedelta(hours=ANSWER_HOURS)
    replied = outbox.ticket_for_message(db, msg.chat_id, msg.reply_to) if msg.reply_to else None
    for ticket, words, _ in asked.replies_since(db, msg.user_id, since, finished=True):
        if not asks_for(words) or (not ticket.is_open and replied not in (None, ticket.id)):
            continue
        if (only or replied == ticket.id or fits(msg.text, words)) \
                and not another_matter(ticket, msg.text, route):
            return ticket
    return None


def answered_before_more(db: Database, msg: Incoming, now: dt.datetime, router: Router
                         ) -> tuple[Ticket, str, str] | None:
    """An answer to the unit's question followed by a turn to another matter (后王楼村三组。另外
    俺家门口的路灯也坏了; 大王庄村，村西头的漫水桥。还有…): the ticket asked, the answer, and the
    words from the turn on. The answer joins its ticket and the rest is read on its own — not
    the whole message taken for the other matter (an outside tester's answer pressed an older
    street-light ticket, and the unit that asked never heard it). The answer may say more than
    a bare place (村西头的漫水桥) as long as it opens with what was asked (`answered`). The rest,
    where it says where only from where the writer stands (俺家门口, 村里), carries the place
    the answer gave: the unit it goes to could not find 俺家门口 otherwise."""
    cut = min((start for start in addition_starts(msg.text) if msg.text[:start].strip()),
              default=None)
    if msg.kind != "text" or cut is None:
        return None
    before, after = msg.text[:cut].strip(), msg.text[cut:].strip()
    ticket = answered(db, replace(msg, text=before), router.route(before), now)
    if ticket is None:
        return None
    return ticket, before, besides_placed(before, after)


def besides_placed(before: str, after: str) -> str:
    """The words from a turn on (`after`), carrying the place the answer `before` them gave
    where they say where only from where the writer stands (俺家门口)."""
    where = place_given(before) if where_by_here(after) else ""
    return matters_said.placed(after, where) if where else after


def another_matter(ticket: Ticket, text: str, route: RouteResult | None) -> bool:
    """Whether an answer's words besides what was asked tell a matter of their own: a turn to
    another (另外…), an emergency, or a trouble (坏了, 堵了) in words of a unit's matter that are
    another unit's (俺村村口的路灯坏了 after 哪个村？) or none of the ticket's own (俺家下水道也堵了
    at a 停水 ticket); more of the ticket's own matter (就没水了 at a 停水 ticket) is more of it."""
    if addition_starts(text):
        return True
    if route is None or route.kind != "report":
        return False
    rest = _bare(leftover(because_aside(text)))
    named = [bare for word in route.keywords if (bare := _bare(leftover(word))) and bare in rest]
    if not named:
        return False  # the router read only the answer or its filler (在家, 东头)
    if route.urgent:
        return True
    if not troubled(rest) and not troubled(because_aside(text)):
        return False  # the answer itself tells none (后王楼村三组，她家就在俺家后头)
    if route.unit not in (ticket.unit, FALLBACK_UNIT):
        return True
    own = [_bare(leftover(word)) for word in ticket.keyword_list]
    return not any(word in ticket.text or any(word in k or k in word for k in own if k)
                   for word in named)


def _bare(words: str) -> str:
    return "".join(words.split())
