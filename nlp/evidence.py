"""The evidence a message gives for each unit, as nlp.router reads it before nlp.scoring weighs
it: each keyword found with how strongly it is said (nlp.matching), keywords typed with the wrong
characters (nlp.slips) where that reading is plausible, and English words of a unit's remit
(nlp.english, through nlp.aside). A learned table (`match_all`) counts the keywords it matched and
nothing else.
"""

from __future__ import annotations

from collections.abc import Sequence

from nlp.aside import unit_words
from nlp.matching import Matches
from nlp.scoring import Evidence
from nlp.settings import Settings
from nlp.shown import label as shown_as
from nlp.slips import HomophoneHit, TypoIndex
from nlp.tokenizer import Tokenizer

LAST_RESORT = 1.0  # a weak homophone counts only where no keyword this telling was found
ENGLISH = 1.5  # an English remit word decides alone, as a clear Chinese keyword does

Weights = dict[str, tuple[tuple[int, float], ...]]  # keyword → (unit index, weight) pairs


class Gatherer:
    """Finds a message's evidence for a routing table's units. Immutable; built once per table."""

    def __init__(self, weights: Weights, codes: Sequence[str], tokenizer: Tokenizer,
                 settings: Settings) -> None:
        self._weights, self._codes, self._tokenizer = weights, list(codes), tokenizer
        self.settings = settings
        if settings.match_all:  # a learned table: no typos by sound
            self._homophones = TypoIndex(())
            return
        # Typos are looked for in keywords that tell something (weight 1 or more); a light
        # one (城管, 噪音, 医院) has many everyday homophones (城关, 早因, 一院): its typo is weak.
        useful = [word for word, pairs in weights.items() if _strongest(pairs) >= 1.0]
        # In the strongest two-character keywords (停电, 医保) both characters may slip: 挺店.
        whole = [word for word in useful if len(word) == 2 and self._strongest(word) >= 2.0]
        self._homophones = TypoIndex(useful if settings.homophone > 0 else (), whole)

    def evidence(self, text: str, matches: Matches) -> list[Evidence]:
        """Each keyword found, with what the message says and how much it counts."""
        if self.settings.match_all:
            return [Evidence(word, word, self._weights[word], strength, 1, 0, 0)
                    for word, strength in matches.words.items()]
        factor = self.settings.homophone
        typos = []
        if factor > 0 and len(self._homophones):
            spans = [(hit.start, hit.end) for hit in matches.hits]
            typos = [typo for typo in self._homophones.match(
                text, spans, matches.bounds, self._tokenizer.frequency
            ) if self._plausible(typo, matches)]
        # A weak reading (both characters slipped, a real word typed, or a light keyword) is the
        # last resort: it counts only where nothing else names a unit (而我 in a letter is no 耳蜗
        # misspelt, but 燃起没了 alone is 燃气 and 城馆 城管).
        weak = {typo for typo in typos if typo.weak or not self._telling(typo.word)}
        told = max([0.0, *(self._strongest(t.word) * factor for t in typos if t not in weak), *(
            self._strongest(hit.word) * hit.strength for hit in matches.hits
            if not any(t.start <= hit.start and hit.end <= t.end for t in typos))])
        typos = [typo for typo in typos if typo not in weak or told < LAST_RESORT]
        found: dict[str, Evidence] = {}
        for hit in matches.hits:
            if any(typo.start <= hit.start and hit.end <= typo.end for typo in typos):
                continue  # part of a longer keyword typed wrong
            seen = found.get(hit.word)
            if seen is None:
                found[hit.word] = Evidence(hit.word, shown_as(hit.word, self._weights),
                                           self._weights[hit.word], hit.strength, 1,
                                           hit.start, hit.end)
            else:
                found[hit.word] = seen.again(hit.strength)
        if not self.settings.match_all:  # English words of a unit's remit (nlp.english)
            for code, typed, start, end, strength in unit_words(text):
                if code in self._codes and typed not in found:
                    found[typed] = Evidence(typed, typed, ((self._codes.index(code), ENGLISH),),
                                            strength, 1, start, end)
        for typo in typos:
            weight = factor if typo.exact and typo not in weak else factor * 0.75
            pairs = tuple((unit, w * weight) for unit, w in self._weights[typo.word] if w > 0)
            label = f"{typo.word}({typo.typed})"
            if label not in found:
                found[label] = Evidence(typo.word, label, pairs, 1.0, 1, typo.start, typo.end)
        return list(found.values())

    def _strongest(self, word: str) -> float:
        return _strongest(self._weights[word])

    def _telling(self, word: str) -> bool:
        """A keyword whose homophone counts beside other evidence: heavy for its length."""
        return self._strongest(word) >= (1.5 if len(word) == 2 else 1.2)

    def _plausible(self, typo: HomophoneHit, matches: Matches) -> bool:
        """A misspelt longer word may hold a real hit whole: the hit is what was kept (住院报小比例
        holds 住院) or, when the slip falls inside it, it must mean the same business (饲料厂 is
        not 石料厂 misspelt, though 食品安权 is 食品安全)."""
        units = {unit for unit, weight in self._weights[typo.word] if weight > 0}
        slips = {typo.start + n for n, (a, b) in enumerate(zip(typo.typed, typo.word, strict=False))
                 if a != b}
        held = [hit for hit in matches.hits if typo.start <= hit.start and hit.end <= typo.end]
        if held and _strongest(self._weights[typo.word]) * self.settings.homophone <= max(
            _strongest(self._weights[hit.word]) for hit in held
        ):
            return False  # reading more into the text would say less (医保要 is not 医保药)
        return all(
            slips.isdisjoint(range(hit.start, hit.end))
            or (typo.exact and units & {u for u, w in self._weights[hit.word] if w > 0})
            for hit in held
        )


def _strongest(weights: tuple[tuple[int, float], ...]) -> float:
    return max((weight for _, weight in weights), default=0.0)
