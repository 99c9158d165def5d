"""Which of a citizen's 回访 a typed answer belongs to: the visits waiting for an answer, each
with its next question, and the rule for several at once (a sentence answering from a question
goes to the oldest visit at that question; one that fits none is not recorded but asked about).
"""

from __future__ import annotations

from sqlite_utils import Database

from bot.domain.tickets import Ticket
from bot.domain.visit import QUESTIONS, read_answers
from bot.store import tickets


def pending(db: Database, citizen_id: int, only: Ticket | None = None
            ) -> tuple[Ticket, str] | None:
    """The citizen's visit waiting for an answer (the latest asked, or that of `only`) and its
    next question."""
    return next(((ticket, question) for ticket, question in visits(db, citizen_id)
                 if only is None or ticket.id == only.id), None)


def visits(db: Database, citizen_id: int) -> list[tuple[Ticket, str]]:
    """Every visit of the citizen's waiting for an answer, with its next question, newest
    first. A ticket the citizen finished themselves (the unit's only staff member) is none of
    theirs to answer: the supervisors record its visit."""
    found = []
    for ticket in tickets.resolved_of_citizen(db, citizen_id):
        answered = tickets.visit_answers(db, ticket.id)
        if answered is not None and len(answered) < len(QUESTIONS) \
                and not tickets.resolved_by_reporter(db, ticket.id):
            found.append((ticket, QUESTIONS[len(answered)]))
    return found


def names_heard(db: Database, citizen_id: int) -> tuple[str, ...]:
    """The names known on the citizen's tickets whose visit waits: what is typed then is said
    about them, and what becomes a ticket of its own (王德福家到现在还是没水, or a matter told after
    the answers) knows those names too, or its unit would read them unmasked."""
    return tuple(dict.fromkeys(name for ticket, _ in visits(db, citizen_id) for name in ticket.names))


def whose(db: Database, citizen_id: int, text: str) -> tuple[Ticket, str] | tuple[()] | None:
    """Which visit a sentence answers, when the citizen has several waiting: the oldest whose
    question is the first one the sentence answers (联系过，解决了 goes to a visit at 是否联系过您);
    None when it answers from a question none of them is at, before or after theirs (ask which:
    没解决，很不满意 with both at 是否联系过您 may be either's, and is neither's answer yet);
    () to keep the latest (no answer read, or one visit waiting)."""
    said = read_answers(text, QUESTIONS[0]).said
    first = next((q for q in QUESTIONS if q in said), None)
    waiting = visits(db, citizen_id)
    if first is None or len(waiting) < 2:
        return ()
    at_first = [(t, q) for t, q in waiting if q == first]
    return at_first[-1] if at_first else None
