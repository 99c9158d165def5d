"""Where the learned non-report table (nlp.nonreport) may call a message the hand rules kept as a
report noise, and how sure it must be; chosen on the validation sets and a cross-validation over
the routing sets' authors, as nlp.urgent_now is for the learned emergency table.
"""

from __future__ import annotations

from nlp.idle import quiet
from nlp.noise import is_noise
from nlp.result import Leaning
from nlp.signed import unsigned

__all__ = ["NONREPORT_EVIDENCE", "NONREPORT_QUIET", "NONREPORT_SURE", "learned_noise"]

NONREPORT_EVIDENCE = 2.0  # a learned non-report table reads a message with less unit evidence ...
NONREPORT_SURE = 150.0  # ... and calls it noise when it leans this far to noise (nlp.nonreport);
NONREPORT_QUIET = 250.0  # with more, one telling nothing wrong and asking nothing at this lean


def learned_noise(table: Leaning, text: str, evidence: float, cues: bool) -> tuple[str, ...]:
    """The learned non-report table's words when it may and does call clean text noise.

    It reads a message the hand rules kept as a report: one saying little of any unit's matter (a
    non-report in a form they do not know), or more when it tells nothing wrong and asks nothing
    (at a higher bar); and one with an emergency's words that the hand rules call a non-report by
    its form (a joke, homework, a thanks letter for a child found), where both must agree; the few
    words with no unit's keyword that an emergency may be are no form. How to reach the writer is
    not read (nlp.signed)."""
    read = is_noise(text, max(evidence, 1.0)) if cues else (
        evidence < NONREPORT_EVIDENCE or quiet(text))
    if not read:
        return ()
    sure = NONREPORT_SURE if cues or evidence < NONREPORT_EVIDENCE else NONREPORT_QUIET
    return table.leaning_words(unsigned(text), "noise", "report", sure)
