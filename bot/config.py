"""Configuration: TOML file → frozen dataclasses, every problem named by its key path."""

from __future__ import annotations

import datetime as dt
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot import config_rules
from bot.config_hints import full_width_hint, token_hint
from bot.config_values import (
    Check,
    EntryProblems,
    _clock,
    _close_of_business,
    _code,
    _dates,
    _integer,
    _keywords,
    _nonempty_text,
    _number,
    _text,
    _timezone,
    _url,
    _user_ids,
)

TOKEN_ENV = "INTAKE_BOT_TOKEN"
FALLBACK_UNIT = "hotline"
_UNIT_CODE = re.compile(r"[A-Za-z0-9_-]{1,32}")
_TOKEN = re.compile(r"[0-9]+:[A-Za-z0-9_-]+")


class ConfigError(Exception):
    """The configuration has problems; each is one line starting with its key path."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


class ConfigFileError(ConfigError):
    """No config could be read at all (missing, unreadable, not TOML): one problem, the file's."""


@dataclass(frozen=True)
class TelegramConfig:
    token: str = field(default="", repr=False)
    token_from: str = "telegram.token"  # where the token was given: the key, or TOKEN_ENV
    base_url: str = "https://api.telegram.org/bot"
    base_file_url: str = "https://api.telegram.org/file/bot"
    max_per_second: float = 30
    per_chat_per_second: float = 1
    per_group_per_minute: float = 20


@dataclass(frozen=True)
class StorageConfig:
    database: Path = Path("data/intake.db")
    inbox_days: int = 30  # raw updates (what people typed, group chatter) kept this long


@dataclass(frozen=True)
class CountyConfig:
    name: str = "金乡县"
    timezone: str = "Asia/Shanghai"
    gas_hotline: str = ""  # the gas company's repair line, told in emergencies

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass(frozen=True)
class DeadlinesConfig:
    accept_hours: float = 24
    normal_working_days: int = 5
    urgent_hours: float = 24
    remind_before_hours: float = 24
    urge_after_working_days: int = 2
    report_after_working_days: int = 5
    visit_after_hours: float = 24
    workday_end: dt.time = dt.time(18, 0)  # a deadline in working days ends at this local time


@dataclass(frozen=True)
class CalendarConfig:
    """County days over the national calendar (which comes from the `holidays` package)."""

    holidays: frozenset[dt.date] = frozenset()  # county days off
    workdays: frozenset[dt.date] = frozenset()  # county working days


@dataclass(frozen=True)
class DigestConfig:
    time: dt.time = dt.time(8, 30)


@dataclass(frozen=True)
class PeopleConfig:
    supervisors: frozenset[int] = frozenset()
    invite_hours: float = 72


@dataclass(frozen=True)
class PublishConfig:
    channel_id: int = 0


@dataclass(frozen=True)
class IntakeConfig:
    photo_wait_minutes: float = 5  # a photo without words waits this long for its description
    flood_per_minute: int = 20  # a citizen over this gets one reply per burst; 0 = off


@dataclass(frozen=True)
class NlpConfig:
    routes: Path | None = None


@dataclass(frozen=True)
class Unit:
    code: str
    name: str
    keywords: tuple[str, ...]
    chat_id: int = 0


@dataclass(frozen=True)
class Config:
    path: Path
    units: tuple[Unit, ...]
    telegram: TelegramConfig = TelegramConfig()
    storage: StorageConfig = StorageConfig()
    county: CountyConfig = CountyConfig()
    deadlines: DeadlinesConfig = DeadlinesConfig()
    calendar: CalendarConfig = CalendarConfig()
    digest: DigestConfig = DigestConfig()
    people: PeopleConfig = PeopleConfig()
    publish: PublishConfig = PublishConfig()
    intake: IntakeConfig = IntakeConfig()
    nlp: NlpConfig = NlpConfig()

    def unit(self, code: str) -> Unit | None:
        """Return the unit with this code, or None."""
        return next((u for u in self.units if u.code == code), None)


# --- validation -------------------------------------------------------------------------------

SCHEMA: dict[str, dict[str, Check]] = {
    "telegram": {
        "token": _text, "base_url": _url, "base_file_url": _url,
        "max_per_second": _number(0, 1000), "per_chat_per_second": _number(0, 100),
        "per_group_per_minute": _number(0, 6000),
    },
    "storage": {"database": _nonempty_text, "inbox_days": _integer(1, 3650)},
    "county": {"name": _nonempty_text, "timezone": _timezone, "gas_hotline": _text},
    "deadlines": {
        # Ranges a county office could mean; past them a value is a typo (100000 days).
        "accept_hours": _number(0.01, 720),
        "normal_working_days": _integer(1, 60),
        "urgent_hours": _number(0.01, 168),
        "remind_before_hours": _number(0, 24 * 366),  # shorter than the limit: config_rules
        "urge_after_working_days": _integer(0, 60),
        "report_after_working_days": _integer(0, 60),
        "visit_after_hours": _number(0, 720),
        "workday_end": _close_of_business,
    },
    "calendar": {"holidays": _dates, "workdays": _dates},
    "digest": {"time": _clock},
    "people": {"supervisors": _user_ids, "invite_hours": _number(0.01, 24 * 366)},
    "publish": {"channel_id": _integer()},
    "intake": {"photo_wait_minutes": _number(0, 24 * 60), "flood_per_minute": _integer(0, 10_000)},
    "nlp": {"routes": _text},
}
UNIT_SCHEMA: dict[str, Check] = {
    "code": _code,
    "name": _nonempty_text,
    "keywords": _keywords,
    "chat_id": _integer(),
}
UNIT_REQUIRED = ("code", "name", "keywords")


def _section(raw: Any, path: str, schema: dict[str, Check], problems: list[str]) -> dict[str, Any]:
    """Check one table against its schema; append problems; return the converted values."""
    if not isinstance(raw, dict):
        problems.append(f"{path}: must be a table")
        return {}
    values: dict[str, Any] = {}
    for key, value in raw.items():
        check = schema.get(key)
        if check is None:
            problems.append(f"{path}.{key}: unknown key")
            continue
        try:
            values[key] = check(value)
        except EntryProblems as exc:
            problems.extend(f"{path}.{key}[{index}]: {why}" for index, why in exc.entries)
        except ValueError as exc:
            problems.append(f"{path}.{key}: {exc}")
    return values


def _units(raw: Any, problems: list[str]) -> tuple[Unit, ...]:
    if not isinstance(raw, list) or not raw:
        problems.append("units: at least one [[units]] table is required")
        return ()
    units: list[Unit] = []
    seen: set[str] = set()
    for index, item in enumerate(raw):
        path = f"units[{index}]"
        values = _section(item, path, UNIT_SCHEMA, problems)
        if isinstance(item, dict):
            problems.extend(f"{path}.{k}: missing" for k in UNIT_REQUIRED if k not in item)
        if not all(k in values for k in UNIT_REQUIRED):
            continue
        code = values["code"]
        if code in seen:
            problems.append(f"{path}.code: duplicate unit code {code!r}")
            continue
        seen.add(code)
        units.append(Unit(**values))
    if units and FALLBACK_UNIT not in seen:
        problems.append(f"units: a unit with code {FALLBACK_UNIT!r} is required (manual dispatch)")
    return tuple(units)


def parse_config(data: dict[str, Any], path: Path, env: Mapping[str, str] | None = None) -> Config:
    """Build a Config from parsed TOML, or raise ConfigError listing every problem."""
    if env is None:
        env = os.environ
    problems: list[str] = []
    known = {*SCHEMA, "units"}
    problems.extend(f"{key}: unknown key" for key in data if key not in known)
    sections = {
        name: _section(data.get(name, {}), name, schema, problems)
        for name, schema in SCHEMA.items()
    }
    units = _units(data.get("units"), problems)
    problems += config_rules.between(sections, data.get("units"), DeadlinesConfig())
    if problems:
        raise ConfigError(problems)

    folder = path.parent
    telegram = sections["telegram"]
    if env.get(TOKEN_ENV):
        telegram["token"], telegram["token_from"] = env[TOKEN_ENV], TOKEN_ENV
    storage = sections["storage"]
    if "database" in storage:
        storage["database"] = folder / storage["database"]
    else:
        storage["database"] = folder / StorageConfig.database
    routes = sections["nlp"].get("routes", "")
    return Config(
        path=path,
        units=units,
        telegram=TelegramConfig(**telegram),
        storage=StorageConfig(**storage),
        county=CountyConfig(**sections["county"]),
        deadlines=DeadlinesConfig(**sections["deadlines"]),
        calendar=CalendarConfig(**sections["calendar"]),
        digest=DigestConfig(**sections["digest"]),
        people=PeopleConfig(**sections["people"]),
        publish=PublishConfig(**sections["publish"]),
        intake=IntakeConfig(**sections["intake"]),
        nlp=NlpConfig(routes=folder / routes if routes else None),
    )


def load_config(path: Path, env: Mapping[str, str] | None = None) -> Config:
    """Read and validate a TOML config file."""
    try:
        data = _read_toml(path)
    except FileNotFoundError:
        raise ConfigFileError([f"{path}: config file not found"]) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigFileError([f"{path}: not valid TOML ({exc})"
                               + full_width_hint(path, str(exc))]) from None
    except UnicodeDecodeError:
        raise ConfigFileError([f"{path}: not UTF-8 text (save it as UTF-8, e.g. not GBK)"]) from None
    except OSError as exc:
        raise ConfigFileError([f"{path}: cannot read ({exc.strerror})"]) from None
    return parse_config(data, path.resolve(), env)


def _read_toml(path: Path) -> dict[str, Any]:
    """A TOML file's tables; a UTF-8 byte-order mark, as Windows Notepad saves one, is read past
    (TOML itself refuses it: "Invalid statement (at line 1, column 1)")."""
    return tomllib.loads(path.read_bytes().decode("utf-8").removeprefix("\ufeff"))


def readable_token_file(path: Path) -> int | None:
    """The mode of a config file that holds the bot token and that group or others may read
    (it must be its owner's only: chmod 600), or None."""
    try:
        mode = path.stat().st_mode & 0o777
        token = _read_toml(path).get("telegram", {}).get("token")
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError, AttributeError):
        return None
    return mode if token and mode & 0o077 else None


def runtime_problems(config: Config) -> list[str]:
    """Problems that only matter for running the bot (not for routing or reports)."""
    problems = []
    if not config.telegram.token:
        problems.append(f"telegram.token: missing (set it in the config or in {TOKEN_ENV})")
    elif not _TOKEN.fullmatch(config.telegram.token):  # never echo the token itself
        problems.append(f"{config.telegram.token_from}: not a bot token as @BotFather gives it"
                        " (digits, a colon, then letters, digits, - and _)"
                        + token_hint(config.telegram.token))
    return problems
