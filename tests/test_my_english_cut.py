"""/my lists an English report cut between words, never mid-word (refs #10, outside tester,
round 20): "…the lamp outside building 3 has been off for a we…" read as a typo."""

from __future__ import annotations

from tests.fuzzkit import Rig


def test_my_cuts_an_english_report_at_a_word(rig: Rig) -> None:
    user = rig.citizen()
    rig.say(user, "The street lamp outside building three has been broken for two weeks now",
            name="Tom")
    [listed] = rig.answers(rig.say(user, "/my", name="Tom"))
    line = next(ln for ln in listed.splitlines() if "…" in ln)
    words = line[line.index("The street"):].rstrip("…").split()
    whole = ("The", "street", "lamp", "outside", "building", "three", "has", "been", "broken")
    assert words and all(w in whole for w in words), line
