"""The schema, as migrations applied in order at open (sqlite_utils.Migrations).

A migration, once released, never changes: a later one alters what an earlier one made.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("jinlaiban")


@migrations()
def m001_initial(db: Database) -> None:
    """Create tickets, the audit log, people, invites, inbox and outbox."""
    db.table("meta").create({"key": str, "value": str}, pk="key")
    db.table("inbox").create(
        {"update_id": int, "payload": str, "received_at": str, "processed_at": str, "error": str},
        pk="update_id",
    )
    db.table("inbox").create_index(["processed_at", "update_id"])
    db.table("day_counters").create({"day": str, "seq": int}, pk="day")
    db.table("tickets").create(
        {
            "id": int,
            "number": str,
            "source_key": str,  # "tg:CHAT:MESSAGE" or "log:UPDATE": makes intake idempotent
            "citizen_id": int,  # Telegram user id of the citizen, 0 for offline demands
            "chat_id": int,  # where updates about the ticket go (citizen, or logging staff)
            "citizen_name": str,
            "channel": str,  # telegram | offline
            "logged_by": int,
            "text": str,
            "unit": str,
            "state": str,
            "urgent": int,
            "overdue": int,
            "project": int,
            "keywords": str,
            "confidence": float,
            "received_at": str,  # ISO 8601, UTC
            "accepted_at": str,
            "resolved_at": str,
            "closed_at": str,
            "deadline": str,
            "result": str,
            "measures": str,
            "plan": str,
            "reopen_count": int,
            "transfer_count": int,
            "urge_count": int,
            "extension_days": int,
            "extension_reason": str,
            "extension_by": int,
            "contacted": int,
            "solved": int,
            "rating": str,
            "rated_at": str,
        },
        pk="id",
        defaults={
            "urgent": 0, "overdue": 0, "project": 0, "reopen_count": 0, "transfer_count": 0,
            "urge_count": 0, "citizen_id": 0, "logged_by": 0,
        },
        not_null={"number", "source_key", "text", "unit", "state", "received_at"},
    )
    db.table("tickets").create_index(["number"], unique=True)
    db.table("tickets").create_index(["source_key"], unique=True)
    db.table("tickets").create_index(["citizen_id", "id"])
    db.table("tickets").create_index(["unit", "state"])
    db.table("tickets").create_index(["state", "deadline"])
    db.table("tickets").create_index(["received_at"])
    db.table("events").create(
        {
            "id": int,
            "ticket_id": int,
            "at": str,
            "actor_id": int,
            "actor_role": str,
            "action": str,
            "old": str,
            "new": str,
            "detail": str,
        },
        pk="id",
        foreign_keys=[("ticket_id", "tickets", "id")],
    )
    db.table("events").create_index(["ticket_id", "id"])
    db.table("events").create_index(["action", "at"])
    # The audit log is append-only: the database itself refuses edits and deletions.
    db.executescript(
        """
        CREATE TRIGGER events_no_update BEFORE UPDATE ON events
        BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
        CREATE TRIGGER events_no_delete BEFORE DELETE ON events
        BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
        """
    )
    db.table("attachments").create(
        {"id": int, "ticket_id": int, "kind": str, "file_id": str, "data": str, "at": str},
        pk="id",
        foreign_keys=[("ticket_id", "tickets", "id")],
    )
    db.table("attachments").create_index(["ticket_id"])
    db.table("people").create(
        {
            "user_id": int,
            "first_name": str,
            "username": str,
            "role": str,  # citizen | staff | supervisor
            "unit": str,
            "phone": str,
            "unreachable_at": str,
            "last_ticket_id": int,
            "last_ticket_at": str,
            "updated_at": str,
        },
        pk="user_id",
        defaults={"role": "citizen"},
    )
    db.table("invites").create(
        {
            "code": str, "role": str, "unit": str, "created_at": str, "expires_at": str,
            "used_by": int, "used_at": str,
        },
        pk="code",
    )
    db.table("join_failures").create({"user_id": int, "at": str})
    db.table("join_failures").create_index(["user_id", "at"])
    db.table("outbox").create(
        {
            "id": int,
            "dedupe_key": str,
            "chat_id": int,
            "method": str,
            "params": str,  # Bot API parameters as JSON, already rendered and escaped
            "ticket_id": int,
            "state": str,  # pending | sending | sent | failed
            "attempts": int,
            "not_before": str,
            "created_at": str,
            "sent_at": str,
            "message_id": int,
            "error": str,
        },
        pk="id",
        defaults={"attempts": 0, "state": "pending"},
    )
    db.table("outbox").create_index(["dedupe_key"], unique=True)
    db.table("outbox").create_index(["state", "id"])
    db.table("outbox").create_index(["chat_id", "message_id"])
    db.table("due_done").create({"key": str, "at": str}, pk="key")


@migrations()
def m002_followup(db: Database) -> None:
    """Follow-up: the 督办 deadline column and indexes for due work, rates, digest and ledger."""
    db.table("tickets").add_column("urge_deadline", str)  # 限期办结 set by the latest 督办通知书
    db.executescript(
        """
        -- Open tickets by deadline (reminders, overdue, 督办, 约谈/通报, overdue counts by unit):
        -- partial, so the work per tick follows the open tickets, not the whole history.
        CREATE INDEX tickets_open_deadline ON tickets (deadline, unit)
            WHERE state IN ('new', 'accepted', 'reopened');
        CREATE INDEX tickets_resolved_at ON tickets (resolved_at, unit, deadline);
        -- Tickets awaiting the satisfaction visit (回访) or its answer.
        CREATE INDEX tickets_awaiting_visit ON tickets (resolved_at) WHERE state = 'resolved';
        CREATE INDEX tickets_rated_at ON tickets (rated_at, unit, rating, solved);
        CREATE INDEX tickets_closed_at ON tickets (closed_at, unit);
        CREATE INDEX tickets_received_unit ON tickets (received_at, unit, accepted_at, state);
        """
    )


@migrations()
def m003_codes(db: Database) -> None:
    """Ratings are stored as codes (bot.domain.visit.Rating), not as the labels people read."""
    db.execute(
        "UPDATE tickets SET rating = CASE rating WHEN '满意' THEN 'satisfied'"
        " WHEN '基本满意' THEN 'basic' WHEN '不满意' THEN 'unsatisfied'"
        " WHEN '默认满意' THEN 'default' ELSE rating END WHERE rating IS NOT NULL")


@migrations()
def m004_work_in_full(db: Database) -> None:
    """A 实事项目's requested completion date awaiting approval, the unit an offline demand was
    logged for, and the window in which a caption-less photo waits for its description."""
    db.table("tickets").add_column("extension_until", str)  # ISO moment, until /approve
    db.table("tickets").add_column("logged_unit", str)  # unit of the staff who ran /log
    db.table("tickets").add_column("pending_until", str)  # ISO moment; NULL once announced
    db.execute("CREATE INDEX tickets_waiting ON tickets (pending_until)"
               " WHERE pending_until IS NOT NULL")


@migrations()
def m005_privacy(db: Database) -> None:
    """Privacy: the names known for each ticket (masked wherever others read about it), the phone
    number a citizen shared for it (read only through /contact), drafts of public posts awaiting
    a supervisor's 发布, and an index to prune old inbox payloads."""
    db.table("tickets").add_column("names", str)  # JSON list of names found in its texts
    db.table("tickets").add_column("phone", str)
    db.table("publish_drafts").create(
        {"id": int, "ticket_id": int, "text": str, "created_by": int, "created_at": str,
         "state": str, "decided_at": str},  # state: pending | posted | dropped
        pk="id", foreign_keys=[("ticket_id", "tickets", "id")], defaults={"state": "pending"},
    )
    db.executescript(
        """
        CREATE INDEX inbox_payload_received ON inbox (received_at)
            WHERE payload IS NOT NULL AND processed_at IS NOT NULL;
        """
    )


@migrations()
def m006_delivery(db: Database) -> None:
    """Delivery that cannot double-send and is fair (issue 11).

    Outbox states become queued → sending → sent | failed | unknown (see bot/store/outbox.py):
    'pending' rows are 'queued'; 'sending' rows, whose attempt may have been delivered, are
    'unknown' and owe one marked resend. Each row gets a priority, the deadline of its attempt
    in flight and the failure notice to queue if it is given up. The old (state, id) index gives
    way to a partial index over the rows still to go, by priority and chat: the delivery loop's
    round-robin lanes.
    The inbox keeps each message's chat and date, so a chat's rate can be counted (flood replies).
    """
    db.executescript(
        """
        ALTER TABLE outbox ADD COLUMN priority INTEGER NOT NULL DEFAULT 2;
        ALTER TABLE outbox ADD COLUMN marked INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE outbox ADD COLUMN deadline TEXT;
        ALTER TABLE outbox ADD COLUMN notice TEXT;
        UPDATE outbox SET state = 'queued' WHERE state = 'pending';
        UPDATE outbox SET state = 'unknown', marked = 1 WHERE state = 'sending';
        DROP INDEX IF EXISTS idx_outbox_state_id;
        CREATE INDEX outbox_open ON outbox (priority, chat_id, id)
            WHERE state IN ('queued', 'sending', 'unknown');
        ALTER TABLE inbox ADD COLUMN chat_id INTEGER;
        ALTER TABLE inbox ADD COLUMN sent_at INTEGER;
        CREATE INDEX inbox_chat_sent ON inbox (chat_id, sent_at) WHERE chat_id IS NOT NULL;
        """
    )


@migrations()
def m007_also(db: Database) -> None:
    """The other units a ticket's words concern (另涉及), kept from its routing, so a unit it
    reaches later (picked by the citizen, sent on by another unit) is told without routing again."""
    db.execute("ALTER TABLE tickets ADD COLUMN also TEXT")


@migrations()
def m008_trailing_media(db: Database) -> None:
    """A caption-less photo (video, voice, file) that joined a ticket because it came just after
    its words: the message it came in, so a new description right after it can take it, and
    until when it is held back from the unit (NULL once the unit may see it)."""
    db.table("attachments").add_column("source_key", str)
    db.table("attachments").add_column("held_until", str)
    db.execute("CREATE INDEX attachments_held ON attachments (held_until)"
               " WHERE held_until IS NOT NULL")


# Events that gave a ticket a new deadline without the log naming it (reopen: 重办; urge: a 督办
# that brought it forward; described: the words of a photo's ticket, which may make it urgent),
# and those that name the deadline in force just after them, in which column.
_RETIMED_UNNAMED = ("reopen", "urge", "described")
_DEADLINE_NAMED = {"approve": "new", "project": "new", "overdue": "detail",
                   "overdue_cleared": "detail"}


@migrations()
def m009_resolution_deadline(db: Database) -> None:
    """Each 办结 keeps the deadline in force when it happened (`events.deadline`, on `resolve`
    events), so a past period's 按时办结率 stays what it was after a 重办, 延期 or 督办 gives
    the ticket a new deadline.

    Past 办结 get the deadline known for them: the ticket's own where nothing re-timed it
    since; else the one the log names last before the 办结 (a 延期 approved, a 实事项目's date,
    the deadline it went overdue at) with no unnamed re-timing in between; else none (the
    rates read the ticket's deadline then, as before). The audit log refuses edits: its guard
    is lifted for this one fill, in the migration's transaction."""
    db.execute("ALTER TABLE events ADD COLUMN deadline TEXT")
    db.execute("DROP TRIGGER events_no_update")
    retimed = ", ".join(repr(a) for a in (*_RETIMED_UNNAMED, "approve", "project"))
    db.execute(
        "UPDATE events SET deadline = (SELECT t.deadline FROM tickets t WHERE t.id = ticket_id)"
        f" WHERE action = 'resolve' AND NOT EXISTS (SELECT 1 FROM events l WHERE"
        f" l.ticket_id = events.ticket_id AND l.id > events.id AND l.action IN ({retimed}))")
    later = [r[0] for r in db.execute(
        "SELECT DISTINCT ticket_id FROM events WHERE action = 'resolve' AND deadline IS NULL")]
    for ticket_id in later:
        log = list(db.query("SELECT id, action, old, new, detail FROM events"
                            " WHERE ticket_id = ? ORDER BY id", [ticket_id]))
        known: dict[int, str | None] = {}
        named: str | None = None
        for event in log:  # the deadline named last before each 办结
            if event["action"] in _DEADLINE_NAMED:
                named = event[_DEADLINE_NAMED[event["action"]]]
            elif event["action"] in _RETIMED_UNNAMED:
                named = None
            elif event["action"] == "resolve":
                known[event["id"]] = named
        for event_id, deadline in known.items():
            if deadline:
                db.execute("UPDATE events SET deadline = ? WHERE id = ? AND deadline IS NULL",
                           [deadline, event_id])
    db.execute("CREATE TRIGGER events_no_update BEFORE UPDATE ON events"
               " BEGIN SELECT RAISE(ABORT, 'events are append-only'); END")


@migrations()
def m010_held_chats(db: Database) -> None:
    """Unit groups the bot cannot write to for now (removed from the group, or the group gone:
    bot/store/held_chats.py): messages for them wait in the outbox as 'held', neither sent nor
    given up, until the bot is back in the group or the unit's chat is fixed in the config."""
    db.executescript(
        """
        CREATE TABLE held_chats (chat_id INTEGER PRIMARY KEY, unit TEXT NOT NULL,
                                 since TEXT NOT NULL, why TEXT NOT NULL);
        CREATE INDEX outbox_held ON outbox (chat_id) WHERE state = 'held';
        """
    )


@migrations()
def m011_p10_language(db: Database) -> None:
    """The language a citizen writes in (bot.domain.language): they are answered in it. NULL
    until a message tells; 'en' or 'zh' after."""
    db.execute("ALTER TABLE people ADD COLUMN language TEXT")


@migrations()
def m012_phone_owner(db: Database) -> None:
    """Whose a phone number shared with Telegram's contact button is: NULL for the sender's own
    card, 'other' for someone else's (its user_id another's), so `/contact` says so."""
    db.execute("ALTER TABLE tickets ADD COLUMN phone_owner TEXT")
    db.execute("ALTER TABLE people ADD COLUMN phone_owner TEXT")
