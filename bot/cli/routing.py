"""CLI subcommands about routing: `route`, `eval`, `learn` (SPEC §1, §6)."""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from tqdm import tqdm

from bot.actions import transfers
from bot.cli.common import CliError, config_from
from bot.config import Config
from bot.routing import load_router
from bot.store.db import Store
from bot.texts import for_operators
from nlp.dataset import DatasetError, read_labelled
from nlp.router import Router
from nlp.routes import dump_routes

CONFUSED_PAIRS = 10


def _router(args: argparse.Namespace) -> Router:
    routes = Path(args.routes) if args.routes else None
    return load_router(config_from(args), routes)


def _transfer_history(config: Config) -> Store | None:
    """The bot's database, if there is one: its transfers say where routing went wrong."""
    path = config.storage.database
    return Store.open(path) if path.exists() else None


def _route(args: argparse.Namespace) -> int:
    """Print one JSON object per TEXT argument, or per stdin line when there is none."""
    router = _router(args)
    lines = _arguments(args.text) if args.text else _stdin_lines()
    for line in lines:
        result = router.route(line).to_dict()
        print(json.dumps(result, ensure_ascii=False), flush=not args.text)
    return 0


def _arguments(texts: list[str]) -> list[str]:
    """The TEXT arguments; one that was not UTF-8 is refused (Python hands its bytes over as
    lone surrogates, which would be routed as nonsense)."""
    for number, text in enumerate(texts, 1):
        if bad := _NOT_UTF8.search(text):
            raise CliError(f"TEXT {number}: not UTF-8 (byte 0x{ord(bad[0]) - 0xDC00:02x} at"
                           f" character {bad.start() + 1}); {_CONVERT}")
    return texts


def _stdin_lines() -> Iterator[str]:
    """Standard input line by line as it comes (an operator may type them), a byte-order mark
    first aside. A line that is not UTF-8 stops it with one line naming it: routed as
    replacement characters it would look like an answer about something nobody wrote."""
    for number, raw in enumerate(sys.stdin.buffer, 1):
        try:
            yield raw.decode("utf-8-sig" if number == 1 else "utf-8").rstrip("\r\n")
        except UnicodeDecodeError as exc:
            raise CliError(f"stdin line {number}: not UTF-8 (byte 0x{raw[exc.start]:02x} at byte"
                           f" {exc.start + 1}); {_CONVERT}") from None


_NOT_UTF8 = re.compile("[\udc80-\udcff]")  # how Python passes on undecodable argument bytes
_CONVERT = "convert the text to UTF-8 first (from GBK: iconv -f GBK -t UTF-8)"


def _dataset(path: str) -> list[tuple[str, str]]:
    try:
        return read_labelled(Path(path))
    except DatasetError as exc:
        raise CliError(str(exc)) from None


def evaluate(router: Router, rows: Sequence[tuple[str, str]], progress: bool = True) -> dict[str, Any]:
    """Accuracy, per-unit precision/recall/F1 and the most confused pairs of routing on rows."""
    pairs: list[tuple[str, str]] = []
    noise = 0
    for text, gold in tqdm(rows, desc="routing", unit="msg", file=sys.stderr, disable=not progress):
        result = router.route(text)
        pairs.append((gold, result.unit))
        noise += result.kind == "noise"
    golds, guesses = Counter(g for g, _ in pairs), Counter(p for _, p in pairs)
    hits = Counter(g for g, p in pairs if g == p)
    units = {}
    for unit in sorted(set(golds) | set(guesses)):
        precision = hits[unit] / guesses[unit] if guesses[unit] else 0.0
        recall = hits[unit] / golds[unit] if golds[unit] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        units[unit] = {"precision": round(precision, 4), "recall": round(recall, 4),
                       "f1": round(f1, 4), "support": golds[unit]}
    confused = Counter((g, p) for g, p in pairs if g != p).most_common(CONFUSED_PAIRS)
    scored = [u for u in units.values() if u["support"]]
    return {
        "rows": len(pairs),
        "accuracy": round(sum(hits.values()) / len(pairs), 4) if pairs else 0.0,
        "macro_f1": round(sum(u["f1"] for u in scored) / len(scored), 4) if scored else 0.0,
        "noise": noise,
        "units": units,
        "confused": [{"label": g, "routed": p, "count": n} for (g, p), n in confused],
    }


def _print_report(report: dict[str, Any], path: str) -> None:
    print(f"{path}: {report['rows']} rows, accuracy {report['accuracy']:.4f}, "
          f"macro-F1 {report['macro_f1']:.4f}, called noise {report['noise']}")
    print(f"{'unit':<16} {'precision':>9} {'recall':>9} {'f1':>9} {'support':>8}")
    for unit, row in report["units"].items():
        print(f"{unit:<16} {row['precision']:>9.3f} {row['recall']:>9.3f} {row['f1']:>9.3f} "
              f"{row['support']:>8}")
    if report["confused"]:
        print("most confused (label → routed: count)")
        for pair in report["confused"]:
            print(f"  {pair['label']} → {pair['routed']}: {pair['count']}")
    if "transferred_away" in report:
        moved = sorted(report["transferred_away"].items(), key=lambda item: -item[1])
        print("in service, tickets each unit transferred away (misrouted to it): "
              + (", ".join(f"{unit} {count}" for unit, count in moved) or "none"))


def _eval(args: argparse.Namespace) -> int:
    """Report routing accuracy on a labelled file, and how often units passed tickets on."""
    rows = _dataset(args.file)
    router = _router(args)
    unknown = sorted({label for _, label in rows} - set(router.codes))
    if unknown:
        raise CliError(f"{args.file}: labels that are not unit codes: {', '.join(unknown[:10])}"
                       f" (valid: {', '.join(router.codes)})")
    report = evaluate(router, rows)
    store = _transfer_history(config_from(args))
    if store is not None:
        report["transferred_away"] = transfers.transfers_by_unit(store.db)
        store.close()
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        _print_report(report, args.file)
    return 0


def _check_writable(out: Path) -> None:
    """Refuse an --out that cannot be written, without changing anything there: an existing
    file is opened to append (nothing appended), a new one's folder takes a probe file."""
    try:
        if out.exists():
            out.open("ab").close()
        else:
            tempfile.TemporaryFile(dir=out.parent).close()
    except OSError as exc:
        raise CliError(f"{out}: cannot write ({exc.strerror})") from None


def _learn(args: argparse.Namespace) -> int:
    """Learn a routing table from labelled history and write it as TOML."""
    from nlp.learn import learn  # the learner is only needed here

    config = config_from(args)
    rows = _dataset(args.file)
    if args.transfers:  # tickets staff moved to the right unit are labelled examples too
        store = _transfer_history(config)
        if store is None:
            raise CliError(f"--transfers: no database at {config.storage.database}")
        extra = transfers.labelled_rows(store.db)
        still_open = transfers.open_transferred(store.db)
        store.close()
        print(for_operators.transfers_added(len(extra), str(config.storage.database), still_open),
              file=sys.stderr)
        rows += extra
    out = Path(args.out)
    if out.exists() and not args.overwrite:  # a hand-edited table is not lost to a typo
        raise CliError(for_operators.out_exists(args.out, "learn"))
    _check_writable(out)  # before the learning pass, which takes a while on a real history
    started = time.perf_counter()
    names = {unit.code: unit.name for unit in config.units}
    strangers = sorted({label for _, label in rows} - set(names))
    if strangers:  # fine for evaluating on other labels; `check-config` refuses it for the bot
        print(f"note: labels that are not unit codes of {config.path.name}: "
              f"{', '.join(strangers[:10])}; `route`/`eval --routes` accept the table, the bot"
              " does not", file=sys.stderr)
    try:
        table = learn(rows, names=names, progress=lambda epochs: tqdm(
            epochs, desc="learning", unit="epoch", file=sys.stderr))
    except ValueError as exc:
        raise CliError(f"{args.file}: {exc}") from None
    keywords = sum(len(unit.keywords) for unit in table.units)
    if not keywords:  # every message would go to the fallback unit
        raise CliError(f"{args.file}: {len(rows)} rows taught no keyword; give each unit more "
                       "labelled messages (dozens at least)")
    header = [
        f"Routing table learned by `python -m bot learn` from {Path(args.file).name}",
        f"({len(rows)} rows, {len(table.units)} units). Use it with --routes or [nlp] routes.",
        "A message's score for a unit is the sum of the weights of the unit's keywords, counted",
        "at every occurrence; the highest score wins. Negative weights count against a unit.",
        "Edit freely; `python -m bot eval FILE --routes THIS` measures the result.",
    ]
    try:
        out.write_text(dump_routes(table, header), encoding="utf-8")
    except OSError as exc:
        raise CliError(f"{out}: cannot write ({exc.strerror})") from None
    print(f"{out}: {len(table.units)} units, {keywords} keywords, "
          f"learned from {len(rows)} rows in {time.perf_counter() - started:.1f} s")
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the routing subcommands to the CLI."""
    route = sub.add_parser("route", parents=[common], help="route messages, one JSON per line")
    route.add_argument("--routes", metavar="FILE", help="learned routing table (TOML)")
    route.add_argument("text", nargs="*", metavar="TEXT", help="messages (default: stdin lines)")
    route.set_defaults(func=_route)
    eval_ = sub.add_parser("eval", parents=[common], help="routing accuracy on a labelled file")
    eval_.add_argument("file", metavar="FILE", help="CSV/TSV with text and label (or unit)")
    eval_.add_argument("--routes", metavar="FILE", help="learned routing table (TOML)")
    eval_.add_argument("--json", action="store_true", help="print the report as JSON")
    eval_.set_defaults(func=_eval)
    learn = sub.add_parser("learn", parents=[common], help="learn a routing table from history")
    learn.add_argument("file", metavar="FILE", help="CSV/TSV with text and label (or unit)")
    learn.add_argument("--out", required=True, metavar="ROUTES.toml", help="where to write it")
    learn.add_argument("--overwrite", action="store_true", help="replace ROUTES.toml if it exists")
    learn.add_argument("--transfers", action="store_true",
                       help="also learn from tickets staff transferred to the right unit")
    learn.set_defaults(func=_learn)
