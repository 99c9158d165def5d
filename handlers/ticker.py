"""The running bot's follow-up clock: `followup.run_due` now, then at the start of every minute.

Preferred to PTB's JobQueue, whose 1 s misfire grace silently skips a job after a stall: the
tick asks the store what is due, so a late or missed tick (or a bot that was down) catches up.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time

from bot.actions import followup
from bot.actions.desk import Desk
from bot.store.db import StorageWatch

log = logging.getLogger(__name__)

PERIOD = 60.0  # seconds


async def run(desk: Desk, watch: StorageWatch | None = None, lock: asyncio.Lock | None = None
              ) -> None:
    """Tick forever; a failing tick is logged and retried at the next minute."""
    watch = watch or StorageWatch()
    lock = lock or asyncio.Lock()
    while True:
        try:
            async with lock:
                followup.run_due(desk, desk.now())
        except (sqlite3.OperationalError, OSError) as exc:  # disk full, read-only: not a bug
            watch.failed("running the follow-up tick", exc)
        except Exception:  # the clock must keep going; the work it missed is found next time
            log.exception("follow-up tick failed")
        await asyncio.sleep(PERIOD - time.time() % PERIOD + 0.05)
