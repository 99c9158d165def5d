"""What the bot's loops share: backoff, Telegram refusing the bot, and a loop that never dies.

`supervise` runs a loop and restarts it after an unexpected error: each kind of error is logged
once (with its traceback, the first time), so a bug shows up in the log without flooding it, and
the bot goes on polling, processing and sending. Only `Fatal` stops the bot.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import random
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.error import EndPointNotFound, InvalidToken, RetryAfter

log = logging.getLogger(__name__)

# Telegram refusing the token. Once the bot is initialised, PTB's do_api_request reports a 401 as
# EndPointNotFound (it cannot tell a revoked token from an unknown method); ours all exist.
REFUSED = (InvalidToken, EndPointNotFound)


class Fatal(Exception):
    """The bot cannot go on (token revoked, another consumer for over a minute): stop with one
    clear line."""


def backoff(attempt: int, cap: float = 60.0) -> float:
    """Exponential backoff with jitter: 1, 2, 4 … seconds, at most `cap`, for any attempt."""
    exponent = min(max(0, attempt - 1), 30)  # 2**30 s is past any cap; never an OverflowError
    return min(cap, 2.0 ** exponent) * (0.75 + random.random() / 2)


def retry_after(exc: RetryAfter) -> float:
    value = exc.retry_after  # a timedelta: handlers.app.run opts in with PTB_TIMEDELTA
    return max(1.0, value.total_seconds() if isinstance(value, dt.timedelta) else float(value))


class Trouble:
    """Unexpected errors of one loop: each kind logged once, then only counted."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.seen: set[tuple[str, str]] = set()
        self.failures = 0

    def report(self, exc: BaseException) -> float:
        """Log `exc` if it is new; returns how long to wait before going on."""
        self.failures += 1
        kind = (type(exc).__name__, str(exc)[:200])
        if kind not in self.seen:
            self.seen.add(kind)
            log.error("%s loop: unexpected error (logged once; the loop goes on)", self.name,
                      exc_info=exc)
        return backoff(self.failures, cap=30)


async def supervise(name: str, loop: Callable[[], Coroutine[Any, Any, None]]) -> None:
    """Run `loop()` until it returns or raises Fatal; restart it after any other error."""
    trouble = Trouble(name)
    while True:
        try:
            await loop()
            return
        except Fatal:
            raise
        except Exception as exc:  # a bug must not stop citizens' messages: log it, go on
            await asyncio.sleep(trouble.report(exc))
