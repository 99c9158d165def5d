"""What is kept, and for how long: files sent and old raw updates do not stay.

Run with the follow-up work (bot/actions/followup.py): report files (`/ledger` ledgers, digest
charts) are deleted once the outbox has sent them (or given up), and the raw payloads of updates
older than `[storage] inbox_days` are emptied. The delivery loop (handlers/delivery.py) reads a
document when it sends it, so a file is only ever removed when no queued message still needs it.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from bot.actions.desk import Desk
from bot.store import files, inbox

log = logging.getLogger(__name__)

# A report file is written before the message that carries it is queued: one this young may
# not have its outbox row yet.
GRACE = dt.timedelta(minutes=10)


def tidy(desk: Desk, folder: Path, now: dt.datetime) -> tuple[int, int]:
    """Delete report files nothing waits for; empty old inbox payloads. Returns (files, updates)."""
    removed = 0
    if folder.is_dir():
        waiting = files.waiting_documents(desk.db)
        cutoff = (desk.store.wall() - GRACE).timestamp()  # files are stamped in real time
        for path in folder.iterdir():
            if path.is_file() and str(path) not in waiting and path.stat().st_mtime < cutoff:
                path.unlink(missing_ok=True)
                removed += 1
    pruned = inbox.prune(desk.db, now - dt.timedelta(days=desk.config.storage.inbox_days))
    if removed or pruned:
        log.info("retention: %d sent report files deleted, %d old update payloads emptied",
                 removed, pruned)
    return removed, pruned
