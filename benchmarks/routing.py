"""Routing figures side by side: the dev set, the held-out fresh county set (aggregates only),
taidi_test with the default config, the learned table vs TF-IDF + LinearSVC, speed and start-up.

    python benchmarks/routing.py [--data ../shared/data] [--fresh PATH ...] [--skip-taidi]

The held-out sets (`benchmarks/fresh/county_fresh*.tsv`: id, kind, unit, text; kinds report,
typo, urgent, noise) were each written by someone who had not read the router, before a tuning
round, and are kept out of tuning: they are read only when named with --fresh, and this script
prints only their aggregates, never a row. Needs the `bench` extra (scikit-learn) for the
TF-IDF + LinearSVC reference, trained in the same run on the same split. Figures are printed,
never asserted: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bot.config import load_config  # noqa: E402
from nlp.dataset import read_labelled  # noqa: E402
from nlp.router import FALLBACK, Router  # noqa: E402
from nlp.routes import build_router, dump_routes  # noqa: E402

# taidi2020c's first-level categories for the county's units (issue #10); other units have none.
COARSE = {
    **dict.fromkeys(["water", "housing", "urban", "land", "power"], "城乡建设"),
    **dict.fromkeys(["hrss", "medins", "civil", "disabled"], "劳动和社会保障"),
    "education": "教育文体", "market": "商贸旅游", "health": "卫生计生", "ecology": "环境保护",
    "transport": "交通运输",
}

# Start-up and memory in a fresh interpreter: imports, jieba (warm cache), pypinyin and the
# router; the typo makes sure the homophone path has run once.
_STARTUP = """
import json, resource, sys, time
started = time.perf_counter()
from bot.config import load_config
from nlp.routes import build_router
from pathlib import Path
config = load_config(Path(sys.argv[1]))
routes = Path(sys.argv[2]) if len(sys.argv) > 2 else None
router = build_router([(u.code, u.name, u.keywords) for u in config.units], routes)
router.route("又挺电了，家里停水")
elapsed = time.perf_counter() - started
try:  # current RSS: ru_maxrss would include the parent's pages from before exec()
    status = Path("/proc/self/status").read_text()
    rss = int(next(l for l in status.splitlines() if l.startswith("VmRSS")).split()[1]) / 1024
except OSError:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": elapsed, "rss_mb": rss}))
"""


def _tsv(path: Path) -> list[dict[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=False)) for line in lines[1:] if line]


def _default_router(config_path: Path) -> Router:
    config = load_config(config_path)
    return build_router([(u.code, u.name, u.keywords) for u in config.units])


def _startup(config: Path, routes: Path | None = None) -> dict[str, float]:
    args = [sys.executable, "-c", _STARTUP, str(config)] + ([str(routes)] if routes else [])
    runs = [json.loads(subprocess.check_output(args, cwd=REPO, text=True)) for _ in range(3)]
    return {"seconds": statistics.median(r["seconds"] for r in runs),
            "rss_mb": max(r["rss_mb"] for r in runs)}


def _share(hits: int, total: int) -> str:
    return f"{hits / total:.3f} ({hits}/{total})" if total else "n/a (no rows)"


def devset(router: Router, data: Path) -> list[str]:
    devdir = data / "devset"
    routing = read_labelled(devdir / "routing_dev.tsv")
    results = [(router.route(text), unit) for text, unit in routing]
    urgent = [router.route(row["text"]) for row in _tsv(devdir / "urgent_dev.tsv")]
    noise = [router.route(row["text"]) for row in _tsv(devdir / "noise_dev.tsv")]
    print("== dev set (tuned on), default config ==")
    print(f"routing_dev top-1             {_share(sum(r.unit == u for r, u in results), len(results))}")
    print(f"routing rows called noise     {_share(sum(r.kind == 'noise' for r, _ in results), len(results))}")
    print(f"urgent_dev flagged urgent     {_share(sum(r.urgent for r in urgent), len(urgent))}")
    print(f"noise_dev called noise        {_share(sum(r.kind == 'noise' for r in noise), len(noise))}")
    print(f"routing rows flagged urgent   {_share(sum(r.urgent for r, _ in results), len(results))}")
    return [text for text, _ in routing]


def fresh(router: Router, path: Path) -> None:
    """Aggregates of the held-out set. Never print a row: the set must stay unseen."""
    print(f"== {path.name} (held out, never tuned on; aggregates only) ==")
    if not path.is_file():
        print(f"skipped: {path} not found")
        return
    rows = _tsv(path)
    routed = [(row, router.route(row["text"])) for row in rows]
    reports = [(row, r) for row, r in routed if row["kind"] in ("report", "typo")]
    typos = [(row, r) for row, r in reports if row["kind"] == "typo"]
    urgent = [r for row, r in routed if row["kind"] == "urgent"]
    noise = [r for row, r in routed if row["kind"] == "noise"]
    real = [r for row, r in routed if row["kind"] != "noise"]
    right = sum(r.unit == row["unit"] for row, r in reports)
    typo_right = sum(r.unit == row["unit"] for row, r in typos)
    hotline = sum(r.unit == FALLBACK for _, r in reports)
    print(f"messages                      {len(rows)}")
    print(f"top-1 (report + typo rows)    {_share(right, len(reports))}")
    print(f"typo rows routed right        {_share(typo_right, len(typos))}")
    print(f"emergencies flagged urgent    {_share(sum(r.urgent for r in urgent), len(urgent))}")
    print(f"non-reports called noise      {_share(sum(r.kind == 'noise' for r in noise), len(noise))}")
    print(f"reports flagged urgent        {_share(sum(r.urgent for _, r in reports), len(reports))}")
    print(f"reports called noise          {_share(sum(r.kind == 'noise' for r in real), len(real))}")
    print(f"reports sent to hotline       {_share(hotline, len(reports))}")


def taidi_default(router: Router, test: Sequence[tuple[str, str]]) -> None:
    results = [router.route(text) for text, _ in test]
    right = sum(COARSE.get(r.unit) == label for r, (_, label) in zip(results, test, strict=True))
    print("== taidi_test, default config, units mapped to the coarse categories ==")
    print(f"coarse accuracy               {_share(right, len(test))}")
    print(f"sent to hotline               {_share(sum(r.unit == FALLBACK for r in results), len(test))}")
    print(f"called noise                  {_share(sum(r.kind == 'noise' for r in results), len(test))}")
    print(f"flagged urgent                {_share(sum(r.urgent for r in results), len(test))}")


def taidi_learned(
    train: Sequence[tuple[str, str]], test: Sequence[tuple[str, str]], config_path: Path
) -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.svm import LinearSVC

    from nlp.learn import learn

    print(f"== taidi2020c learned table: {len(train)} train rows, {len(test)} test rows ==")
    started = time.perf_counter()
    table = learn(train)
    learn_seconds = time.perf_counter() - started
    keywords = sum(len(u.keywords) for u in table.units)
    with tempfile.TemporaryDirectory() as tmp:
        routes = Path(tmp) / "taidi.toml"
        routes.write_text(dump_routes(table), encoding="utf-8")
        size_mb = routes.stat().st_size / 1e6
        config = load_config(config_path)
        router = build_router([(u.code, u.name, u.keywords) for u in config.units], routes)
        started = time.perf_counter()
        routed = [router.route(text) for text, _ in test]
        route_ms = (time.perf_counter() - started) * 1000 / len(test)
        startup = _startup(config_path, routes)
    ours = sum(r.unit == label for r, (_, label) in zip(routed, test, strict=True)) / len(test)
    explained = sum(bool(r.keywords) for r in routed) / len(routed)

    vectorizer = TfidfVectorizer(analyzer="char", ngram_range=(1, 2))
    svm = LinearSVC().fit(vectorizer.fit_transform([t for t, _ in train]), [y for _, y in train])
    predicted = svm.predict(vectorizer.transform([t for t, _ in test]))
    reference = sum(p == y for p, (_, y) in zip(predicted, test, strict=True)) / len(test)

    print(f"learn time                    {learn_seconds:.1f} s ({keywords} keywords, "
          f"{size_mb:.1f} MB TOML)")
    print(f"learned table accuracy        {ours:.4f} (decisions with keywords: {explained:.1%})")
    print(f"TF-IDF char 1-2 + LinearSVC   {reference:.4f}")
    print(f"ratio learned / reference     {ours / reference:.3f}")
    print(f"route latency, taidi texts    {route_ms:.2f} ms mean (median length 235 chars)")
    print(f"start-up with learned table   {startup['seconds']:.2f} s, "
          f"process RSS {startup['rss_mb']:.0f} MB")


def speed(router: Router, texts: Sequence[str], config_path: Path,
          taidi_texts: Sequence[str] = ()) -> None:
    print("== speed, default config ==")
    for label, sample in (("dev messages", list(texts) * 5), ("taidi_test letters", taidi_texts)):
        if not sample:
            continue
        for text in sample[:50]:
            router.route(text)  # warm-up
        costs = []
        for text in sample:
            started = time.perf_counter()
            router.route(text)
            costs.append((time.perf_counter() - started) * 1000)
        costs.sort()
        print(f"route, {label:<19}  median {statistics.median(costs):.3f} ms, "
              f"p99 {costs[int(len(costs) * 0.99)]:.3f} ms ({len(costs)} messages)")
    startup = _startup(config_path)
    print(f"start-up (imports, jieba, pypinyin, router) {startup['seconds']:.2f} s, "
          f"process RSS {startup['rss_mb']:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--config", type=Path, default=REPO / "config.example.toml")
    parser.add_argument("--fresh", type=Path, action="append", default=[],
                        help="a held-out county set, aggregates only (repeatable); none unless"
                             " asked, so a tuning run never sees one by accident")
    parser.add_argument("--skip-taidi", action="store_true", help="dev and fresh figures only")
    args = parser.parse_args()
    router = _default_router(args.config)
    texts = devset(router, args.data)
    for path in args.fresh:
        fresh(router, path)
    taidi_texts: list[str] = []
    if not args.skip_taidi:
        folder = args.data / "taidi2020c"
        train = read_labelled(folder / "taidi_train.csv")
        test = read_labelled(folder / "taidi_test.csv")
        taidi_default(router, test)
        taidi_learned(train, test, args.config)
        taidi_texts = [text for text, _ in test]
    speed(router, texts, args.config, taidi_texts)


if __name__ == "__main__":
    main()
