"""A citizen's threat in anger against others is noted, not an emergency; someone in danger now
is one (own_round17_threats, written before the rule; refs #10).

The set's report rows (`r17t`) are threats made on a condition or in anger across the units
(再不修我就拿刀去水务局, 再不赔我就去把他的店砸了): each is its matter's unit's, not urgent, and
its threat is read (nlp.threat). Its urgent rows are attacks happening now (`r17u`: 他拿刀要砍我,
邻居拿着刀在楼道里喊要杀人, 他说再不给钱就杀了我，现在拿着菜刀) and threats to oneself (`r17s`:
再不解决我就从楼上跳下去): urgent, read as no threat. Units are pinned by tests/test_routing_sets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nlp.router import Router
from nlp.threat import calmed, threat_words
from nlp.tokenizer import normalize

SET = Path(__file__).resolve().parent / "routing_sets" / "own_round17_threats.tsv"
ROWS = [tuple(line.split("\t")) for line in SET.read_text(encoding="utf-8").splitlines()[1:] if line]


def test_the_set_has_forty_of_each() -> None:
    kinds = [row[0][:4] for row in ROWS]
    assert kinds.count("r17t") >= 40 and kinds.count("r17u") >= 40 and kinds.count("r17s") >= 5


@pytest.mark.parametrize(("row_id", "text"), [(r[0], r[3]) for r in ROWS if r[0].startswith("r17t")])
def test_a_threat_in_anger_is_read_and_not_urgent(router: Router, row_id: str, text: str) -> None:
    assert threat_words(normalize(text)), row_id
    assert not router.route(text).urgent, row_id


@pytest.mark.parametrize(("row_id", "text"), [(r[0], r[3]) for r in ROWS if r[1] == "urgent"])
def test_someone_in_danger_now_is_urgent_and_no_threat(router: Router, row_id: str, text: str) -> None:
    assert not threat_words(normalize(text)), row_id
    assert router.route(text).urgent, row_id


@pytest.mark.parametrize("text", [
    "再不修我就拿刀去水务局，现在水已经漫到床了，老人出不来",  # a danger besides the threat
    "下水道堵了一个月，我现在就拿着刀在水务局门口",  # a threat carried out now
    "他说再不还钱就砍死我",  # someone else's threat against the writer
    "再不给我办，我就拿汽油把自己点了",  # against oneself
])
def test_what_is_not_the_writers_threat_in_anger_stays_urgent(router: Router, text: str) -> None:
    assert router.route(text).urgent, text


def test_only_the_threat_is_set_aside() -> None:
    told = normalize("下水道堵了一个月了，再不修我就拿刀去水务局")
    assert threat_words(told) == ("拿刀",)
    assert calmed(told).startswith("下水道堵了一个月了") and "刀" not in calmed(told)
    assert len(calmed(told)) == len(told)
    assert threat_words(normalize("我们将自己动手拆除违建")) == ()  # no violence against anyone
