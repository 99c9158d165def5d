"""A citizen's 补充 to a ticket, however it came (a reply to the bot's message, a detail told in
pieces, more of a matter sent back for 重办, a photo right after): the one way it is kept, answered
and told to the unit.

A unit is not flooded with them: the first goes at once, and those that follow within
SUPPLEMENTS_GATHERED_MINUTES of it wait in the outbox as one push, each added to it as it comes,
which goes when those minutes are up (bot.domain.delivery.gathered_delay). Waiting in the outbox,
it survives a restart; it is BULK, because a chat's queued message holds up the ones of its lane
queued after it (bot/store/outbox.py): new tickets and 催办 to the unit must not wait behind it.
An urgent ticket's 补充 always go at once. A push still gathering when its ticket moves to
another unit (改派, the citizen's edit or pick) goes to the unit holding it (`follow_move`)."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from bot.actions.desk import Desk, Incoming
from bot.domain.delivery import SUPPLEMENTS_GATHERED_MINUTES, Priority, gathered_delay
from bot.domain.ticket_words import masked
from bot.domain.tickets import State, Ticket
from bot.render import Outgoing, too_long
from bot.store import outbox, tickets
from bot.texts import amending, asked, for_citizen, for_staff, supplements
from bot.texts.common import unit_label


def add(desk: Desk, db: Database, ticket: Ticket, msg: Incoming, text: str, now: dt.datetime,
        told: str | None = None, held: bool = False) -> None:
    """Keep `text` on the ticket as the citizen's 补充, tell the citizen (`told`, else that it
    was added) and its unit — unless it is `held`: media the unit is shown with its ticket's
    caption when released (bot/actions/media.py), the citizen told so."""
    text = text.strip()
    tickets.update(db, ticket, now, msg.user_id, "citizen", "supplement", {}, text)
    if held:
        desk.say(db, msg, "supplement", for_citizen.supplement_held(ticket.number), now, ticket.id)
        return
    if told is None and not ticket.is_open:  # finished: the citizen is told it is, and passed on
        told = asked.answer_after_done(ticket.number, unit_label(desk.config, ticket.unit),
                                       ticket.state is State.CLOSED)
    desk.say(db, msg, "supplement", told or for_citizen.supplement_added(ticket.number), now,
             ticket.id)
    _tell_unit(desk, db, ticket, msg.update_id, masked(ticket, text), now)


def _tell_unit(desk: Desk, db: Database, ticket: Ticket, update_id: int, said: str,
               now: dt.datetime) -> None:
    """Tell the unit of a 补充 (`said`, masked): at once, or in the push that gathers them."""
    pushed = f"unit:{ticket.id}:supplement"  # the 补充 pushed at once, and those gathered
    gathered = f"{pushed}s:"
    if not ticket.urgent:
        line = supplements.gathered_line(said)
        waiting = [(key, {**params, "text": f"{params['text']}\n{line}"})
                   for key, params in outbox.waiting_texts(db, gathered, now)]
        if waiting and not too_long(Outgoing("", 0, waiting[0][1]["text"])):
            for key, params in waiting:  # one text for every chat of the unit
                outbox.replace_waiting(db, key, "sendMessage", params, now)
            return
        outbox.release(db, gathered, now)  # too long for one more: it goes as it is
    delay = 0.0 if ticket.urgent else gathered_delay(outbox.last_due(db, pushed), now)
    if not delay:
        desk.tell_unit(db, ticket, f"supplement:{update_id}",
                       for_staff.citizen_supplement_for_unit(ticket.number, said), now)
        return
    desk.tell_unit(db, ticket, f"supplements:{update_id}", supplements.gathered_for_unit(
        ticket.number, SUPPLEMENTS_GATHERED_MINUTES, said), now, delay=delay,
        priority=Priority.BULK)


def corrected(desk: Desk, db: Database, ticket: Ticket, update_id: int, old: str, new: str,
              now: dt.datetime) -> None:
    """A 补充 its citizen corrected by editing it (`old` → `new`, masked): the push gathering it,
    while it still waits, reads the corrected words instead; once told, the unit is told the
    correction."""
    before, after = supplements.gathered_line(old), supplements.gathered_line(new)
    rewritten = False
    for key, params in outbox.waiting_texts(db, f"unit:{ticket.id}:supplements:", now):
        lines = params["text"].split("\n")
        if before in lines:
            lines[lines.index(before)] = after
            rewritten |= outbox.replace_waiting(db, key, "sendMessage",
                                                {**params, "text": "\n".join(lines)}, now)
    if not rewritten:
        desk.tell_unit(db, ticket, f"supplement-amended:{update_id}",
                       amending.supplement_amended_for_unit(ticket.number, old, new), now)


def follow_move(desk: Desk, db: Database, ticket: Ticket, now: dt.datetime) -> None:
    """The gathered 补充 push still waiting for the ticket's unit goes, when its minutes are
    up, to the unit holding the ticket now (just announced to it), not the one it left."""
    waiting = outbox.take_waiting(db, f"unit:{ticket.id}:supplements:", now)
    if not waiting:
        return
    key, params, due_at = waiting[0]  # one text for every chat of the unit it was for
    gathered = key.removeprefix(f"unit:{ticket.id}:").rpartition(":")[0]  # supplements:UPDATE
    desk.tell_unit(db, ticket, gathered, params["text"], now,
                   delay=max(0.0, (due_at - now).total_seconds()), priority=Priority.BULK)
