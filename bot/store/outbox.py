"""The persistent outbox: every message the bot sends is a row first, so nothing is lost.

Actions queue their messages inside their own transaction (the reply commits with the change it
reports; see bot.actions.desk). A dedupe key per message makes queueing idempotent, so a replayed
update or a repeated tick never sends the same thing twice.

A row moves through these states (the delivery loop, handlers/delivery.py, drives them):

    queued ──pick──▶ sending ──▶ sent      delivered (Telegram's message id kept)
      ▲               │  ▲  ├───▶ failed    refused (400), blocked (403), retries exhausted,
      └─ retry ───────┤  │  │              or unconfirmed after its one marked resend
        (nothing was  │  │  └───▶ unknown   timed out or cut off after the request went out:
         delivered)   ▼  │                   it may have arrived; owes one marked resend
                   unknown ─pick─┘

`sending` is one attempt in flight, with its `deadline`; it is committed before the request goes
out, so a bot killed mid-request finds it at start (`recover`) and treats it as unknown. A row
picked from `unknown` is sent once more with the visible resend mark (`marked`); if that attempt
is ambiguous too, the row is given up rather than sent a third time. `sent` and `failed` rows are
never picked again.

A unit group the bot cannot write to for now keeps its messages as 'held' (never picked) until
the bot is back there or the unit's chat is fixed (bot/store/held_chats.py).

A chat's messages go in order of (priority, id): an emergency overtakes a unit group's backlog of
routine pushes, equals keep their order. A row given up queues its failure notice, if it carries
one (render.Outgoing.notice): the person who acted learns the message did not arrive.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from bot.domain.delivery import Priority
from bot.domain.tickets import iso
from bot.store.db import dumps

RETRY_LIMIT = 12  # ~ an hour of backoff for one message before it is given up
OPEN = "state IN ('queued', 'sending', 'unknown')"  # repeats the outbox_open index condition
Call = tuple[str, str, dict[str, Any]]  # (dedupe key, Bot API method, parameters)
# A queued call that may not go yet (its `not_before` is the parameter): nothing was tried. One
# held for a unit's group the bot cannot write to for now is as good as queued: it has not gone.
_WAITING = "state IN ('queued', 'held') AND attempts = 0 AND not_before > ?"


def insert(db: Database, key: str, chat_id: int, method: str, params: dict[str, Any],
           ticket_id: int | None, now: dt.datetime, not_before: dt.datetime | None = None,
           priority: int = Priority.REPLY, notice: Sequence[Call] = ()) -> bool:
    """Queue one Bot API call; False when a row with this key exists (then nothing changes).

    `not_before`: not sent earlier; `notice`: the calls to queue if this one is given up. A
    call for a chat held (bot/store/held_chats.py) waits there as 'held'."""
    return bool(db.execute(
        "INSERT OR IGNORE INTO outbox (dedupe_key, chat_id, method, params, ticket_id, state,"
        " attempts, not_before, created_at, priority, notice)"
        " VALUES (?, ?, ?, ?, ?, CASE WHEN EXISTS (SELECT 1 FROM held_chats WHERE chat_id = ?)"
        " THEN 'held' ELSE 'queued' END, 0, ?, ?, ?, ?)",
        [key, chat_id, method, dumps(params), ticket_id, chat_id, iso(not_before or now),
         iso(now), priority, dumps([list(call) for call in notice]) if notice else None],
    ).rowcount)


def replace_waiting(db: Database, key: str, method: str, params: dict[str, Any],
                    now: dt.datetime, not_before: dt.datetime | None = None) -> bool:
    """Rewrite a queued call that may not go yet (an album still gathering its items), and
    move when it goes to `not_before` if given; False when there is none, or it is due or
    gone already."""
    return bool(db.execute(
        "UPDATE outbox SET method = ?, params = ?, not_before = coalesce(?, not_before)"
        f" WHERE dedupe_key = ? AND {_WAITING}",
        [method, dumps(params), not_before and iso(not_before), key, iso(now)]).rowcount)


def last_queued(db: Database, chat_id: int, ticket_id: int) -> int:
    """The id of the latest message queued to `chat_id` about a ticket (0: none)."""
    found = db.execute("SELECT MAX(id) FROM outbox WHERE chat_id = ? AND ticket_id = ?",
                       [chat_id, ticket_id]).fetchone()
    return int(found[0] or 0)


def waiting(db: Database, prefix: str, now: dt.datetime) -> str | None:
    """The key of a queued call whose key starts with `prefix` and that may not go yet."""
    row = db.execute(f"SELECT dedupe_key FROM outbox WHERE dedupe_key >= ? AND dedupe_key < ?"
                     f" AND {_WAITING} ORDER BY id DESC LIMIT 1",
                     [prefix, prefix + "\uffff", iso(now)]).fetchone()
    return row[0] if row else None


def waiting_texts(db: Database, prefix: str, now: dt.datetime) -> list[tuple[str, dict[str, Any]]]:
    """The (key, parameters) of the text messages queued under keys that start with `prefix`
    that may not go yet, oldest first."""
    rows = db.execute(f"SELECT dedupe_key, params FROM outbox WHERE dedupe_key >= ? AND"
                      f" dedupe_key < ? AND method = 'sendMessage' AND {_WAITING} ORDER BY id",
                      [prefix, prefix + "\uffff", iso(now)]).fetchall()
    return [(key, json.loads(params)) for key, params in rows]


def take_waiting(db: Database, prefix: str, now: dt.datetime
                 ) -> list[tuple[str, dict[str, Any], dt.datetime]]:
    """Take back the text messages queued under keys that start with `prefix` that may not go
    yet (nothing was tried): their (key, parameters, when they were to go), oldest first."""
    rows = db.execute(f"SELECT id, dedupe_key, params, not_before FROM outbox WHERE dedupe_key >= ?"
                      f" AND dedupe_key < ? AND method = 'sendMessage' AND {_WAITING} ORDER BY id",
                      [prefix, prefix + "\uffff", iso(now)]).fetchall()
    db.execute(f"DELETE FROM outbox WHERE id IN ({', '.join('?' * len(rows))})",
               [row[0] for row in rows])
    return [(key, json.loads(params), dt.datetime.fromisoformat(at)) for _, key, params, at in rows]


def last_due(db: Database, prefix: str) -> dt.datetime | None:
    """When the latest call queued under a key that starts with `prefix` went, or is to go."""
    row = db.execute("SELECT not_before FROM outbox WHERE dedupe_key >= ? AND dedupe_key < ?"
                     " ORDER BY id DESC LIMIT 1", [prefix, prefix + "\uffff"]).fetchone()
    return dt.datetime.fromisoformat(row[0]) if row else None


def release(db: Database, prefix: str, now: dt.datetime) -> int:
    """Let the calls waiting under keys that start with `prefix` go now; returns how many."""
    return db.execute(f"UPDATE outbox SET not_before = ? WHERE dedupe_key >= ?"
                      f" AND dedupe_key < ? AND {_WAITING}",
                      [iso(now), prefix, prefix + "\uffff", iso(now)]).rowcount


@dataclass(frozen=True)
class Head:
    """The next message of one chat: the only one of the chat that may go."""

    chat_id: int
    id: int
    state: str
    not_before: str


@dataclass(frozen=True)
class Queued:
    id: int
    chat_id: int
    method: str
    params_json: str
    attempts: int
    marked: int  # this attempt carries the resend mark: an earlier one may have arrived

    @property
    def params(self) -> dict[str, Any]:
        value: dict[str, Any] = json.loads(self.params_json)
        return value


def heads(db: Database, priority: int, after: int | None, limit: int) -> list[Head]:
    """The next message of up to `limit` chats whose next message has this priority, in chat
    order from just after `after`, wrapping round: one turn of the delivery loop's round-robin.

    A skip-scan over the outbox_open index: the work grows with the number of chats looked
    at, not with how many messages one of them has queued.
    """
    found = _heads(db, priority, after, limit)
    if len(found) < limit and after is not None:
        seen = {h.chat_id for h in found}
        found += [h for h in _heads(db, priority, None, limit - len(found))
                  if h.chat_id not in seen]
    return found


def _heads(db: Database, priority: int, after: int | None, limit: int) -> list[Head]:
    lane = f"{OPEN} AND priority = :p"
    start = "" if after is None else " AND chat_id > :after"
    # A chat with something more urgent queued is in that lane, not in this one.
    higher = ", ".join(str(p) for p in range(priority))
    overtaken = (f" WHERE NOT EXISTS (SELECT 1 FROM outbox WHERE {OPEN} AND priority IN"
                 f" ({higher}) AND chat_id = chats.chat)") if higher else ""
    rows = db.execute(
        f"""WITH RECURSIVE chats(chat) AS (
              SELECT (SELECT min(chat_id) FROM outbox WHERE {lane}{start})
              UNION ALL
              SELECT (SELECT min(chat_id) FROM outbox WHERE {lane} AND chat_id > chats.chat)
              FROM chats WHERE chats.chat IS NOT NULL LIMIT :limit)
            SELECT o.chat_id, o.id, o.state, o.not_before
            FROM chats JOIN outbox o ON o.id = (
              SELECT id FROM outbox WHERE {lane} AND chat_id = chats.chat ORDER BY id LIMIT 1)
            {overtaken}""",
        {"p": priority, "after": after, "limit": limit}).fetchall()
    return [Head(*row) for row in rows]


def mark_sending(db: Database, ids: Sequence[int], deadline: dt.datetime) -> list[Queued]:
    """Claim rows for one attempt each, until `deadline`; returns them as they go out.

    Committed before the requests: a row still 'sending' after a crash may have arrived.
    """
    if not ids:
        return []
    db.conn.executemany("UPDATE outbox SET state = 'sending', attempts = attempts + 1,"
                        " deadline = ? WHERE id = ?", [(iso(deadline), i) for i in ids])
    rows = db.execute(
        "SELECT id, chat_id, method, params, attempts, marked FROM outbox WHERE id IN"
        f" ({', '.join('?' * len(ids))})", list(ids)).fetchall()
    by_id = {row[0]: Queued(*row) for row in rows}
    return [by_id[i] for i in ids]


# -- outcomes of attempts, recorded together in the delivery loop's transaction ----------------

@dataclass(frozen=True)
class Outcome:
    """How one attempt ended. `kind`: sent | retry (nothing was delivered; try again `delay`
    seconds after it is recorded) | unknown (it may have arrived; resend marked after `delay`)
    | failed | blocked (403: the chat)."""

    row: Queued
    kind: str
    error: str = ""
    message_id: int | None = None
    delay: float = 0.0
    counts: bool = True  # a retry that counts toward RETRY_LIMIT (429 waits do not)


@dataclass(frozen=True)
class Recorded:
    """What recording a batch of attempts found: `blocked`, the chats refused for good (403;
    their queued messages given up, or held for a chat in `keep`); `lost`, the rows given up
    for certain (refused, or retried to the limit) that carried no failure notice: whoever
    works what they were about is yet to be told."""

    blocked: list[int]
    lost: list[int]


def record(db: Database, outcomes: Iterable[Outcome], now: dt.datetime,
           keep: Container[int] = ()) -> Recorded:
    """Apply finished attempts (in the caller's transaction). A chat in `keep` (a unit's
    group) that refuses the bot is held, its messages kept (bot/store/held_chats.py), not
    given up: the caller holds it."""
    blocked, lost = [], []
    for outcome in outcomes:
        row = outcome.row
        if outcome.kind == "sent":
            db.execute("UPDATE outbox SET state = 'sent', sent_at = ?, message_id = ?,"
                       " error = NULL, deadline = NULL WHERE id = ?",
                       [iso(now), outcome.message_id, row.id])
            _unbutton_landed(db, row, outcome.message_id, now)
        elif outcome.kind == "blocked":
            if row.chat_id in keep:  # back in line: the caller holds the chat
                db.execute("UPDATE outbox SET state = 'queued', error = ?, deadline = NULL"
                           " WHERE id = ?", [outcome.error[:500], row.id])
            else:
                fail_chat(db, row.chat_id, outcome.error, now)
            blocked.append(row.chat_id)
        elif outcome.kind == "failed" or (outcome.kind == "unknown" and row.marked) or (
                outcome.kind == "retry" and outcome.counts and row.attempts >= RETRY_LIMIT):
            # A message that may have arrived (unconfirmed after its resend) is not lost.
            unconfirmed = outcome.kind == "unknown"
            reason = ("unconfirmed after a marked resend: " if unconfirmed else "") + outcome.error
            if not fail(db, row.id, reason, now) and not unconfirmed:
                lost.append(row.id)
        else:  # retry or a first unknown: back in line at `at`, marked if it may have arrived
            marked = row.marked or outcome.kind == "unknown"
            db.execute("UPDATE outbox SET state = ?, marked = ?, not_before = ?, error = ?,"
                       " deadline = NULL WHERE id = ?",
                       ["unknown" if marked else "queued", int(marked),
                        iso(now + dt.timedelta(seconds=outcome.delay)),
                        outcome.error[:500], row.id])
    return Recorded(blocked, lost)


def recover(db: Database, now: dt.datetime) -> int:
    """At start: attempts left 'sending' by a killed bot may have arrived. Each owes its one
    marked resend, or is given up if it was that resend already. Returns how many."""
    rows = db.execute(f"SELECT id, marked FROM outbox WHERE state = 'sending' AND {OPEN}"
                      ).fetchall()
    for row_id, marked in rows:
        if marked:
            fail(db, row_id, "unconfirmed after a marked resend: the bot stopped mid-request",
                 now)
        else:
            db.execute("UPDATE outbox SET state = 'unknown', marked = 1, not_before = ?,"
                       " deadline = NULL, error = 'the bot stopped mid-request' WHERE id = ?",
                       [iso(now), row_id])
    return len(rows)


def fail(db: Database, row_id: int, error: str, now: dt.datetime) -> bool:
    """Give a message up, and queue its failure notice if it has one (then True)."""
    db.execute("UPDATE outbox SET state = 'failed', error = ?, deadline = NULL WHERE id = ?",
               [error[:500], row_id])
    row = db.execute("SELECT notice FROM outbox WHERE id = ?", [row_id]).fetchone()
    calls = json.loads(row[0]) if row and row[0] else ()
    for key, method, params in calls:
        # Keyed like any message: a long text failing part by part is told once.
        insert(db, key, params["chat_id"], method, params, None, now, priority=Priority.STAFF)
    return bool(calls)


def fail_chat(db: Database, chat_id: int, error: str, now: dt.datetime) -> int:
    """Give up every message still to go to a chat that blocked the bot."""
    ids = [r[0] for r in db.execute(f"SELECT id FROM outbox WHERE chat_id = ? AND {OPEN}",
                                    [chat_id]).fetchall()]
    for row_id in ids:
        fail(db, row_id, error, now)
    return len(ids)


def given_up(db: Database, key: str) -> bool:
    """True when the message keyed `key` (or a part of it) was finally not delivered."""
    return db.execute("SELECT 1 FROM outbox WHERE (dedupe_key = ? OR dedupe_key LIKE ?)"
                      " AND state = 'failed'", [key, f"{key}#%"]).fetchone() is not None


def take_buttons(db: Database, pattern: str) -> list[tuple[int, int]]:
    """The buttons of every message whose key matches `pattern` (SQL LIKE) go: one not
    delivered yet goes without them (one on its way loses them once it lands: `record`).
    Returns (chat, message id) of the delivered ones, whose buttons the caller edits off."""
    db.execute("UPDATE outbox SET params = json_remove(params, '$.reply_markup')"
               " WHERE dedupe_key LIKE ? AND state IN ('queued', 'sending', 'unknown', 'held')"
               " AND json_extract(params, '$.reply_markup') IS NOT NULL", [pattern])
    return [(row["chat_id"], row["message_id"]) for row in db.query(
        "SELECT chat_id, message_id FROM outbox WHERE dedupe_key LIKE ? AND message_id IS NOT NULL"
        " AND json_extract(params, '$.reply_markup') IS NOT NULL", [pattern])]


def _unbutton_landed(db: Database, row: Queued, message_id: int | None, now: dt.datetime
                     ) -> None:
    """A message sent with buttons that were taken while it was on its way: off now."""
    if message_id is None or '"reply_markup"' not in row.params_json:
        return
    kept = db.execute("SELECT ticket_id, json_extract(params, '$.reply_markup') FROM outbox"
                      " WHERE id = ?", [row.id]).fetchone()
    if kept[1] is None:
        where = {"chat_id": row.chat_id, "message_id": message_id}
        insert(db, f"unbutton:{row.chat_id}:{message_id}", row.chat_id,
               "editMessageReplyMarkup", where, kept[0], now)


def carrying(db: Database, chat_id: int, data: str) -> list[tuple[str, int | None, Any]]:
    """(key, message id once delivered, inline keyboard) of the text messages to a chat that
    carry a button with callback data `data`, as they were queued."""
    rows = db.execute("SELECT dedupe_key, message_id, json_extract(params, '$.reply_markup')"
                      " FROM outbox WHERE chat_id = ? AND method = 'sendMessage' AND state !="
                      " 'failed' AND instr(params, ?) > 0", [chat_id, f'"{data}"']).fetchall()
    return [(key, message_id, json.loads(markup)["inline_keyboard"])
            for key, message_id, markup in rows if markup]


def rebutton(db: Database, key: str, rows: list[Any]) -> None:
    """Give a message not delivered yet these rows of buttons (none: no keyboard)."""
    waiting = "dedupe_key = ? AND state IN ('queued', 'unknown', 'held')"
    if rows:
        db.execute(f"UPDATE outbox SET params = json_set(params, '$.reply_markup', json(?))"
                   f" WHERE {waiting}", [dumps({"inline_keyboard": rows}), key])
    else:
        db.execute(f"UPDATE outbox SET params = json_remove(params, '$.reply_markup')"
                   f" WHERE {waiting}", [key])


def sent_text(db: Database, chat_id: int, message_id: int) -> str | None:
    """The HTML text of a message the bot sent (None: not a text message, or not known)."""
    row = next(iter(db.query(
        "SELECT json_extract(params, '$.text') AS text FROM outbox WHERE chat_id = ?"
        " AND message_id = ? AND method = 'sendMessage'", [chat_id, message_id])), None)
    return row["text"] if row else None


def ticket_for_message(db: Database, chat_id: int, message_id: int) -> int | None:
    """The ticket a sent bot message was about (for replies to it)."""
    row = next(iter(db.query("SELECT ticket_id FROM outbox WHERE chat_id = ? AND message_id = ?"
                             " AND ticket_id IS NOT NULL", [chat_id, message_id])), None)
    return row["ticket_id"] if row else None


def counts(db: Database) -> dict[str, int]:
    """Messages in the outbox by delivery state."""
    return {r["state"]: r["n"] for r in db.query(
        "SELECT state, count(*) AS n FROM outbox GROUP BY state ORDER BY state")}


def last_sent_key(db: Database, chat_id: int) -> str | None:
    """The key of the latest message (not an edit) queued for a chat: what the bot said last."""
    row = db.execute("SELECT dedupe_key FROM outbox WHERE chat_id = ? AND method = 'sendMessage'"
                     " ORDER BY id DESC LIMIT 1", [chat_id]).fetchone()
    return row[0] if row else None


def about(db: Database, row_ids: Sequence[int]) -> list[tuple[int, int | None, str]]:
    """(chat, ticket, dedupe key) of each row."""
    if not row_ids:
        return []
    return [(r[0], r[1], r[2]) for r in db.execute(
        f"SELECT chat_id, ticket_id, dedupe_key FROM outbox WHERE id IN"
        f" ({', '.join('?' * len(row_ids))}) ORDER BY id", list(row_ids))]
