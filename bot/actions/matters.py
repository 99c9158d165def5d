"""Whether a message tells of a ticket's own matter or of another one, by what the router finds
in each: the words of a unit's matter they share (路灯不亮 and 还是不亮 share 不亮; 窨井盖 and 路灯
share nothing, though both are the urban bureau's), or words that say the same trouble goes on
(还是, 依然, 仍然). Used where a message might join a ticket it is not a reply to: a 重办 ticket
(bot/actions/visit_typed.reopened_matter), a report told again louder a few minutes on."""

from __future__ import annotations

import datetime as dt
import re

from sqlite_utils import Database

from bot.actions.desk import Desk, Incoming
from bot.domain import reading
from bot.domain.tickets import State, Ticket
from bot.domain.visit_ahead import next_question
from bot.store import tickets
from nlp.emoji_matters import told
from nlp.router import RouteResult
from nlp.tokenizer import normalize
from nlp.withdrawal import Withdrawal

_GOES_ON = re.compile(r"还是|还没|还不|依然|依旧|仍然|仍旧|照样|一直")


def another_matter(desk: Desk, ticket: Ticket, text: str, route: RouteResult | None) -> bool:
    """Whether `text` names a matter of its own that is not the ticket's: it has words of a
    unit's matter, none of them the ticket's, and says nothing of the same trouble going on."""
    route = route or desk.router.route(text)
    if route.kind != "report" or not route.keywords or _GOES_ON.search(normalize(text)):
        return False
    return not shares_words(desk, ticket, route)


def shares_words(desk: Desk, ticket: Ticket, route: RouteResult) -> bool:
    """Whether the message routed as `route` shares a word of a unit's matter with the ticket
    (either word inside the other, or found in the ticket's text): the reading's rule
    (bot/domain/reading.about), its unit left out."""
    own = tuple(desk.router.route(ticket.text).keywords)
    return reading.about(reading.Open(0, "", ticket.text, keywords=own), route.keywords,
                         None) == 2


RETOLD_MINUTES = 10  # a report told again, louder, within this time joins the first telling
_WORDS = re.compile(r"[\s\W_]+")
_SAME_START = 0.8  # the share of the first telling's words the second must open with


def retold(desk: Desk, db: Database, text: str, citizen_id: int, now: dt.datetime
           ) -> Ticket | None:
    """The citizen's open ticket of the last minutes that `text` tells again with more words
    (小区停水了, then 小区停水了，做饭都没水！！到底有没有人管): it opens with the ticket's words (the
    same matter at the same place), and what it adds is no other unit's matter nor an emergency."""
    words = _WORDS.sub("", normalize(text))
    since = now - dt.timedelta(minutes=RETOLD_MINUTES)
    for ticket in tickets.open_of_citizen_since(db, citizen_id, since):
        told = _WORDS.sub("", normalize(ticket.text))
        start = _shared_start(told, words)
        if len(told) < 4 or start < max(4, len(told) * _SAME_START) or len(words) <= len(told):
            continue
        added = desk.router.route(words[start:])
        if added.urgent or (added.kind == "report" and added.keywords
                            and added.unit != ticket.unit):
            continue
        return ticket
    return None


def _shared_start(one: str, other: str) -> int:
    """How many characters two texts open with alike."""
    return next((i for i, (a, b) in enumerate(zip(one, other, strict=False)) if a != b),
                min(len(one), len(other)))


def pictured(desk: Desk, db: Database, citizen_id: int, text: str, route: RouteResult
             ) -> RouteResult | None:
    """How to route a message the router took for no report that shows a matter in emoji
    (🚰❌😭😭 三天了: water), when the citizen has no open ticket of that unit it could chase:
    a report of that matter, never a chase of another unit's ticket. None otherwise."""
    words = told(text)
    if route.kind != "noise" or not words:
        return None
    shown = desk.router.route(words)
    if shown.kind != "report" or not shown.keywords:
        return None
    latest = tickets.latest_open_of_citizen(db, citizen_id)
    return None if latest is not None and latest.unit == shown.unit else shown


LOOKED_AT = 50  # the citizen's newest tickets the reading looks at
_READ_STATES = (State.NEW, State.ACCEPTED, State.REOPENED, State.RESOLVED)


def opens(db: Database, citizen_id: int) -> list[reading.Open]:
    """The citizen's tickets still open or awaiting their 回访, newest first, as the reading of a
    message sees them (bot/domain/reading.py): loaded once for the message."""
    found = []
    for ticket in tickets.of_citizen(db, citizen_id, LOOKED_AT):
        if ticket.state not in _READ_STATES:
            continue
        question, finished = None, False
        if ticket.state is State.RESOLVED and not tickets.resolved_by_reporter(db, ticket.id):
            answered = tickets.visit_answers(db, ticket.id)
            finished = answered is None
            if answered is not None:
                question = next_question(answered)
        found.append(reading.Open.of(ticket, tickets.units_passed(db, ticket), question,
                                     finished))
    return found


def read(desk: Desk, db: Database, msg: Incoming, route: RouteResult | None,
         withdrawal: Withdrawal | None, router: reading.Router | None = None,
         mine: list[reading.Open] | None = None) -> reading.Reading:
    """The one reading of a typed message against the writer's tickets (not of a reply, which
    names its ticket, nor of an edit); `router`: the message's readers' one; `mine`: the
    writer's tickets as `opens` loaded them for the message (loaded here when not given)."""
    if not typed(msg):
        return reading.OTHER
    return reading.read(msg.text, route, opens(db, msg.user_id) if mine is None else mine,
                        router or desk.router, withdrawal)


def typed(msg: Incoming) -> bool:
    """Whether a message is read against the writer's tickets: typed words, not a reply (which
    names its ticket), an edit, nor someone else's words forwarded (bot/actions/forwards.py)."""
    return msg.kind == "text" and not msg.edited and not msg.reply_to \
        and msg.forwarded is None and bool(msg.text.strip())
