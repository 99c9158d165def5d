"""What staff and supervisors read: /list and /show (personal data masked)."""

from __future__ import annotations

import datetime as dt

from bot import repo, texts
from bot.config import Config
from bot.desk import Desk, Incoming, masked_text
from bot.permissions import Role
from bot.render import mask, truncate
from bot.staff import REPLAYED, Ctx, Outcome, begin, general_refusal, when
from bot.tickets import OPEN_STATES, State, Ticket, iso

LIST_LIMIT = 30


def list_tickets(desk: Desk, msg: Incoming, which: str, now: dt.datetime) -> Outcome:
    """/list [state]: the unit's tickets (all units for supervisors), soonest deadline first."""
    with desk.store.atomic() as db:
        ctx = begin(desk, db, msg, now)
        if ctx is None:
            return REPLAYED
        if not ctx.allowed("list"):
            return ctx.fail("list", general_refusal(ctx, "list"))
        where, params = _filter(which or "open", now)
        if ctx.actor.role is Role.STAFF:
            where, params = f"unit = ? AND ({where})", [ctx.actor.unit, *params]
        rows = [Ticket.from_row(r) for r in db.query(
            f"SELECT * FROM tickets WHERE {where} ORDER BY urgent DESC, deadline, id LIMIT ?",
            [*params, LIST_LIMIT + 1])]
        total = next(iter(db.query(f"SELECT count(*) AS n FROM tickets WHERE {where}", params)))["n"]
        lines = [texts.ticket_line(t.number, t.state.value, desk.config.unit_name(t.unit),
                                   when(desk, t.deadline), truncate(masked_text(t), 40), _flags(t))
                 for t in rows[:LIST_LIMIT]]
        scope = desk.config.unit_name(ctx.actor.unit or "") if ctx.actor.unit else "全部单位"
        title = f"{scope} · {which or 'open'}"
        return ctx.answer("list", texts.ticket_list(title, lines, total - len(lines)))


def _filter(which: str, now: dt.datetime) -> tuple[str, list[object]]:
    """SQL condition for a /list filter (validated against texts.LIST_FILTERS by the caller)."""
    open_states: list[object] = [s.value for s in sorted(OPEN_STATES)]
    marks = ", ".join("?" for _ in open_states)
    if which == "all":
        return "1 = 1", []
    if which == "open":
        return f"state IN ({marks})", open_states
    if which == "overdue":
        return f"state IN ({marks}) AND (overdue = 1 OR deadline < ?)", [*open_states, iso(now)]
    if which in ("urgent", "project"):
        return f"state IN ({marks}) AND {which} = 1", open_states
    return "state = ?", [State(which).value]


def _flags(ticket: Ticket) -> str:
    marks = [("紧急", ticket.urgent), ("逾期", ticket.overdue), ("实事项目", ticket.project)]
    found = [name for name, on in marks if on]
    return f"（{'、'.join(found)}）" if found else ""


def show(desk: Desk, msg: Incoming, number: str, now: dt.datetime) -> Outcome:
    """/show NUMBER: one ticket with its whole history, internal notes included."""
    with desk.store.atomic() as db:
        ctx = begin(desk, db, msg, now)
        if ctx is None:
            return REPLAYED
        ticket = ctx.find("show", number)
        if ticket is None:
            return ctx.refuse(number, "show")
        return ctx.answer("show", detail(ctx, ticket), ticket.id)


def detail(ctx: Ctx, ticket: Ticket) -> str:
    """A ticket as staff and supervisors read it: personal data masked."""
    desk, names = ctx.desk, [ticket.citizen_name]
    row = next(iter(ctx.db.query("SELECT extension_days, extension_reason FROM tickets"
                                 " WHERE id = ?", [ticket.id])))
    fields = [("工单", ticket.number), ("状态", texts.STATE_NAMES[ticket.state] + _flags(ticket)),
              ("责任单位", desk.config.unit_name(ticket.unit)),
              ("来源", "线下登记" if ticket.channel == "offline" else "市民留言"),
              ("受理时间", when(desk, ticket.received_at)), ("办理时限", when(desk, ticket.deadline)),
              ("内容", masked_text(ticket))]
    if ticket.project:
        fields += [("具体举措", mask(ticket.measures or "", names)),
                   ("实施计划", mask(ticket.plan or "", names))]
    if ticket.result:
        fields.append(("办理结果", mask(ticket.result, names)))
    if row["extension_days"]:
        fields.append(("待批延期", f"{row['extension_days']} 个工作日："
                                   f"{mask(row['extension_reason'] or '', names)}"))
    if ticket.transfer_count:
        fields.append(("改派次数", str(ticket.transfer_count)))
    history = [(when(desk, dt.datetime.fromisoformat(e["at"])),
                texts.STAFF_EVENT_NAMES.get(e["action"], e["action"]),
                _event_detail(e, names, desk.config))
               for e in repo.history(ctx.db, ticket.id)]
    return texts.ticket_detail(fields, history)


def _event_detail(event: dict[str, object], names: list[str], config: Config) -> str:
    action, old, new = event["action"], str(event["old"] or ""), str(event["new"] or "")
    if action in ("routed", "picked"):
        return config.unit_name(new)
    if action == "transfer":
        reason = mask(str(event["detail"] or ""), names)  # staff's words, often about the citizen
        return f"{config.unit_name(old)} → {config.unit_name(new)}：{reason}"
    if action == "created":
        return ""
    return truncate(mask(str(event["detail"] or ""), names), 200)
