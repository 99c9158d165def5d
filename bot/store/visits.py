"""What a ticket's 回访 holds besides the answers pressed in order: the answers the citizen typed
ahead of their question (bot.actions.visit_typed), and the citizen's tickets whose 回访 closed
unanswered as 默认满意, to which a late answer still belongs, and those closed by the citizen's
own answers, which they may still correct for a while (bot.actions.visit_late)."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from bot.domain.tickets import Ticket, iso
from bot.domain.visit import Rating

# The negatives a 'visit_said' event names: 未解决 and 不满意.
_KEPT_CODES = {"s": "0", "r": "1"}


def kept_ahead(db: Database, ticket_id: int) -> dict[str, str]:
    """The answers (question → code) the citizen said before their question came since the
    ticket's latest 办结, so that question is not asked again: a 'visit_said' event's `new`
    names the negatives kept (none named by older versions: the 满意度), a 'visit_ahead'
    event's the others with their codes ("s:1,r:3"); the latest said wins."""
    kept: dict[str, str] = {}
    for action, new in db.execute(
            "SELECT action, new FROM events WHERE ticket_id = ? AND action IN ('visit_said',"
            " 'visit_ahead') AND id > coalesce((SELECT max(id) FROM events WHERE ticket_id = ?"
            " AND action = 'resolve'), 0) ORDER BY id", [ticket_id, ticket_id]).fetchall():
        if action == "visit_ahead":
            kept |= dict(a.partition(":")[::2] for a in (new or "").split(",") if ":" in a)
            continue
        for question in ("r" if new is None else new):
            if question in _KEPT_CODES:
                kept[question] = _KEPT_CODES[question]
    return kept


def asked(db: Database, ticket_id: int) -> bool:
    """Whether the ticket's 回访 was asked since its latest 办结 (a 'visit' event after it)."""
    return bool(db.execute(
        "SELECT 1 FROM events WHERE ticket_id = ? AND action = 'visit' AND id >"
        " coalesce((SELECT max(id) FROM events WHERE ticket_id = ? AND action = 'resolve'), 0)"
        " LIMIT 1", [ticket_id, ticket_id]).fetchone())


def closed_by_default(db: Database, citizen_id: int, since: dt.datetime) -> list[Ticket]:
    """The citizen's tickets closed as 默认满意 (their 回访 unanswered) since `since`, the
    latest closed first."""
    rows = db.query("SELECT * FROM tickets WHERE citizen_id = ? AND state = 'closed'"
                    " AND rating = ? AND closed_at >= ? ORDER BY closed_at DESC, id DESC",
                    [citizen_id, Rating.DEFAULT.value, iso(since)])
    return [Ticket.from_row(r) for r in rows]


def closed_answered(db: Database, citizen_id: int, since: dt.datetime) -> list[Ticket]:
    """The citizen's tickets closed by their own 回访 answers (not 默认满意) since `since`, the
    latest closed first."""
    rows = db.query("SELECT * FROM tickets WHERE citizen_id = ? AND state = 'closed'"
                    " AND rating IS NOT NULL AND rating != ? AND closed_at >= ?"
                    " ORDER BY closed_at DESC, id DESC",
                    [citizen_id, Rating.DEFAULT.value, iso(since)])
    return [Ticket.from_row(r) for r in rows]


def asked_citizen(db: Database, ticket: Ticket) -> bool:
    """Whether a question of the ticket's current 回访 was put to its citizen in the chat (a
    phone 回访, recorded by the supervisors, never was: its answers are not theirs to type)."""
    resolved_at = iso(ticket.resolved_at) if ticket.resolved_at else ""
    return db.execute(
        "SELECT 1 FROM outbox WHERE chat_id = ? AND dedupe_key LIKE ? LIMIT 1",
        [ticket.chat_id, f"push:{ticket.id}:visit:{resolved_at}:%"]).fetchone() is not None


def answered_since(db: Database, citizen_id: int, since: dt.datetime) -> bool:
    """Whether the citizen answered a 回访 in the chat (a press, or words kept on it) since
    `since`."""
    return db.execute(
        "SELECT 1 FROM events WHERE action IN ('rate', 'visit_said', 'visit_ahead') AND at >= ?"
        " AND actor_id = ? AND actor_role = 'citizen' LIMIT 1",
        [iso(since), citizen_id]).fetchone() is not None


def handed_back(db: Database, ticket: Ticket) -> dt.datetime | None:
    """When the question of the ticket's current 回访 last handed back to its citizen — back
    after being out of reach (bot.actions.visit_phone.back_to_citizen) — reached them: its
    message's delivery, `dt.datetime.max` (UTC) while it still waits to go out, its queuing
    when it was given up; None when the 回访 was never handed back. Its 3 days count from then."""
    prefix = f"push:{ticket.id}:visit:{iso(ticket.resolved_at) if ticket.resolved_at else ''}:"
    row = db.execute(  # the key's range reads the unique index; ';' follows ':'
        "SELECT state, sent_at, created_at FROM outbox WHERE dedupe_key >= ? AND dedupe_key < ?"
        " AND dedupe_key LIKE '%:back:%' ORDER BY id DESC LIMIT 1",
        [prefix, prefix[:-1] + ";"]).fetchone()
    if row is None:
        return None
    state, sent_at, created_at = row
    if state == "sent" and sent_at:
        return dt.datetime.fromisoformat(sent_at)
    return dt.datetime.fromisoformat(created_at) if state == "failed" \
        else dt.datetime.max.replace(tzinfo=dt.UTC)


def answered_by(db: Database, chat_id: int, message_id: int, user_id: int) -> list[Ticket]:
    """The writer's tickets whose 回访 a stored message answered (a press is no message): the
    answers recorded or kept (`rate`, `visit_said`, `visit_ahead`) by them in the moment the
    message was handled, which the inbox holds as its claim; the latest first."""
    rows = db.query(
        "SELECT DISTINCT t.* FROM inbox i JOIN events e ON e.at = i.processed_at"
        " JOIN tickets t ON t.id = e.ticket_id WHERE i.chat_id = :chat AND"
        " json_extract(i.payload, '$.message.message_id') = :message AND t.citizen_id = :user"
        " AND e.actor_id = :user AND e.actor_role = 'citizen'"
        " AND e.action IN ('rate', 'visit_said', 'visit_ahead') ORDER BY t.id DESC",
        {"chat": chat_id, "message": message_id, "user": user_id})
    return [Ticket.from_row(r) for r in rows]


def question_asked(db: Database, ticket: Ticket) -> tuple[str, int]:
    """When the latest 回访 question (asked, or asked again) was queued to the ticket's citizen
    and its order (("", 0): none): the later, the later it was asked in the chat."""
    found = db.execute("SELECT created_at, id FROM outbox WHERE chat_id = ? AND ticket_id = ?"
                       " AND method = 'sendMessage' AND dedupe_key LIKE ? ORDER BY id DESC"
                       " LIMIT 1", [ticket.chat_id, ticket.id, f"push:{ticket.id}:visit:%"]
                       ).fetchone()
    return (str(found[0] or ""), int(found[1])) if found else ("", 0)
