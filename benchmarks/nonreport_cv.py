"""Does the learned non-report table (nlp.nonreport) generalise to a new author? Leave authors out:
learn the table without them (from the other routing sets and the letters, as `python -m
nlp.nonreport` learns it) and read their rows unseen, counting non-reports called noise and
reports called noise, by the hand rules alone and with the learned table.

    python benchmarks/nonreport_cv.py [--sets tests/routing_sets] [--unseen FILE ...] [--folds N]
                                      [--sweep]

Each indep_* (and outside_*) file is one outside author; the own_round* files are ours, one author.
The outside authors are dealt round-robin into `--folds` groups (default 5; `--folds 0` leaves one
author out at a time, one group per outside author) and ours make a group of their own; each group
is learned without and read unseen. The figures are given over every row and over the outside
authors' rows alone (the held-out-author figure: our own rows share an author with the training).
An `--unseen` file (a new author not in the sets) is read by the table learned from all the sets:
measured, never tuned on. With `--sweep`, the evidence gate and the sure/quiet bars of
nlp.nonreport_now are varied over the cross-validation's readings (one table is learned per group,
one for all: a few minutes with five groups, about six leaving one author out at a time).
"""

from __future__ import annotations

import argparse
import itertools
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import nlp.router  # noqa: E402
from bot.config import load_config  # noqa: E402
from nlp.dataset import read_set, read_sets  # noqa: E402
from nlp.idle import quiet  # noqa: E402
from nlp.noise import is_noise  # noqa: E402
from nlp.nonreport import LETTERS, labelled, learn_table  # noqa: E402
from nlp.nonreport_now import NONREPORT_EVIDENCE, NONREPORT_QUIET, NONREPORT_SURE  # noqa: E402
from nlp.router import Router  # noqa: E402
from nlp.routes import build_router  # noqa: E402
from nlp.signed import unsigned  # noqa: E402


@dataclass
class Row:
    """One held-out row as the hand rules leave it, and the learned table's reading of it."""

    noise: bool  # labelled a non-report
    hand: bool  # called noise by the hand rules alone
    clean: str = ""  # what nlp.nonreport_now reads (set when the hand rules kept a report)
    evidence: float = 0.0
    cues: bool = False
    formal: bool = False  # an emergency's words the hand rules call a non-report by its form
    calm: bool = False  # nothing wrong told, nothing asked (nlp.idle.quiet)
    lean: float = float("-inf")  # noise minus report, by the table that never saw the row


def _hand_rows(router: Router, texts: list[tuple[bool, str]]) -> list[Row]:
    """Route every text by the hand rules, keeping what the learned table's gate reads."""
    seen: list[tuple[str, float, bool]] = []

    def record(_table: object, clean: str, evidence: float, cues: bool) -> tuple[str, ...]:
        seen.append((clean, evidence, cues))
        return ()

    real = nlp.router.learned_noise
    nlp.router.learned_noise = record  # type: ignore[assignment]
    try:
        rows = []
        for noise, text in texts:
            seen.clear()
            hand = router.route(text).kind == "noise"
            row = Row(noise, hand)
            if seen:
                row.clean, row.evidence, row.cues = seen[0]
                row.formal = row.cues and is_noise(row.clean, max(row.evidence, 1.0))
                row.calm = quiet(row.clean)
            rows.append(row)
        return rows
    finally:
        nlp.router.learned_noise = real


def _read(rows: list[Row], table: Router) -> None:
    for row in rows:
        if row.clean:
            text = unsigned(row.clean)
            if table.leaning_words(text, "noise", "report", float("-inf")):
                lean = table.leaning(text)
                row.lean = lean["noise"] - lean.get("report", 0.0)


def _called(row: Row, evidence: float, sure: float, calm: float) -> bool:
    if row.hand or not row.clean:
        return row.hand
    if row.cues:
        return row.formal and row.lean >= sure
    if row.evidence < evidence:
        return row.lean >= sure
    return row.calm and row.lean >= calm


def _figures(rows: list[Row], gate: tuple[float, float, float] | None) -> tuple[int, int, int, int]:
    called = [row.hand if gate is None else _called(row, *gate) for row in rows]
    hit = sum(c for c, row in zip(called, rows, strict=True) if row.noise)
    wrong = sum(c for c, row in zip(called, rows, strict=True) if not row.noise)
    noise = sum(row.noise for row in rows)
    return hit, noise, wrong, len(rows) - noise


def _line(label: str, figures: tuple[int, int, int, int]) -> str:
    hit, noise, wrong, real = figures
    return (f"{label:24} non-reports called noise {hit / max(noise, 1):.3f} ({hit}/{noise})  "
            f"reports called noise {wrong / max(real, 1):.4f} ({wrong}/{real})")


def _groups(paths: list[Path], folds: int) -> list[list[Path]]:
    ours = [p for p in paths if p.name.startswith("own_")]
    outside = [p for p in paths if not p.name.startswith("own_")]
    folds = folds or len(outside)  # 0: leave one author out
    return [ours, *(outside[n::folds] for n in range(folds))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", type=Path, default=REPO / "tests" / "routing_sets")
    parser.add_argument("--unseen", type=Path, action="append", default=[])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--sweep", action="store_true")
    args = parser.parse_args()
    config = load_config(REPO / "config.example.toml")
    shipped = build_router([(u.code, u.name, u.keywords) for u in config.units])
    hand = Router(shipped.units, tokenizer=shipped._tokenizer, opinion=shipped._opinion,
                  nonreport=shipped._nonreport, urgent=shipped._urgent)
    everything = labelled(read_sets(args.sets), LETTERS)

    def table(rows: list[tuple[str, str]]) -> Router:
        learned = learn_table(rows)
        return Router(learned.units, settings=learned.settings, tokenizer=shipped._tokenizer)

    cv: list[Row] = []
    outside: list[Row] = []
    for group in _groups(sorted(args.sets.glob("*.tsv")), args.folds):
        held = [(kind == "noise", text) for path in group for kind, _, text in read_set(path)]
        texts = {text for _, text in held}
        rows = _hand_rows(hand, held)
        _read(rows, table([row for row in everything if row[0] not in texts]))
        cv.extend(rows)
        if not any(path.name.startswith("own_") for path in group):
            outside.extend(rows)
    gate = (NONREPORT_EVIDENCE, NONREPORT_SURE, NONREPORT_QUIET)
    print(_line("cv, hand rules alone", _figures(cv, None)))
    print(_line("cv, with the table", _figures(cv, gate)))
    print(_line("outside, hand alone", _figures(outside, None)))
    print(_line("outside, with the table", _figures(outside, gate)))
    unseen: list[Row] = []
    if args.unseen:
        full = table(everything)
        for path in args.unseen:
            rows = _hand_rows(hand, [(kind == "noise", text) for kind, _, text in read_set(path)])
            _read(rows, full)
            print(_line(f"{path.name}, hand alone", _figures(rows, None)))
            print(_line(f"{path.name}, with table", _figures(rows, gate)))
            unseen.extend(rows)
    if args.sweep:
        print("evidence  sure  quiet   cv noise  cv reports   outside noise  outside reports"
              "   unseen noise  unseen reports")
        for evidence, sure, calm in itertools.product(
                (1.0, 2.0, 3.0, 4.0, 6.0), (50.0, 75.0, 100.0, 125.0, 150.0, 200.0),
                (100.0, 150.0, 200.0, 250.0, 350.0, 1e9)):
            if calm < sure:
                continue
            c, o, u = (_figures(rows, (evidence, sure, calm)) for rows in (cv, outside, unseen))
            print(f"{evidence:8.1f} {sure:5.0f} {calm:6.0f}   {c[0]:4}/{c[1]}  {c[2]:4}/{c[3]}"
                  f"   {o[0]:4}/{o[1]}  {o[2]:4}/{o[3]}   {u[0]:4}/{u[1]}  {u[2]:4}/{u[3]}")


if __name__ == "__main__":
    main()
