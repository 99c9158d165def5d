"""Where a new author's misses go: leave-one-author-out, as aggregates only (never a row).

For each held-out county set named (`--folds`), the learned tables are learned without that author
(as benchmarks/fresh_cv.py does, sharing its `--cache`) and the set is routed unseen. Printed,
summed over the folds: the reports sent to a wrong unit or the hotline as counts gold → routed,
what the hand table alone and the learned opinion alone would have said of those misses, and the
emergencies not flagged by the kind of hazard their words tell (counts of a coarse word class).

    python benchmarks/fresh_misses.py --folds 12,13,14 [--cache DIR]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO))

import fresh_cv  # noqa: E402
from fresh_cv import fresh_authors, learn_tables, router_with  # noqa: E402

from bot.config import load_config  # noqa: E402
from nlp.dataset import read_set, read_sets  # noqa: E402
from nlp.nonreport_asked import not_plain  # noqa: E402
from nlp.router import FALLBACK, Router  # noqa: E402
from nlp.routes import build_router  # noqa: E402
from nlp.tokenizer import normalize  # noqa: E402
from nlp.urgent import assess  # noqa: E402

# A coarse class of what an emergency is about, by its words: for counting misses, not routing.
HAZARDS = (
    ("fire", "火|烟|烧|焦"), ("gas", "煤气|燃气|天然气|气味|液化"), ("water", "水|淹|河|塘|井|溺"),
    ("electric", "电|线"), ("fall/collapse", "塌|坠|掉|摔|跌|倒|裂"),
    ("body", "晕|昏|血|抽|喘|心|疼|痛|不醒|没气|呼吸|中毒|吐"),
    ("violence", "打|砍|刀|抢|杀|闹|威胁|跳楼|轻生"), ("missing", "走失|找不到|不见|丢|失踪|没回"),
    ("traffic", "车|撞|路"), ("machine", "机器|卷|绞|夹"), ("animal", "狗|蛇|牛|蜂|马蜂"),
    ("lift", "梯"), ("trapped", "困|关|锁|堵"), ("heat/cold", "热|冷|冻|暑"),
    ("a child", "孩|娃|宝|学生"), ("an elder", "老人|老太|大爷|大娘|奶奶|爷爷|老头"),
)


# fresh_cv run as a script caches its tables as __main__.Tables: read them here too.
sys.modules["__main__"].Tables = fresh_cv.Tables  # type: ignore[attr-defined]


def hazard_of(text: str) -> str:
    if sum(c.isascii() and c.isalpha() for c in text) * 2 > len(text):
        english = re.search(r"\b(the|is|my|help|in|he|she|it|and|please|there)\b", text.lower())
        return "latin letters: English" if english else "latin letters: pinyin"
    if len(text) <= 12:
        return "short (12 characters or fewer)"
    return next((name for name, words in HAZARDS if re.search(words, text)), "other")


# A coarse class of a message's form, for counting non-reports kept as reports and reports
# called noise: by its letters, length, question, first person and trouble words.
FORMS = (
    ("asks a question", "[?？]|吗|什么|怎么|咋|哪|几|多少|谁"),
    ("first person and trouble", "(我|俺|咱).*(坏|没|不|漏|停|欠|难|太|被)"),
    ("first person", "我|俺|咱"), ("trouble words", "坏|没|不|漏|停|欠|难|太|被"),
)


def form_of(text: str) -> str:
    if sum(c.isascii() and c.isalpha() for c in text) * 2 > len(text):
        return "latin letters"
    size = "short" if len(text) <= 12 else "long" if len(text) > 60 else "middle"
    form = next((name for name, words in FORMS if re.search(words, text)), "none of these")
    return f"{size}, {form}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", type=Path, default=REPO / "tests" / "routing_sets")
    parser.add_argument("--fresh", type=Path, default=REPO / "benchmarks" / "fresh")
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--folds", default="12,13,14")
    args = parser.parse_args()
    config = load_config(REPO / "config.example.toml")
    hand = build_router([(u.code, u.name, u.keywords) for u in config.units])
    bare = Router(hand.units, settings=hand.settings, tokenizer=hand._tokenizer)  # no table asked
    sets = read_sets(args.sets)
    numbered = fresh_authors(args.fresh)
    authors = list(numbered.values())
    held = {path: read_set(path) for path in authors}
    pairs: Counter[tuple[str, str]] = Counter()
    gold_miss: Counter[str] = Counter()
    said: Counter[str] = Counter()
    urgent_miss: Counter[str] = Counter()
    urgent_all: Counter[str] = Counter()
    unread: Counter[str] = Counter()
    unasked: Counter[str] = Counter()
    false_urgent: Counter[str] = Counter()
    kept: Counter[str] = Counter()  # non-reports kept as reports, by form and where they went
    nonreports: Counter[str] = Counter()
    called_noise: Counter[str] = Counter()  # reports called noise, by form
    for number in (int(n) for n in args.folds.split(",")):
        path = numbered[number]
        texts = {text for _, _, text in held[path]}
        others = [row for other in authors if other != path for row in held[other]
                  if row[2] not in texts]
        tables = learn_tables([*sets, *others], args.cache)
        fold = router_with(hand, tables)
        opinion = fold._opinion
        for kind, unit, text in held[path]:
            if kind == "noise":
                result = fold.route(text)
                nonreports[form_of(text)] += 1
                if result.kind != "noise":
                    where = "urgent" if result.urgent else "hotline" if (
                        result.unit == FALLBACK) else "a unit"
                    kept[f"{form_of(text)} -> {where}"] += 1
                    if form_of(text).endswith("asks a question"):  # what kept it from a plain question
                        gate = not_plain(normalize(text), 0.0) or (
                            "keywords" if result.keywords else "trouble")
                        unasked[gate] += 1
            if kind in ("report", "typo"):
                result = fold.route(text)
                if result.kind == "noise":
                    called_noise[form_of(text)] += 1
                alone = bare.route(text).unit
                leaning = opinion.leaning(normalize(text)) if opinion else {}
                best = max(leaning, key=lambda c: leaning[c], default="")
                said.update([f"all: fold {result.unit == unit} hand alone {alone == unit} "
                             f"opinion {best == unit}"])
                if result.urgent:
                    false_urgent[hazard_of(text)] += 1
                if result.unit == unit:
                    continue
                pairs[(unit, result.unit)] += 1
                gold_miss[unit] += 1
                sure = opinion.sure(normalize(text)) if opinion else None
                said.update([f"hand alone right: {alone == unit}",
                             f"opinion leaning right: {best == unit}",
                             f"opinion sure and right: {bool(sure and sure.unit == unit)}",
                             f"routed to hotline, opinion right: "
                             f"{result.unit == FALLBACK and best == unit}"])
            elif kind == "urgent":
                hazard = hazard_of(text)
                urgent_all[hazard] += 1
                routed = fold.route(text)
                if not routed.urgent:
                    urgent_miss[hazard] += 1
                    # what the emergency reader made of it: no cue, or a cue the router let go
                    cue = "a cue read" if assess(normalize(text)).cues else "no cue"
                    size = len(text.split()) if hazard.startswith("latin") else len(text)
                    bucket = "short" if size <= (8 if hazard.startswith("latin") else 20) else (
                        "long" if len(text) <= 200 else "over 200 characters")
                    unread[f"{hazard.split(':')[0]}, {bucket}, {cue}, {routed.kind}"] += 1
        print(f"fold {number}: done", file=sys.stderr, flush=True)
    print("== report misses, gold -> routed (counts) ==")
    for (gold, routed), count in pairs.most_common():
        print(f"{count:3}  {gold:10} -> {routed}")
    print("== misses by gold unit ==", dict(gold_miss.most_common()))
    print("== of the misses ==")
    for key, count in sorted(said.items()):
        print(f"{count:3}  {key}")
    print("== urgent missed / all, by hazard words ==")
    for hazard, count in urgent_all.most_common():
        print(f"{urgent_miss[hazard]:3} / {count:3}  {hazard}")
    print("== urgent missed, by letters, size (8 words, 20 characters), what the reader saw, kind ==")
    for key, count in unread.most_common():
        print(f"{count:3}  {key}")
    print("== reports flagged urgent, by hazard words ==", dict(false_urgent))
    print("== non-reports by form (all) ==", dict(nonreports.most_common()))
    print("== non-reports kept as reports, by form -> where ==")
    for key, count in kept.most_common():
        print(f"{count:3}  {key}")
    print("== non-reports asking a question kept as reports, by what kept them from a plain question "
          "(nlp.nonreport_asked.not_plain read with no keyword score; else keywords found, or trouble) ==",
          dict(unasked.most_common()))
    print("== reports called noise, by form ==", dict(called_noise.most_common()))


if __name__ == "__main__":
    main()
