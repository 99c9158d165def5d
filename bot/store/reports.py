"""Report queries: counts for the rates, the digest and the ledger. All ride indexes, so they
stay fast on a million tickets (see benchmarks/followup.py)."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from sqlite_utils import Database

from bot.config import FALLBACK_UNIT
from bot.domain.delivery import FLOOD_HELD
from bot.domain.figures import UnitRates
from bot.domain.tickets import iso
from bot.domain.visit import HAPPY, RATED, rated_then
from bot.store.as_of import ARRIVED
from bot.store.tickets import OPEN_SQL, RATING_SAID_SQL, UNIT_EVENTS

DIGEST_KEY = "digest_issued:"  # meta key of a day's digest as issued (JSON), by county date


def _codes(values: tuple[str, ...]) -> str:
    return ", ".join(repr(str(v)) for v in values)


def _unit_at() -> str:
    """SQL for the unit that held ticket `t` at a moment (the one `?` it takes): the audit log's
    latest routing, pick or transfer before then (a ticket is logged as routed when created)."""
    return ("coalesce((SELECT e.new FROM events e WHERE e.ticket_id = t.id"
            f" AND e.action IN ({_codes(UNIT_EVENTS)}) AND e.at < ?"
            " ORDER BY e.id DESC LIMIT 1), t.unit)")


# Audit events that change what the rates read of a ticket's 签收: who held it, who signed, 撤回.
_SIGNING_EVENTS = (*UNIT_EVENTS, "accept", "withdraw")


def _signed(end: dt.datetime) -> tuple[str, str, list[str]]:
    """SQL for when ticket `t` was signed (签收) by the unit that held it at `end`, and when it
    was withdrawn if it had been by then, with their parameters: the audit log as it stood at `end`,
    so a later 退单 (which clears `accepted_at`) or 撤回 changes nothing in a past period. A
    ticket with no such event since `end` (every one, for a period up to now) reads its own
    columns, which then say the same: the log's lookups are only paid for the few that moved
    (benchmarks/followup.py)."""
    moved = ("t.id IN (SELECT ticket_id FROM events WHERE action IN"
             f" ({_codes(_SIGNING_EVENTS)}) AND at >= ?)")
    first_accept = (
        "(SELECT min(a.at) FROM events a WHERE a.ticket_id = t.id AND a.action = 'accept'"
        " AND a.at < ? AND a.id > coalesce((SELECT max(u.id) FROM events u"
        f" WHERE u.ticket_id = t.id AND u.action IN ({_codes(UNIT_EVENTS)}) AND u.at < ?), 0))")
    withdrawn = ("(SELECT min(w.at) FROM events w WHERE w.ticket_id = t.id"
                 " AND w.action = 'withdraw' AND w.at < ?)")
    # Only a withdrawn ticket looks its 撤回 up (a withdrawn ticket stays so: one at most).
    now_gone = ("CASE WHEN t.state = 'withdrawn' THEN (SELECT min(w.at) FROM events w"
                " WHERE w.ticket_id = t.id AND w.action = 'withdraw') END")
    when = iso(end)
    return (f"CASE WHEN {moved} THEN {first_accept} ELSE t.accepted_at END",
            f"CASE WHEN {moved} THEN {withdrawn} ELSE {now_gone} END",
            [when] * 5)


def _held(end: dt.datetime, now: dt.datetime) -> tuple[str, list[str]]:
    """SQL for the unit that held ticket `t` at `end`, as column `unit`, and its parameters.
    Nothing is logged after the clock's `now`: for a period that ends later (/stats, a ledger
    to date), that is the ticket's own unit, read without the audit log's lookup (which would
    make /stats three times as slow on a large county; benchmarks/followup.py)."""
    return (f"{_unit_at()} AS unit", [iso(end)]) if end <= now else ("t.unit AS unit", [])


def _resolutions(db: Database, start: dt.datetime, end: dt.datetime, held: str, at: list[str]
                 ) -> dict[str, tuple[int, int]]:
    """Per unit (`held`, with its parameters `at`), the 办结 in [start, end) and how many were
    on time: by the deadline each was held to then, not the ticket's deadline now, which a
    later 重办, 延期 or 督办 moves. A 办结 sent back (重办) before the period's end is none.

    A ticket not reopened since the period began had at most one 办结 in it, its latest, and
    its deadline has not moved since (a resolved ticket is re-timed only once reopened): its own
    columns say it, read from their index. Only the few reopened since are read from the audit
    log, each 办结 with the deadline kept with it (one from before that was kept, and not
    known, reads the ticket's own) (benchmarks/followup.py)."""
    window = [iso(start), iso(end)]
    reopened = "SELECT ticket_id FROM events WHERE action = 'reopen' AND at >= ?"
    found: dict[str, tuple[int, int]] = {}
    for row in (*db.query(
        f"SELECT {held}, count(*) AS n, sum(resolved_at <= deadline) AS ok FROM tickets t"
        f" WHERE resolved_at >= ? AND resolved_at < ? AND t.id NOT IN ({reopened}) GROUP BY 1",
        [*at, *window, iso(start)],
    ), *db.query(
        f"SELECT {held}, count(*) AS n, sum(e.at <= coalesce(e.deadline, t.deadline)) AS ok"
        f" FROM events e JOIN tickets t ON t.id = e.ticket_id WHERE e.ticket_id IN ({reopened})"
        " AND e.action = 'resolve' AND e.at >= ? AND e.at < ? AND NOT EXISTS (SELECT 1"
        " FROM events r WHERE r.ticket_id = e.ticket_id AND r.action = 'reopen'"
        " AND r.id > e.id AND r.at < ?) GROUP BY 1",
        [*at, iso(start), *window, iso(end)],
    )):
        n, ok = found.get(row["unit"], (0, 0))
        found[row["unit"]] = (n + row["n"], ok + (row["ok"] or 0))
    return found


def unit_rates(db: Database, start: dt.datetime, end: dt.datetime, accept_hours: float,
               now: dt.datetime) -> dict[str, UnitRates]:
    """Rates per unit for tickets of the period [start, end), as of min(end, now), each ticket
    counted for the unit that held it at `end` (as the digest counts its new tickets): a 退单
    after the period moves nothing back, one before it moves all its figures."""
    window = [iso(start), iso(end)]
    held, at = _held(end, now)
    out: dict[str, UnitRates] = {}

    def merge(unit: str, **counts: int) -> None:
        out[unit] = replace(out.get(unit, UnitRates(unit)), **counts)  # type: ignore[arg-type]

    for row in db.query(f"SELECT {held}, count(*) AS n FROM tickets t WHERE received_at >= ?"
                        " AND received_at < ? GROUP BY 1", [*at, *window]):
        merge(row["unit"], received=row["n"])
    # A ticket counts once its unit has had `accept_hours` to accept it (or has accepted it):
    # one that arrived minutes ago is not yet a miss. Its 签收 is read from the audit log as it
    # stood at `end` (the first accept since the unit got it), and so is a 撤回: one before
    # anyone signed and within the time to sign leaves the count (the unit missed nothing), one
    # after that time had passed unsigned stays a miss — the citizen giving up on a unit that
    # never answered does not make it answer. A 退单 or a 撤回 after the period changes nothing.
    answerable = iso(min(end, now) - dt.timedelta(hours=accept_hours))
    signed, gone, as_then = _signed(end)
    limit = accept_hours * 3600
    # Its time to sign counts from when that unit got it (its receipt, or the transfer or pick
    # that brought it there: as_of.ARRIVED), not from receipt: SPEC §5's 响应率 is per dispatch.
    for row in db.query(
        f"SELECT unit, count(*) AS n, sum(signed IS NOT NULL AND"
        " (julianday(signed) - julianday(arrived)) * 86400 <= ? + 0.5) AS ok"
        f" FROM (SELECT {held}, {ARRIVED} AS arrived, {signed} AS signed, {gone} AS gone"
        " FROM tickets t WHERE received_at >= ? AND received_at < ?)"
        " WHERE NOT (gone IS NOT NULL AND signed IS NULL"
        " AND (julianday(gone) - julianday(arrived)) * 86400 <= ? + 0.5)"
        " AND (signed IS NOT NULL OR arrived <= ?)"
        " GROUP BY 1 HAVING unit != ?",
        [limit, *at, iso(end), *as_then, *window, limit, answerable, FALLBACK_UNIT],
    ):
        merge(row["unit"], dispatched=row["n"], responded=row["ok"] or 0)
    for unit, (n, solved, happy) in _ratings(db, start, end, held, at).items():
        merge(unit, rated=n, solved=solved, satisfied=happy)
    for unit, (n, ok) in _resolutions(db, start, end, held, at).items():
        merge(unit, resolved=n, on_time=ok)
    for unit, n in _open_overdue(db, end, min(end, now), held, at).items():
        merge(unit, open_overdue=n)
    return out


# Audit events that change a ticket's 满意度 columns (bot.domain.visit.rated_then).
_RATING_EVENTS = ("rate", "visit_said", "reopen", "close")


def _ratings(db: Database, start: dt.datetime, end: dt.datetime, held: str, at: list[str]
             ) -> dict[str, tuple[int, int, int]]:
    """Per unit (`held`, with its parameters `at`): (rated, solved, satisfied) of the tickets
    whose 满意度, as it stood at `end`, was chosen in [start, end) — a second 回访 after the
    period does not take the first one out of it, nor put its own answers in.

    A ticket with no 满意度 event since `end` (every one, for a period up to now) and never sent
    back reads its own columns, from their index; only those rated in the period and moved since,
    or reopened (a 重办 clears `solved`, not the rating it followed: 已解决 but 不满意 stays
    已解决 in its period), replay their log up to `end`."""
    window = [iso(start), iso(end)]
    moved = ("SELECT ticket_id FROM events WHERE action IN"
             f" ({_codes(_RATING_EVENTS)}) AND at >= ?")
    found: Counter[tuple[str, str]] = Counter()
    for row in db.query(
        f"SELECT {held}, count(*) AS n, sum(solved = 1) AS solved,"
        f" sum(rating IN ({_codes(HAPPY)})) AS happy FROM tickets t"
        f" WHERE rated_at >= ? AND rated_at < ? AND rating IN ({_codes(RATED)})"
        f" AND t.reopen_count = 0 AND t.id NOT IN ({moved}) GROUP BY 1", [*at, *window, iso(end)],
    ):
        found[row["unit"], "n"] += row["n"]
        found[row["unit"], "solved"] += row["solved"] or 0
        found[row["unit"], "happy"] += row["happy"] or 0
    rows = db.query(
        f"SELECT {held}, t.id FROM tickets t WHERE (t.reopen_count > 0 OR t.id IN ({moved}))"
        " AND t.id IN (SELECT"
        " ticket_id FROM events WHERE action = 'rate' AND at >= ? AND at < ?)",
        [*at, iso(end), *window])
    for row in list(rows):
        then = rated_then((e["action"], e["at"], e["new"], e["detail"]) for e in db.query(
            "SELECT action, at, new, detail FROM events WHERE ticket_id = ? AND at < ?"
            f" AND action IN ({_codes((*_RATING_EVENTS, 'resolve'))}) ORDER BY id",
            [row["id"], iso(end)]))
        if then.rating in RATED and window[0] <= (then.rated_at or "") < window[1]:
            found[row["unit"], "n"] += 1
            found[row["unit"], "solved"] += then.rated_solved is True
            found[row["unit"], "happy"] += then.rating in HAPPY
    return {unit: (n, found[unit, "solved"], found[unit, "happy"])
            for (unit, key), n in found.items() if key == "n"}


# Audit events after which a ticket's state or deadline may differ from what it was before.
_STATE_EVENTS = ("resolve", "close", "withdraw", "reopen", "approve")


def _open_overdue(db: Database, end: dt.datetime, cutoff: dt.datetime, held: str, at: list[str]
                  ) -> Counter[str]:
    """Per unit (`held`, with its parameters `at`): tickets received before `end` that were open
    at `end` with their deadline then before `cutoff` — a 办结 or a 延期 after the period does not
    take a ticket that was 逾期在办 at its end out of its 按时办结率.

    A ticket with no such event since `end` (every one, for a period up to now) reads its state
    and deadline, from the index over open tickets. For the others the audit log says: open
    unless its last 办结, 销号 or 撤回 before `end` was not followed by a 重办 before then; its
    deadline then is the one the first later event names as in force — a 延期's old one, a
    办结's deadline held to, the one it went overdue at — or else its own (a 督办 that set a
    sooner limit did so before that deadline, after `end`: it never makes one overdue then)."""
    moved = ("SELECT ticket_id FROM events WHERE action IN"
             f" ({_codes(_STATE_EVENTS)}) AND at >= ?")
    open_then = (
        "coalesce((SELECT s.action FROM events s WHERE s.ticket_id = t.id AND s.action IN"
        " ('resolve', 'close', 'withdraw', 'reopen') AND s.at < ? ORDER BY s.id DESC LIMIT 1),"
        " 'reopen') = 'reopen'")
    deadline_then = (
        "coalesce((SELECT CASE d.action WHEN 'approve' THEN d.old WHEN 'resolve' THEN d.deadline"
        " ELSE d.detail END FROM events d WHERE d.ticket_id = t.id AND d.at >= ? AND d.action IN"
        " ('approve', 'resolve', 'overdue', 'overdue_cleared') ORDER BY d.id LIMIT 1), t.deadline)")
    when, until = iso(end), iso(cutoff)
    found: Counter[str] = Counter()
    for row in (*db.query(
        f"SELECT {held}, count(*) AS n FROM tickets t WHERE {OPEN_SQL} AND deadline < ?"
        f" AND received_at < ? AND t.id NOT IN ({moved}) GROUP BY 1", [*at, until, when, when],
    ), *db.query(
        f"SELECT {held}, count(*) AS n FROM tickets t WHERE t.id IN ({moved})"
        f" AND received_at < ? AND {open_then} AND {deadline_then} < ? GROUP BY 1",
        [*at, when, when, when, when, until],
    )):
        found[row["unit"]] += row["n"]
    return found


# --- the digest -------------------------------------------------------------------------------

def _by_unit(db: Database, sql: str, params: list[object]) -> Counter[str]:
    return Counter({row["unit"]: row["n"] for row in db.query(sql, params)})


def received_by_unit(db: Database, start: dt.datetime, end: dt.datetime) -> Counter[str]:
    """Tickets received in [start, end), by the unit that held each at `end` (the audit log's
    latest routing, pick or transfer before then): a later 退单 or 改派 does not move a past
    day's count."""
    return _by_unit(db, f"SELECT {_unit_at()} AS unit, count(*) AS n FROM tickets t"
                    " WHERE t.received_at >= ? AND t.received_at < ? GROUP BY 1",
                    [iso(end), iso(start), iso(end)])


def closed_by_unit(db: Database, start: dt.datetime, end: dt.datetime) -> Counter[str]:
    return _by_unit(db, "SELECT unit, count(*) AS n FROM tickets WHERE closed_at >= ?"
                    " AND closed_at < ? GROUP BY unit", [iso(start), iso(end)])


def issued_digest(db: Database, day: dt.date) -> str | None:
    """The digest of county day `day` as it was issued (JSON), if it was."""
    row = next(iter(db.query("SELECT value FROM meta WHERE key = ?",
                             [DIGEST_KEY + day.isoformat()])), None)
    return str(row["value"]) if row else None


def keep_digest(db: Database, day: dt.date, payload: str) -> str:
    """Keep the digest of `day` as issued, unless one was kept first; returns the one kept."""
    db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)",
               [DIGEST_KEY + day.isoformat(), payload])
    kept = issued_digest(db, day)
    assert kept is not None
    return kept


def unhappy_closed(db: Database, start: dt.datetime, end: dt.datetime) -> list[dict[str, Any]]:
    """Tickets closed in [start, end) still unhappy after a 重办: number, unit."""
    return list(db.query(
        "SELECT number, unit FROM tickets WHERE closed_at >= ? AND closed_at < ?"
        " AND reopen_count >= 1 AND (rating = 'unsatisfied' OR solved = 0) ORDER BY id",
        [iso(start), iso(end)]))


def ticket_keywords(db: Database, start: dt.datetime, end: dt.datetime
                    ) -> list[tuple[str, list[str], str]]:
    """(received, routing keywords strongest first, text) of each ticket received in [start,
    end), in order of receipt; not one withdrawn (a 撤回 is nothing citizens still ask for) nor
    one of a flood still waiting at the hotline for a person (bot/actions/floods.py: one
    citizen's flood is no 集中反映 until someone passes its reports on)."""
    return [(row["received_at"], list(json.loads(row["keywords"] or "[]")), row["text"] or "")
            for row in db.query("SELECT received_at, keywords, text FROM tickets"
                                " WHERE received_at >= ? AND received_at < ?"
                                " AND state != 'withdrawn' AND NOT (unit = ? AND id IN"
                                " (SELECT ticket_id FROM events WHERE action = ?))"
                                " ORDER BY received_at, id",
                                [iso(start), iso(end), FALLBACK_UNIT, FLOOD_HELD])]


# --- the ledger -------------------------------------------------------------------------------

# A 满意度 answer in the audit log ("r:CODE", as bot/actions/visit.py logs it).
_RATING_ANSWER = "e.ticket_id = x.id AND e.action = 'rate' AND e.detail LIKE 'r:%'"


def ledger_rows(db: Database, start: dt.datetime, end: dt.datetime, now: dt.datetime
                ) -> Iterator[dict[str, Any]]:
    """Tickets received in [start, end), in order of receipt, streamed from one cursor; `unit`
    is the one that held each at `end` (as the rates count them), the rest is as of now.

    `rating` is the last one given, which a 重办 does not clear; for a reopened ticket,
    `reopened` says so, `rated_again` whether a 满意度 was given since (answered, or a 不满意
    typed ahead), and `earlier_answer`
    the last 满意度 answer before it ("r:CODE"); `listed_once`, whether it was ever listed for
    约谈/通报 (read from the audit log by its ticket index)."""
    held, at = _held(end, now)
    yield from db.query(
        "SELECT x.*, CASE WHEN x.reopened THEN (SELECT e.detail FROM events e WHERE"
        f" {_RATING_ANSWER} AND e.id < x.reopen_id ORDER BY e.id DESC LIMIT 1) END"
        " AS earlier_answer, CASE WHEN x.reopened THEN EXISTS (SELECT 1 FROM events e WHERE"
        f" e.ticket_id = x.id AND e.id > x.reopen_id AND {RATING_SAID_SQL}) ELSE 0 END"
        " AS rated_again FROM ("
        f"SELECT t.id, number, received_at, {held}, text, citizen_name, names, project,"
        " measures, plan, deadline, state, result, rating, solved, resolved_at, closed_at, urge_count,"
        " urgent, EXISTS (SELECT 1 FROM events l WHERE l.ticket_id = t.id AND l.action = 'report')"
        " AS listed_once, t.reopen_count > 0 AS reopened, CASE WHEN t.reopen_count > 0 THEN (SELECT max(r.id)"
        " FROM events r WHERE r.ticket_id = t.id AND r.action = 'reopen') END AS reopen_id"
        " FROM tickets t WHERE received_at >= ? AND received_at < ?) x"
        " ORDER BY x.received_at, x.id",
        [*at, iso(start), iso(end)])


# Audit events after which a ticket's ledger counts may differ from what they were before.
_COUNTED_EVENTS = (*_STATE_EVENTS, "urge", "project", "overdue", "overdue_cleared")


def ledger_counts(db: Database, start: dt.datetime, end: dt.datetime, now: dt.datetime
                  ) -> dict[str, dict[str, Any]]:
    """Per unit (the one that held each ticket at `end`, as the rates count them), for tickets
    received in [start, end), each counted once by its state at min(end, now): total = open (of
    which reopened, of which late) + resolved (awaiting the visit) + closed + withdrawn; and
    projects, urged — for a past period, what happened by its end, as `_open_overdue` reads it:
    a 督办, 实事项目, 办结 or 销号 after the period changes nothing in it. A ticket with no such
    event since `end` (every one, for a period up to now) reads its own columns."""
    held, at = _held(end, now)
    moved = (f"t.id IN (SELECT ticket_id FROM events WHERE action IN ({_codes(_COUNTED_EVENTS)})"
             " AND at >= ?)")
    state = (
        f"CASE WHEN {moved} THEN coalesce((SELECT CASE s.action WHEN 'resolve' THEN 'resolved'"
        " WHEN 'close' THEN 'closed' WHEN 'withdraw' THEN 'withdrawn' ELSE 'reopened' END"
        " FROM events s WHERE s.ticket_id = t.id AND s.action IN"
        " ('resolve', 'close', 'withdraw', 'reopen') AND s.at < ? ORDER BY s.id DESC LIMIT 1),"
        " 'new') WHEN t.reopen_count > 0 AND t.state IN ('new', 'accepted') THEN 'reopened'"
        " ELSE t.state END")  # a 重办 signed again (or passed on) is one until finished again
    deadline = (
        f"CASE WHEN {moved} THEN coalesce((SELECT CASE d.action WHEN 'approve' THEN d.old"
        " WHEN 'resolve' THEN d.deadline ELSE d.detail END FROM events d WHERE d.ticket_id = t.id"
        " AND d.at >= ? AND d.action IN ('approve', 'resolve', 'overdue', 'overdue_cleared')"
        " ORDER BY d.id LIMIT 1), t.deadline) ELSE t.deadline END")
    since = ("(SELECT count(*) FROM events c WHERE c.ticket_id = t.id AND +c.action = ?"
             " AND c.at >= ?)")
    when = iso(end)
    opened = "state IN ('new', 'accepted', 'reopened')"
    return {row["unit"]: row for row in db.query(
        f"SELECT unit, count(*) AS total, sum({opened}) AS open,"
        " sum(state = 'reopened') AS reopened,"
        f" sum({opened} AND deadline <= ?) AS late, sum(state = 'resolved') AS resolved,"
        " sum(state = 'closed') AS closed, sum(state = 'withdrawn') AS withdrawn,"
        " sum(project) AS projects, sum(urged) AS urged FROM ("
        f"SELECT {held}, {state} AS state, {deadline} AS deadline,"
        f" t.project AND NOT ({moved} AND {since}) AS project,"
        f" coalesce(t.urge_count, 0) - CASE WHEN {moved} THEN {since} ELSE 0 END AS urged"
        " FROM tickets t WHERE received_at >= ? AND received_at < ?) GROUP BY 1",
        [iso(min(end, now)), *at, when, when, when, when, when, "project", when, when, "urge",
         when, iso(start), iso(end)])}
