"""CLI subcommands for operators: `run`, `backup`."""

from __future__ import annotations

import argparse
import logging
import sqlite3
from pathlib import Path
from typing import Any

from bot.cli import CliError, config_from
from bot.config import runtime_problems
from bot.store import InstanceLocked, Store


def _run(args: argparse.Namespace) -> int:
    """Run the bot until SIGINT or SIGTERM."""
    from bot import app

    config = config_from(args)
    problems = runtime_problems(config)
    if problems:
        raise CliError(problems[0])
    _redact_in_logs(config.telegram.token)
    logging.getLogger("telegram").setLevel(logging.WARNING)
    # PTB logs a traceback when a 502 page from a proxy is not JSON; the transport loop logs
    # the same failure as one warning line and retries.
    logging.getLogger("telegram.request").setLevel(logging.CRITICAL)
    try:
        app.run(config)
    except InstanceLocked:
        raise CliError(f"another bot is already running on {config.storage.database}") from None
    except app.StartupError as exc:
        raise CliError(str(exc)) from None
    except (sqlite3.Error, OSError) as exc:
        raise CliError(f"database {config.storage.database}: {exc}") from None
    return 0


class _Redacting(logging.Formatter):
    """Replaces the token wherever it would be written (PTB's reprs and errors quote it)."""

    def __init__(self, fmt: str | None, secret: str) -> None:
        super().__init__(fmt)
        self.secret = secret

    def format(self, record: logging.LogRecord) -> str:
        return super().format(record).replace(self.secret, "[token]")


def _redact_in_logs(token: str) -> None:
    for handler in logging.getLogger().handlers:
        fmt = handler.formatter._fmt if handler.formatter else None
        handler.setFormatter(_Redacting(fmt, token))


def _backup(args: argparse.Namespace) -> int:
    """Write a consistent copy of the live database."""
    config = config_from(args)
    if not config.storage.database.exists():
        raise CliError(f"no database at {config.storage.database}")
    store = Store.open(config.storage.database)
    try:
        store.backup(Path(args.out))
    except (sqlite3.Error, OSError) as exc:
        raise CliError(f"backup to {args.out} failed: {exc}") from None
    finally:
        store.close()
    print(args.out)
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    sub.add_parser("run", parents=[common], help="run the bot").set_defaults(func=_run)
    backup = sub.add_parser("backup", parents=[common], help="copy the database safely")
    backup.add_argument("--out", required=True, metavar="FILE")
    backup.set_defaults(func=_backup)
