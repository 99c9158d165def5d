"""Tickets: states, transitions, numbers and deadlines. Pure: no I/O, `now` is a parameter."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from bot.config import DeadlinesConfig
from bot.domain.calendar import WorkCalendar


class State(StrEnum):
    NEW = "new"  # 受理, awaiting the unit's 签收
    ACCEPTED = "accepted"  # 签收, 办理中
    RESOLVED = "resolved"  # 办结, the unit's answer sent to the citizen
    CLOSED = "closed"  # 回访 done, 销号
    REOPENED = "reopened"  # citizen unsatisfied: back to the unit (重办)
    WITHDRAWN = "withdrawn"  # cancelled by the citizen


# In this order in the partial index over open tickets (bot/store/schema.py).
OPEN_ORDER = (State.NEW, State.ACCEPTED, State.REOPENED)
OPEN_STATES = frozenset(OPEN_ORDER)
# Awaiting the unit's 签收: new (or handed on), or back for 重办. /reply, /done and /project sign
# such a ticket on the way.
AWAITING_SIGNATURE = frozenset({State.NEW, State.REOPENED})
# What /list can show, besides the states themselves.
LIST_FILTERS = ("open", "all", "new", "accepted", "resolved", "closed", "reopened", "withdrawn",
                "overdue", "urgent", "project")

# Which actions may move a ticket from which state, and where to.
TRANSITIONS: dict[str, dict[State, State]] = {
    "accept": {State.NEW: State.ACCEPTED, State.REOPENED: State.ACCEPTED},
    "resolve": {State.ACCEPTED: State.RESOLVED, State.NEW: State.RESOLVED,
                State.REOPENED: State.RESOLVED},
    "close": {State.RESOLVED: State.CLOSED},
    # From closed too: a late 回访 answer (未解决, 不满意) after a 默认满意 closure.
    "reopen": {State.RESOLVED: State.REOPENED, State.CLOSED: State.REOPENED},
    "withdraw": {State.NEW: State.WITHDRAWN, State.ACCEPTED: State.WITHDRAWN,
                 State.REOPENED: State.WITHDRAWN},
    "transfer": {State.NEW: State.NEW, State.ACCEPTED: State.NEW, State.REOPENED: State.REOPENED},
}


class TransitionError(Exception):
    """The action is not possible in the ticket's current state."""


def next_state(action: str, current: State) -> State:
    """The state after `action`, or TransitionError."""
    target = TRANSITIONS[action].get(current)
    if target is None:
        raise TransitionError(f"{action} not allowed in state {current}")
    return target


NUMBER_RE = re.compile(r"^\d{8}-\d{4,}$")
OFFICE_OPENS = dt.time(9, 0)  # county offices open; reminders come within office hours


def format_number(day: dt.date, seq: int) -> str:
    """`YYYYMMDD-NNNN`: the date of receipt in county time and the day's sequence number."""
    return f"{day:%Y%m%d}-{seq:04d}"


def looks_like_number(text: str) -> bool:
    return bool(NUMBER_RE.match(text))


def deadline_for(
    received: dt.datetime, urgent: bool, deadlines: DeadlinesConfig, calendar: WorkCalendar
) -> dt.datetime:
    """办理时限: `urgent_hours` for urgent items (emergencies keep no office hours), else the end
    of the `normal_working_days`-th working day after receipt."""
    if urgent:
        return received + dt.timedelta(hours=deadlines.urgent_hours)
    return working_days_ahead(received, deadlines.normal_working_days, deadlines, calendar)


def turned_urgent(deadline: dt.datetime | None, told: dt.datetime, deadlines: DeadlinesConfig,
                  calendar: WorkCalendar) -> dt.datetime:
    """The limit of a ticket whose words turn urgent at `told` (an edit telling an emergency,
    maybe days after the first words): `urgent_hours` from `told`, when the unit learnt of the
    emergency — or its own limit when that is still ahead and sooner. Never one already past:
    the citizen would be told a gone date, and the unit be overdue (督办, 约谈/通报) at once."""
    urgent = deadline_for(told, True, deadlines, calendar)
    return deadline if deadline is not None and told < deadline < urgent else urgent


def working_days_ahead(start: dt.datetime, days: int, deadlines: DeadlinesConfig,
                       calendar: WorkCalendar) -> dt.datetime:
    """The end of the working day (`workday_end`, county time) `days` working days after
    `start`'s date: a deadline is a day's close of business, not the minute something arrived."""
    moment = calendar.add_working_days(start, days).astimezone(calendar.tz)
    return dt.datetime.combine(moment.date(), deadlines.workday_end, calendar.tz).astimezone(dt.UTC)


def close_of_working_day(day: dt.date, deadlines: DeadlinesConfig,
                         calendar: WorkCalendar) -> dt.datetime:
    """The close of business (`workday_end`, county time, in UTC) of `day`, or of the next
    working day when `day` is a day off: a limit set by the day (a 实事项目's completion date,
    a 督办's 三天内) is never due on a Sunday or a holiday."""
    while not calendar.is_workday(day):
        day += dt.timedelta(days=1)
    return dt.datetime.combine(day, deadlines.workday_end, calendar.tz).astimezone(dt.UTC)


def urgent_step(deadlines: DeadlinesConfig) -> dt.timedelta:
    """What a working day of escalation is for an urgent ticket: its limit in hours is to it
    what `normal_working_days` are to a normal one (24 h over 5 days: 4 h 48 min), so 督办 and
    约谈/通报 come as many steps after its deadline, and 限期办结 as many steps ahead — hours,
    not days, for a matter that could not wait a day."""
    step = dt.timedelta(hours=deadlines.urgent_hours) / max(1, deadlines.normal_working_days)
    return max(dt.timedelta(seconds=int(step.total_seconds())), dt.timedelta(minutes=1))


def overdue_steps(ticket: Ticket, now: dt.datetime, deadlines: DeadlinesConfig,
                  calendar: WorkCalendar) -> int:
    """How far past its deadline a ticket is, in the steps escalation counts: whole working
    days, or for an urgent ticket whole `urgent_step`s."""
    return steps_late(ticket.deadline, ticket.urgent, now, deadlines, calendar)


def steps_late(deadline: dt.datetime | None, urgent: bool, now: dt.datetime,
               deadlines: DeadlinesConfig, calendar: WorkCalendar) -> int:
    """`overdue_steps` of a deadline (a ledger's or digest's row has no Ticket)."""
    if deadline is None or now <= deadline:
        return 0
    if urgent:
        return (now - deadline) // urgent_step(deadlines)
    return calendar.working_days_between(deadline, now)


def urge_limit(ticket: Ticket, now: dt.datetime, deadlines: DeadlinesConfig,
               calendar: WorkCalendar) -> dt.datetime:
    """限期办结 of a 督办: `urge_after_working_days` (at least one) working days ahead, or for an
    urgent ticket that many `urgent_step`s, to the minute."""
    steps = max(1, deadlines.urge_after_working_days)
    if ticket.urgent:
        return (now + steps * urgent_step(deadlines)).replace(second=0, microsecond=0)
    return working_days_ahead(now, steps, deadlines, calendar)


def urge_due(ticket: Ticket, deadlines: DeadlinesConfig, calendar: WorkCalendar
             ) -> dt.datetime | None:
    """When the follow-up loop issues the 督办 of a ticket past its deadline: once it is
    `urge_after_working_days` steps overdue (bot.actions.followup); None without a deadline."""
    if ticket.deadline is None:
        return None
    steps = deadlines.urge_after_working_days
    if ticket.urgent:
        return ticket.deadline + max(0, steps) * urgent_step(deadlines)
    return calendar.add_working_days(ticket.deadline, max(0, steps))


def remind_at(ticket: Ticket, remind_before: dt.timedelta, calendar: WorkCalendar,
              workday_end: dt.time = dt.time(18, 0)) -> dt.datetime | None:
    """When the unit is reminded of the deadline: `remind_before` ahead of it, within a working
    day's office hours (OFFICE_OPENS to `workday_end`), never later than that — a moment on a day
    off moves back to the last working day (a Monday deadline is reminded on Friday), one at or
    after close to 09:00 that day (the unit has the day to act), one before 09:00 to 09:00 of the
    working day before — and never before the ticket arrived (then the next working morning).
    Halfway through a time limit no longer than that, and on the clock, for an urgent ticket
    (emergencies keep no office hours). None without a deadline or a reminder."""
    if ticket.deadline is None or remind_before <= dt.timedelta(0):
        return None
    span = ticket.deadline - ticket.received_at
    moment = ticket.deadline - (remind_before if span > remind_before else span / 2)
    if ticket.urgent:
        return moment
    local = moment.astimezone(calendar.tz)
    day = local.date()
    if local.time() < OFFICE_OPENS:
        day -= dt.timedelta(days=1)
    while not calendar.is_workday(day):
        day -= dt.timedelta(days=1)
    if day != local.date() or local.time() >= workday_end:
        moment = dt.datetime.combine(day, OFFICE_OPENS, calendar.tz).astimezone(dt.UTC)
    if moment < ticket.received_at:  # the next working morning after it arrived
        day = ticket.received_at.astimezone(calendar.tz).date() + dt.timedelta(days=1)
        while not calendar.is_workday(day):
            day += dt.timedelta(days=1)
        morning = dt.datetime.combine(day, OFFICE_OPENS, calendar.tz).astimezone(dt.UTC)
        moment = min(morning, ticket.deadline)
    return moment


HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


# A position word after a thing (冰箱里, 马路上, 河边): where, not what. Not after 不/得/没, where
# the character completes a verb (门关不上, 吃不上水 are matters).
POSITIONS = "里上边下旁"
_COMPLEMENT = "不得没"


def _described(word: str) -> bool:
    """A word that tells how or where, not what: a reduplication (黑乎乎 ABB, 坑坑洼洼 AABB,
    哗啦哗啦 ABAB, 嗡嗡 AA) or a thing with a position word (冰箱里)."""
    n = len(word)
    if (n == 2 and word[0] == word[1]) or (n == 3 and word[1] == word[2]) \
            or (n == 4 and ((word[0] == word[1] and word[2] == word[3]) or word[:2] == word[2:])):
        return True
    return n >= 2 and word[-1] in POSITIONS and word[-2] not in _COMPLEMENT


def topic_words(keywords: Iterable[str]) -> list[str]:
    """Routing keywords as topics people read: whole Chinese words only (a keyword the router
    matched in English, "wifi" or "ATM", is no topic for a Chinese digest), a homophone hit
    ("停电(挺电)") as the word it stands for, a word the lexicon holds with its particle (停水了)
    as the word, each once, and none that another one holds (水表 beside 水表漏水 would read as
    a stutter). A word that describes rather than names (黑乎乎, 冰箱里), which the router may
    keep beside the words that decided, is no topic."""
    words = (_bare(keyword.split("(", 1)[0].strip()) for keyword in keywords)
    topics = list(dict.fromkeys(word for word in words
                                if len(word) >= 2 and HAN.search(word) and not _described(word)))
    return [word for word in topics if not any(word != other and word in other for other in topics)]


def _bare(word: str) -> str:
    """A keyword without the particle 了 it was stored with (停水了 → 停水; 坏了 and 电没了, where
    没了 is the verb, stay)."""
    return word[:-1] if word.endswith("了") and len(word) > 2 and not word.endswith("没了") \
        else word


def parse_time(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def iso(moment: dt.datetime) -> str:
    """Stored form of a moment: ISO 8601 in UTC, sortable as text."""
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Ticket:
    """One ticket as stored; moments are aware datetimes in UTC."""

    id: int
    number: str
    citizen_id: int  # Telegram user id of the citizen, 0 for offline demands
    chat_id: int  # where updates about the ticket go (citizen, or the staff who logged it)
    citizen_name: str
    channel: str  # telegram | offline
    text: str
    unit: str
    state: State
    urgent: bool
    overdue: bool
    project: bool
    keywords: str  # JSON list of the routing keywords
    received_at: dt.datetime
    deadline: dt.datetime | None
    result: str | None
    measures: str | None
    plan: str | None
    reopen_count: int
    transfer_count: int
    urge_count: int
    logged_by: int
    rating: str | None  # a bot.domain.visit.Rating code
    accepted_at: dt.datetime | None = None
    resolved_at: dt.datetime | None = None
    closed_at: dt.datetime | None = None
    rated_at: dt.datetime | None = None
    contacted: bool | None = None
    solved: bool | None = None
    extension_days: int = 0  # pending extension request, until /approve
    extension_reason: str = ""
    extension_until: dt.datetime | None = None  # a 实事项目's later completion date, pending
    urge_deadline: dt.datetime | None = None
    logged_unit: str = ""  # the unit of the staff member who logged an offline demand
    pending_until: dt.datetime | None = None  # a caption-less photo waits for its words
    known_names: tuple[str, ...] = ()  # names found in its texts (bot.domain.privacy)
    phone: str = ""  # shared by the citizen for call-backs; read through /contact only
    also: tuple[str, ...] = ()  # the other units its words concern (另涉及), as routed

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Ticket:
        received = parse_time(row["received_at"])
        assert received is not None
        return cls(
            id=row["id"], number=row["number"], citizen_id=row["citizen_id"] or 0,
            chat_id=row["chat_id"] or 0, citizen_name=row["citizen_name"] or "",
            channel=row["channel"] or "telegram", text=row["text"], unit=row["unit"],
            state=State(row["state"]), urgent=bool(row["urgent"]), overdue=bool(row["overdue"]),
            project=bool(row["project"]), keywords=row["keywords"] or "",
            received_at=received, deadline=parse_time(row["deadline"]), result=row["result"],
            measures=row["measures"], plan=row["plan"], reopen_count=row["reopen_count"] or 0,
            transfer_count=row["transfer_count"] or 0, urge_count=row["urge_count"] or 0,
            logged_by=row["logged_by"] or 0, rating=row["rating"],
            accepted_at=parse_time(row["accepted_at"]),
            resolved_at=parse_time(row["resolved_at"]), closed_at=parse_time(row["closed_at"]),
            rated_at=parse_time(row["rated_at"]), contacted=_flag(row["contacted"]),
            solved=_flag(row["solved"]), extension_days=row["extension_days"] or 0,
            extension_reason=row["extension_reason"] or "",
            extension_until=parse_time(row.get("extension_until")),
            urge_deadline=parse_time(row["urge_deadline"]),
            logged_unit=row.get("logged_unit") or "",
            pending_until=parse_time(row.get("pending_until")),
            known_names=tuple(json.loads(row.get("names") or "[]")), phone=row.get("phone") or "",
            also=tuple(json.loads(row.get("also") or "[]")),
        )

    @classmethod
    def stand_in(cls, unit: str) -> Ticket:
        """A ticket of `unit` that nobody reported: for asking what a role may do at all."""
        return cls(id=0, number="", citizen_id=0, chat_id=0, citizen_name="", channel="telegram",
                   text="", unit=unit, state=State.NEW, urgent=False, overdue=False,
                   project=False, keywords="", received_at=dt.datetime.min.replace(tzinfo=dt.UTC),
                   deadline=None, result=None, measures=None, plan=None, reopen_count=0,
                   transfer_count=0, urge_count=0, logged_by=0, rating=None)

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    @property
    def keyword_list(self) -> tuple[str, ...]:
        """The routing keywords its unit was chosen by (stored as a JSON list)."""
        try:
            words = json.loads(self.keywords or "[]")
        except ValueError:
            return ()
        return tuple(str(w) for w in words) if isinstance(words, list) else ()

    @property
    def names(self) -> list[str]:
        """Names known for the ticket (the citizen's Telegram name, names found in its texts),
        masked wherever anyone but the citizen reads about it."""
        return known_names(self.citizen_name, self.known_names)


# The states in which a ticket command can act (the commands check it again and say why not);
# reading and noting take any state.
FINISHED = frozenset({State.RESOLVED, State.CLOSED})  # 办结: the unit has given its result
_TAKING: dict[str, frozenset[State]] = {
    "accept": frozenset(TRANSITIONS["accept"]), "done": frozenset(TRANSITIONS["resolve"]),
    "transfer": frozenset(TRANSITIONS["transfer"]), "reply": OPEN_STATES | {State.RESOLVED},
    "extend": OPEN_STATES, "project": OPEN_STATES, "urge": OPEN_STATES, "approve": OPEN_STATES,
    "publish": frozenset({State.CLOSED}),  # a result its citizen confirmed at the 回访
}


def takes(action: str, ticket: Ticket) -> bool:
    """Whether `ticket` is in a state where a command can take `action` on it (/approve: with
    an extension pending): how a short number several tickets share is narrowed down."""
    if ticket.state not in _TAKING.get(action, frozenset(State)):
        return False
    return action != "approve" or bool(ticket.extension_days or ticket.extension_until)


def known_names(citizen_name: str | None, found: str | tuple[str, ...] | None) -> list[str]:
    """The names to mask in a ticket's texts: its citizen's Telegram name and the names found
    (stored as a JSON list)."""
    names = json.loads(found) if isinstance(found, str) else list(found or ())
    return [citizen_name, *names] if citizen_name else names


def _flag(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def urged_past(ticket: Ticket) -> bool:
    """A 督办 issued past the deadline in force gave the unit a later 限期办结 (a supervisor's
    /urge, or the follow-up loop's): the 限期 the unit now works to, the deadline staying."""
    return ticket.urge_deadline is not None and ticket.deadline is not None \
        and ticket.urge_deadline > ticket.deadline
