"""Stateless keyword router: units with weighted keywords in, a RouteResult per message out.

A unit's score is the sum of the weights of its keywords found in the message (nlp.matching: one
reading of each stretch of text, negated or quoted parties counting less; a keyword repeated in a
long letter counts a little more each time). Keywords typed with the wrong characters count at a
lower weight (nlp.homophones), and words that mean different units in different company follow
their company (nlp.company; its rules are nlp.context, and nlp.ownership for whose matter it is
when two units' words meet). English words of a unit's remit count too (nlp.english), and a
message typed wholly in pinyin is read as the characters it stands for (nlp.pinyin). All of
that evidence is gathered in nlp.evidence; this module decides on it.
Exact ties and weak evidence go to the fallback unit; so does a message naming many distinct
problems or a short suggestion listing several units' matters, while two or three problems name
the main unit and list the others in `also`. Learned tables (`match_all`) are plain linear
models: every occurrence counts, nothing else applies.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence

from nlp import aside, enumerated, ownership, ownership_a, ownership_b, pinyin
from nlp.asking import asked, asks_only
from nlp.context import CLAUSE_RULES
from nlp.emergency import HAZARD_UNITS, assess
from nlp.evidence import Gatherer
from nlp.matching import KeywordIndex, set_aside
from nlp.noise import is_noise, is_pasted, noise_topic
from nlp.nonreport_now import learned_noise
from nlp.overrule import among, overrule, slipped
from nlp.ownership import cross_cutting
from nlp.result import Candidate, Learned, RouteResult, UnitRoute, parse_keyword
from nlp.scoring import RuleIndex, Scored, explain, linear, score
from nlp.settings import Settings
from nlp.shown import dictionary_words, matter_scores, matter_words
from nlp.threat import calmed
from nlp.tokenizer import Tokenizer, default_tokenizer, normalize
from nlp.urgent_finer import over, wounded
from nlp.urgent_height import HEIGHT, LEDGE
from nlp.urgent_now import learned_urgent

__all__ = [
    "FALLBACK", "Candidate", "RouteResult", "Router", "Settings", "UnitRoute", "clean_text",
    "parse_keyword",
]

FALLBACK = "hotline"
MAX_CHARS = 4000  # routing reads the start of very long texts: the problem is stated early
EXPLAIN = 8  # keywords shown per decision
CANDIDATES = 5
_FIRST_PERSON = re.compile(r"我|俺|咱|家里|我们|我家")  # someone telling of their own
RESCUES = frozenset({"fire", "water", "rescue", "collapse", LEDGE})  # emergencies no unit acts on as such
MEDICS = "health"  # named beside the police for an attack that left someone hurt (nlp.urgent_finer)
RESCUE_EVIDENCE = 2.0  # a rescue stays with a unit only on this much evidence of its own
# Company rules in the order they apply: pairs of units, then classes of words, then the particular
# rules of each group of units.
RULES = (*CLAUSE_RULES, *ownership.RULES, *ownership_a.RULES, *ownership_b.RULES)
OPINION_CHARS = 120  # a second opinion picks in a message as short as those it learned from
OPINION_SURE = 0.45  # where this table has too little to go on, the opinion decides when this sure


class Router:
    """Routes messages to units. Immutable after construction; safe to share between tasks."""

    def __init__(
        self,
        units: Sequence[UnitRoute],
        *,
        settings: Settings | None = None,
        tokenizer: Tokenizer | None = None,
        opinion: Router | None = None,
        nonreport: Router | None = None,
        urgent: Router | None = None,
    ) -> None:
        """`opinion`: a learned table that picks among the leading units when this one is unsure
        (nlp.opinion), or over a weak decision when sure (nlp.overrule). `nonreport`: a learned
        noise/report table that reads a message saying little of any unit (nlp.nonreport).
        `urgent`: a learned urgent/calm table for what the hand signs missed (nlp.urgent_now).
        Keywords come in normalize()'s form, as parse_keyword, load_routes and the shipped learned
        tables give them (checked when those are learned, so start-up does not fold them again)."""
        codes = [unit.code for unit in units]
        if len(set(codes)) != len(codes):
            raise ValueError("duplicate unit code")
        if FALLBACK not in codes:
            units = [*units, UnitRoute(FALLBACK, FALLBACK)]
        self.units: tuple[UnitRoute, ...] = tuple(units)
        self.settings = settings or Settings()
        self._codes = [u.code for u in self.units]
        self._fallback = self._codes.index(FALLBACK)
        weights: dict[str, dict[int, float]] = {}
        for number, unit in enumerate(self.units):
            for word, weight in unit.keywords:
                weights.setdefault(word, {})[number] = weight
        self._weights = {word: tuple(units.items()) for word, units in weights.items()}
        self._tokenizer = tokenizer or default_tokenizer()
        nested = bool(self.settings.match_all)
        self._index = KeywordIndex(self._weights, self._tokenizer, nested=nested)
        self._opinion = opinion
        self._nonreport = nonreport
        self._urgent = urgent
        self._gather = Gatherer(self._weights, self._codes, self._tokenizer, self.settings)
        # A learned table weighs the keywords it matched and nothing else (nlp.evidence, score):
        # no context rules, so none are prepared.
        self._rules = RuleIndex(()) if nested else RuleIndex(
            [(rule, codes.index(rule.source), codes.index(rule.target))
             for rule in RULES if {rule.source, rule.target} <= set(codes)])

    @classmethod
    def from_units(
        cls,
        units: Iterable[tuple[str, str, Iterable[str]]],
        *,
        settings: Settings | None = None,
        tokenizer: Tokenizer | None = None,
        opinion: Router | None = None,
        nonreport: Router | None = None,
        urgent: Router | None = None,
    ) -> Router:
        """Build from plain (code, name, keywords) data, keywords as in the config's lists."""
        # dict(): a word listed twice keeps its last weight instead of counting twice.
        routes = []
        for code, name, keywords in units:
            try:
                pairs = dict(parse_keyword(keyword) for keyword in keywords)
            except ValueError as exc:
                raise ValueError(f"unit {code!r}: {exc}") from None
            routes.append(UnitRoute(code, name, tuple(pairs.items())))
        return cls(routes, settings=settings, tokenizer=tokenizer, opinion=opinion,
                   nonreport=nonreport, urgent=urgent)

    def noise_topic(self, text: str) -> str:
        """For a message routed as noise: "chase", "privacy", "howto" or "hours" (nlp.asking), "greeting",
        "thanks", "privacy", "meta", "question" or ""."""
        clean = normalize(text)
        if topic := asked(clean):
            return topic
        typed = pinyin.read(clean)
        return noise_topic(typed.text if typed else clean)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(unit.code for unit in self.units)

    def features(self, text: str) -> dict[str, float]:
        """Keywords found in raw text, each with its strength (1, or less when negated/quoted)."""
        return self._index.match(clean_text(text)).words

    def route(self, text: str) -> RouteResult:
        """Decide the unit for one message. Never raises for any string."""
        whole = self._route(text)
        # A message numbering its matters (一是…二是…, 1. 2.) is routed on each part too, so a
        # part of another unit is named (also) instead of lost to the hotline (nlp.enumerated);
        # numbered suggestions are read as the whole message is (a county-wide one is the hotline's).
        numbered = () if self.settings.match_all or enumerated.proposes(text) else (
            enumerated.parts(text[:MAX_CHARS]) or enumerated.parts(clean_text(text)))
        if len(numbered) < 2 or whole.kind == "noise":
            return whole
        return enumerated.combined(whole, [self._route(part) for part in numbered],
                                   FALLBACK, {unit.code: unit.name for unit in self.units})

    def _route(self, text: str) -> RouteResult:
        clean = clean_text(text)
        typed = pinyin.read(clean)  # typed in pinyin: read as the characters it stands for
        clean = typed.text if typed else clean
        matches = self._index.match(bare := aside.blank(clean))  # the writer's details: no matter
        scored = score(self._gather.evidence(bare, matches), len(self.units), self._rules, bare,
                       matches.bounds, self.settings)
        scores = scored.scores
        ranked = sorted(range(len(scores)), key=lambda n: (-scores[n], n))
        top = scores[ranked[0]]
        second = max(scores[ranked[1]], 0.0) if len(ranked) > 1 else 0.0
        confidence = _confidence(top, second)
        problems = self._problems(scored, ranked)
        chosen = ranked[0] if self._decisive(top, second, confidence, problems) else self._fallback
        learned: Learned | None = None
        asked = set_aside(bare, matches)  # the opinion does not read whom the writer asked before
        if (opinion := self._opinion) is not None and len(clean) <= OPINION_CHARS:
            if chosen != self._fallback and confidence < self.settings.opinion_below:
                # A unit decided on slight evidence over others may take the second opinion.
                chosen = among(opinion, self._codes, asked, ranked, scores, chosen)
            elif chosen == self._fallback and not problems and ranked[0] != self._fallback:
                # Too little evidence here (no word of the matter's unit, or a tie): the second
                # opinion decides when it is sure, explained by its own words.
                learned = opinion.sure(asked)
                if learned is not None and learned.unit in self._codes:
                    chosen, confidence = self._codes.index(learned.unit), learned.confidence
                else:
                    learned = None
        crossing = not self.settings.match_all and cross_cutting(clean, scored.own, self._codes)
        if crossing:
            chosen, learned = self._fallback, None  # a suggestion over several units' matters
        emergency = assess(typed.alarm if typed else clean)  # a call typed in pinyin read as one
        cues = emergency.cues
        keywords = learned.words if learned else explain(scored, chosen, EXPLAIN)
        # An emergency goes to whoever acts on its kind (a body in crisis to health, an attack or
        # someone missing to the police, gas to housing, a lift to market), named by its words.
        # A learned table decides by its keywords alone.
        call = emergency.call and bool(emergency.words) and not self.settings.match_all
        acting = HAZARD_UNITS.get(emergency.hazard)
        if call and acting in self._codes:
            chosen = self._codes.index(acting)
            keywords = tuple(dict.fromkeys((*emergency.words[:3], *explain(
                scored, chosen, EXPLAIN))))[:EXPLAIN]
        elif call and emergency.hazard in RESCUES and (
                scores[chosen] < RESCUE_EVIDENCE or emergency.hazard in ("fire", "collapse")):
            # A rescue is no unit's matter unless the message says whose it is (a well on little
            # evidence, a collapsed old house), and a fire is the fire brigade's wherever it burns
            # (a flat in an estate, a KTV): both go to the hotline, which coordinates, named by
            # the rescue's words; a live wire is the power company's (nlp.urgent).
            chosen, keywords = self._fallback, emergency.words[:EXPLAIN]
        # An emergency is noise by the hand rules only as a pasted text nobody tells of themselves
        # (a 寻人启事 passed on), and otherwise only where the learned table agrees; one in the
        # first person that reads like a notice (…，联系电话：…) stays a report: recall first, a
        # false alarm costs a reminder, a missed one a life.
        if not cues and self._urgent is not None and not over(calmed(clean)):  # not 已经救上来了
            cues = learned_urgent(self._urgent, calmed(clean))  # named by its words; the unit stays
            keywords = tuple(dict.fromkeys((*cues[:3], *keywords)))[:EXPLAIN]
        # A weak decision in a short message yields to a sure second opinion (nlp.overrule), but not
        # for an emergency, one carried by a slip read here, or where the hotline holds a matter of
        # several units or one its own words name.
        held = crossing or slipped(scored.parts, chosen) or (chosen == self._fallback and bool(
            problems or (ranked[0] == chosen and top >= self.settings.min_score)))
        if self._opinion is not None and not (cues or call or held or len(clean) > OPINION_CHARS) and (
                taken := overrule(self._opinion, self._codes, self._weights, asked,
                                  self._codes[chosen], confidence)):
            chosen, confidence, keywords = self._codes.index(taken.unit), taken.confidence, taken.words
        noise = (is_pasted(clean) and not _FIRST_PERSON.search(clean)) if cues else (is_noise(
            clean, scored.evidence) or asks_only(text, scored.evidence))
        # Someone about to end their life (活着太累了，药都准备好了), or a child outside a balcony
        # railing, is never read as a form of chat.
        said = learned_noise(self._nonreport, clean, scored.evidence, bool(cues)) if (
            not noise and self._nonreport is not None
            and emergency.hazard not in ("despair", HEIGHT, LEDGE)) else ()
        noise, keywords = (True, said) if said else (noise, keywords)
        also = tuple(self.units[n].code for n in problems if n != chosen)
        if call and emergency.hazard == "violence" and wounded(clean) and MEDICS in self._codes and (
                self._codes[chosen] != MEDICS) and MEDICS not in also:
            also = (*also, MEDICS)  # an attack that left someone bleeding: health named beside
        if typed:
            keywords = tuple(pinyin.label(word, typed) for word in keywords)
        return RouteResult(
            unit=self.units[chosen].code,
            unit_name=self.units[chosen].name,
            confidence=round(confidence, 3),
            keywords=keywords or tuple(cues)[:EXPLAIN],  # an emergency names what made it one
            candidates=tuple(
                Candidate(self.units[n].code, round(scores[n], 3))
                for n in ranked[:CANDIDATES]
                if scores[n] > 0
            ),
            urgent=bool(cues) and not noise,  # a pasted first-aid tip alerts nobody
            kind="noise" if noise else "report",
            also=() if noise else also,
            hazard="" if noise else emergency.hazard, noise_words=said,  # said: only for noise
        )

    def leaning(self, text: str) -> dict[str, float]:
        """What this table's keywords say of clean text, as a second opinion (nlp.opinion): each
        unit's score, with no fallback or other rule applied."""
        if self.settings.match_all:  # plain sums: nothing to explain, so no parts built
            scores = linear(self._index.match(text).words, self._weights, len(self.units))
        else:
            scores = self._lean(text).scores
        return dict(zip(self._codes, scores, strict=True))

    def sure(self, text: str, over: str = "", margin: float = 0.0, bar: float = 0.0) -> Learned | None:
        """This table's own pick for clean text when it is sure of it (confidence at least
        OPINION_SURE) and the pick is a unit, not the fallback; with the words behind it. With
        `over`, only a pick other than that unit scoring at least `margin` times its score."""
        scored = self._lean(text)
        scores, codes = matter_scores(scored.scores, scored.parts), self._codes  # not 没来's
        ranked = sorted(range(len(scores)), key=lambda n: (-scores[n], n))
        if len(ranked) < 2 or ranked[0] == self._fallback or codes[ranked[0]] == over or (
                over in codes and scores[ranked[0]] < margin * max(0.0, scores[codes.index(over)])):
            return None
        confidence = _confidence(scores[ranked[0]], max(scores[ranked[1]], 0.0))
        if confidence < max(bar, OPINION_SURE):
            return None
        # A learned table also weighs character pairs and everyday words: with no dictionary word
        # to name, it does not decide; shown are those a reader takes for the matter (nlp.shown).
        words = dictionary_words(explain(scored, ranked[0], len(scored.parts)), self._tokenizer,
                                 asking=False, bare=False)
        shown = matter_words(words, text, self._tokenizer)[:EXPLAIN]
        return Learned(self._codes[ranked[0]], round(confidence, 3), shown) if shown else None

    def leaning_words(self, text: str, toward: str, other: str, sure: float) -> tuple[str, ...]:
        """For a learned two-class table (nlp.nonreport, nlp.urgent_learned): the words that lean
        clean text to class `toward` when it scores at least `sure` over `other`, else ()."""
        scored = self._lean(text)
        codes = self._codes
        if toward not in codes or other not in codes:
            return ()
        chosen = codes.index(toward)
        if scored.scores[chosen] - scored.scores[codes.index(other)] < sure:
            return ()
        words = dictionary_words(explain(scored, chosen, len(scored.parts)), self._tokenizer)
        return (matter_words(words, text, self._tokenizer) or words)[:EXPLAIN]  # nlp.shown

    def _lean(self, text: str) -> Scored:
        return score(self._gather.evidence(text, self._index.match(text)), len(self.units),
                     self._rules, text, frozenset(), self.settings)

    # --- internals ----------------------------------------------------------------------------

    def _problems(self, scored: Scored, ranked: list[int]) -> list[int]:
        """Units with a distinct problem of their own, best first (the fallback is none)."""
        settings = self.settings
        top = scored.scores[ranked[0]]
        if settings.match_all or top <= 0:
            return []
        floor = max(settings.spread_score, settings.spread_share * top)
        problems = [n for n in ranked if n != self._fallback and scored.scores[n] >= floor
                    and scored.own[n] >= settings.spread_score]
        return problems if len(problems) >= 2 else []

    def _decisive(self, top: float, second: float, confidence: float, problems: list[int]) -> bool:
        settings = self.settings
        if top < settings.min_score or top <= 0 or confidence < settings.min_confidence:
            return False
        if not settings.match_all and second > 0 and math.isclose(top, second, rel_tol=1e-9):
            return False  # an exact tie is never decided by the order of the units
        return not (settings.spread_units and len(problems) >= settings.spread_units)


def clean_text(text: str) -> str:
    """The normalised, bounded form of a message that routing (and learning) reads."""
    # Normalise a bounded slice: a pasted 100k-character text costs no more than a long letter.
    return normalize(text[: MAX_CHARS * 4])[:MAX_CHARS]


def _confidence(top: float, second: float) -> float:
    """Strength of the evidence times the top unit's share of it (margin over the runner-up)."""
    if top <= 0:
        return 0.0
    strength = 1.0 - math.exp(-top / 2.0)
    return strength * top / (top + second)
