"""Where the learned non-report table (nlp.nonreport) may call a message the hand rules kept as a
report noise, and how sure it must be; chosen on the validation sets and a cross-validation over
the routing sets' authors, as nlp.urgent_now is for the learned emergency table.
"""

from __future__ import annotations

import re

from nlp.idle import quiet
from nlp.noise import after_greeting, is_noise
from nlp.nonreport_told import told_after
from nlp.result import Leaning
from nlp.signed import unsigned
from nlp.untroubled import closing_complaint

__all__ = ["NONREPORT_EVIDENCE", "NONREPORT_QUIET", "NONREPORT_SURE", "learned_noise"]

NONREPORT_EVIDENCE = 2.0  # a learned non-report table reads a message with less unit evidence ...
NONREPORT_SURE = 100.0  # ... and calls it noise when it leans this far to noise (nlp.nonreport);
NONREPORT_QUIET = 250.0  # with more, one telling nothing wrong and asking nothing at this lean
# A grievance in a report's own form, whatever words it shares with a chat's (a day, an hour, a
# library): what was said, then what happened instead (说明天检修，结果今天上午就掐了), why a
# thing is not done (图书馆周末为什么不开门), or a call on someone in charge to answer or act
# (到底真的假的 谁出来说句话, 谁来管管, 谁能给个说法).
_GRIEVANCE = re.compile(
    r"(说|讲|答应|通知)[^。!！?？]{0,12}[,，]\s*结果|(为什么|为啥|怎么|咋)(还|又|就|总|老)?(不|没)"
    r"|谁(出来|来|能|给)[^。!！?？]{0,3}(说句话|说一声|管管|管一管|管一下|解释|回应|说法)")


def learned_noise(table: Leaning, text: str, evidence: float, cues: bool) -> tuple[str, ...]:
    """The learned non-report table's words when it may and does call clean text noise.

    It reads a message the hand rules kept as a report: one saying little of any unit's matter (a
    non-report in a form they do not know), or more when it tells nothing wrong and asks nothing
    (at a higher bar); and one with an emergency's words that the hand rules call a non-report by
    its form (a joke, homework, a thanks letter for a child found), where both must agree; the few
    words with no unit's keyword that an emergency may be are no form. How to reach the writer is
    not read (nlp.signed), nor a message whose later sentence tells the writer's own trouble
    whatever opens it (nlp.nonreport_told) or that ends on a complaint after small talk
    (nlp.untroubled.closing_complaint), or that opens with a greeting (nlp.noise.after_greeting),
    unless what follows, read alone, leans to noise, nor one telling a
    promise broken or asking why a thing is not done."""
    if _GRIEVANCE.search(text):
        return ()
    read = is_noise(text, max(evidence, 1.0)) if cues else (
        evidence < NONREPORT_EVIDENCE or quiet(text))
    if not read:
        return ()
    sure = NONREPORT_SURE if cues or evidence < NONREPORT_EVIDENCE else NONREPORT_QUIET
    # The opening leant it to noise: what follows (the writer's own trouble told after it, a
    # complaint clause after small talk: …出门记得戴口罩，就是挂号排队等了半天, or whatever follows a
    # greeting: 早上好，今天的水怎么是黄的), read alone, does not.
    rest = told_after(text) or closing_complaint(text) or after_greeting(text)
    if rest and not table.leaning_words(unsigned(rest), "noise", "report", sure):
        return ()
    return table.leaning_words(unsigned(text), "noise", "report", sure)
