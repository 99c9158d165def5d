"""The whole matter a citizen gave about a ticket: what they added to the report later (补充).

Supervisors' readings — the ledger's 诉求内容, /publish's draft — read the report and its 补充
together: a place or a detail given in a reply is part of the matter (refs #10). A correction by
editing the message (amended) is not among them: it replaced the ticket's text already.
"""

from __future__ import annotations

from sqlite_utils import Database


def supplements(db: Database, ticket_id: int) -> list[str]:
    """What the citizen added to the ticket as 补充, oldest first."""
    rows = db.query("SELECT detail FROM events WHERE ticket_id = ? AND actor_role = 'citizen'"
                    " AND action = 'supplement' ORDER BY id", [ticket_id])
    return [r["detail"].strip() for r in rows if r["detail"] and r["detail"].strip()]
