"""CLI subcommands for operators: `check-config`, `run`, `backup`."""

from __future__ import annotations

import argparse
import logging
import sqlite3
from pathlib import Path
from typing import Any

from bot.actions import bindings
from bot.cli.common import USAGE_EXIT, CliError, config_from, county_now, open_store
from bot.config import Config, ConfigError, ConfigFileError, readable_token_file, runtime_problems
from bot.domain import chats
from bot.domain.calendar import calendar_of, national_repeats
from bot.routing import load_router
from bot.store.db import InstanceLocked, Store
from bot.texts import for_operators


def _check_config(args: argparse.Namespace) -> int:
    """Validate the config; print each problem with its key path."""
    try:
        config = config_from(args)
    except ConfigFileError:
        raise  # no config to check: one `error:` line, as every command says it
    except ConfigError as exc:
        for problem in exc.problems:
            print(problem)
        return USAGE_EXIT
    clashes = chats.clashes(config)
    problems = runtime_problems(config) + _chat_problems(clashes)
    try:  # keyword syntax and a learned table are only checked by building the router
        router = load_router(config)
    except ConfigError as exc:
        problems += exc.problems
    else:
        strangers = sorted(set(router.codes) - {unit.code for unit in config.units})
        if strangers:  # a table learned on other labels: the bot would send them to the hotline
            problems.append(f"nlp.routes: units that are not in the config: "
                            f"{', '.join(strangers[:10])} (the bot would pass their messages to"
                            f" the hotline)")
    for problem in problems:
        print(problem)
    warnings = _calendar_warnings(config) + [
        for_operators.chat_warning(c.kind, c.path, c.chat_id, c.other)
        for c in clashes if not c.refused] + _removed_unit_warnings(config) + _font_warnings()
    for warning in warnings:  # printed, but they do not fail the check
        print(warning)
    mode = readable_token_file(config.path)
    if mode is not None:
        print(for_operators.token_file_warning(config.path, mode))
    if problems:
        return USAGE_EXIT
    print(f"{config.path}: ok ({len(config.units)} units)")
    return 0


def _chat_problems(clashes: list[chats.Clash]) -> list[str]:
    return [for_operators.chat_problem(c.kind, c.path, c.chat_id, c.other)
            for c in clashes if c.refused]


def _removed_unit_warnings(config: Config) -> list[str]:
    """Units that tickets in the database name but the config no longer has, and staff bound
    to such a unit."""
    path = config.storage.database
    if not path.exists():
        return []
    try:
        store = Store.read_only(path)
    except (sqlite3.Error, OSError):
        return []  # `run` says what is wrong with the database itself
    try:
        return bindings.warnings(store.db, config, store.now())
    finally:
        store.close()


def _font_warnings() -> list[str]:
    """No CJK font for the digest chart's Chinese (found as the chart finds it: matplotlib's
    font list, with the system's fonts looked up again)."""
    from bot.reports.chart import cjk_font  # matplotlib: loaded only for this check

    return [] if cjk_font() else [for_operators.NO_CJK_FONT]


def _calendar_warnings(config: Config) -> list[str]:
    """Warnings: the next 60 days (county clock) lack the State Council's 调休 schedule; county
    days repeat national ones."""
    today = county_now(config).astimezone(config.county.tz).date()
    calendar = calendar_of(config)
    gap = calendar.gap(today)
    warnings = [for_operators.calendar_warning(gap, calendar.national_source)] if gap else []
    return warnings + [for_operators.calendar_repeats(key, days, calendar.national_source)
                       for key, days in national_repeats(config).items()]


def _run(args: argparse.Namespace) -> int:
    """Run the bot until SIGINT or SIGTERM."""
    from handlers import app  # Telegram loads only for the bot itself

    config = config_from(args)
    problems = runtime_problems(config) + _chat_problems(chats.clashes(config))
    if problems:
        raise CliError(problems[0])
    _redact_in_logs(config.telegram.token)
    mode = readable_token_file(config.path)
    if mode is not None:
        logging.getLogger(__name__).warning("%s", for_operators.token_file_warning(config.path,
                                                                                  mode))
    logging.getLogger("telegram").setLevel(logging.WARNING)
    # PTB logs a traceback when a 502 page from a proxy is not JSON; the transport loop logs
    # the same failure as one warning line and retries.
    logging.getLogger("telegram.request").setLevel(logging.CRITICAL)
    try:
        app.run(config)
    except InstanceLocked as exc:
        who = f"process {exc.holder}, " if exc.holder is not None else ""
        raise CliError(f"another bot is already running on {config.storage.database} ({who}the"
                       " same database file, under this or another path)") from None
    except app.StartupError as exc:  # PTB's errors may quote the request URL, token and all
        token = config.telegram.token
        raise CliError(str(exc).replace(token, "[token]") if token else str(exc)) from None
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
    if Path(args.out).exists():
        raise CliError(f"--out {args.out}: exists; a backup never overwrites (choose a new name)")
    store = open_store(config, reading=True)  # a backup only reads: a read-only copy will do
    try:
        store.backup(Path(args.out))
    except (sqlite3.Error, OSError) as exc:
        raise CliError(f"backup to {args.out} failed: {exc}") from None
    finally:
        store.close()
    print(args.out)
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    sub.add_parser(
        "check-config", parents=[common], help="validate the config"
    ).set_defaults(func=_check_config)
    sub.add_parser("run", parents=[common], help="run the bot").set_defaults(func=_run)
    backup = sub.add_parser("backup", parents=[common], help="copy the database safely")
    backup.add_argument("--out", required=True, metavar="FILE",
                        help="where to write the copy (a new file: a backup never overwrites)")
    backup.set_defaults(func=_backup)
