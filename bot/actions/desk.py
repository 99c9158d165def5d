"""The desk: services every action shares (store, config, router) and message fan-out.

Every message goes out through `Desk.send` inside the caller's transaction: it is a row of the
persistent outbox (bot/store/outbox.py) before anything is sent, committed with the change it
reports, and its dedupe key makes queueing it twice a no-op.

Fan-out sets each message's priority (bot.domain.delivery.Priority): whatever concerns an urgent
ticket goes first, then messages to units and supervisors, then answers to citizens, then bulk.
`say` also keeps floods quiet (bot/actions/floods.py: one notice a burst, a few commands a
minute, the numbers of the burst's tickets in one receipt after it), and a group the bot does
not serve gets one pointer, ever. A new ticket's push to its unit (with what came with it) is
bot/actions/announce.py.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any, Protocol

from sqlite_utils import Database

from bot.actions import floods, oversight, reading
from bot.config import FALLBACK_UNIT, Config
from bot.domain.delivery import COMMANDS_IN_A_FLOOD, Burst, Priority, for_ticket
from bot.domain.forwarded import Origin
from bot.domain.ticket_words import matter_of
from bot.domain.tickets import Ticket
from bot.render import PARSE_MODE, Outgoing, api_calls, too_long, truncate
from bot.store import due, held_chats, inbox, outbox, people, tickets
from bot.store.db import Store
from bot.texts import (
    citizen_receipt,
    common,
    flooding,
    for_citizen,
    for_staff,
    for_supervisors,
    signing,
)
from bot.texts.common import unit_label
from bot.texts.matter_line import with_matter
from nlp.router import RouteResult

PASSED_ON = frozenset({"photo", "voice", "video", "document", "audio", "video_note", "location"})
ALBUM_SETTLE = 2.0  # seconds an album's message waits for the album's other items
LISTED_CHARS = 30  # a ticket's words in its citizen's own list (/my) are cut to this many


class RouterLike(Protocol):
    def route(self, text: str) -> RouteResult: ...

    def noise_topic(self, text: str) -> str: ...


@dataclass(frozen=True)
class Incoming:
    """A message as the domain sees it, whoever sent it and wherever."""

    update_id: int
    user_id: int
    chat_id: int
    chat_type: str  # private | group | supergroup | channel
    message_id: int
    first_name: str = ""
    username: str | None = None
    kind: str = "text"  # text | photo | voice | video | document | location | contact | sticker | other
    text: str = ""  # the text, or the caption of a photo, voice, video or document
    file_id: str | None = None
    data: dict[str, Any] = field(default_factory=dict)  # location / contact details
    reply_to: int | None = None  # id of the bot's message this one replies to
    reply_text: str = ""  # the text of that message
    edited: bool = False
    media_group_id: str | None = None  # the album a photo or video belongs to
    command: bool = False  # it starts with a bot command (/my, /status 20261127-0001, ...)
    forwarded: Origin | None = None  # someone else's message the sender forwarded: from whom
    # Its words as written (text or caption), kept when `text` is cut to a part of them or put
    # after a place (dataclasses.replace): an answer to it is in their language (reading.py).
    written: str | None = None

    def __post_init__(self) -> None:
        if self.written is None:
            object.__setattr__(self, "written", self.text)

    @property
    def private(self) -> bool:
        return self.chat_type == "private"

    @property
    def source_key(self) -> str:
        return f"tg:{self.chat_id}:{self.message_id}"


def enqueue(db: Database, message: Outgoing, now: dt.datetime) -> int:
    """Queue a message (split if long) in the caller's transaction; returns how many rows
    were new."""
    not_before = now + dt.timedelta(seconds=message.delay)
    notice = message.notice_calls()
    return sum(outbox.insert(db, key, message.chat_id, method, params, message.ticket_id, now,
                             not_before, message.priority, notice)
               for key, method, params in api_calls(message))


def requeue(db: Database, message: Outgoing, now: dt.datetime, put_off: bool = False) -> bool:
    """Replace a queued message that may not go yet with `message` (same key, one call);
    `put_off`: it waits its `delay` again, from now."""
    calls = api_calls(message)
    later = now + dt.timedelta(seconds=message.delay) if put_off else None
    return len(calls) == 1 and outbox.replace_waiting(db, *calls[0], now, later)


@dataclass
class Desk:
    store: Store
    config: Config
    router: RouterLike
    wake: Callable[[], None] = lambda: None  # tells the delivery loop that mail is waiting
    # What this desk queued, and the unit notices that reached no chat, by unit code (`tick`
    # reports both).
    queued: int = 0
    unreached: Counter[str] = field(default_factory=Counter)

    @property
    def db(self) -> Database:
        return self.store.db

    def now(self) -> dt.datetime:
        """The county's clock (bot.store.db.Store.now)."""
        return self.store.now()

    def when(self, moment: dt.datetime | None) -> str:
        """A moment in county time, as people read it (its year shown when not this one)."""
        tz = self.config.county.tz
        return common.when(moment, tz, self.now().astimezone(tz).year)

    def send(self, db: Database, message: Outgoing, now: dt.datetime) -> None:
        """Queue a message in the caller's transaction; the delivery loop is woken."""
        self.send_new(db, message, now)

    def send_new(self, db: Database, message: Outgoing, now: dt.datetime) -> bool:
        """`send`, saying whether the message was new (False: queued before, nothing done).
        A message about a ticket that goes in parts says on each part whose it is."""
        message = reading.for_reader(db, message)  # English for a citizen who writes English
        if message.ticket_id and message.label is None and too_long(message) \
                and (ticket := tickets.by_id(db, message.ticket_id)) is not None:
            message = replace(message, label=partial(common.part_label, ticket.number))
        if message.chat_id and (rows := enqueue(db, message, now)):
            self.queued += rows
            self.wake()
            return True
        return False

    def drop_buttons(self, db: Database, chat_id: int, message_id: int, ticket_id: int | None,
                     now: dt.datetime, note: str = "", again: str = "",
                     cut: Callable[[str], str] = signing.without_sign_call) -> None:
        """Take the buttons off a message the bot sent (a question answered), once: a second
        edit that changes nothing is an error to Telegram. A `note` (the answer given) is
        added to its text in the same edit, when its text is known, `cut` taking from it what
        no longer holds (a push's call to sign); `again` names a later edit of its own (a
        signed push's transfer, in place of its 签收 note)."""
        where = {"chat_id": chat_id, "message_id": message_id}
        note = reading.text_for(db, chat_id, note, ticket_id)  # the answer, in the reader's language
        sent = outbox.sent_text(db, chat_id, message_id) if note else None
        text = f"{cut(sent)}\n\n{note}" if sent else ""
        method, params = ("editMessageText", {**where, "text": text, "parse_mode": PARSE_MODE}) \
            if text and not too_long(Outgoing("", chat_id, text)) \
            else ("editMessageReplyMarkup", where)
        if outbox.insert(db, f"unbutton:{chat_id}:{message_id}{again}", chat_id, method, params,
                         ticket_id, now):
            self.queued += 1
            self.wake()

    def drop_new_pushes(self, db: Database, ticket: Ticket, now: dt.datetime,
                        note: str = "") -> None:
        """Take the 接单/退单 buttons off the ticket's delivered new-ticket pushes (the unit's
        staff and group copies), adding `note` (why) to their text."""
        for chat, message_id in outbox.take_buttons(db, f"unit:{ticket.id}:new:%"):
            self.drop_buttons(db, chat, message_id, ticket.id, now, note)

    def say(self, db: Database, incoming: Incoming, key: str, text: str, now: dt.datetime,
            ticket_id: int | None = None, buttons: dict[str, Any] | None = None,
            priority: Priority = Priority.REPLY) -> bool:
        """Answer a message in its own chat, once per (update, key); quiet in a flood (then
        False: not answered)."""
        if not incoming.private and not any(u.chat_id == incoming.chat_id
                                            for u in self.config.units):
            # A group the bot does not serve: nobody may do anything there, so one pointer
            # (whatever was asked first) and never another word.
            self.send(db, Outgoing(f"pointer:{incoming.chat_id}", incoming.chat_id, text,
                                   priority=Priority.BULK), now)
            return True
        # An emergency is always answered: it carries the numbers to call.
        state = floods.state(db, self.config, incoming.update_id, incoming.user_id) \
            if incoming.private and priority > Priority.URGENT else Burst.NONE
        if state is Burst.START:
            self.send(db, Outgoing(f"re:{incoming.update_id}:flood", incoming.chat_id,
                                   flooding.flood_reply(COMMANDS_IN_A_FLOOD),
                                   priority=priority, answers=incoming.written), now)
            # A new burst: the receipt of the one before it goes now.
            outbox.release(db, floods.receipts_prefix(incoming.chat_id), now)
        if state is not Burst.NONE:
            # A command asks for something: answered in a flood too, a few a minute.
            asked = floods.command_state(db, self.config, incoming.update_id) \
                if incoming.command else Burst.ONGOING
            if asked is Burst.START:
                self.send(db, Outgoing(f"re:{incoming.update_id}:wait", incoming.chat_id,
                                       for_citizen.commands_paused(COMMANDS_IN_A_FLOOD),
                                       priority=priority, answers=incoming.written), now)
            if asked is not Burst.NONE:
                return False
        self.send(db, Outgoing(f"re:{incoming.update_id}:{key}", incoming.chat_id, text,
                               buttons, ticket_id, priority=priority, answers=incoming.written),
                  now)
        return True

    def acknowledge(self, db: Database, incoming: Incoming, ticket: Ticket,
                    route: RouteResult | None, now: dt.datetime,
                    buttons: dict[str, Any] | None = None, more: str = "") -> None:
        """Answer a report with its ticket's number, unit and deadline, and the other units it
        concerns (另涉及, as its unit's push names them), then `more` (a line of its own); an emergency
        first gets the numbers to call and what to do now about its kind (bot.texts.safety)."""
        if held := floods.held_answer(db, self.config, ticket, self.when(ticket.deadline)):
            self.receipt(db, incoming, ticket, held, now)  # it waits for a person: no unit buttons
            return
        self.receipt(db, incoming, ticket, citizen_receipt.ticket_received(
            ticket.number, unit_label(self.config, ticket.unit), self.when(ticket.deadline),
            ticket.urgent, ticket.unit == FALLBACK_UNIT, buttons is not None,
            self.config.county.gas_hotline, route.hazard if route else "", self.also_names(ticket))
            + ("\n" + more if more else ""), now, buttons, for_ticket(ticket.urgent, Priority.REPLY))

    def receipt(self, db: Database, incoming: Incoming, ticket: Ticket, text: str,
                now: dt.datetime, buttons: dict[str, Any] | None = None,
                priority: Priority = Priority.REPLY, key: str = "ack") -> None:
        """Tell the citizen the number of the ticket their message just made (or, as a repeat,
        joined); in a flood, in the burst's one receipt instead (bot/actions/floods.py)."""
        if self.say(db, incoming, key, text, now, ticket.id, buttons, priority):
            return
        chat, prefix = incoming.chat_id, floods.receipts_prefix(incoming.chat_id)
        waiting = outbox.waiting(db, prefix, now)
        if waiting is None or not requeue(db, floods.receipt(
                db, self.config, waiting, chat, incoming.user_id, now), now, True):
            first = tickets.intake_event(db, ticket.id)
            self.send(db, floods.receipt(db, self.config, f"{prefix}{first}", chat,
                                         incoming.user_id, now), now)

    def tell_citizen(self, db: Database, ticket: Ticket, key: str, text: str,
                     now: dt.datetime, buttons: dict[str, Any] | None = None,
                     priority: Priority = Priority.REPLY, answers: str | None = None) -> None:
        """A status push about a ticket to whoever reported it (`answers`: the words of the
        message it answers); for an offline demand, to the staff member who logged it."""
        text = with_matter(text, matter_of(ticket))  # 事项：… — which of their tickets it is
        if ticket.logged_by:
            text = for_staff.relayed(text)
        self.send(db, Outgoing(f"push:{ticket.id}:{key}", ticket.chat_id, text, buttons,
                               ticket.id, priority=priority, answers=answers), now)

    def tell_unit(self, db: Database, ticket: Ticket, key: str, text: str, now: dt.datetime,
                  buttons: dict[str, Any] | None = None, unit: str | None = None,
                  exclude: int | None = None, delay: float = 0.0,
                  priority: Priority = Priority.STAFF) -> int:
        """Tell a unit (its group chat and its bound staff) about a ticket, `delay` seconds
        from now; returns how many of its chats were told, counting `exclude` (a chat answered
        directly already: the staff member or group acting). A unit nobody can reach is
        reported to the supervisors, once a day, so that nobody believes a message arrived
        that could not."""
        code = unit or ticket.unit
        if self.config.unit(code) is None:  # removed from the config: the hotline holds it
            code = FALLBACK_UNIT
        chats = self.handlers_of(db, ticket, code)
        for chat in chats:  # a group held keeps its copy until the bot is back (held_chats)
            if chat != exclude:
                self.send(db, Outgoing(f"unit:{ticket.id}:{key}:{chat}", chat, text, buttons,
                                       ticket.id, delay=delay,
                                       priority=for_ticket(ticket.urgent, priority)), now)
        chats = [chat for chat in chats if not held_chats.is_held(db, chat)]
        if not chats:
            self.unreached[code] += 1
            day = now.astimezone(self.config.county.tz).date().isoformat()
            if due.claim(db, f"unreachable:{code}:{day}", now):
                self.tell_supervisors(db, f"unreachable:{code}:{day}",
                                      for_supervisors.unit_unreachable(
                                          unit_label(self.config, code), code, ticket.number),
                                      now, ticket.id)
        return len(chats)

    def unit_chats(self, db: Database, code: str) -> list[int]:
        """Where a unit is told: its group chat (if configured), then its reachable staff."""
        config_unit = self.config.unit(code)
        group = [config_unit.chat_id] if config_unit and config_unit.chat_id else []
        return group + people.staff_of(db, code)

    def handlers_of(self, db: Database, ticket: Ticket, code: str | None = None) -> list[int]:
        """The chats of the unit (`code`, else the ticket's) that handle `ticket`: all but its
        reporter's own and its logger's. Staff who report a problem of their own are its
        citizen, and whoever logged an offline demand follows it for the citizen; neither signs
        it (bot.domain.permissions), so they get no push with buttons they would be refused on,
        only what they are told as its reporter."""
        own = {ticket.citizen_id, ticket.logged_by} - {0}
        return [chat for chat in self.unit_chats(db, code or ticket.unit) if chat not in own]

    def citizen_reachable(self, db: Database, ticket: Ticket) -> bool:
        """False when the one who reported (or logged) the ticket has blocked the bot."""
        return people.reachable(db, ticket.chat_id)

    def tell_supervisors(self, db: Database, key: str, text: str, now: dt.datetime,
                         ticket_id: int | None = None, exclude: int | None = None,
                         buttons: dict[str, Any] | None = None) -> None:
        """Tell every supervisor but `exclude` (the one the news is about, told directly) and
        the ticket's own citizen, unless they alone are there to read it (bot.actions.oversight)."""
        ticket = tickets.by_id(db, ticket_id) if ticket_id else None
        for chat, said in oversight.readers(db, self.config, ticket, exclude, text):
            self.send(db, Outgoing(f"sup:{key}:{chat}", chat, said, buttons, ticket_id,
                                   priority=Priority.STAFF), now)

    def unit_for(self, route: RouteResult | None) -> str:
        """The unit a routed message goes to: `hotline` without a route or a unit the config lacks."""
        return route.unit if route is not None and self.config.unit(route.unit) else FALLBACK_UNIT

    def open_ticket(self, db: Database, route: RouteResult | None, now: dt.datetime, *,
                    source_key: str, text: str, citizen_id: int, chat_id: int,
                    citizen_name: str = "", channel: str = "telegram", logged_by: int = 0,
                    logged_unit: str | None = None, names: Sequence[str] = ()) -> Ticket:
        """A new ticket for `text`, at the unit `route` chose (`hotline` without one), knowing
        `names` from the start. The caller answers first, then pushes it to the unit with
        `announce.new_ticket`. A citizen's flood past its limit waits at the hotline
        (floods.held)."""
        unit, also = self.unit_for(route), route.also if route else ()
        flood = None if logged_by or unit == FALLBACK_UNIT or (route and route.urgent) \
            else floods.held(db, self.config, citizen_id, now, source_key)
        ticket = tickets.create(
            db, self.config, source_key=source_key, citizen_id=citizen_id, chat_id=chat_id,
            citizen_name=citizen_name, text=text, unit=FALLBACK_UNIT if flood else unit,
            urgent=bool(route and route.urgent), keywords=list(route.keywords if route else []),
            confidence=float(route.confidence if route else 0.0), now=now, channel=channel,
            logged_by=logged_by, logged_unit=logged_unit, names=names,
            actor_role="staff" if logged_by else "citizen", also=also)
        if flood:  # told to the supervisors once a flood; the hotline's push names the unit
            floods.hold(db, self.config, ticket, unit, flood, now, self.tell_supervisors)
        return ticket

    def also_names(self, ticket: Ticket) -> list[str]:
        """The other units the ticket's words concern (另涉及), less its own, by name."""
        return [unit_label(self.config, code) for code in ticket.also
                if code != ticket.unit and self.config.unit(code)]


def as_listed(ticket: Ticket) -> tuple[str, str, str]:
    """A ticket as its citizen's own list (/my) shows it: number, state, their words cut short."""
    return ticket.number, ticket.state.value, truncate(ticket.text, LISTED_CHARS)


def answer(desk: Desk, msg: Incoming, key: str, text: str, now: dt.datetime) -> None:
    """A plain answer to a message (usage lines, guidance, refusals), once per update."""
    with desk.store.atomic() as db:
        if inbox.claim(db, msg.update_id, now):
            desk.say(db, msg, key, text, now)
