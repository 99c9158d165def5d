"""The whole matter a citizen gave about a ticket: what they added to the report later (补充).

Supervisors' readings — the ledger's 诉求内容, /publish's draft — read the report and its 补充
together: a place or a detail given in a reply is part of the matter (refs #10). A correction by
editing the message (amended) is not among them: it replaced the ticket's text already. A 补充
the citizen corrected by editing its message (supplement_amended, old → new) is read as corrected.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database


def supplements(db: Database, ticket_id: int,
                placeholder: Callable[[str], str] | None = None) -> list[str]:
    """What the citizen added to the ticket as 补充, oldest first. With the `placeholder` a
    wordless 补充 of each kind was kept as (（照片）), media moved to a new ticket by the words
    after them (bot/actions/media.take_trailers) are that ticket's 补充, first, and no longer
    this one's."""
    rows = db.query("SELECT detail FROM events WHERE ticket_id = ? AND actor_role = 'citizen'"
                    " AND action = 'supplement' ORDER BY id", [ticket_id])
    said = [r["detail"].strip() for r in rows if r["detail"] and r["detail"].strip()]
    for row in db.query("SELECT old, new FROM events WHERE ticket_id = ? AND action ="
                        " 'supplement_amended' ORDER BY id", [ticket_id]):
        if (old := (row["old"] or "").strip()) in said and (new := (row["new"] or "").strip()):
            said[said.index(old)] = new  # 北关村二组 → 南关村二组，不是北关
    if placeholder is None:
        return said
    for row in db.query("SELECT detail FROM events WHERE ticket_id = ? AND action = 'media_moved'"
                        " ORDER BY id", [ticket_id]):
        if (gone := placeholder(row["detail"] or "")) in said:
            said.remove(gone)
    came = db.query("SELECT e.detail FROM events e JOIN tickets t ON e.new = t.number WHERE"
                    " t.id = ? AND e.action = 'media_moved' ORDER BY e.id", [ticket_id])
    return [placeholder(r["detail"] or "") for r in came] + said


def has_supplement(db: Database, ticket_id: int, words: str) -> bool:
    """Whether the ticket holds `words` as a 补充 already (an edited answer kept once)."""
    return any((r["detail"] or "").strip() == words for r in db.query(
        "SELECT detail FROM events WHERE ticket_id = ? AND action = 'supplement'", [ticket_id]))
