"""A citizen's flood: more than `[intake] flood_per_minute` messages within a minute.

Every message of a flood is stored and handled (reports become tickets and reach their units),
but the citizen is not answered one by one (bot.actions.desk.Desk.say):
- the first message over the limit gets one notice for the burst;
- commands are still answered, COMMANDS_IN_A_FLOOD a minute; the first one past that gets one
  notice to wait about a minute, the rest nothing;
- an emergency is always answered;
- reports are not acknowledged one by one, so their numbers go in one receipt per burst, a
  message that waits in the outbox until RECEIPTS_AFTER_SECONDS after the burst's last report
  (each report rewrites it and puts it off), RECEIPTS_AT_MOST_SECONDS after its first, or
  until a new burst begins. A repeat (the same words again, or within a minute the same
  words with only a counter changed: bot.actions.citizen) is listed with the ticket it
  joined. It is BULK, so it holds up no answer to the citizen, and it lists RECEIPTS_LISTED
  numbers at most (the rest: /my), so a flood of reports costs the chat a message or two.
Everything is counted from the stored inbox (Telegram's timestamps), so a replayed update is
judged the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlite_utils import Database

from bot.config import FALLBACK_UNIT, Config
from bot.domain.delivery import (
    COMMANDS_IN_A_FLOOD,
    FLOOD_HELD,
    Burst,
    Priority,
    burst,
    command_answered,
    command_in_flood,
    receipt_delay,
)
from bot.domain.permissions import Role
from bot.domain.tickets import Ticket
from bot.render import Outgoing, truncate
from bot.store import bursts, inbox, people, tickets
from bot.texts import flooding
from bot.texts.common import unit_label

RECEIPTS_LISTED = 20  # numbers one receipt lists; it says how many more there are
HELD = FLOOD_HELD  # the audit event of a report held at the hotline (detail: the unit routed to)
FLOOD_TICKETS = 5  # reports of one citizen that reach their units within FLOOD_TICKET_MINUTES
FLOOD_TICKET_MINUTES = 10


def state(db: Database, config: Config, update_id: int, user_id: int) -> Burst:
    """Where a private message stands in its sender's flood (staff and supervisors at work
    are never quietened)."""
    limit = config.intake.flood_per_minute
    if not limit:
        return Burst.NONE
    recent = inbox.recent(db, update_id, limit + 1)
    if recent <= limit or people.actor_of(db, config, user_id).role is not Role.CITIZEN:
        return Burst.NONE
    before = inbox.previous(db, update_id)
    return burst(recent, limit, before is not None and _over(db, before, limit))


def command_state(db: Database, config: Config, update_id: int) -> Burst:
    """Where a command in a flood stands among its sender's commands."""
    before = inbox.previous(db, update_id, command=True)
    return command_in_flood(
        inbox.recent_commands(db, update_id, COMMANDS_IN_A_FLOOD + 1),
        before is not None and _command_refused(db, before, config.intake.flood_per_minute))


def _over(db: Database, update_id: int, limit: int) -> bool:
    return inbox.recent(db, update_id, limit + 1) > limit


def _command_refused(db: Database, update_id: int, limit: int) -> bool:
    """Whether an earlier command went unanswered: past the command limit, in a flood."""
    return not command_answered(inbox.recent_commands(db, update_id, COMMANDS_IN_A_FLOOD + 1)
                                ) and _over(db, update_id, limit)


def held(db: Database, config: Config, citizen_id: int, now: dt.datetime,
         source_key: str = "") -> int | None:
    """Whether a citizen's new (not urgent) report waits for a person at the hotline: how many
    tickets their messages opened in the FLOOD_TICKET_MINUTES before it when that is
    FLOOD_TICKETS or more (the first one held is told to the supervisors), else None. Off with
    the flood limit (`[intake] flood_per_minute = 0`).

    Counted by when the messages were written (Telegram's dates, for a report whose message
    `source_key` names one in the inbox), so reports written over an hour and handled in a
    minute after downtime are no flood; otherwise by when the tickets were opened."""
    if not config.intake.flood_per_minute:
        return None
    window = dt.timedelta(minutes=FLOOD_TICKET_MINUTES)
    kind, _, where = source_key.partition(":")
    chat, _, message = where.partition(":")
    written = bursts.written_at(db, int(chat), int(message)) \
        if kind == "tg" and _integer(chat) and _integer(message) else None
    if written is None:
        opened = bursts.opened_since(db, citizen_id, now - window)
    else:
        opened = bursts.written_since(db, citizen_id, int(chat),
                                      written - int(window.total_seconds()), written)
    return opened if opened >= FLOOD_TICKETS else None


def _integer(text: str) -> bool:
    return text.lstrip("-").isdigit()


def hold(db: Database, config: Config, ticket: Ticket, unit: str, opened: int,
         now: dt.datetime, tell_supervisors: Callable[[Database, str, str, dt.datetime, int], None]
         ) -> None:
    """Record that `ticket`, routed to `unit`, waits at the hotline, the citizen having opened
    `opened` tickets in the window; the first one held of a flood is told to the supervisors."""
    tickets.log_event(db, ticket.id, now, 0, "system", HELD, None, unit)
    if opened == FLOOD_TICKETS:
        tell_supervisors(db, f"flood:{ticket.id}", flooding.flood_held(
            ticket.number, FLOOD_TICKETS, FLOOD_TICKET_MINUTES, unit_label(config, FALLBACK_UNIT),
            unit_label(config, unit)), now, ticket.id)


def routed_unit(db: Database, ticket: Ticket) -> str | None:
    """The unit a ticket held at the hotline was routed to, or None if it was never held."""
    if ticket.unit != FALLBACK_UNIT:
        return None
    return next((e["new"] for e in tickets.history(db, ticket.id) if e["action"] == HELD), None)


def held_answer(db: Database, config: Config, ticket: Ticket, deadline: str) -> str | None:
    """The citizen's answer to a held report (no unit to pick: a person checks it), or None."""
    if routed_unit(db, ticket) is None:
        return None
    return flooding.held_for_citizen(ticket.number, unit_label(config, FALLBACK_UNIT), deadline)


def hotline_note(db: Database, config: Config, ticket: Ticket) -> str:
    """The line under a held report's push to the hotline ("" for any other ticket)."""
    unit = routed_unit(db, ticket)
    return "" if unit is None else "\n" + flooding.held_for_hotline(
        ticket.number, unit_label(config, unit), unit)


def receipts_prefix(chat_id: int) -> str:
    """The keys of a chat's receipts; each ends with the audit event of its first message
    (the ticket it made or joined: bot.store.tickets.intake_event). The "e" keeps a receipt
    queued before events were its anchor (receipts:CHAT:TICKET) to itself: it goes as it was."""
    return f"receipts:{chat_id}:e"


def receipt(db: Database, config: Config, key: str, chat_id: int, citizen_id: int,
            now: dt.datetime) -> Outgoing:
    """The receipt under `key`, as it stands at `now`: the tickets the citizen's messages from
    its first on made or joined and that were not answered one by one."""
    first = int(key.removeprefix(receipts_prefix(chat_id)))
    listed, total = tickets.unanswered_since(db, citizen_id, first, RECEIPTS_LISTED)
    rows = [(t.number, unit_label(config, t.unit), truncate(t.text, 30), joined,
             routed_unit(db, t) is not None) for t, joined in listed]
    started = tickets.event_at(db, first)
    return Outgoing(key, chat_id, flooding.flood_receipts(
                        rows, total, unit_label(config, FALLBACK_UNIT)),
                    delay=receipt_delay(started, now), priority=Priority.BULK)
