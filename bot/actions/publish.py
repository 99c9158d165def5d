"""The public column 《金来办、今天办》: a resolved ticket, told for everyone, with nobody in it.

Nothing the citizen wrote is posted, and only a result closed at the 回访 — confirmed, or 默认满意
and shown as unconfirmed (publish_gate). A post is either the supervisor's own words (`/publish
NUMBER TEXT`, without the clauses that held personal data, refused when nothing else is left),
or a summary drafted from what the ticket is — its unit, the kind of problem (its routing
keywords), the place down to the village or community (from the report and what the citizen
added to it), what the unit did (its result, without the clauses that held personal data) and
how long it took — shown to the supervisor first, exactly as it would go out, with 发布/取消
buttons. A ticket has one live draft: a new /publish voids the one still waiting. A press is
authorized again; a draft is decided once (a second or stale press changes nothing); a ticket
is posted once, or again after the channel refused it (the supervisor is told when it does).
"""

from __future__ import annotations

import datetime as dt
import re

from sqlite_utils import Database

from bot.actions.buttons import toast
from bot.actions.ctx import Ctx, Outcome, place_of
from bot.actions.desk import Desk, Incoming
from bot.actions.publish_gate import post_key, refusal
from bot.domain import publish_check as check
from bot.domain.permissions import authorize
from bot.domain.privacy import led_along, mask_public, public_clauses, village_of
from bot.domain.relative_days import anchored
from bot.domain.tickets import Ticket, parse_time
from bot.domain.visit import Rating
from bot.render import Notice, Outgoing, keyboard, truncate
from bot.reports.matters import matter_words, told_matter
from bot.store import drafts, inbox, matters, people, tickets
from bot.texts import common, public_column, publishing
from bot.texts import for_supervisors as texts
from bot.texts.common import unit_label

RESULT_LIMIT = 120  # characters of the unit's result in a drafted post: whole clauses only
TERSE = 4  # a result of fewer Chinese characters (已修, 好了) tells the public nothing
HAN = re.compile(r"[\u4e00-\u9fff]")
_MARKS = "。.，,；;、：:！!？? \n"
_CLAUSE = re.compile(r"[^，,；;。！!？?]+[，,；;。！!？?]*")
_BARE = re.compile(r"(?:已经?|现已)?(?:处理|办理|办结|解决|完成|修好|修复|维修|落实)(?:完毕|完成|好)?了?")
_DATA = re.compile(r"pub:(ok|no):([1-9][0-9]{0,17})")


def publish(ctx: Ctx, ticket: Ticket, text: str) -> Outcome:
    """/publish NUMBER [TEXT]: a draft — TEXT masked, or a summary drafted from the ticket —
    shown with 发布/取消 buttons; one still waiting for the ticket is void from now on."""
    posts = tickets.count_events(ctx.db, ticket.id, "publish")
    refused = refusal(ctx.desk, ctx.db, ticket, posts)
    if refused:
        return ctx.fail("publish", refused)
    removed: list[str] = []  # the kinds of personal data left out of the draft
    if text:
        # Read as a drafted result is: a clause that held personal data goes whole, so no
        # 【姓名】 or 【电话】 reaches the public (感谢…王某某（电话…）反映，路灯已修复: 路灯已修复).
        kept, found = check.clean(public_clauses(text, ticket.names), ticket.names)
        if not kept.strip(_MARKS):
            return ctx.fail("publish", publishing.all_personal(ticket.number))
        if found or kept != mask_public(text, ticket.names).rstrip("，,；;、 "):
            removed = [*check.leftovers(text, ticket.names), *found] or ["姓名、电话等"]
        post = public_column.own_words(ctx.desk.config.county.name,
                                       unit_label(ctx.desk.config, ticket.unit), kept,
                                       days_taken(ctx.desk, ticket))
    else:
        post = summary(ctx.desk, ticket, whole_text(ctx.db, ticket))
        removed = check.leftovers(ticket.result or "", ticket.names)
    # The draft itself, as the public would read it, is checked: its header says what it holds.
    public = check.words_of(post)
    replaced = _void_waiting(ctx.desk, ctx.db, ticket, ctx.now)
    draft = drafts.add(ctx.db, ticket.id, post, ctx.actor.user_id, ctx.now)
    buttons = keyboard([[(texts.PUBLISH_BUTTON, f"pub:ok:{draft}"),
                         (texts.DROP_BUTTON, f"pub:no:{draft}")]])
    preview = ctx.picked + publishing.preview(
        ticket.number, post, bool(text), replaced, not text and _left_out(ticket),
        publishing.Checked(list(dict.fromkeys(removed)), check.leftovers(public, ticket.names),
                           check.has_link(public)),
        ticket.rating == Rating.DEFAULT.value)
    ctx.desk.say(ctx.db, ctx.msg, "publish", preview, ctx.now, ticket.id, buttons)
    return Outcome(True, preview)


def _void_waiting(desk: Desk, db: Database, ticket: Ticket, now: dt.datetime) -> str | None:
    """Drop the ticket's draft still waiting for 发布 (never two live drafts for one ticket),
    taking its buttons off; returns when it was made, or None when there was none."""
    made = None
    for draft in drafts.pending(db, ticket.id):
        drafts.decide(db, draft["id"], drafts.DROPPED, now)
        for chat, message_id in drafts.shown_at(db, ticket.id, draft["id"]):
            desk.drop_buttons(db, chat, message_id, ticket.id, now, publishing.REPLACED_NOTE)
        made = desk.when(parse_time(draft["created_at"]))
    return made


def decide(desk: Desk, press: Incoming, data: str, now: dt.datetime) -> str:
    """发布 or 取消 under a draft; returns the toast. Authorized again on every press."""
    match = _DATA.fullmatch(data)
    if match is None:
        return common.BUTTON_REFUSED
    with desk.store.atomic() as db:
        draft = drafts.get(db, int(match[2]))
        ticket = tickets.by_id(db, draft["ticket_id"]) if draft else None
        actor = people.actor_of(db, desk.config, press.user_id)
        if draft is None or ticket is None or draft["created_by"] != press.user_id \
                or not authorize(actor, "publish", ticket, place_of(desk.config, press)):
            return common.BUTTON_REFUSED
        if draft["state"] != drafts.PENDING or not inbox.claim(db, press.update_id, now):
            return texts.DRAFT_DECIDED_TOAST
        if press.message_id:  # decided now, whichever way: the draft's buttons go
            desk.drop_buttons(db, press.chat_id, press.message_id, ticket.id, now)
        if match[1] == "no":
            drafts.decide(db, draft["id"], drafts.DROPPED, now)
            return texts.DROPPED_TOAST
        posts = tickets.count_events(db, ticket.id, "publish")
        refused = refusal(desk, db, ticket, posts)
        if refused:  # reopened, or published by other means since the draft was made
            drafts.decide(db, draft["id"], drafts.DROPPED, now)
            desk.say(db, press, "publish", refused, now, ticket.id)
            return toast(refused)
        drafts.decide(db, draft["id"], drafts.POSTED, now)
        _post(desk, db, ticket, draft["text"], press, now, posts + 1)
        desk.say(db, press, "publish", texts.published(ticket.number), now, ticket.id)
        return texts.PUBLISHED_TOAST


def whole_text(db: Database, ticket: Ticket) -> str:
    """The whole matter the citizen gave: the report, then each 补充, in order."""
    return "\n".join([ticket.text, *matters.supplements(db, ticket.id, common.media_placeholder)])


def summary(desk: Desk, ticket: Ticket, text: str) -> str:
    """The drafted post: never the citizen's words, only what the ticket is. `text`: the whole
    matter the citizen gave (whole_text), where its place and kind are read."""
    # A road named by where it leads (通往镇上的水泥路): the road is the matter, after its place.
    matter = led_along(text) or told_matter(list(ticket.keyword_list), text,
                                            matter_words(desk.config))
    # The place as a clause of its own: left out if it holds anything personal (a name).
    place = check.clean(public_clauses(village_of(text), ticket.names), ticket.names)[0]
    resolved = (ticket.resolved_at or ticket.received_at).astimezone(desk.config.county.tz)
    return public_column.summary(
        desk.config.county.name, unit_label(desk.config, ticket.unit),
        mask_public(matter or "") if matter and HAN.search(matter) else "", place,
        # The result was written at the 办结: its 今天 and 明天 are of that day, not the post's.
        told_result(anchored(check.clean(public_clauses(ticket.result or "", ticket.names),
                                         ticket.names)[0], resolved.date(),
                             public_column.day_words)), resolved.date(),
        days_taken(desk, ticket))


def told_result(result: str) -> str:
    """The unit's result (masked for the public) as the post's clause, or "" where it tells the
    public nothing: no Chinese (the column is in Chinese; the preview says so), or a bare 已修,
    好了, 已处理. A long one keeps its first whole clauses, up to RESULT_LIMIT characters."""
    result = result.strip().rstrip(_MARKS)
    if len(HAN.findall(result)) < TERSE or _BARE.fullmatch(result):
        return ""
    kept = ""
    for clause in _CLAUSE.findall(result):
        if len(kept) + len(clause) > RESULT_LIMIT:
            break
        kept += clause
    return (kept or truncate(result, RESULT_LIMIT).rstrip("…")).strip().rstrip(_MARKS)


def _left_out(ticket: Ticket) -> bool:
    """Whether the unit wrote a result the draft could not use for want of Chinese."""
    return bool((ticket.result or "").strip()) and not HAN.search(ticket.result or "")


def days_taken(desk: Desk, ticket: Ticket) -> int:
    resolved = ticket.resolved_at or ticket.received_at
    tz = desk.config.county.tz
    return (resolved.astimezone(tz).date() - ticket.received_at.astimezone(tz).date()).days


def _post(desk: Desk, db: Database, ticket: Ticket, post: str, asker: Incoming,
          now: dt.datetime, attempt: int) -> None:
    """Queue the `attempt`-th post of the ticket to `[publish] channel_id` and record it; if the
    channel refuses it, the asker is told, and the ticket may be published again."""
    channel = desk.config.publish.channel_id
    key = post_key(ticket, attempt)
    notice = Notice(asker.chat_id, texts.not_published(ticket.number))
    desk.send(db, Outgoing(key, channel, post, None, ticket.id, notice=notice), now)
    tickets.log_event(db, ticket.id, now, asker.user_id, "supervisor", "publish", None,
                      str(channel))
