"""What a citizen can do: report, add to a report, look up, withdraw, pick a unit. Every entry
point claims its update in the same transaction as the change it makes, so a replayed update
changes nothing and answers nothing twice."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from sqlite_utils import Database

from bot.actions import (
    announce,
    asked,
    changed,
    chase,
    contact,
    earlier,
    forwards,
    matters,
    media,
    mine,
    named_back,
    numbers,
    press_named,
    reading,
    repeats,
    settled,
    supplement,
    threads,
    threats,
    unreachable,
    visit_ahead,
    visit_matter,
    visit_phone_typed,
    visit_typed,
    withdraw,
)
from bot.actions.amend import amend
from bot.actions.desk import Desk, Incoming, answer
from bot.actions.visit_waiting import names_heard
from bot.config import FALLBACK_UNIT
from bot.domain.permissions import authorize
from bot.domain.privacy.whose import card_owner
from bot.domain.reading import Label, Memo, Reading
from bot.domain.tickets import State, Ticket, TransitionError
from bot.render import keyboard
from bot.store import inbox, outbox, people, tickets
from bot.texts import ahead_which as ahead_texts
from bot.texts import amending, common, for_citizen, for_staff, lookup, small_talk
from bot.texts import earlier as earlier_texts
from bot.texts.about_service import about_service
from bot.texts.common import unit_label
from bot.texts.twins import joined
from nlp import withdrawal
from nlp.about_service import asks_about_service
from nlp.router import RouteResult
from nlp.withdrawal import Withdrawal

ATTACHABLE = media.ATTACHABLE
PICK_CHOICES = 3  # unit buttons offered when routing is unsure
NUMBER_IN_TEXT = re.compile(r"\d{8}-\d{4,}")


def receive(desk: Desk, msg: Incoming, now: dt.datetime) -> None:
    """Any private message that is not a command (a caption that only points: none)."""
    msg = media.bare(msg)
    route = desk.router.route(msg.text) if msg.text.strip() else None
    with desk.store.atomic() as db:
        if not inbox.claim(db, msg.update_id, now):
            return
        if not msg.edited and tickets.by_source(db, msg.source_key) is not None:
            return  # the same message under a new update id: it already has its ticket
        if visit_phone_typed.pointed(desk, db, msg, now):
            return  # a supervisor's phone 回访 result typed: its buttons, never thanks
        unreachable.seen(desk, db, msg, now)
        reading.note_language(db, msg.user_id, msg.text)  # answered in the language written
        target = _target_ticket(db, msg, now)
        replied: Ticket | None = None  # a reply to the bot's message about a ticket: which
        wordless = not msg.text.strip()
        # Words typed while a 回访 waits are said about its ticket: a ticket they open knows its
        # names (read before the answers in them may close the visit).
        heard = names_heard(db, msg.user_id) if msg.kind == "text" and not msg.edited else ()
        # The one reading of the message against the writer's tickets (bot/domain/reading.py).
        own = msg.kind == "text" and not msg.edited and msg.forwarded is None  # words of theirs
        wants = withdrawal.read(msg.text) if own else None
        once = Memo(desk.router, {msg.text: route} if route is not None else None)
        theirs = matters.opens(db, msg.user_id) if matters.typed(msg) else []  # loaded once
        read = matters.read(desk, db, msg, route, wants, once, theirs)
        if msg.edited:
            amend(desk, db, msg, route, now, lambda told, said, finished: _report(
                desk, db, told, said, now, again=finished))
        elif msg.kind not in ATTACHABLE and msg.kind != "text":
            # Before replies: a sticker or poll in reply to a ticket must not tell the unit
            # "市民补充：（附件）" with nothing attached.
            desk.say(db, msg, "unsupported", for_citizen.UNSUPPORTED_CONTENT, now)
        elif msg.kind == "text" and wordless:
            # Nothing readable was left (only controls, bidi marks or spaces): no ticket
            # "（附件）" and no empty supplement, just the guidance any gibberish gets.
            _not_a_report(desk, db, msg, "", now)
        elif target is not None and msg.kind == "contact":
            contact.share(desk, db, target, msg, now)  # the ticket's phone, never forwarded
        elif (album := media.album_ticket(db, msg)) is not None:
            media.add_to_album(desk, db, album, msg, route, now)
        elif target is not None and media.waiting(target, now):
            media.add_to_waiting(desk, db, target, msg, route, now)
        elif msg.forwarded is not None and not wordless:  # someone else's words (bot/actions/forwards)
            forwards.take(desk, db, msg, route, now, lambda earlier: _report(
                desk, db, msg, route, now, heard, earlier))
        elif read.label is Label.CORRECTION and (fixed := tickets.by_id(db, read.ticket or 0)):
            _add_to(desk, db, fixed, msg, now)  # 地址说错了，是东门不是西门: the ticket it corrects
        elif read.label is Label.UNSOLVED and (done := tickets.by_id(db, read.ticket or 0)):
            visit_typed.keep_unsolved(desk, db, done, msg, now)  # 瞎说，压根没人来换 after 办结
        elif wants is not None and (read.label is Label.WITHDRAW or wants.numbers):
            # 路灯那个不用办了 with visits waiting; 撤回 N: that ticket only, never another's 回访
            _withdraw(desk, db, msg, wants, None, now, heard, read)
        elif msg.kind == "text" and (not msg.reply_to or (replied := _replied(db, msg))) \
                and (rest := visit_typed.typed(desk, db, msg, route, now, replied, tickets.by_id(
                    db, read.ticket or 0) if read.label is Label.ANSWER else None, once)) \
                is not None:
            # An answer to the visit question waiting for it (解决了 / 没解决 / 不满意); a new
            # matter told after the answers (另外我家门口路灯坏了) is a report of its own, and a
            # chase (0018号怎么还没人管, 3号的事有人管吗) a chase.
            if rest:  # a new matter, or an emergency (visit_typed returns only those)
                _told_besides(desk, db, replace(msg, text=rest), once.route(rest), now, heard)
        elif wants is not None and _withdraw(desk, db, msg, wants, target, now, heard, read):
            pass  # 撤销吧，是我弄错了 opens no ticket: the one meant is offered to withdraw
        elif wants is None and (solved := tickets.by_id(db, settled.meant(db, msg, once, theirs,
                                                                      now) or 0)):
            settled.keep(desk, db, solved, msg, now)  # 桥栏杆已经修好了，不用来了: no new ticket
        elif target is not None and (msg.reply_to or wordless or (
                msg.kind != "text" and route is not None and route.kind == "noise")):
            _add_to(desk, db, target, msg, now)  # a reply, or a photo or place (captioned 现场)
        elif (split := asked.answered_before_more(db, msg, now, once)) is not None \
                and once.route(split[2]).kind == "report":
            questioned, answered, besides = split  # 后王楼村三组。另外俺家门口的路灯也坏了
            _add_to(desk, db, questioned, replace(msg, text=answered), now)
            _told_besides(desk, db, replace(msg, text=besides), once.route(besides), now, heard)
        elif (asking := asked.answered(db, msg, route, now)) is not None:
            _add_to(desk, db, asking, msg, now)  # 3号楼2单元 after the unit asked 哪栋楼几单元？
        elif msg.kind == "contact":
            people.set_phone(db, msg.user_id, msg.data.get("phone_number"),
                             card_owner(msg.user_id, msg.data.get("user_id")))
            desk.say(db, msg, "contact", for_citizen.CONTACT_SAVED, now)
        elif (turned := changed.meant(db, msg, route, now)) is not None:
            changed.keep(desk, db, turned, msg, now)  # 他走了，谢谢警察同志: a 补充, not 不客气
        elif msg.kind == "text" and (named := chase.number_of(db, msg, route)) is not None:
            chase.chase(desk, db, msg, now, named)  # 5号的事有人管吗, 联系过了。0005号怎么还没人管
        elif msg.kind == "text" and (thanks := earlier.thanked(db, msg, once)) is not None:
            _report(desk, db, replace(msg, text=thanks.rest), thanks.route, now, heard)
            earlier.keep_thanks(desk, db, thanks, msg, now)  # 上次路灯修好了谢谢你们，还有…
        elif (thread := threads.read(desk, db, msg, route, now, theirs, once)) is not None:
            # 俺是后王楼村的 / 三天咧
            threads.follow(desk, db, msg, thread, now,
                           lambda m, r: _report(desk, db, m, r or route, now, heard))
        elif msg.kind == "text" and (ahead := visit_ahead.finished_one(db, msg, route, once)):
            visit_ahead.keep(desk, db, *ahead, msg, now)  # 解决了，谢谢 before the 回访 is asked
        elif msg.kind == "text" and (several := visit_ahead.unnamed(db, msg, route, once)):
            desk.say(db, msg, "visit-ahead", ahead_texts.which(several), now)  # whose 修好了?
        elif msg.kind == "text" and not (route is not None and route.urgent) \
                and (finished := visit_matter.finished_matter(desk, db, msg, route, once)) is not None:
            visit_typed.keep_unsolved(desk, db, finished, msg, now)  # 还是没水 after the 办结
        elif msg.kind == "text" and (referred := chase.referred_to(desk, db, msg)) is not None:
            chase.press(desk, db, msg, referred, now)  # 刚才煤气那个事，人到现在还没来
        elif msg.kind == "text" and (pressing := press_named.pressed_ticket(desk, db, msg)):
            chase.press(desk, db, msg, pressing, now)  # 井盖那个事怎么还没人来修，快点啊
        elif msg.kind == "text" and chase.asks_after_all(desk, msg):
            desk.say(db, msg, "chase", mine.listing(db, msg.user_id), now)  # 那几个问题都咋样了
        elif msg.kind == "text" and route is not None and (shown := matters.pictured(
                desk, db, msg.user_id, msg.text, route)) is not None:
            _report(desk, db, msg, shown, now, heard)  # 🚰❌😭😭 三天了: no chase of a police ticket
        elif route is not None and route.kind == "noise" and msg.kind == "text":
            _not_a_report(desk, db, msg, desk.router.noise_topic(msg.text), now)
        elif wordless:  # a photo or place with nothing to join: it waits for its words
            media.open_waiting(desk, db, msg, now)
        elif (waiting := media.waiting_ticket(db, msg.user_id, now)) is not None:
            media.describe(desk, db, waiting, msg, route, now)
        elif (msg.kind == "text" and route is not None and route.urgent
              and (cried := chase.cried_after(db, msg, now)) is not None):
            chase.press(desk, db, msg, cried, now)  # 快来人啊 after the emergency it cries about
        elif msg.kind == "text" and repeats.answer(desk, db, msg, route, now):
            pass  # the same words again soon: no second ticket (an emergency presses its unit)
        elif msg.kind == "text" and (louder := matters.retold(desk, db, msg.text, msg.user_id,
                                                              now)) is not None:
            _add_to(desk, db, louder, msg, now)  # 小区停水了, then …做饭都没水！！到底有没有人管
        elif msg.kind == "text" and (again := visit_matter.reopened_matter(desk, db, msg, route)) \
                and not matters.another_matter(desk, again, msg.text, route):
            supplement.add(desk, db, again, msg, msg.text, now)  # 还是没水 after a 重办
        elif msg.kind == "text" and repeats.again(desk, db, msg, route, now, lambda earlier: _report(
                desk, db, msg, route, now, heard, earlier)):
            pass  # the same matter at the same place days on: a 补充, or linked to the finished one
        else:
            _report(desk, db, msg, route, now, heard)


def _withdraw(desk: Desk, db: Database, msg: Incoming, wants: Withdrawal, target: Ticket | None,
              now: dt.datetime, heard: tuple[str, ...], read: Reading) -> bool:
    """Words to withdraw answered: the tickets meant offered; a correction files the right
    matter (不是停水，是停电) or adds a detail (是3号楼). False when they are no withdrawal."""
    meant = [t for i in read.tickets if (t := tickets.by_id(db, i)) is not None] \
        if read.label is Label.WITHDRAW else None
    done = withdraw.answer(desk, db, msg, wants, target, now, meant)
    if done is None:
        return False
    if done.settle is not None:
        settled.keep(desk, db, done.settle, msg, now)  # 不用你们管了: its unit told, 撤回 offered
    elif done.amend is not None:
        _add_to(desk, db, done.amend, msg, now)
    elif done.file:
        _report(desk, db, msg, desk.router.route(done.file), now, heard)
    return True


def _not_a_report(desk: Desk, db: Database, msg: Incoming, topic: str, now: dt.datetime) -> None:
    """The answer to a message that is no report: by its topic; one we could not read or that
    names no matter (帮我看看这个问题，很急的), from a citizen with tickets being handled, is likely a
    chase and points to /my and /status."""
    if topic == "chase":
        chase.chase(desk, db, msg, now)
        return
    if topic == "language":  # do you speak English? / 你们会说英语吗: yes
        desk.say(db, msg, "noise", small_talk.READS_ENGLISH, now)
        return
    if topic in ("", "vague", "question", "meta", "greeting") and asks_about_service(msg.text):
        county = desk.config.county  # 你们是真的政府部门吗, What can I report here?
        desk.say(db, msg, "noise", about_service(county.name, county.gas_hotline), now)
        return
    still_open = tickets.older_of_citizen(db, msg.user_id, None)[1] if topic in ("", "vague") else 0
    desk.say(db, msg, "noise", for_citizen.noise_reply(topic, still_open), now)


def _target_ticket(db: Database, msg: Incoming, now: dt.datetime) -> Ticket | None:
    """The open ticket a reply, or a caption-less photo or location sent just after, belongs to."""
    ticket = None
    if msg.reply_to:
        ticket = _replied(db, msg)
    elif msg.kind in ATTACHABLE:
        ticket_id = people.recent_ticket(db, msg.user_id, now)
        ticket = tickets.by_id(db, ticket_id) if ticket_id else None
    if ticket is None or ticket.citizen_id != msg.user_id or not ticket.is_open:
        return None
    return ticket


def _replied(db: Database, msg: Incoming) -> Ticket | None:
    """The citizen's ticket (in any state) the bot's message this one replies to was about."""
    if not msg.reply_to:
        return None
    ticket_id = outbox.ticket_for_message(db, msg.chat_id, msg.reply_to)
    ticket = tickets.by_id(db, ticket_id) if ticket_id else None
    if ticket is None:  # its delivery may not be recorded yet: the number is in its text
        number = NUMBER_IN_TEXT.search(msg.reply_text)
        ticket = tickets.by_number(db, number[0]) if number else None
    return ticket if ticket is not None and ticket.citizen_id == msg.user_id else None


def _report(desk: Desk, db: Database, msg: Incoming, route: RouteResult | None,
            now: dt.datetime, names: tuple[str, ...] = (), again: Ticket | None = None) -> None:
    """A new ticket, answered with its number, unit and deadline; the unit is told. `names`
    are known for it from the start (those of a ticket whose 回访 it was typed in, the person a
    forwarded message came from). Told in reply to the bot's message about a finished ticket,
    or telling `again` a finished ticket's matter, it is linked to that one."""
    replied = _replied(db, msg) if msg.reply_to else None
    related = again or (replied if replied is not None and not replied.is_open else None)
    why = earlier.AGAIN if again is not None else earlier.REPLY
    named = None  # 铁锈味那个，…根本没解决: a finished ticket named back (bot/actions/named_back)
    if related is None and (related := earlier.retold_of(db, msg, route, now)) is not None:
        why = earlier.RETOLD
    elif related is None and (named := named_back.read(desk, db, msg, route, now)) is not None:
        related, why, route = named.ticket, named.why, named.route
    text = msg.text.strip() or common.media_placeholder(msg.kind)
    source = msg.source_key  # an edit of a finished ticket's message: that ticket holds its key
    if msg.edited and tickets.by_source(db, source) is not None:
        source = f"{source}:{msg.update_id}"
    ticket = desk.open_ticket(db, route, now, source_key=source, text=text,
                              citizen_id=msg.user_id, chat_id=msg.chat_id,
                              citizen_name=msg.first_name, names=(
                                  *names, *(msg.forwarded.names if msg.forwarded else ())))
    lines = [earlier_texts.related_line(related.number) if related else "",
             forwards.keep(db, ticket, msg, now), threats.citizen_line(ticket),  # 这条是您转发的…的消息
             amending.opened_by_edit() if msg.edited else ""]
    if msg.kind in ATTACHABLE:
        media.attach(db, ticket, msg, now)
    people.set_last_ticket(db, msg.user_id, ticket.id, now)
    to_hotline = ticket.unit == FALLBACK_UNIT
    # An emergency at the hotline is coordinated there: the citizen is not asked to pick a unit.
    buttons = _unit_choices(desk, ticket, route) if to_hotline and not ticket.urgent else None
    desk.acknowledge(db, msg, ticket, route, now, buttons,  # 与您此前的第N号诉求相关
                     joined("\n", (line for line in lines if line)))
    if msg.kind == "text":  # a photo sent just before these words is theirs: told after the
        media.take_trailers(desk, db, msg, ticket, now)  # number, before the unit is shown it
    announce.new_ticket(desk, db, ticket, now)
    if related is not None:
        earlier.link(desk, db, ticket, related, msg, now, why)
    if named is not None:
        named_back.disputed(desk, db, ticket, named, msg, now)  # a published result disputed


def _unit_choices(desk: Desk, ticket: Ticket, route: RouteResult | None
                  ) -> dict[str, object] | None:
    codes = [c.unit for c in route.candidates] if route is not None else []
    codes = [c for c in codes if c != FALLBACK_UNIT and desk.config.unit(c)][:PICK_CHOICES]
    return keyboard([[(unit_label(desk.config, code), f"pick:{ticket.id}:{code}")]
                     for code in codes]) if codes else None


def _told_besides(desk: Desk, db: Database, told: Incoming, route: RouteResult, now: dt.datetime,
                  heard: tuple[str, ...]) -> None:
    """What a message tells after the answers it gives (to a 回访, to a unit's question): a chase
    (0018号怎么还没人管, 3号的事有人管吗) is a chase, anything else a report of its own."""
    if (named := chase.number_of(db, told, route)) is not None:
        chase.chase(desk, db, told, now, named)
    elif route.kind == "noise" and desk.router.noise_topic(told.text) == "chase":
        chase.chase(desk, db, told, now)
    else:
        _report(desk, db, told, route, now, heard)


def _add_to(desk: Desk, db: Database, ticket: Ticket, msg: Incoming, now: dt.datetime) -> None:
    """A reply to the bot's message about a ticket, or media sent right after one (a trailer,
    held back from the unit a few minutes: it may be the next problem's, media.take_trailers)."""
    trailer = media.is_trailer(ticket, msg)
    batch = media.attach(db, ticket, msg, now, trailer) if msg.kind in ATTACHABLE else None
    held = media.held(ticket, msg)  # the unit is shown it with its ticket's caption when released
    supplement.add(desk, db, ticket, msg, msg.text.strip() or common.media_placeholder(msg.kind),
                   now, held=held)
    if batch is not None and not held:
        announce.pass_on_media(desk, db, ticket, now, only=batch)


def welcome(desk: Desk, msg: Incoming, now: dt.datetime) -> None:
    """/start and /help."""
    with desk.store.atomic() as db:
        if inbox.claim(db, msg.update_id, now):
            unreachable.seen(desk, db, msg, now)
            desk.say(db, msg, "welcome", for_citizen.welcome(
                desk.config.county.name, desk.config.county.gas_hotline), now)


def cancel(desk: Desk, msg: Incoming, number: str, now: dt.datetime) -> None:
    """/cancel NUMBER: withdraw an open ticket."""
    with desk.store.atomic() as db:
        if not inbox.claim(db, msg.update_id, now):
            return
        found = numbers.resolve(db, number, lambda t: t.citizen_id == msg.user_id)
        if found.several:  # a sequence several of theirs share: which one, as /status asks
            desk.say(db, msg, "cancel", lookup.status_ambiguous(
                number, list(found.several), found.count, "cancel"), now)
            return
        ticket = found.ticket
        actor = people.actor_of(db, desk.config, msg.user_id)
        if not authorize(actor, "cancel", ticket) or ticket is None:
            desk.say(db, msg, "cancel", for_citizen.not_found(number), now)
            return
        number = ticket.number
        try:
            ticket = tickets.transition(db, ticket, "withdraw", now, msg.user_id, "citizen")
        except TransitionError:
            desk.say(db, msg, "cancel", for_citizen.cannot_withdraw(number, ticket.state.value), now)
            return
        desk.say(db, msg, "cancel", for_citizen.withdrawn(number), now, ticket.id)
        desk.tell_unit(db, ticket, "withdrawn", for_staff.citizen_withdrew_for_unit(number), now)
        desk.drop_new_pushes(db, ticket, now, for_staff.WITHDRAWN_NOTE)
        withdraw.drop_offers(desk, db, ticket, now)  # its 撤回 button offered in words


def pick_unit(desk: Desk, update_id: int, user_id: int, ticket_id: int, code: str,
              now: dt.datetime) -> str:
    """A citizen picks the unit for a ticket routing could not place; returns the toast text."""
    with desk.store.atomic() as db:
        ticket = tickets.by_id(db, ticket_id)
        actor = people.actor_of(db, desk.config, user_id)
        if (not authorize(actor, "pick_unit", ticket) or ticket is None
                or desk.config.unit(code) is None):
            return common.BUTTON_REFUSED
        # An emergency at the hotline stays there: the hotline coordinates it (a stale button).
        if ticket.unit != FALLBACK_UNIT or ticket.state is not State.NEW or ticket.urgent:
            return for_citizen.already_dispatched(ticket.number, unit_label(desk.config, ticket.unit))
        if not inbox.claim(db, update_id, now):
            return for_citizen.UNIT_PICKED_TOAST
        ticket = tickets.update(db, ticket, now, user_id, "citizen", "picked", {"unit": code},
                             None, ticket.unit, code)
        desk.tell_citizen(db, ticket, f"picked:{code}", for_citizen.unit_picked(
            ticket.number, unit_label(desk.config, code), desk.also_names(ticket)), now)
        desk.tell_unit(db, ticket, f"picked:{code}", for_staff.picked_away_for_unit(
            ticket.number, unit_label(desk.config, code)), now, unit=FALLBACK_UNIT)
        announce.new_ticket(desk, db, ticket, now, picked=True)
        return for_citizen.UNIT_PICKED_TOAST


def unknown_command(desk: Desk, msg: Incoming, now: dt.datetime) -> None:
    """A command nobody handles: point to /help."""
    answer(desk, msg, "unknown", for_citizen.UNKNOWN_COMMAND, now)


def in_group(desk: Desk, msg: Incoming, now: dt.datetime) -> None:
    """/my, /status, /cancel in a group: point to the private chat (no personal data there)."""
    answer(desk, msg, "usage", for_citizen.CITIZEN_COMMAND_IN_GROUP, now)
