"""One report told over several short messages stays one ticket.

An elderly citizen types the way she talks: 喂 / 俺是后王楼村的 / 俺家门口那个路灯 / 坏了好几天了 /
晚上黑咕隆咚的俺不敢出门. What the lines mean for tickets (the lines themselves are read by
nlp.fragments):

- A place-only line with no report to belong to is held for the next one, as a shared location
  waits for its words (`[intake] photo_wait_minutes`): the ticket that report opens carries it.
- A line that names no matter of its own (a time, a state, a feeling, a consequence) or names the
  very matter of the citizen's latest report, within JOIN_MINUTES of the citizen's last words on
  it, joins that report as a 补充: stored, told to its unit, one reply. A line that turns to
  another matter (另外…), names another matter, asks after the handling or is an emergency does
  not: it goes its usual way.
- Someone introducing himself as writing for a relative (我是她孙子, this is for my grandma) is
  welcomed and opens no ticket; a place or detail he gives for an earlier matter joins its ticket,
  and a matter he tells in the same line (帮我奶奶发的：她的养老金三个月没到账了) is a report.

Real reports still become numbered tickets at once.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from sqlite_utils import Database

from bot.actions import chase, supplement
from bot.actions.desk import Desk, Incoming
from bot.domain.reading import Open, Router, about
from bot.domain.tickets import State, Ticket
from bot.store import held, tickets
from bot.texts import threads as texts
from nlp import chase_referred, fragments
from nlp.addition import opens_addition
from nlp.emoji_matters import told
from nlp.english_lines import in_letters
from nlp.fragments import names_no_matter, place_only, who_is_writing
from nlp.router import RouteResult
from nlp.tokenizer import normalize

JOIN_MINUTES = 5  # a detail within this time of the citizen's last words on a report joins it
THING_MINUTES = 1  # what is wrong with a thing named alone (那个小桥 / 栏杆断了两节) follows it this soon
PLEA_MINUTES = 30  # a plea alone (快点来修吧) this soon after a report is about it
EARLIER_HOURS = 24  # a helper's detail for an earlier matter (刚才那个路灯的事…) looks back this far
_ASKS = re.compile(r"[?？吗呢]|怎么|咋还|啥时|什么时候|何时|有没有人|有人管|没人管|管不管|到底|"
                   r"还没(?:人|来|修|弄|管)|没人来|催")
_QUIET_TOPICS = frozenset({"greeting", "thanks", "privacy", "howto", "hours", "meta", "chase",
                           "vague", "language"})
_WORDS = re.compile(r"[\s\W_]+")
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class Thread:
    """What a message is to the report it belongs to: `hold` (a place kept for the next report),
    `join` (a detail of `ticket`), `plea` (快点来修吧 about `ticket`: a chase of it), `helper`
    (who is writing, nothing else) or `report` (a report that takes the held `text`, routed as
    `route` when a helper's words besides tell it)."""

    kind: str
    ticket: Ticket | None = None
    text: str = ""
    helper: bool = False
    route: RouteResult | None = None


def read(desk: Desk, db: Database, msg: Incoming, route: RouteResult | None,
         now: dt.datetime, mine: Sequence[Open], router: Router) -> Thread | None:
    """What this text message is to a report told in pieces, or None when it is none of that.
    `mine`: the writer's tickets as receive loaded them (bot/actions/matters.opens); `router`:
    the message's readers' one (bot/domain/reading.Memo): nothing is loaded or routed again."""
    if msg.kind != "text" or route is None or route.urgent or msg.reply_to:
        return None
    rest = who_is_writing(msg.text)
    helper = rest is not None
    said = msg.text if rest is None else rest
    if helper and not said:
        return Thread("helper")
    told = route if not helper else router.route(said)
    if told.urgent:  # an emergency told by a helper is one, whatever the whole line routes as
        return Thread("report", None, "", True, told) if helper else None
    keywords = told.keywords if told.kind == "report" else ()
    recent = [t for t in mine if t.live and t.received is not None
              and t.received >= now - dt.timedelta(hours=EARLIER_HOURS)]
    latest = _latest(db, recent, now)
    if fragments.plea_only(said) and (pleaded := _latest(db, recent, now, PLEA_MINUTES)):
        return _join(db, pleaded, said, helper, "plea")  # 快点来修吧: a chase, never a report
    if place_only(said) or (told.kind == "noise" and fragments.thing_at_place(said)):
        # nothing but where (小区, 家住 are no matter of their own), or a thing there with
        # nothing wrong said yet (就是我们村东头那个桥): for the words of what is wrong
        return _join(db, latest, said, helper) if latest else Thread("hold", None, said, helper)
    if helper and keywords and (earlier := _named(recent, told)):
        return _join(db, earlier, said, True)
    if helper and told.kind == "report":  # 帮我奶奶发的：她的养老金三个月没到账了
        place = held.held(db, msg.user_id, _hold_since(desk, now))
        return Thread("report", None, place or "", True,
                      route if route.kind == "report" and route.keywords else told)
    if latest is not None and _continues(router, latest, said, told, now):
        return _join(db, latest, said, helper)
    if helper:
        return Thread("helper")
    if route.kind == "report" and (place := held.held(db, msg.user_id, _hold_since(desk, now))):
        return Thread("report", None, place)
    return None


def _join(db: Database, ticket: Open, text: str, helper: bool, kind: str = "join"
          ) -> Thread | None:
    """A `join` of `text` to the ticket (loaded to act on it), or a `plea` about it."""
    found = tickets.by_id(db, ticket.id)
    return Thread(kind, found, text, helper) if found is not None else None


def follow(desk: Desk, db: Database, msg: Incoming, thread: Thread, now: dt.datetime,
           report: Callable[[Incoming, RouteResult | None], None]) -> None:
    """Do what `read` found: hold, join, welcome, answer a plea as a chase of its ticket, or file
    the report (by `report`, with the route `read` chose, None for the message's own) with the
    place held for it."""
    if thread.kind == "plea" and thread.ticket is not None:
        chase.chase(desk, db, msg, now, thread.ticket.number)
    elif thread.kind == "helper":
        desk.say(db, msg, "helper", texts.HELPER_WELCOME, now)
    elif thread.kind == "hold":
        held.hold(db, msg.user_id, thread.text, now)
        desk.say(db, msg, "held", texts.place_held(place_only(thread.text) or fragments.thing_at_place(
            thread.text) or thread.text), now)
    elif thread.kind == "join" and thread.ticket is not None:
        supplement.add(desk, db, thread.ticket, msg, thread.text, now,
                       texts.detail_added(thread.ticket.number, thread.helper))
    else:
        held.drop(db, msg.user_id)
        place = thread.text.rstrip("。.!！~～ ")
        joint = ". " if in_letters(place) else "，"  # I live in Houwanglou village. The light…
        report(replace(msg, text=f"{place}{joint}{msg.text.strip()}") if place else msg,
               thread.route)


def _latest(db: Database, recent: Sequence[Open], now: dt.datetime,
            minutes: int = JOIN_MINUTES) -> Open | None:
    """The citizen's latest report, if it is still with its unit (not waiting for words, not
    back for 重办, not logged by staff) and the citizen's last words on it are at most
    `minutes` old."""
    if not recent:
        return None
    ticket = recent[0]
    if ticket.state not in (State.NEW, State.ACCEPTED) or ticket.waiting or ticket.logged \
            or ticket.received is None:
        return None
    last = max(ticket.received, tickets.last_event_at(db, ticket.id, "supplement")
               or ticket.received)
    return ticket if now - last <= dt.timedelta(minutes=minutes) else None


def _continues(router: Router, ticket: Open, text: str, route: RouteResult, now: dt.datetime
               ) -> bool:
    """Whether `text` (routed as `route`) tells more of `ticket`'s matter and of nothing else."""
    if opens_addition(text) or _ASKS.search(normalize(text)) or chase_referred.referred(
            normalize(text)) is not None:  # 停水那个咋样了 asks after the matter: a chase
        return False
    if fragments.near_miss(text, route.keywords):
        return True  # 有个骑电动车的差点掉河里: what the trouble nearly did
    if pictured := told(text):  # 🚰❌😭😭 三天了: a matter in pictures (nlp.emoji_matters)
        route = router.route(pictured)
    if route.kind == "noise" or not route.keywords:
        # A chase or a plea (快点啊, 这都五天了, 麻烦帮忙处理一下) is answered as one; how long the
        # trouble lasts (三天咧) is a detail of the report it follows.
        topic = router.noise_topic(text)
        return names_no_matter(text, ()) and (topic not in _QUIET_TOPICS or (
            topic == "chase" and fragments.bare_duration(text)))
    if _told_again(ticket.text, text):
        return False  # the report told again (a repeat, or louder): its own way (citizen.py)
    if fragments.consequences_only(route.keywords):
        return route.unit == ticket.unit
    if route.unit == ticket.unit and not fragments.own_place(text, ticket.text) and (
            (fragments.no_trouble(text) and fragments.adds_to_matter(text, route.keywords))
            or _wrong_with(ticket, text, now)):
        return True  # 冰箱里还有肉哩 after 没电; 栏杆断了两节 after 那个小桥
    return fragments.adds_to_matter(text, route.keywords) and fragments.same_matter(
        route.keywords, ticket.text, ticket.keywords) and not fragments.own_place(text, ticket.text)


def _wrong_with(ticket: Open, text: str, now: dt.datetime) -> bool:
    """Whether `text` says what is wrong with the thing `ticket` only named (俺村西边那个小桥 /
    栏杆断了两节), told within THING_MINUTES of it."""
    return ticket.received is not None and now - ticket.received <= dt.timedelta(
        minutes=THING_MINUTES) and fragments.no_trouble(ticket.text) and fragments.what_is_wrong(text)


def _told_again(first: str, text: str) -> bool:
    """Whether `text` holds the ticket's words whole, numbers aside (a repeat, a flood of
    第N号投诉…, a louder telling: bot/actions/citizen.py answers those)."""
    return _WORDS.sub("", _DIGITS.sub("", normalize(first))) in _WORDS.sub(
        "", _DIGITS.sub("", normalize(text)))


def _named(recent: Sequence[Open], route: RouteResult) -> Open | None:
    """The citizen's open ticket of the last EARLIER_HOURS whose matter `route`'s words name:
    by the topics table (nlp.fragments.same_matter) or by the reading's rule (a word of the
    ticket's own, bot/domain/reading.about)."""
    for ticket in recent:
        if not ticket.waiting and (fragments.same_matter(
                route.keywords, ticket.text, ticket.keywords)
                or about(ticket, route.keywords, None) == 2):
            return ticket
    return None


def _hold_since(desk: Desk, now: dt.datetime) -> dt.datetime:
    return now - dt.timedelta(minutes=desk.config.intake.photo_wait_minutes)
