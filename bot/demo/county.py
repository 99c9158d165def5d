"""The demo's county: who is in it (a citizen, one staff member per unit, a supervisor), the
chats they share (a group per unit, the public channel), and the config the real bot runs on —
the operator's own, pointed at the loopback Bot API."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.config import Config
from bot.sandbox import FakeBotAPI

CITIZEN = 10001
NEIGHBOUR = 10002  # whose message the citizen forwards to the bot
SUPERVISOR = 30001
_STAFF = 20001  # + the unit's index
_GROUP = -1001000000001  # - the unit's index
_SUPERGROUP = -1002000000001  # - the unit's index: its group once upgraded to a supergroup
CHANNEL = -1009000000001


@dataclass(frozen=True)
class Cast:
    """The demo's people and chats, by unit code where they belong to a unit."""

    citizen: int
    supervisor: int
    staff: dict[str, int]
    groups: dict[str, int]  # the group each unit has now (it moves when upgraded)
    channel: int
    units: tuple[tuple[str, str], ...]  # (code, name), in config order
    neighbour: int = NEIGHBOUR

    def supergroup(self, code: str) -> int:
        """The id a unit's group gets when it is upgraded to a supergroup."""
        return _SUPERGROUP - [c for c, _ in self.units].index(code)


def cast_for(config: Config) -> Cast:
    codes = [u.code for u in config.units]
    return Cast(CITIZEN, SUPERVISOR, {c: _STAFF + i for i, c in enumerate(codes)},
                {c: _GROUP - i for i, c in enumerate(codes)}, CHANNEL,
                tuple((u.code, u.name) for u in config.units))


def populate(fake: FakeBotAPI, cast: Cast, config: Config) -> None:
    """Register the demo's people and chats with the fake Bot API."""
    fake.add_user(cast.citizen, first_name="王晓梅", username="wang_xiaomei")
    fake.add_user(cast.supervisor, first_name="县督查室", username="county_supervisor")
    fake.add_user(cast.neighbour, first_name="李大爷")
    for code, name in cast.units:
        fake.add_user(cast.staff[code], first_name=f"{name}工作人员", username=f"staff_{code}")
        fake.add_group(cast.groups[code], f"{name}工作群", "group")  # upgradable, as most start
    fake.add_channel(cast.channel, f"{config.county.name}·金来办、今天办", username="jinlaiban_today")


DATABASE = "intake.db"  # in the demo's folder


def overrides(config: Config, fake: FakeBotAPI, cast: Cast, folder: Path) -> dict[str, Any]:
    """What the demo changes in the operator's config: the Bot API, the database, the chats."""
    values: dict[str, Any] = {
        "telegram.base_url": fake.base_url,
        "telegram.base_file_url": fake.base_file_url,
        "storage.database": str(folder / DATABASE),
        "publish.channel_id": cast.channel,
        **{f"units.{code}.chat_id": chat for code, chat in cast.groups.items()},
    }
    if config.nlp.routes is not None:  # relative to the original file's folder
        values["nlp.routes"] = str(config.nlp.routes)
    return values


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return str(value)


_HEADER = re.compile(r"^\s*\[\[?\s*([A-Za-z_]+)\s*\]\]?")
_UNIT_CODE = re.compile(r"""^\s*code\s*=\s*["']([A-Za-z0-9_]+)["']""")
_KEY = re.compile(r"^\s*([A-Za-z_]+)\s*=")


def rewrite(text: str, values: Mapping[str, Any]) -> str:
    """A TOML config's text with `section.key` (or `units.CODE.key`) set to each value: the line
    is replaced where the key is written, added to its table where not (a missing section is
    added at the end). Comments and everything else stay as they are."""
    pending = dict(values)
    tables: list[tuple[str, list[str]]] = [("", [])]  # (name, lines), in file order
    for line in text.splitlines():
        if header := _HEADER.match(line):
            tables.append((header[1], [line]))
        else:
            tables[-1][1].append(line)
    out: list[str] = []
    for section, lines in tables:
        unit = next((m[1] for line in lines if (m := _UNIT_CODE.match(line))), "")
        prefix = f"units.{unit}." if section == "units" else f"{section}."
        for line in lines:
            key = _KEY.match(line)
            name = prefix + key[1] if key and section else ""
            if name in pending:
                line = f"{key[1] if key else ''} = {toml_value(pending.pop(name))}"
            out.append(line)
        mine = [k for k in pending if k.startswith(prefix) and "." not in k[len(prefix):]]
        if section and mine:
            while out and not out[-1].strip():  # keep the new keys inside their table
                out.pop()
            out += [f"{k[len(prefix):]} = {toml_value(pending.pop(k))}" for k in mine] + [""]
    for section in dict.fromkeys(k.split(".")[0] for k in pending if not k.startswith("units.")):
        out += ["", f"[{section}]"] + [f"{k.split('.', 1)[1]} = {toml_value(pending.pop(k))}"
                                       for k in list(pending) if k.split(".")[0] == section]
    if pending:
        raise ValueError(f"no table for {', '.join(sorted(pending))}")
    return "\n".join(out) + "\n"
