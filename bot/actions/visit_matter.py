"""Which matter words typed to the bot are of, for the 回访 readers (bot/actions/visit_typed.py)
and the citizen's message loop (bot/actions/citizen.py): a ticket's own matter still not put right
(还是没水), more of a reopened one, another unit's matter told at length, or a new matter told
after a turn (另外…)."""

from __future__ import annotations

import re

from sqlite_utils import Database

from bot.actions.desk import Desk, Incoming, RouterLike
from bot.config import FALLBACK_UNIT
from bot.domain.tickets import State, Ticket
from bot.domain.visit import is_short, still_unsolved
from bot.domain.visit_clauses import fits, matter_named
from bot.store import tickets
from nlp.addition import addition_starts, opens_addition, without_turn
from nlp.chase import numbered_chase
from nlp.fragments import bare_duration, place_only, plea_only, thing_at_place, who_is_writing
from nlp.router import RouteResult
from nlp.tokenizer import normalize

_WORDED = re.compile(r"[\u4e00-\u9fff]|[A-Za-z]{2,}")  # words, not a digit, sign or emoji alone


def new_matter(desk: Desk, rest: str, units: set[str]) -> bool:
    """Whether the words after a late answer tell another matter: in another unit's words
    (不满意，我家还停电了), not more of this one (the dogs are still there)."""
    route = desk.router.route(rest) if rest.strip() else None
    return route is not None and route.kind == "report" and bool(route.keywords) \
        and route.unit not in units | {FALLBACK_UNIT}


def configured(desk: Desk, route: RouteResult | None, units: set[str]) -> bool:
    """Whether the message names another unit's matter by one of that unit's own configured
    keywords (还是没电 at a water ticket), not merely by a word a router leans on (还是不行)."""
    unit = desk.config.unit(route.unit) if route is not None and route.unit not in units \
        else None
    own = {word.partition(":")[0] for word in unit.keywords} if unit is not None else set()
    return bool(own) and route is not None and any(k in own for k in route.keywords)


def told_after(desk: Desk, text: str) -> str:
    """A new matter told after a turn (另外…) in words a unit's keywords name: the words from
    the turn on, to be read as a new message; "" when there is none."""
    cut = min(addition_starts(text), default=None)
    if cut is None:
        return ""
    told = without_turn(text[cut:]).strip()
    route = desk.router.route(told)
    return told if told and route.kind == "report" and route.keywords else ""


def said_to_visit(desk: Desk, route: RouteResult | None, text: str) -> bool:
    """Whether words that answer nothing are still said to the 回访 waiting (你们自己心里清楚):
    they name no matter of any unit, are no emergency, chase, greeting or thanks, turn to
    nothing new (另外…), name no ticket and are no piece of a report (a place, who is writing,
    a plea, how long) — kept on the visit and its question asked again,
    never a ticket at the hotline nor a 补充 to another ticket."""
    if route is None or route.urgent or route.keywords or opens_addition(text) \
            or numbered_chase(normalize(text)) is not None:
        return False
    if not _WORDED.search(text):
        return False  # 1, 👍, ??: no words said to anyone
    if place_only(text) or who_is_writing(text) is not None or plea_only(text) \
            or bare_duration(text) or thing_at_place(text):
        return False  # 俺是后王楼村的, 我是她孙子, 快点来修吧, 三天咧, 就是我们村东头那个桥:
        # a report's, told in pieces
    if route.kind == "noise":
        return desk.router.noise_topic(text) in ("", "vague", "question")
    return route.kind == "report"


def elsewhere(route: RouteResult | None, text: str, units: set[str]) -> bool:
    """Another unit's matter told at length (家里又停电了，很不满意，麻烦赶紧派人来修一下): a new
    report, whatever answer words it holds."""
    return route is not None and route.kind == "report" and not is_short(text) \
        and route.unit not in units | {FALLBACK_UNIT}


def still_own(desk: Desk, ticket: Ticket, units: set[str], text: str,
               route: RouteResult | None = None, router: RouterLike | None = None) -> bool:
    """Whether `text` says the ticket's own matter is still not put right (还在闹呢，一点没改;
    楼上那家还是天天晚上闹腾 at a noise ticket's 回访; 路灯还是不亮 at one passed on from the
    lamps' unit): no matter named but it, nor another (另外…, an emergency, 还是没电 at a
    water ticket's)."""
    if opens_addition(text) or not still_unsolved(text):
        return False
    router = router or desk.router
    route = route or router.route(text)  # `route`: the text's, when already routed
    matter = matter_named(text, router)
    if route.urgent:
        return False
    if not matter.words and not (route.kind == "report" and route.keywords):
        return True
    return fits(matter, ticket.text, ticket.keyword_list, list(units)) >= 2 \
        or (route.unit in units and bool(route.keywords))


def more_of_reopened(desk: Desk, ticket: Ticket, text: str,
                      route: RouteResult | None = None) -> bool:
    """Whether `text` tells more of the ticket's matter while it is being sent back (重办, or
    its 回访 said 未解决): still not put right (还是没水), or a few words its unit's own (水压
    还是很小) — not another matter (另外…, or another unit's: 还是没电) nor an emergency."""
    if not (ticket.state is State.REOPENED or ticket.solved is False) or opens_addition(text):
        return False
    route = route or desk.router.route(text)  # `route`: the text's, when already routed
    if route.urgent or (route.keywords and route.unit not in (ticket.unit, FALLBACK_UNIT)):
        return False  # 还是没电 with a water ticket reopened: another unit's matter
    return still_unsolved(text) or (is_short(text) and route.unit == ticket.unit
                                    and bool(route.keywords))


def finished_matter(desk: Desk, db: Database, msg: Incoming, route: RouteResult | None = None,
                    router: RouterLike | None = None) -> Ticket | None:
    """The citizen's just-finished ticket (办结, its 回访 not asked yet) whose own matter `msg`
    says is still not put right (胡说，俺家到现在还是没水 right after the 办结 notice), if any."""
    for ticket in tickets.resolved_of_citizen(db, msg.user_id):
        if tickets.visit_answers(db, ticket.id) is None \
                and not tickets.resolved_by_reporter(db, ticket.id) \
                and still_own(desk, ticket, set(tickets.units_passed(db, ticket)), msg.text,
                               route, router):
            return ticket
    return None


def reopened_matter(desk: Desk, db: Database, msg: Incoming, route: RouteResult | None = None
                    ) -> Ticket | None:
    """The citizen's reopened ticket a message tells more of (还是没水 after a 重办), if any."""
    ticket = tickets.reopened_of_citizen(db, msg.user_id)
    return ticket if ticket is not None and more_of_reopened(desk, ticket, msg.text, route) \
        else None
