"""Learn a routing table (units = labels, weighted keywords) from labelled history.

The table is a linear model whose features are exactly what the router sees with `match_all`:
every occurrence of a keyword in the message. Keywords are jieba words and character pairs seen in
several messages. Weights come from an averaged multiclass passive-aggressive learner (Crammer et
al. 2006) on TF-IDF vectors; the IDF is folded into each weight, so a message's score for a unit is
simply the sum of its keywords' weights, and every decision is explained by those keywords.
"""

from __future__ import annotations

import math
import operator
import random
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from nlp.matching import KeywordIndex
from nlp.router import Settings, UnitRoute, clean_text
from nlp.routes import RouteTable
from nlp.tokenizer import Tokenizer, default_tokenizer

__all__ = ["LEARNED_SETTINGS", "LearnOptions", "learn", "learn_lean"]

# A learned table decides every message itself: no low-evidence or cross-cutting fallback and no
# character bonus (the model was not trained with them); every occurrence counts, as in training.
LEARNED_SETTINGS = Settings(
    min_score=0.0, min_confidence=0.0, spread_units=0, char_weight=0.0, match_all=1
)
_WORD = re.compile(r"^[\u4e00-\u9fff]{2,8}$|^[a-z][a-z0-9]{2,15}$")
_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")

Progress = Callable[[Iterable[int]], Iterable[int]]
Vector = dict[str, float]


@dataclass(frozen=True)
class LearnOptions:
    min_count: int = 3  # a keyword must occur in this many messages
    epochs: int = 12
    aggressiveness: float = 0.1  # PA-I's C: the largest step one message may cause
    keep: float = 0.02  # drop weights below this share of the largest (size, readability)
    scale: float = 100.0  # the largest weight after scaling
    seed: int = 0


def _vocabulary(texts: Sequence[str], tokenizer: Tokenizer, min_count: int) -> list[str]:
    counts: Counter[str] = Counter()
    for text in texts:
        words = {word for word in tokenizer.cut(text) if _WORD.match(word)}
        words.update(text[i : i + 2] for i in range(len(text) - 1))
        counts.update(word for word in words if _WORD.match(word) or _PAIR.fullmatch(word))
    return sorted(word for word, count in counts.items() if count >= min_count)


def _tfidf(counts: Sequence[Vector]) -> tuple[list[Vector], Vector]:
    """L2-normalised TF-IDF vectors (smooth IDF, as scikit-learn's default) and the IDF."""
    documents: Counter[str] = Counter()
    for vector in counts:
        documents.update(vector.keys())
    total = len(counts)
    idf = {word: math.log((1 + total) / (1 + n)) + 1 for word, n in documents.items()}
    vectors = []
    for vector in counts:
        weighted = {word: value * idf[word] for word, value in vector.items() if value > 0}
        norm = math.sqrt(sum(v * v for v in weighted.values())) or 1.0
        vectors.append({word: v / norm for word, v in weighted.items()})
    return vectors, idf


def _train(
    samples: Sequence[tuple[Vector, int]], classes: int, options: LearnOptions, progress: Progress
) -> list[Vector]:
    """Averaged multiclass PA-I: move the gold class and the best wrong class apart by a margin."""
    features = sorted({f for vector, _ in samples for f in vector})
    ids = {f: n for n, f in enumerate(features)}
    # Dense per-class lists indexed by feature id: scoring is then a C-level map over the ids.
    rows = [([ids[f] for f in v], list(v.values()), gold) for v, gold in samples]
    weights = [[0.0] * len(features) for _ in range(classes)]
    # Averaging with the usual trick: keep the sum of step * update, subtract it at the end.
    moments = [[0.0] * len(features) for _ in range(classes)]
    order = list(range(len(rows)))
    rng = random.Random(options.seed)
    step = 1
    for _ in progress(range(options.epochs)):
        rng.shuffle(order)
        for n in order:
            keys, values, gold = rows[n]
            scores = [sum(map(operator.mul, map(w.__getitem__, keys), values)) for w in weights]
            rival = max((c for c in range(classes) if c != gold), key=scores.__getitem__)
            loss = 1.0 - scores[gold] + scores[rival]
            if loss > 0:
                # ||x|| = 1 and two classes move, so the squared norm of the step is 2·tau².
                tau = min(options.aggressiveness, loss / 2.0)
                for label, sign in ((gold, tau), (rival, -tau)):
                    w, moment, weighted = weights[label], moments[label], step * sign
                    for key, value in zip(keys, values, strict=True):
                        w[key] += sign * value
                        moment[key] += weighted * value
            step += 1
    return [
        {f: w[n] - m[n] / step for f, n in ids.items() if w[n] or m[n]}
        for w, m in zip(weights, moments, strict=True)
    ]


def learn(
    rows: Iterable[tuple[str, str]],
    *,
    names: dict[str, str] | None = None,
    tokenizer: Tokenizer | None = None,
    options: LearnOptions | None = None,
    progress: Progress | None = None,
) -> RouteTable:
    """Learn a table from (text, label) rows; a label that is a unit code gets that unit's name."""
    options = options or LearnOptions()
    tokenizer = tokenizer or default_tokenizer()
    pairs = [(clean_text(text), label.strip()) for text, label in rows if label.strip()]
    labels = sorted({label for _, label in pairs})
    if not labels:
        raise ValueError("no labelled rows to learn from")
    index = KeywordIndex(
        _vocabulary([text for text, _ in pairs], tokenizer, options.min_count),
        tokenizer,
        nested=True,
    )
    vectors, idf = _tfidf([index.match(text).words for text, _ in pairs])
    number = {label: n for n, label in enumerate(labels)}
    samples = [(v, number[label]) for v, (_, label) in zip(vectors, pairs, strict=True) if v]
    weights = _train(samples, len(labels), options, progress or (lambda it: it))
    folded = [{f: value * idf[f] for f, value in w.items()} for w in weights]
    largest = max((abs(v) for w in folded for v in w.values()), default=1.0) or 1.0
    factor = options.scale / largest
    names = names or {}
    units = []
    for label, table in zip(labels, folded, strict=True):
        keywords = tuple(
            (word, round(value * factor, 3))
            for word, value in table.items()
            if abs(value) >= options.keep * largest
        )
        units.append(UnitRoute(label, names.get(label, label), keywords))
    return RouteTable(tuple(units), LEARNED_SETTINGS)


def learn_lean(rows: Sequence[tuple[str, str]], toward: str, other: str,
               tokenizer: Tokenizer) -> RouteTable:
    """A two-class table learned from (text, `toward` or `other`) rows. With two classes the
    learner moves both by the same step, so the `other` weights mirror the `toward` ones: the table
    keeps each word's lean (`toward` minus `other`) under `toward` alone, half the size to load,
    and the same decisions (nlp.nonreport, nlp.urgent_learned)."""
    table = learn(rows, tokenizer=tokenizer)
    weights = {unit.code: dict(unit.keywords) for unit in table.units}
    lean = tuple((word, round(weight - weights[other].get(word, 0.0), 3))
                 for word, weight in weights[toward].items())
    return RouteTable((UnitRoute(toward, toward, lean), UnitRoute(other, other)), table.settings)
