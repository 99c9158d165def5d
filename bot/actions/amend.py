"""A citizen edits the message that made a ticket (Telegram's 编辑): the ticket takes the new
words, which are judged again as the message would be (outside operator tester; refs #10).

- New words telling an emergency make a ticket not yet urgent urgent: its time limit is the
  urgent one from the edit, when the emergency was told (its own when still ahead and sooner;
  never one already past: outside tester, round 21), the supervisors are alerted at once, and the citizen
  first gets the numbers to call, as an urgent report does.
- New words of another unit's matter move a ticket nobody has signed, passed on or chosen a unit
  for yet to that unit, as if it had been sent so: the old unit's buttons come off with a line
  saying it need not act, the new unit gets the push. Once signed, it stays; the unit is told
  which unit the words point to and how to pass it on (/transfer counts in the rates, so the
  people who hold the ticket decide).
An edit makes no new ticket but for an emergency, and a ticket no longer open keeps the words it was
finished on: the citizen is told so, and to send a new message for what is still wrong. An edit that
tells an emergency is never dropped (outside tester, round 20): of a finished ticket's message, or of
a message added to another ticket (a repeat, a 补充), it opens a new urgent ticket from the edited
words (`report`), linked to the finished one; added to an open urgent ticket, it is a 补充 to it.
Edited again, such a message amends the ticket its edit opened, never opens a second one.
A 补充 edited (北关村二组 → 南关村二组) is corrected on its ticket and told to its unit; of a
finished ticket the citizen is told the edit was not taken. Words that only take the matter back
(算了，不反映了) leave the report as it was and offer its 撤回 button (outside tester, round 21).
A ticket filed from what a message told after its answers (…满意。另外俺家门口的路灯也不亮了)
takes only the words from that turn on: the answers stay with the visit or question they answered,
and an answer to a unit's question edited (三组 → 四组) reaches the ticket asked as a 补充."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from sqlite_utils import Database

from bot.actions import announce, asked, supplement, visit_edited, withdraw
from bot.actions.desk import Desk, Incoming, as_listed
from bot.config import FALLBACK_UNIT
from bot.domain.calendar import calendar_of
from bot.domain.ticket_words import masked, masked_text
from bot.domain.tickets import AWAITING_SIGNATURE, Ticket, iso, turned_urgent
from bot.store import inbox, tickets
from bot.store.db import dumps
from bot.store.matters import has_supplement
from bot.store.matters import supplements as supplements_of
from bot.texts import amending, signing, withdrawing
from bot.texts.common import unit_label
from nlp.addition import addition_starts
from nlp.router import RouteResult
from nlp.taken_back import only_takes_back

__all__ = ["amend"]

# Opens a ticket from an edit telling an emergency, linked to the finished ticket (when one).
Report = Callable[[Incoming, RouteResult, Ticket | None], None]

_FIRST_CLAUSE = re.compile(r"[^，,。.！!？?；;\s]+")


def amend(desk: Desk, db: Database, msg: Incoming, route: RouteResult | None,
          now: dt.datetime, report: Report) -> None:
    """An edited message updates the open ticket it created (`route`: the new words routed)."""
    ticket = tickets.by_source(db, msg.source_key)
    if ticket is not None and not ticket.is_open:  # edited again: the ticket an edit opened
        ticket = tickets.opened_by_edit(db, msg.source_key) or ticket
    text = msg.text.strip()
    if ticket is None and text and route is not None and route.urgent:
        _added_turned_urgent(desk, db, msg, route, now, report)
    elif ticket is None and text and not visit_edited.edited(desk, db, msg, text, route, now):
        _supplement_edited(desk, db, msg, text, now)  # 回访 answers edited: visit_edited
    if ticket is None or not text:
        return
    answer, own = _parts(ticket.text, text)
    if answer:  # 另外… after an answer: the ticket takes its words alone, the answer its own
        _answer_edited(desk, db, msg, ticket, answer, now)
        text, route = own, desk.router.route(own)
    if not ticket.is_open and route is not None and route.urgent and not ticket.urgent:
        report(replace(msg, text=text), route, ticket)  # an emergency is never dropped
        return
    if not ticket.is_open:  # its words are the ones it was finished on: say so, not nothing
        desk.say(db, msg, "amended", amending.edit_of_finished(ticket.number, ticket.state), now,
                 ticket.id)
        return
    if only_takes_back(text):  # 算了，不反映了: the report stays as it was, offered to withdraw
        _offer_withdraw(desk, db, msg, ticket, now)
        return
    changes: dict[str, object] = {"text": text}
    urgent = bool(route and route.urgent) and not ticket.urgent
    if urgent:
        changes["urgent"] = 1
        changes["deadline"] = iso(turned_urgent(ticket.deadline, now, desk.config.deadlines,
                                                calendar_of(desk.config)))
    elsewhere = (route.unit if route is not None and route.unit not in (ticket.unit, FALLBACK_UNIT)
                 and desk.config.unit(route.unit) else "")
    moved = bool(elsewhere) and _movable(ticket)
    if moved and route is not None:
        changes.update({"unit": elsewhere, "keywords": dumps(list(route.keywords)),
                        "confidence": route.confidence, "also": dumps(list(route.also))})
    origin = ticket.unit
    ticket = tickets.update(db, ticket, now, msg.user_id, "citizen", "amended", changes, text,
                            ticket.text, text)
    desk.say(db, msg, "amended", amending.amended_for_citizen(
        ticket.number, unit_label(desk.config, ticket.unit), desk.when(ticket.deadline), moved,
        urgent, route.hazard if route else "", desk.config.county.gas_hotline), now, ticket.id)
    if moved and route is not None:
        tickets.log_event(db, ticket.id, now, 0, "system", "routed", origin, ticket.unit,
                          " ".join(route.keywords))
        desk.drop_new_pushes(db, ticket, now, signing.moved_note(
            unit_label(desk.config, ticket.unit)))
        desk.tell_unit(db, ticket, f"amended:{msg.update_id}", amending.moved_for_old_unit(
            ticket.number, unit_label(desk.config, ticket.unit)), now, unit=origin)
        announce.new_ticket(desk, db, ticket, now)  # an urgent one alerts the supervisors there
        return
    desk.tell_unit(db, ticket, f"amended:{msg.update_id}", amending.amended_for_unit(
        ticket.number, masked_text(ticket), urgent, desk.when(ticket.deadline),
        unit_label(desk.config, elsewhere) if elsewhere else "", elsewhere), now)
    if urgent:
        announce.alert_urgent(desk, db, ticket, now)


def _added_turned_urgent(desk: Desk, db: Database, msg: Incoming, route: RouteResult,
                         now: dt.datetime, report: Report) -> None:
    """A message added to another ticket (a repeat, a 补充), edited to tell an emergency: a 补充
    to that ticket when it is open and urgent, else a new urgent ticket."""
    added = tickets.by_id(db, inbox.ticket_answered(db, msg.chat_id, msg.message_id) or 0)
    if added is not None and added.is_open and added.urgent:
        supplement.add(desk, db, added, msg, msg.text, now)
        return
    report(msg, route, added if added is not None and not added.is_open else None)


def _supplement_edited(desk: Desk, db: Database, msg: Incoming, text: str,
                       now: dt.datetime) -> None:
    """A message kept as a 补充 of a ticket, edited (北关村二组 → 南关村二组，不是北关: T21 finding
    8): the ticket's record reads the corrected words, its unit is told them and the citizen
    confirmed; of a ticket no longer open the edit is not taken, and the citizen told so. A
    message answered about a ticket without being its 补充 (a repeat, a chase) is left alone."""
    added = tickets.by_id(db, inbox.ticket_answered(db, msg.chat_id, msg.message_id) or 0)
    before = (inbox.said_before(db, msg.chat_id, msg.message_id, msg.update_id) or "").strip()
    if added is None or added.citizen_id != msg.user_id or not before or before == text \
            or before not in supplements_of(db, added.id):
        return
    if not added.is_open:
        desk.say(db, msg, "amended", amending.supplement_edit_of_finished(
            added.number, added.state), now, added.id)
        return
    if only_takes_back(text):
        _offer_withdraw(desk, db, msg, added, now)
        return
    added = tickets.update(db, added, now, msg.user_id, "citizen", "supplement_amended", {}, text,
                           before, text)
    desk.say(db, msg, "amended", amending.supplement_amended(
        added.number, unit_label(desk.config, added.unit)), now, added.id)
    supplement.corrected(desk, db, added, msg.update_id, masked(added, before),
                         masked(added, text), now)


def _offer_withdraw(desk: Desk, db: Database, msg: Incoming, ticket: Ticket,
                    now: dt.datetime) -> None:
    """Edited words that only take the matter back (算了，不反映了; never mind, cancel it: T21
    finding 9): the ticket keeps its words and the citizen is offered its 撤回 button, as such
    words sent anew are (bot/actions/withdraw.py); the unit is told nothing."""
    desk.say(db, msg, "amended", withdrawing.edited_to_withdraw(as_listed(ticket)), now,
             ticket.id, withdraw.buttons([ticket]))


def _parts(told: str, text: str) -> tuple[str, str]:
    """The answers an edited message gives and the part of it that is the ticket's, which was
    `told`: ("", all of it), or — when the ticket was filed from what the message said after a
    turn (另外…, 还有…), the words before it answering a 回访 or a unit's question
    (bot/actions/citizen._told_besides) — those words and the words from the turn on, told by
    the ticket's never having held the first words before it."""
    cut = min((start for start in addition_starts(text) if text[:start].strip()), default=None)
    if cut is None:
        return "", text
    first = _FIRST_CLAUSE.search(text[:cut])
    if first is None or told.lstrip().startswith(first.group()):
        return "", text
    answer = text[:cut].strip()
    return answer, asked.besides_placed(answer, text[cut:].strip())


def _answer_edited(desk: Desk, db: Database, msg: Incoming, ticket: Ticket, answer: str,
                   now: dt.datetime) -> None:
    """The answer part of a split message, edited (三组 → 四组): kept as a 补充 on the open ticket
    it answered a unit's question of, told to its unit, unless that ticket holds it already. A
    回访's answers stay as recorded (the visit has acted on them: closed or sent back)."""
    answered = tickets.by_id(db, inbox.ticket_answered(db, msg.chat_id, msg.message_id) or 0)
    if answered is None or answered.id == ticket.id or not answered.is_open \
            or answered.citizen_id != msg.user_id:
        return
    if has_supplement(db, answered.id, answer):
        return
    supplement.add(desk, db, answered, replace(msg, text=answer), answer, now,
                   told=amending.answer_amended(answered.number))


def _movable(ticket: Ticket) -> bool:
    """Nobody has signed, passed on or waited on this ticket's words yet."""
    return (ticket.state in AWAITING_SIGNATURE and ticket.accepted_at is None
            and not ticket.transfer_count and ticket.pending_until is None)
