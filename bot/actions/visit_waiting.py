"""Which of a citizen's 回访 a typed answer belongs to: the visits waiting for an answer, each
with its next question, and the rule for several at once — the ticket the citizen names (3号那个
联系过了), else the matter the answer names (路灯那个，有人来过了: the 路灯 ticket's; one that
fits several, as 水到现在也没来 may, is asked about), else the matter the rest of the words tell
(12号那个路灯还是不亮: the 路灯 ticket's), else the visit whose question the bot asked last (or
asked again), if the answer is to that question, else the one visit at the question the
sentence answers from; one that fits none, or several alike (a bare 联系过了 with two visits at
是否联系过您), is not recorded but asked about. A message answering several a sentence each is
read a part for each (`by_sentence`), and one that says it answers them all (都联系过了，两个都
解决了，满意) is each one's (`for_every`).
"""

from __future__ import annotations

import re
from typing import Literal

from sqlite_utils import Database

from bot.actions.desk import RouterLike
from bot.actions.visit_phone import by_supervisors, self_handled, unreached
from bot.domain import reading
from bot.domain.tickets import Ticket
from bot.domain.visit import QUESTIONS, read_answers, read_typed
from bot.domain.visit_ahead import next_question
from bot.domain.visit_clauses import fits, matter_named, number_named
from bot.store import outbox, tickets
from bot.store import visits as store_visits


def pending(db: Database, citizen_id: int, only: Ticket | None = None
            ) -> tuple[Ticket, str] | None:
    """The citizen's visit waiting for an answer (the latest asked, or that of `only`) and its
    next question."""
    return next(((ticket, question) for ticket, question in visits(db, citizen_id)
                 if only is None or ticket.id == only.id), None)


def visits(db: Database, citizen_id: int) -> list[tuple[Ticket, str]]:
    """Every visit of the citizen's waiting for an answer, with its next question, newest
    first. A visit the supervisors record by phone is none of the citizen's to answer: one of
    a ticket they finished themselves (the unit's only staff member), one whose questions never
    reached them, or one that went to the supervisors while the bot could not write to them
    (bot.actions.visit_phone)."""
    found = []
    for ticket in tickets.resolved_of_citizen(db, citizen_id):
        answered = tickets.visit_answers(db, ticket.id)
        question = next_question(answered) if answered is not None else None
        if question is not None and not by_supervisors(db, ticket) \
                and store_visits.asked_citizen(db, ticket):
            found.append((ticket, question))
    return found


def phoned(db: Database, citizen_id: int) -> list[tuple[Ticket, str]]:
    """The citizen's visits the supervisors record by phone only because the bot could not write
    to them when it was asked (a supervisor began the call: bot.actions.unreachable.back left
    it theirs), newest first, with the next question: the citizen's again when they answer it
    in the chat (bot.actions.visit_typed)."""
    found = []
    for ticket in tickets.resolved_of_citizen(db, citizen_id):
        answered = tickets.visit_answers(db, ticket.id)
        question = next_question(answered) if answered is not None else None
        if question is not None and unreached(db, ticket) and not self_handled(db, ticket):
            found.append((ticket, question))
    return found


def names_heard(db: Database, citizen_id: int) -> tuple[str, ...]:
    """The names known on the citizen's tickets whose visit waits: what is typed then is said
    about them, and what becomes a ticket of its own (王德福家到现在还是没水, or a matter told after
    the answers) knows those names too, or its unit would read them unmasked."""
    return tuple(dict.fromkeys(name for ticket, _ in visits(db, citizen_id) for name in ticket.names))


def named(db: Database, citizen_id: int, text: str, router: RouterLike
          ) -> tuple[Ticket, str, str] | None:
    """The waiting visit whose ticket the sentence names (bot/domain/visit_clauses.py
    `number_named`: whole, by its sequence as a chase reads it, or bare: 3号那个联系过了), with the
    sentence left once the number is taken out (那个联系过了), to read the answers from."""
    waiting = visits(db, citizen_id)
    if len(waiting) < 2:
        return None
    found = number_named(text, [ticket.number for ticket, _ in waiting], router)
    if found is None:
        return None
    number, rest = found
    ticket, question = next((t, q) for t, q in waiting if t.number == number)
    return ticket, question, rest


def of_matter(db: Database, citizen_id: int, text: str, router: RouterLike
              ) -> tuple[Ticket, str, str] | Literal["ask"] | None:
    """The waiting visit whose ticket is of the matter an answer names (路灯那个，有人来过了；
    水到现在也没来: its words in the ticket's own words or routing keywords, else a unit word
    of a unit it went to), with the message left once a named start is taken out (有人来过了);
    "ask" when the answer names a matter that fits several of them, or names one at its start
    that fits none (never recorded on another matter's ticket); None when it names none."""
    waiting = visits(db, citizen_id)
    matter = matter_named(text, router)
    if len(waiting) < 2 or not matter.words:
        return None
    close = [(fits(matter, t.text, t.keyword_list, tickets.units_passed(db, t)),
              t, q) for t, q in waiting]
    best = max(rank for rank, _, _ in close)
    fitting = [(t, q) for rank, t, q in close if rank == best > 0]
    answers = any(read_typed(matter.rest, q) for q in QUESTIONS)
    if len(fitting) == 1 and (answers or matter.topic):
        return (*fitting[0], matter.rest)
    return "ask" if answers and (len(fitting) > 1 or matter.topic) else None


_SENTENCE = re.compile(r"[^。；;]+[。；;]*")  # sentences, each answering one visit


def by_sentence(db: Database, citizen_id: int, text: str, router: RouterLike
                ) -> list[tuple[Ticket, str]] | None:
    """A message answering several waiting visits a sentence each (路灯那个修好了，挺满意的。
    停水那个没人联系俺，不满意): each sentence that names one of their tickets, by number or
    matter, with the sentences after it that name none, is that ticket's part, read as the
    one-ticket reading reads a message; None unless two or more tickets are named so, each once,
    the first sentence among them, and none names a matter that fits several or none."""
    parts: list[tuple[Ticket, str]] = []
    for sentence in (m.group() for m in _SENTENCE.finditer(text) if m.group().strip()):
        found = named(db, citizen_id, sentence, router)
        chosen = found or of_matter(db, citizen_id, sentence, router)
        if chosen == "ask" or (chosen is None and not parts):
            return None
        if chosen is None:
            parts[-1] = (parts[-1][0], parts[-1][1] + sentence)
        elif any(t.id == chosen[0].id for t, _ in parts):
            return None
        else:
            parts.append((chosen[0], sentence))
    return parts if len(parts) > 1 else None


# Words that say an answer is every waiting visit's (都联系过了，两个都解决了; both of them):
# a count, when said, must be theirs (两个都 with two waiting, not three).
_EVERY = re.compile(r"(?:(?:这|那)?(?P<count>两|俩|二|三|仨)(?:个|件|张|处)?(?:事|问题|工单)?)?都"
                    r"|全都|全部都?|\bboth(?: of them)?\b|\ball of them\b", re.IGNORECASE)
_COUNTS = {"两": 2, "俩": 2, "二": 2, "三": 3, "仨": 3}


def for_every(db: Database, citizen_id: int, text: str) -> list[tuple[Ticket, str]] | None:
    """A message answering every waiting visit at once (都联系过了，两个都解决了，满意 with two
    waiting; both fixed, satisfied): each visit with the message without those words, read as a
    one-ticket answer; None unless it says so, two or more wait, none past the question the
    answers start from, and the message is nothing but answers (a matter named, a number, a
    remark: whose, or asked about)."""
    waiting = visits(db, citizen_id)
    said = list(_EVERY.finditer(text))
    if len(waiting) < 2 or not said or any(
            found["count"] and _COUNTS[found["count"]] != len(waiting) for found in said):
        return None
    plain = _EVERY.sub("", text)
    reading = read_answers(plain, QUESTIONS[0])
    first = next((q for q in QUESTIONS if q in reading.said), None)
    if first is None or reading.rest.strip() \
            or any(QUESTIONS.index(q) > QUESTIONS.index(first) for _, q in waiting):
        return None  # one visit past the answers' first question would have it answered twice
    return [(ticket, plain) for ticket, _ in waiting]


def whose(db: Database, citizen_id: int, text: str, router: RouterLike
          ) -> tuple[Ticket, str] | tuple[()] | None:
    """Which visit a sentence answers, when the citizen has several waiting: the one whose
    ticket's matter the rest of it tells (没解决，路灯还是不亮: the 路灯 ticket's, by its words or
    its unit), else the one whose later question the bot asked last if the sentence answers
    from it (解决了，谢谢 right after 工单 0006 第二个问题), else the only one whose question is the
    first one the sentence answers (联系过，解决了 goes to the one visit at 是否联系过您); None when
    it answers from a question none of them is at, before or after theirs, or several are at
    it (ask which: 没解决，很不满意 or a bare 联系过了 with both at 是否联系过您 may be either's,
    and is neither's answer yet); () to keep the latest (one visit waiting). Read from no
    question on, it is the visit whose question is the latest in the chat, when it answers
    that question (9分 after a 满意度) or nothing (a remark); None when it answers another."""
    reading = read_answers(text, QUESTIONS[0])
    first = next((q for q in QUESTIONS if q in reading.said), None)
    waiting = visits(db, citizen_id)
    if len(waiting) < 2:
        return ()
    latest = asked_last(db, waiting)
    if first is None:
        # No answer from the first question on: one to the question asked last (9分 right
        # after a 满意度 was asked); one to another question (9分 with 是否联系过您 asked
        # last) is any visit's: ask which; words answering nothing are the one asked last's.
        if latest[1] in read_typed(text, latest[1]):
            return latest
        return None if any(read_typed(text, q) for q in QUESTIONS) else latest
    if reading.rest and (matter := _by_matter(router, waiting, reading.rest)) is not None:
        return matter
    # A question asked after an answer (not the first ones, sent together by the tick), or
    # asked again after words kept on its ticket (请再回答一下这个问题：经办人是否联系过您？).
    last = outbox.last_sent_key(db, waiting[0][0].chat_id) or ""
    asked = [(t, q) for t, q in waiting if q == first and last.startswith(f"push:{t.id}:visit:")
             and ((last.endswith(f":{q}") and q != QUESTIONS[0]) or f":{q}:again:" in last)]
    if asked:
        return asked[0]
    alike = [t for t, q in waiting if q == first and t.id != latest[0].id]
    if latest[1] == first and (first != QUESTIONS[0] or all(
            store_visits.question_asked(db, t)[0] < store_visits.question_asked(db, latest[0])[0]
            for t in alike)):
        return latest  # 很满意 with a 满意度 asked last; 没人联系过我 with one 回访 asked after
        # the others (those the tick asks together are alike: asked which)
    at_first = [(t, q) for t, q in waiting if q == first]
    # Several at that question (联系过了 with two visits asked together): either may be meant,
    # and the answer goes to neither until the citizen says which.
    return at_first[0] if len(at_first) == 1 else None


def asked_last(db: Database, waiting: list[tuple[Ticket, str]]) -> tuple[Ticket, str]:
    """Of several waiting visits, the one whose question is the latest in the chat (asked,
    or asked again)."""
    return max(waiting, key=lambda visit: store_visits.question_asked(db, visit[0])[1])


def _by_matter(router: RouterLike, waiting: list[tuple[Ticket, str]], text: str
               ) -> tuple[Ticket, str] | None:
    """The one waiting visit whose ticket tells the matter `text` does: by a keyword of it in
    the ticket's own words, else by its unit; None when none or several do."""
    route = router.route(text)
    if not route.keywords:
        return None
    for words, unit in ((route.keywords, None), ((), route.unit)):  # its words, then its unit
        found = [(t, q) for t, q in waiting if reading.about(reading.Open.of(t), words, unit)]
        if len(found) == 1:
            return found[0]
    return None
