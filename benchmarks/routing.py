"""Routing figures: devset accuracy, urgent and noise recall, learned table vs TF-IDF + LinearSVC,
latency, start-up time and memory.

    python benchmarks/routing.py [--data ../shared/data] [--skip-taidi]

Needs the `bench` extra (scikit-learn) for the TF-IDF + LinearSVC reference, trained in the same
run on the same split. Figures are printed, never asserted: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bot.config import load_config  # noqa: E402
from nlp.dataset import read_labelled  # noqa: E402
from nlp.routes import build_router, dump_routes  # noqa: E402

# Start-up and memory in a fresh interpreter: imports, jieba (warm cache) and the router.
_STARTUP = """
import json, resource, sys, time
started = time.perf_counter()
from bot.config import load_config
from nlp.routes import build_router
from pathlib import Path
config = load_config(Path(sys.argv[1]))
routes = Path(sys.argv[2]) if len(sys.argv) > 2 else None
router = build_router([(u.code, u.name, u.keywords) for u in config.units], routes)
router.route("停水了")
elapsed = time.perf_counter() - started
try:  # current RSS: ru_maxrss would include the parent's pages from before exec()
    status = Path("/proc/self/status").read_text()
    rss = int(next(l for l in status.splitlines() if l.startswith("VmRSS")).split()[1]) / 1024
except OSError:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": elapsed, "rss_mb": rss}))
"""


def _tsv(path: Path, column: str) -> list[tuple[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return [
        (row[header.index("text")], row[header.index(column)])
        for row in (line.split("\t") for line in lines[1:] if line)
    ]


def _startup(config: Path, routes: Path | None = None) -> dict[str, float]:
    args = [sys.executable, "-c", _STARTUP, str(config)] + ([str(routes)] if routes else [])
    runs = [json.loads(subprocess.check_output(args, cwd=REPO, text=True)) for _ in range(3)]
    return {"seconds": statistics.median(r["seconds"] for r in runs),
            "rss_mb": max(r["rss_mb"] for r in runs)}


def devset(data: Path, config_path: Path) -> None:
    config = load_config(config_path)
    router = build_router([(u.code, u.name, u.keywords) for u in config.units])
    devdir = data / "devset"
    routing = read_labelled(devdir / "routing_dev.tsv")
    results = [(router.route(text), unit) for text, unit in routing]
    correct = sum(r.unit == unit for r, unit in results)
    urgent = [router.route(text) for text, _ in _tsv(devdir / "urgent_dev.tsv", "id")]
    noise = [router.route(text) for text, _ in _tsv(devdir / "noise_dev.tsv", "kind")]
    print("== devset, default config ==")
    print(f"routing_dev top-1 accuracy  {correct / len(results):.3f} ({correct}/{len(results)})")
    print(f"routing rows called noise   {sum(r.kind == 'noise' for r, _ in results)}")
    print(f"urgent_dev flagged urgent   {sum(r.urgent for r in urgent)}/{len(urgent)}")
    print(f"noise_dev called noise      {sum(r.kind == 'noise' for r in noise)}/{len(noise)}")

    texts = [text for text, _ in routing] * 5
    for text in texts[:50]:
        router.route(text)  # warm-up
    costs = []
    for text in texts:
        started = time.perf_counter()
        router.route(text)
        costs.append((time.perf_counter() - started) * 1000)
    costs.sort()
    print(f"route latency               median {statistics.median(costs):.3f} ms, "
          f"p99 {costs[int(len(costs) * 0.99)]:.3f} ms ({len(costs)} messages)")
    startup = _startup(config_path)
    print(f"start-up (import+jieba+router) {startup['seconds']:.2f} s, "
          f"process RSS {startup['rss_mb']:.0f} MB")


def taidi(data: Path, config_path: Path) -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.svm import LinearSVC

    from nlp.learn import learn

    folder = data / "taidi2020c"
    train, test = read_labelled(folder / "taidi_train.csv"), read_labelled(folder / "taidi_test.csv")
    print(f"== taidi2020c: {len(train)} train rows, {len(test)} test rows ==")
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

    print(f"learn time                  {learn_seconds:.1f} s ({keywords} keywords, "
          f"{size_mb:.1f} MB TOML)")
    print(f"learned table accuracy      {ours:.4f} (decisions with keywords: {explained:.1%})")
    print(f"TF-IDF char 1-2 + LinearSVC {reference:.4f}")
    print(f"ratio learned / reference   {ours / reference:.3f}")
    print(f"route latency, taidi texts  {route_ms:.2f} ms mean (median length 235 chars)")
    print(f"start-up with learned table {startup['seconds']:.2f} s, "
          f"process RSS {startup['rss_mb']:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--config", type=Path, default=REPO / "config.example.toml")
    parser.add_argument("--skip-taidi", action="store_true", help="devset figures only")
    args = parser.parse_args()
    devset(args.data, args.config)
    if not args.skip_taidi:
        taidi(args.data, args.config)


if __name__ == "__main__":
    main()
