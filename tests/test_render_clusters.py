"""A long text is never cut inside what a reader sees as one character (refs #10, tester31): a
family emoji 👨‍👩‍👧‍👦 at a part's end reached the reader as a man in one message and the rest of
his family in the next. Zero-width-joiner sequences, variation selectors, skin tones, flags,
keycaps and combining marks stay whole (bot/render.split)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.render import split

CLUSTERS = ["👨\u200d👩\u200d👧\u200d👦", "🏳️\u200d🌈", "👍🏽", "🇨🇳", "🇺🇸", "1️⃣", "❤️", "é",
            "🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f", "👩🏻\u200d⚕️", "a", "路",
            "。", " ", "😀"]


def _cuts(parts: list[str]) -> list[int]:
    at, cuts = 0, []
    for part in parts[:-1]:
        at += len(part)
        cuts.append(at)
    return cuts


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(CLUSTERS), min_size=150, max_size=900),
       st.integers(min_value=200, max_value=600))
def test_a_part_ends_only_between_clusters(clusters: list[str], limit: int) -> None:
    text = "".join(clusters)
    parts = split(text, limit)
    assert "".join(parts) == text
    assert all(len(p.encode("utf-16-le")) // 2 <= limit for p in parts)
    bounds, at = {0}, 0
    for cluster in clusters:
        at += len(cluster)
        bounds.add(at)
    assert all(cut in bounds for cut in _cuts(parts)), (_cuts(parts), clusters)


def test_a_family_at_the_boundary_goes_whole_into_the_next_part() -> None:
    family = "👨\u200d👩\u200d👧\u200d👦"
    for pad in range(195, 205):
        text = "路" * pad + family * 3
        parts = split(text, 200)
        assert "".join(parts) == text
        assert all(p.count("\u200d") % 3 == 0 for p in parts), (pad, parts)
        assert not parts[1].startswith(("\u200d", "👩", "👧", "👦")), (pad, parts[1][:4])
