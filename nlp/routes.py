"""Routing tables as TOML files: what `learn` writes and `--routes` / `[nlp] routes` read.

    [settings]                 # optional decision thresholds (nlp.router.Settings)
    min_score = 0.0
    [[units]]
    code = "water"             # a unit code of the config, or any label (the code is the label)
    name = "县水务局"           # optional; the config's name wins for known codes
    [units.keywords]           # keyword → weight; negative weights count against the unit
    "停水" = 2.5
"""

from __future__ import annotations

import dataclasses
import json
import math
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from nlp.lexicon import shipped_keywords
from nlp.router import FALLBACK, Router, Settings, UnitRoute
from nlp.tokenizer import Tokenizer, normalize

__all__ = [
    "NONREPORT", "OPINION", "URGENT_LEARNED", "RouteTable", "RoutesError", "build_router",
    "dump_learned", "dump_routes", "load_learned", "load_routes",
]

# The shipped learned tables are JSON, which the standard library reads in C: as TOML, parsing
# their ~78,000 keywords was most of the router's start-up. Routes files (`learn`) stay TOML.
OPINION = "opinion.json"  # the shipped second opinion for unsure decisions (nlp.opinion)
NONREPORT = "nonreport.json"  # the shipped learned look at non-reports (nlp.nonreport)
URGENT_LEARNED = "urgent_learned.json"  # the shipped learned look at emergencies (nlp.urgent_learned)


class RoutesError(ValueError):
    """A routes file is missing or invalid; the message names the file and the key path."""


@dataclass(frozen=True)
class RouteTable:
    units: tuple[UnitRoute, ...]
    settings: Settings = field(default_factory=Settings)


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError("must be a finite number")
    return float(value)


def _settings(raw: Any) -> Settings:
    if not isinstance(raw, dict):
        raise ValueError("settings: must be a table")
    fields = {f.name: f.type for f in dataclasses.fields(Settings)}
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in fields:
            raise ValueError(f"settings.{key}: unknown key")
        try:
            number = _number(value)
        except ValueError as exc:
            raise ValueError(f"settings.{key}: {exc}") from None
        values[key] = int(number) if fields[key] in ("int", int) else number
    return Settings(**values)


def _unit(raw: Any, path: str) -> UnitRoute:
    if not isinstance(raw, dict):
        raise ValueError(f"{path}: must be a table")
    unknown = set(raw) - {"code", "name", "keywords"}
    if unknown:
        raise ValueError(f"{path}.{sorted(unknown)[0]}: unknown key")
    code = raw.get("code")
    if not isinstance(code, str) or not code.strip():
        raise ValueError(f"{path}.code: must be a non-empty string")
    name = raw.get("name", code)
    if not isinstance(name, str):
        raise ValueError(f"{path}.name: must be a string")
    keywords = raw.get("keywords", {})
    if not isinstance(keywords, dict):
        raise ValueError(f"{path}.keywords: must be a table of keyword = weight")
    pairs = []
    for word, weight in keywords.items():
        if len(word.replace("*", "").strip()) < 2:
            raise ValueError(f"{path}.keywords.{word}: a keyword needs at least 2 characters")
        try:
            pairs.append((normalize(word.strip()), _number(weight)))
        except ValueError as exc:
            raise ValueError(f"{path}.keywords.{word}: {exc}") from None
    return UnitRoute(code.strip(), name.strip() or code.strip(), tuple(pairs))


def load_routes(path: Path) -> RouteTable:
    """Read and check a routes file, or raise RoutesError with one line naming the problem."""
    try:
        with path.open("rb") as file:
            data = tomllib.load(file)
    except FileNotFoundError:
        raise RoutesError(f"{path}: routes file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise RoutesError(f"{path}: not valid TOML ({exc})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RoutesError(f"{path}: cannot read ({exc})") from None
    try:
        unknown = set(data) - {"settings", "units"}
        if unknown:
            raise ValueError(f"{sorted(unknown)[0]}: unknown key")
        raw_units = data.get("units")
        if not isinstance(raw_units, list) or not raw_units:
            raise ValueError("units: at least one [[units]] table is required")
        units = tuple(_unit(raw, f"units[{n}]") for n, raw in enumerate(raw_units))
        codes = [unit.code for unit in units]
        duplicate = next((c for c in codes if codes.count(c) > 1), None)
        if duplicate:
            raise ValueError(f"units: duplicate unit code {duplicate!r}")
        settings = _settings(data.get("settings", {}))
        if not any(unit.keywords for unit in units):
            raise ValueError("no keywords: every message would go to the fallback unit")
    except ValueError as exc:
        raise RoutesError(f"{path}: {exc}") from None
    return RouteTable(units, settings)


def _key(word: str) -> str:
    # JSON string syntax is valid TOML basic-string syntax for keys.
    return json.dumps(word, ensure_ascii=False)


def dump_routes(table: RouteTable, header: Sequence[str] = ()) -> str:
    """Render a routing table as TOML, keywords by descending weight."""
    lines = [f"# {line}" for line in header]
    defaults = Settings()
    changed = {
        f.name: getattr(table.settings, f.name)
        for f in dataclasses.fields(Settings)
        if getattr(table.settings, f.name) != getattr(defaults, f.name)
    }
    if changed:
        lines += ["", "[settings]"] + [f"{key} = {value!r}" for key, value in changed.items()]
    for unit in table.units:
        lines += ["", "[[units]]", f"code = {_key(unit.code)}", f"name = {_key(unit.name)}"]
        lines += ["", "[units.keywords]"]
        ranked = sorted(unit.keywords, key=lambda pair: (-pair[1], pair[0]))
        lines += [f"{_key(word)} = {weight:g}" for word, weight in ranked]
    return "\n".join(lines) + "\n"


def dump_learned(table: RouteTable, header: Sequence[str]) -> str:
    """Render a shipped learned table (nlp.opinion, nlp.nonreport, nlp.urgent_learned) as JSON,
    one keyword a line by descending weight as `dump_routes` writes them, so a relearnt table
    reads as a diff. Its keywords must be in normalize()'s form already (as `learn` gives them):
    loading it at start-up folds none of its ~78,000 keywords again."""
    folded = next((word for unit in table.units for word, _ in unit.keywords
                   if normalize(word) != word), None)
    if folded is not None:
        raise ValueError(f"keyword {folded!r} is not normalised: the router would never match it")
    defaults = Settings()
    changed = {
        f.name: getattr(table.settings, f.name)
        for f in dataclasses.fields(Settings)
        if getattr(table.settings, f.name) != getattr(defaults, f.name)
    }
    units = []
    for unit in table.units:
        ranked = sorted(unit.keywords, key=lambda pair: (-pair[1], pair[0]))
        keywords = "".join(f"\n{_key(word)}: {weight:g}," for word, weight in ranked)
        units.append(f'{{"code": {_key(unit.code)}, "name": {_key(unit.name)}, "keywords": {{'
                     f"{keywords.removesuffix(',')}\n}}}}")
    about = json.dumps(list(header), ensure_ascii=False)
    return f'{{"about": {about},\n"settings": {json.dumps(changed)},\n"units": [\n' + (
        ",\n".join(units) + "\n]}\n")


def load_learned(name: str) -> RouteTable:
    """A shipped learned table (OPINION, NONREPORT or URGENT_LEARNED), as `dump_learned` wrote
    it. Its keywords were checked when it was learned (a test keeps it what the sets give), so
    none is here."""
    data = json.loads(resources.files("nlp").joinpath(name).read_text(encoding="utf-8"))
    units = tuple(
        UnitRoute(raw["code"], raw["name"],
                  tuple((word, float(weight)) for word, weight in raw["keywords"].items()))
        for raw in data["units"]
    )
    return RouteTable(units, _settings(data["settings"]))


def build_router(
    units: Iterable[tuple[str, str, Iterable[str]]],
    routes: Path | None = None,
    *,
    tokenizer: Tokenizer | None = None,
) -> Router:
    """The router for configured (code, name, keywords) units, or for a routes file replacing
    their keywords. Without one, a unit with a standard code has its shipped remit lexicon under
    its config keywords (nlp.lexicon). With a routes file its units are routed to, named as in
    the config when the code is a unit's; the configured fallback unit stays available. Raises
    RoutesError or ValueError (a bad config keyword) with a one-line message. The shipped hand
    table asks the shipped second opinion (nlp.opinion) when it is unsure, and the shipped
    non-report table (nlp.nonreport) when a message says little of any unit, and the shipped
    emergency table (nlp.urgent_learned) when the hand signs find no emergency; a routes file
    decides alone."""
    units = list(units)
    if routes is None:
        merged = [(code, name, [*shipped_keywords(code), *keywords]) for code, name, keywords in units]
        return Router.from_units(merged, tokenizer=tokenizer,
                                 opinion=_shipped_opinion({code for code, _, _ in units}, tokenizer),
                                 nonreport=_shipped(NONREPORT, tokenizer),
                                 urgent=_shipped(URGENT_LEARNED, tokenizer))
    table = load_routes(routes)
    names = {code: name for code, name, _ in units}
    chosen = [UnitRoute(u.code, names.get(u.code, u.name), u.keywords) for u in table.units]
    if FALLBACK in names and all(u.code != FALLBACK for u in chosen):
        chosen.append(UnitRoute(FALLBACK, names[FALLBACK]))
    return Router(chosen, settings=table.settings, tokenizer=tokenizer)


def _shipped_opinion(codes: set[str], tokenizer: Tokenizer | None) -> Router | None:
    """The shipped second opinion over the configured unit codes (None when it knows none)."""
    table = load_learned(OPINION)
    chosen = [unit for unit in table.units if unit.code in codes]
    return Router(chosen, settings=table.settings, tokenizer=tokenizer) if chosen else None


def _shipped(name: str, tokenizer: Tokenizer | None) -> Router:
    """A shipped two-class table: noise/report (nlp.nonreport) or urgent/calm
    (nlp.urgent_learned)."""
    table = load_learned(name)
    return Router(table.units, settings=table.settings, tokenizer=tokenizer)
