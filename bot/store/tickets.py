"""Tickets in the database: numbering, creation, audited changes, lookups, ticket lists, and the
transfer history. Call inside a transaction (`Store.atomic()`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from bot.config import Config
from bot.domain.calendar import calendar_of
from bot.domain.privacy import scan
from bot.domain.tickets import (
    OPEN_ORDER,
    State,
    Ticket,
    deadline_for,
    format_number,
    iso,
    known_names,
    next_state,
)
from bot.store.db import dumps

# The open states as SQL, in the very words of the partial index tickets_open_deadline (SQLite
# only uses a partial index when a query repeats its condition).
OPEN_SQL = f"state IN ({', '.join(repr(s.value) for s in OPEN_ORDER)})"
# Audit events that give a ticket its unit (`new` is the unit): routing, a citizen's pick, 退单/改派.
UNIT_EVENTS = ("routed", "picked", "transfer")
SQL_INT_MAX = 2**63 - 1


def next_number(db: Database, day: dt.date) -> str:
    key = day.isoformat()
    seq = db.execute(
        "INSERT INTO day_counters (day, seq) VALUES (?, 1)"
        " ON CONFLICT(day) DO UPDATE SET seq = seq + 1 RETURNING seq", [key]).fetchall()[0][0]
    return format_number(day, seq)


def next_in_sequence(db: Database, key: str) -> int:
    """The next number of a named sequence kept in `meta` (督办通知书 numbers per year)."""
    db.execute(
        "INSERT INTO meta (key, value) VALUES (?, '1') ON CONFLICT(key) DO UPDATE"
        " SET value = CAST(value AS INTEGER) + 1", [key])
    return int(next(iter(db.query("SELECT value FROM meta WHERE key = ?", [key])))["value"])


def log_event(
    db: Database, ticket_id: int, now: dt.datetime, actor_id: int, actor_role: str, action: str,
    old: str | None = None, new: str | None = None, detail: str | None = None,
    deadline: str | None = None,
) -> None:
    """Append to the audit log: who, when, what, old → new; a 办结 also keeps the deadline it
    was held to (see `update`)."""
    db.execute(
        "INSERT INTO events (ticket_id, at, actor_id, actor_role, action, old, new, detail,"
        " deadline) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [ticket_id, iso(now), actor_id, actor_role, action, old, new, detail, deadline],
    )


def _one(db: Database, column: str, value: object) -> Ticket | None:
    row = next(iter(db.query(f"SELECT * FROM tickets WHERE {column} = ?", [value])), None)
    return Ticket.from_row(row) if row else None


def by_source(db: Database, source_key: str) -> Ticket | None:
    return _one(db, "source_key", source_key)


def opened_by_edit(db: Database, source_key: str) -> Ticket | None:
    """The newest ticket an edit of the message `source_key` opened (its key + ":UPDATE")."""
    row = next(iter(db.query("SELECT * FROM tickets WHERE source_key > ? AND source_key < ?"
                             " ORDER BY id DESC LIMIT 1", [f"{source_key}:", f"{source_key};"])), None)
    return Ticket.from_row(row) if row else None


def by_id(db: Database, ticket_id: int) -> Ticket | None:
    return _one(db, "id", ticket_id)


def by_number(db: Database, number: str) -> Ticket | None:
    return _one(db, "number", number)


def with_sequence(db: Database, sequence: int) -> list[Ticket]:
    """Every ticket whose daily sequence is `sequence` (one a day at most), newest first."""
    rows = db.query("SELECT * FROM tickets WHERE number LIKE ? ORDER BY id DESC",
                    [f"%-{sequence:04d}"])
    return [Ticket.from_row(r) for r in rows]


def waiting_for_words(db: Database, user_id: int, since: dt.datetime, now: dt.datetime
                      ) -> Ticket | None:
    """The user's last ticket if it was opened since `since` and still waits for its words
    (one query; nothing is loaded for the usual citizen, whose last ticket waits for nothing)."""
    row = next(iter(db.query(
        "SELECT t.* FROM people p JOIN tickets t ON t.id = p.last_ticket_id"
        " WHERE p.user_id = ? AND p.last_ticket_at >= ? AND t.pending_until > ?",
        [user_id, iso(since), iso(now)])), None)
    return Ticket.from_row(row) if row else None


def create(
    db: Database, config: Config, *, source_key: str, citizen_id: int, chat_id: int,
    citizen_name: str, text: str, unit: str, urgent: bool, keywords: list[str],
    confidence: float, now: dt.datetime, channel: str = "telegram", logged_by: int = 0,
    logged_unit: str | None = None, actor_role: str = "citizen", also: Sequence[str] = (),
    names: Sequence[str] = (),
) -> Ticket:
    """A new ticket, numbered by its day of receipt in county time, with its deadline. `names`
    are known for it from the start (those of the ticket whose 回访 its words were said in)."""
    number = next_number(db, now.astimezone(config.county.tz).date())
    deadline = deadline_for(now, urgent, config.deadlines, calendar_of(config))
    known = known_names(citizen_name, ())
    inherited = [n for n in dict.fromkeys(names) if n not in known]
    row = {
        "number": number, "source_key": source_key, "citizen_id": citizen_id,
        "chat_id": chat_id, "citizen_name": citizen_name, "channel": channel,
        "logged_by": logged_by, "logged_unit": logged_unit, "text": text, "unit": unit,
        "state": State.NEW.value,
        "urgent": int(urgent), "keywords": dumps(keywords), "confidence": confidence,
        "also": dumps(list(also)), "received_at": iso(now), "deadline": iso(deadline),
        "names": dumps([*inherited, *_new_names(known + inherited, [text])]),
    }
    cursor = db.execute(  # plain SQL: Table.insert re-reads the schema on every call
        f"INSERT INTO tickets ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})"
        " RETURNING *", list(row.values()))
    [values] = cursor.fetchall()  # all of it: a RETURNING statement ends when it is read out
    ticket = Ticket.from_row(dict(zip([d[0] for d in cursor.description], values, strict=True)))
    actor = logged_by or citizen_id
    log_event(db, ticket.id, now, actor, actor_role, "created", None, State.NEW.value, text)
    log_event(db, ticket.id, now, actor, "system", "routed", None, unit, " ".join(keywords))
    return ticket


def update(
    db: Database, ticket: Ticket, now: dt.datetime, actor_id: int, actor_role: str, action: str,
    changes: dict[str, Any], detail: str | None = None, old: str | None = None,
    new: str | None = None,
) -> Ticket:
    """Apply column changes and log them as one audited event. Names found in the texts (what
    the citizen added, what staff and supervisors wrote) are known for the ticket from now on.
    A 办结 keeps the deadline in force then: a later 重办, 延期 or 督办 moves the ticket's own,
    and a past period's 按时办结率 must not move with it (bot/store/reports.py)."""
    found = _new_names(ticket.names, [detail, changes.get("text")])
    if found:
        changes = {**changes, "names": dumps([*ticket.known_names, *found])}
    if changes:
        db.table("tickets").update(ticket.id, changes)
    held_to = None
    if action == "resolve":
        held_to = changes.get("deadline") or (iso(ticket.deadline) if ticket.deadline else None)
    log_event(db, ticket.id, now, actor_id, actor_role, action, old, new, detail, held_to)
    updated = by_id(db, ticket.id)
    assert updated is not None
    return updated


def _new_names(known: list[str], texts: list[str | None]) -> list[str]:
    """Names found in `texts` that are not known yet."""
    found: list[str] = []
    for text in texts:
        if text:
            found += [n for n in scan(text, known + found).names if n not in known + found]
    return found


def citizen_texts(db: Database, ticket_id: int) -> list[str]:
    """What the citizen added to a ticket later: supplements and edits (of the report or of a
    补充), oldest first."""
    rows = db.query("SELECT detail FROM events WHERE ticket_id = ? AND actor_role = 'citizen'"
                    " AND action IN ('supplement', 'amended', 'supplement_amended') ORDER BY id",
                    [ticket_id])
    return [r["detail"] for r in rows if r["detail"]]


def transition(
    db: Database, ticket: Ticket, action: str, now: dt.datetime, actor_id: int, actor_role: str,
    changes: dict[str, Any] | None = None, detail: str | None = None,
) -> Ticket:
    """Move a ticket through the state machine (TransitionError when not allowed)."""
    target = next_state(action, ticket.state)
    return update(
        db, ticket, now, actor_id, actor_role, action,
        {"state": target.value, **(changes or {})}, detail, ticket.state.value, target.value,
    )


def history(db: Database, ticket_id: int) -> list[dict[str, Any]]:
    return list(db.query("SELECT * FROM events WHERE ticket_id = ? ORDER BY id", [ticket_id]))


def count_events(db: Database, ticket_id: int, action: str, since: dt.datetime | None = None) -> int:
    row = next(iter(db.query("SELECT count(*) AS n FROM events WHERE ticket_id = ? AND action = ?"
                             " AND at > ?", [ticket_id, action, iso(since) if since else ""])))
    return int(row["n"])


def last_event_at(db: Database, ticket_id: int, action: str) -> dt.datetime | None:
    """When the ticket's last event of this kind happened, if one did."""
    row = db.execute("SELECT max(at) FROM events WHERE ticket_id = ? AND action = ?",
                     [ticket_id, action]).fetchone()
    return dt.datetime.fromisoformat(row[0]) if row and row[0] else None


def resolved_by_reporter(db: Database, ticket_id: int) -> bool:
    """The ticket's latest 办结 was done by whoever reported it (a unit's only staff member and
    their own complaint, bot.domain.permissions.sole_handler)."""
    row = db.execute("SELECT count(*) FROM events WHERE ticket_id = ? AND action = 'self_handled'"
                     " AND detail = 'resolve' AND id > coalesce((SELECT max(id) FROM events"
                     " WHERE ticket_id = ? AND action = 'resolve'), 0)",
                     [ticket_id, ticket_id]).fetchone()
    return bool(row[0])


def of_citizen(db: Database, citizen_id: int, limit: int, skip: int = 0) -> list[Ticket]:
    """The citizen's tickets, newest first, the newest `skip` left out."""
    if skip > SQL_INT_MAX:  # a page past any citizen's tickets (and SQLite's integers)
        return []
    rows = db.query("SELECT * FROM tickets WHERE citizen_id = ? ORDER BY id DESC LIMIT ?"
                    " OFFSET ?", [citizen_id, limit, skip])
    return [Ticket.from_row(r) for r in rows]


def open_of_citizen_since(db: Database, citizen_id: int, since: dt.datetime) -> list[Ticket]:
    """The citizen's open tickets received since `since`, newest first."""
    rows = db.query(f"SELECT * FROM tickets WHERE citizen_id = ? AND received_at >= ?"
                    f" AND {OPEN_SQL} ORDER BY id DESC", [citizen_id, iso(since)])
    return [Ticket.from_row(r) for r in rows]


def reopened_of_citizen(db: Database, citizen_id: int) -> Ticket | None:
    """The citizen's ticket sent back to its unit (重办) most lately, while it is."""
    row = next(iter(db.query(
        "SELECT * FROM tickets t WHERE citizen_id = ? AND state = 'reopened' ORDER BY (SELECT"
        " max(id) FROM events WHERE ticket_id = t.id AND action = 'reopen') DESC LIMIT 1",
        [citizen_id])), None)
    return Ticket.from_row(row) if row is not None else None


def latest_open_of_citizen(db: Database, citizen_id: int) -> Ticket | None:
    """The citizen's newest open ticket."""
    row = next(iter(db.query(f"SELECT * FROM tickets WHERE citizen_id = ? AND {OPEN_SQL}"
                             " ORDER BY id DESC LIMIT 1", [citizen_id])), None)
    return Ticket.from_row(row) if row else None


def resolved_of_citizen(db: Database, citizen_id: int) -> list[Ticket]:
    """The citizen's tickets 办结 and awaiting their 回访, newest first."""
    rows = db.query("SELECT * FROM tickets WHERE citizen_id = ? AND state = 'resolved'"
                    " ORDER BY id DESC", [citizen_id])
    return [Ticket.from_row(r) for r in rows]


def older_of_citizen(db: Database, citizen_id: int, before_id: int | None) -> tuple[int, int]:
    """How many of the citizen's tickets are older than ticket `before_id` (None: all of
    them), and how many of those are still open."""
    row = db.execute(f"SELECT count(*), count(*) FILTER (WHERE {OPEN_SQL}) FROM tickets"
                     " WHERE citizen_id = ? AND id < coalesce(?, id + 1)",
                     [citizen_id, before_id]).fetchone()
    return int(row[0]), int(row[1])


# A citizen's message that made a ticket or joined one (the same words sent again).
_INTAKE = ("FROM events e JOIN tickets t ON t.id = e.ticket_id WHERE t.citizen_id = ? AND e.id >= ?"
           " AND e.actor_role = 'citizen' AND (e.action = 'repeated' OR (e.action = 'created'"
           " AND NOT t.urgent))")


def intake_event(db: Database, ticket_id: int) -> int:
    """The audit event of the latest message that made the ticket or joined it."""
    row = db.execute("SELECT max(id) FROM events WHERE ticket_id = ? AND action IN ('created',"
                     " 'repeated')", [ticket_id]).fetchone()
    return int(row[0])


def event_at(db: Database, event_id: int) -> dt.datetime:
    """When an audit event happened."""
    return dt.datetime.fromisoformat(db.execute("SELECT at FROM events WHERE id = ?",
                                                [event_id]).fetchone()[0])


def unanswered_since(db: Database, citizen_id: int, first_event: int, limit: int
                     ) -> tuple[list[tuple[Ticket, bool]], int]:
    """The citizen's tickets made (not urgent: those are answered at once) or joined by a
    repeat from event `first_event` on (in a flood, the messages not answered one by one), in
    the order of those messages: up to `limit`, each with whether it was joined rather than
    made, and how many in all."""
    rows = db.query(f"SELECT t.*, min(e.id) AS first_event, max(e.action = 'created') AS made"
                    f" {_INTAKE} GROUP BY t.id ORDER BY first_event LIMIT ?",
                    [citizen_id, first_event, limit])
    total = db.execute(f"SELECT count(DISTINCT t.id) {_INTAKE}",
                       [citizen_id, first_event]).fetchone()[0]
    return [(Ticket.from_row(r), not r["made"]) for r in rows], int(total)


def by_album(db: Database, citizen_id: int, media_group_id: str) -> Ticket | None:
    """The ticket an album (a Telegram media group) of this citizen went to."""
    row = next(iter(db.query(
        "SELECT t.* FROM tickets t JOIN attachments a ON a.ticket_id = t.id WHERE t.citizen_id = ?"
        " AND json_extract(a.data, '$.media_group_id') = ? ORDER BY a.id DESC LIMIT 1",
        [citizen_id, media_group_id])), None)
    return Ticket.from_row(row) if row else None


# --- lists -----------------------------------------------------------------------------------

def _filter(which: str, now: dt.datetime) -> tuple[str, list[object]]:
    """SQL condition for a /list filter (one of bot.domain.tickets.LIST_FILTERS)."""
    if which == "all":
        return "1 = 1", []
    if which == "open":
        return OPEN_SQL, []
    if which == "overdue":
        return f"{OPEN_SQL} AND (overdue = 1 OR deadline < ?)", [iso(now)]
    if which in ("urgent", "project"):
        return f"{OPEN_SQL} AND {which} = 1", []
    return "state = ?", [State(which).value]


def listed(db: Database, which: str, units: Sequence[str] | None, now: dt.datetime, limit: int
           ) -> tuple[list[Ticket], int]:
    """Up to `limit` tickets for a /list filter (of some units, or all), urgent and soonest
    deadline first, and how many match in all."""
    where, params = _filter(which, now)
    if units is not None:
        marks = ", ".join("?" * len(units))
        where, params = f"unit IN ({marks}) AND ({where})", [*units, *params]
    rows = [Ticket.from_row(r) for r in db.query(
        f"SELECT * FROM tickets WHERE {where} ORDER BY urgent DESC, deadline, id LIMIT ?",
        [*params, limit])]
    count = next(iter(db.query(f"SELECT count(*) AS n FROM tickets WHERE {where}", params)))["n"]
    return rows, int(count)


def removed_units(db: Database, config: Config) -> dict[str, tuple[int, int]]:
    """Unit codes that tickets name but the config no longer has: (tickets, open ones) each."""
    codes = {u.code for u in config.units}
    return {r["unit"]: (int(r["n"]), int(r["open"] or 0)) for r in db.query(
        f"SELECT unit, count(*) AS n, sum({OPEN_SQL}) AS open FROM tickets GROUP BY unit"
        " ORDER BY unit") if r["unit"] not in codes}


def overdue(db: Database, now: dt.datetime, limit: int) -> tuple[list[Ticket], int]:
    """Open tickets past their deadline, longest overdue first, and how many there are."""
    where = f"FROM tickets WHERE {OPEN_SQL} AND deadline <= ?"
    count = next(iter(db.query(f"SELECT count(*) AS n {where}", [iso(now)])))["n"]
    rows = db.query(f"SELECT * {where} ORDER BY deadline LIMIT ?", [iso(now), limit])
    return [Ticket.from_row(r) for r in rows], int(count)


def visit_answers(db: Database, ticket_id: int) -> list[str] | None:
    """The answers (audit details) given in the ticket's current 回访, in order; None when no
    回访 has been asked since its latest 办结."""
    rows = list(db.query(
        "SELECT action, detail FROM events WHERE ticket_id = ? AND id >= coalesce((SELECT"
        " max(id) FROM events WHERE ticket_id = ? AND action = 'resolve'), 0)"
        " AND action IN ('visit', 'rate') ORDER BY id", [ticket_id, ticket_id]))
    asked = [i for i, row in enumerate(rows) if row["action"] == "visit"]
    if not asked:
        return None
    return [row["detail"] or "" for row in rows[asked[-1] + 1:] if row["action"] == "rate"]


# An event that gave the current 回访 its 满意度: a rating answered ("r:CODE"), or a 不满意 typed
# ahead of its question (a 'visit_said' naming "r" among what it kept; one logged before such
# events named it is taken as one, as it was read then).
RATING_SAID_SQL = ("((action = 'rate' AND detail LIKE 'r:%')"
                " OR (action = 'visit_said' AND (new IS NULL OR instr(new, 'r') > 0)))")


def rating_said(db: Database, ticket_id: int) -> bool:
    """Whether the citizen gave a 满意度 since the ticket's latest 办结: the `rating` column
    keeps the one before a 重办 (the rates read it) until the new 回访 gives another."""
    row = db.execute(
        "SELECT EXISTS (SELECT 1 FROM events WHERE ticket_id = ? AND id > coalesce((SELECT"
        " max(id) FROM events WHERE ticket_id = ? AND action = 'resolve'), 0)"
        f" AND {RATING_SAID_SQL})", [ticket_id, ticket_id]).fetchone()
    return bool(row[0])


def visit_words(db: Database, ticket_id: int) -> list[str]:
    """What the citizen said at the 回访 since the ticket's latest 办结 and kept on it (市民回访
    留言: a 未解决 or 不满意 typed ahead, more of the matter, a remark), oldest first, each
    once (the same words may be kept as an answer typed ahead and again as more of the matter)."""
    return list(dict.fromkeys(row["detail"] for row in db.query(
        "SELECT detail FROM events WHERE ticket_id = ? AND action = 'visit_said' AND id >"
        " coalesce((SELECT max(id) FROM events WHERE ticket_id = ? AND action = 'resolve'), 0)"
        " AND coalesce(detail, '') != '' ORDER BY id", [ticket_id, ticket_id])))


def units_passed(db: Database, ticket: Ticket) -> list[str]:
    """Every unit the ticket went to (routed, picked, transferred), its own last."""
    rows = db.execute(f"SELECT old, new FROM events WHERE ticket_id = ? AND action IN"
                      f" ({', '.join('?' * len(UNIT_EVENTS))})", [ticket.id, *UNIT_EVENTS])
    return [*dict.fromkeys(u for row in rows.fetchall() for u in row if u), ticket.unit]
