"""Does learning from the county voices generalise to a new author? Leave one author out.

The held-out county sets (`benchmarks/fresh/county_fresh*.tsv`) were each written by one author
who had not read the router. For each of them in turn, the three learned tables (nlp.opinion,
nlp.nonreport, nlp.urgent_learned) are learned in this process from the routing sets and the
other county sets (leaving out any row whose text the held-out set has), and the held-out set is
routed with them; beside it, with the tables learned from the routing sets alone. Nothing is
written but the optional cache; only aggregates are printed, never a row.

    python benchmarks/fresh_cv.py [--sets DIR] [--fresh DIR] [--cache DIR] [--folds 1,2,...]
                                  [--set KNOB=VALUE ...] [--sweep]

Learning takes about a minute a fold (seventeen: sixteen folds and the routing sets alone);
`--cache DIR` keeps each fold's tables there, keyed by what they learned from, so a second run
learns nothing (`--folds` names the sets to hold out, by number: two processes may share the
learning). `--set` changes a knob for every run below (nlp.router, nlp.overrule's weak bar,
margin and sureness, nlp.nonreport_now, nlp.urgent_now and Settings.opinion_below:
the bars at which a learned table may speak); `--sweep` routes every fold again with the tables
learned from the other authors, each knob moved alone over a few values, and prints the summed
figures, to pick by the held-out authors' sums.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import hashlib
import pickle
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import nlp.nonreport_now  # noqa: E402
import nlp.overrule  # noqa: E402
import nlp.router  # noqa: E402
import nlp.urgent_now  # noqa: E402
from bot.config import load_config  # noqa: E402
from nlp.dataset import read_set, read_sets  # noqa: E402
from nlp.nonreport import LETTERS, LETTERS_USED  # noqa: E402
from nlp.nonreport import labelled as noise_rows  # noqa: E402
from nlp.nonreport import learn_table as nonreport_table  # noqa: E402
from nlp.opinion import opinion_table  # noqa: E402
from nlp.router import FALLBACK, Router  # noqa: E402
from nlp.routes import RouteTable, build_router  # noqa: E402
from nlp.urgent_learned import labelled as urgent_rows  # noqa: E402
from nlp.urgent_learned import lean_table as urgent_table  # noqa: E402

Row = tuple[str, str, str]  # kind, unit, text
# Knob name: (module, attribute), or None for the hand table's Settings field of that name.
KNOBS = {
    "opinion_below": None,
    "opinion_sure": (nlp.router, "OPINION_SURE"),
    "opinion_chars": (nlp.router, "OPINION_CHARS"),
    "weak": (nlp.overrule, "WEAK"),
    "margin": (nlp.overrule, "MARGIN"),
    "overrule_sure": (nlp.overrule, "SURE"),
    "chosen_margin": (nlp.overrule, "CHOSEN_MARGIN"),
    "nonreport_evidence": (nlp.nonreport_now, "NONREPORT_EVIDENCE"),
    "nonreport_sure": (nlp.nonreport_now, "NONREPORT_SURE"),
    "nonreport_quiet": (nlp.nonreport_now, "NONREPORT_QUIET"),
    "urgent_sure": (nlp.urgent_now, "URGENT_SURE"),
}
SWEEP = {
    "opinion_below": (0.5, 0.9),
    "opinion_sure": (0.45, 0.65),
    "opinion_chars": (200, 400),
    "weak": (0.7, 0.9),
    "margin": (1.0,),
    "nonreport_evidence": (3.0, 4.0),
    "nonreport_sure": (100.0, 120.0, 200.0),
    "nonreport_quiet": (150.0, 200.0, 350.0),
    "urgent_sure": (80.0, 120.0),
}
Setting = tuple[tuple[str, float], ...]


class Tables(NamedTuple):
    opinion: RouteTable
    nonreport: RouteTable
    urgent: RouteTable


def fresh_authors(folder: Path) -> dict[int, Path]:
    """Each held-out author's set by its file's number (county_fresh = 1), in order; a number may
    be missing (round 16's set was lost)."""
    numbered = {int(p.stem.removeprefix("county_fresh") or 1): p
                for p in folder.glob("county_fresh*.tsv")}
    return dict(sorted(numbered.items()))


def learn_tables(rows: Sequence[Row], cache: Path | None) -> Tables:
    """The three learned tables from (kind, unit, text) rows and the letters, as shipped."""
    key = hashlib.sha1(repr((list(rows), str(LETTERS), LETTERS_USED)).encode()).hexdigest()[:16]
    stored = cache / f"tables-{key}.pickle" if cache else None
    if stored is not None and stored.is_file():
        tables: Tables = pickle.loads(stored.read_bytes())
        return tables
    tables = Tables(opinion_table(rows), nonreport_table(noise_rows(rows, LETTERS)),
                    urgent_table(urgent_rows(rows, LETTERS)))
    if stored is not None:
        stored.parent.mkdir(parents=True, exist_ok=True)
        stored.write_bytes(pickle.dumps(tables))
    return tables


def router_with(hand: Router, tables: Tables) -> Router:
    """The shipped hand table asking these learned tables, as nlp.routes.build_router wires them."""
    def table(learned: RouteTable, codes: set[str] | None = None) -> Router:
        units = [u for u in learned.units if codes is None or u.code in codes]
        return Router(units, settings=learned.settings, tokenizer=hand._tokenizer)

    return Router(hand.units, settings=hand.settings, tokenizer=hand._tokenizer,
                  opinion=table(tables.opinion, set(hand.codes)),
                  nonreport=table(tables.nonreport), urgent=table(tables.urgent))


@contextlib.contextmanager
def knobs(routers: Sequence[Router], setting: Setting) -> Iterator[None]:
    """Move the knobs for the duration (module constants read at routing time)."""
    saved: list[tuple[object, str, Any]] = []
    for name, value in setting:
        place = KNOBS[name]
        if place is None:
            for router in routers:
                saved.append((router, "settings", router.settings))
                changed: dict[str, Any] = {name: value}
                router.settings = dataclasses.replace(router.settings, **changed)
        else:
            saved.append((place[0], place[1], getattr(*place)))
            setattr(place[0], place[1], value)
    try:
        yield
    finally:
        for owner, attribute, value in reversed(saved):
            setattr(owner, attribute, value)


def figures(router: Router, rows: Sequence[Row]) -> Counter[str]:
    """The counts benchmarks/routing.py prints for a held-out set."""
    seen: Counter[str] = Counter()
    for kind, unit, text in rows:
        result = router.route(text)
        if kind in ("report", "typo"):
            right = result.unit == unit
            seen.update(reports=1, right=right, hotline=result.unit == FALLBACK,
                        reports_urgent=result.urgent)
            if kind == "typo":
                seen.update(typos=1, typos_right=right)
        elif kind == "urgent":
            seen.update(urgent=1, urgent_flagged=result.urgent)
        if kind == "noise":
            seen.update(noise=1, noise_called=result.kind == "noise")
        else:
            seen.update(real=1, real_noise=result.kind == "noise")
    return seen


LINES = (("top-1", "right", "reports"), ("typos", "typos_right", "typos"),
         ("urgent", "urgent_flagged", "urgent"), ("non-rep noise", "noise_called", "noise"),
         ("rep noise", "real_noise", "real"), ("rep urgent", "reports_urgent", "reports"),
         ("hotline", "hotline", "reports"))


def line(label: str, seen: Counter[str]) -> str:
    parts = [f"{name} {seen[hit]}/{seen[total]} {seen[hit] / max(seen[total], 1):.4f}"
             for name, hit, total in LINES]
    return f"{label:26} " + "  ".join(parts)


def parse_setting(pairs: Sequence[str]) -> Setting:
    setting = []
    for pair in pairs:
        name, _, value = pair.partition("=")
        if name not in KNOBS:
            raise SystemExit(f"--set {pair}: unknown knob (one of {', '.join(KNOBS)})")
        setting.append((name, float(value)))
    return tuple(setting)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", type=Path, default=REPO / "tests" / "routing_sets")
    parser.add_argument("--fresh", type=Path, default=REPO / "benchmarks" / "fresh")
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--folds", help="the held-out sets to run, by their file's number (1 = county_fresh)")
    parser.add_argument("--set", action="append", default=[], metavar="KNOB=VALUE")
    parser.add_argument("--sweep", action="store_true")
    args = parser.parse_args()
    base_setting = parse_setting(args.set)
    settings: list[Setting] = [base_setting]
    if args.sweep:
        fixed = dict(base_setting)
        settings += [tuple({**fixed, name: value}.items())
                     for name, values in SWEEP.items() for value in values]
    config = load_config(REPO / "config.example.toml")
    hand = build_router([(u.code, u.name, u.keywords) for u in config.units])
    sets = read_sets(args.sets)
    numbered = fresh_authors(args.fresh)
    authors = list(numbered.values())
    held = {path: read_set(path) for path in authors}
    numbers = [int(n) for n in args.folds.split(",")] if args.folds else sorted(numbered)
    alone = router_with(hand, learn_tables(sets, args.cache))
    print(f"learned from {args.sets.name} alone ({len(sets)} rows): done", file=sys.stderr)
    sums = {s: (Counter[str](), Counter[str]()) for s in settings}
    for path in (numbered[number] for number in numbers):  # in the order given
        texts = {text for _, _, text in held[path]}
        others = [row for other in authors if other != path for row in held[other]
                  if row[2] not in texts]
        fold = router_with(hand, learn_tables([*sets, *others], args.cache))
        for setting in settings:
            with knobs([alone, fold], setting):
                before = figures(alone, held[path]) if setting == base_setting else Counter()
                after = figures(fold, held[path])
            sums[setting][0].update(before)
            sums[setting][1].update(after)
            if setting == base_setting:
                print(line(f"{path.stem}, sets alone", before))
                print(line(f"{path.stem}, + other authors", after), flush=True)
    before, after = sums[base_setting]
    print(line("SUM, sets alone", before))
    print(line("SUM, + other authors", after))
    if args.sweep:
        print("== sweep: each knob moved alone (summed over the held-out authors) ==")
        for setting in settings[1:]:
            moved = ", ".join(f"{name}={value:g}" for name, value in setting
                              if (name, value) not in base_setting)
            print(line(moved, sums[setting][1]), flush=True)


if __name__ == "__main__":
    main()
