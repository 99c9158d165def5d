"""What the subcommands share: the one-line user error, loading the config, opening the store,
reading the county's clock, dates and moments, and showing HTML texts in a terminal."""

from __future__ import annotations

import argparse
import datetime as dt
import html
import re
import sqlite3
from pathlib import Path

from bot.config import Config, ConfigFileError, load_config
from bot.store.db import Store, read_clock
from bot.texts import for_operators
from nlp.router import RouteResult

USAGE_EXIT = 2
_TAG = re.compile(r"<[^>]+>")


class CliError(Exception):
    """A user error: printed as one line, exit code 2."""


class NoRouter:
    """Commands that never route text (follow-up, people); a desk needs something there."""

    def route(self, text: str) -> RouteResult:
        raise RuntimeError("no routing in this command")

    def noise_topic(self, text: str) -> str:
        raise RuntimeError("no routing in this command")


def default_config_path() -> Path:
    """`config.toml` in the working folder, else `config.example.toml`."""
    own = Path.cwd() / "config.toml"
    return own if own.exists() else Path.cwd() / "config.example.toml"


def config_from(args: argparse.Namespace) -> Config:
    """Load the config named by --config (or the default one)."""
    if getattr(args, "config", None):
        return load_config(Path(args.config))
    path = default_config_path()
    if not path.exists():  # neither file in this folder: say what was looked for
        raise ConfigFileError([f"no config.toml or config.example.toml in {path.parent}: pass"
                           " --config PATH (copy config.example.toml to start one)"])
    return load_config(path)


def open_store(config: Config, *, reading: bool = False) -> Store:
    """The county's database (safe beside the running bot: WAL lets a second connection write
    one short transaction); `reading`: one that cannot be written is opened to read."""
    path = config.storage.database
    try:
        return Store.open(path)
    except (sqlite3.Error, OSError) as exc:
        if not path.exists():
            raise CliError(f"database {path}: {exc}") from None
        try:  # SQLite's own "unable to open database file" hides that it only cannot write
            store = Store.read_only(path)
        except (sqlite3.Error, OSError):
            raise CliError(f"database {path}: {exc}") from None
    if reading:
        return store
    store.close()
    raise CliError(for_operators.read_only_database(str(path)))


def county_now(config: Config) -> dt.datetime:
    """The county's clock (`Store.now()`), or real time while there is no database yet."""
    return read_clock(config.storage.database)


def parse_date(value: str, flag: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise CliError(f"{flag} {value!r}: expected a date like 2026-11-27") from None


def parse_moment(value: str, config: Config) -> dt.datetime:
    """--now: ISO 8601; a time without a zone is county time."""
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise CliError(f"--now {value!r}: expected ISO 8601, like 2026-11-27T08:30+08:00") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=config.county.tz)
    return moment.astimezone(dt.UTC)


def plain(text: str) -> str:
    """HTML message text as a terminal shows it."""
    return html.unescape(_TAG.sub("", text))
