"""What units asked citizens (a /reply, kept as a `reply` event), for the answers that follow."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from bot.domain.tickets import FINISHED, Ticket, iso
from bot.store.tickets import OPEN_SQL


def replies_since(db: Database, citizen_id: int, since: dt.datetime, finished: bool = False
                  ) -> list[tuple[Ticket, str, dt.datetime]]:
    """The citizen's open tickets (and `finished` ones: 办结, 回访 done) a unit replied on since
    `since`, each with its last reply's words and time, the latest reply first."""
    states = f"(t.{OPEN_SQL} OR t.state IN ({', '.join(repr(s.value) for s in FINISHED)}))" \
        if finished else f"t.{OPEN_SQL}"
    rows = db.query(
        "SELECT t.*, e.detail AS reply_text, e.at AS reply_at FROM tickets t JOIN events e"
        " ON e.ticket_id = t.id AND e.action = 'reply' AND e.actor_role = 'staff'"
        f" WHERE t.citizen_id = ? AND e.at >= ? AND {states}"
        " AND e.id = (SELECT max(id) FROM events WHERE ticket_id = t.id AND action = 'reply')"
        " ORDER BY e.id DESC", [citizen_id, iso(since)])
    return [(Ticket.from_row({k: v for k, v in r.items() if k not in ("reply_text", "reply_at")}),
             r["reply_text"] or "", dt.datetime.fromisoformat(r["reply_at"])) for r in rows]

