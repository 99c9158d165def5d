"""What /list and /show show to unit staff and supervisors (HTML parse mode): one line per
ticket, and a ticket's fields with its history, all masked already by the caller."""

from __future__ import annotations

from collections.abc import Sequence

from bot.domain.tickets import LIST_FILTERS
from bot.render import esc
from bot.texts.common import STATE_NAMES
from bot.texts.listing import MARK
from bot.texts.urging import late_by


def ticket_line(number: str, state: str, unit: str, deadline: str, summary: str,
                flags: str) -> str:
    return (f"<code>{esc(number)}</code> {esc(STATE_NAMES.get(state, state))}{esc(flags)}"
            f"｜{esc(unit)}｜限 {esc(deadline)}｜{esc(summary)}")


ALL_UNITS = "全部单位"
THREAT = "言辞过激"


def flags(urgent: bool, overdue: bool, project: bool, listed: bool = False,
          threat: bool = False) -> str:
    """`listed`: for 约谈/通报 (bot.domain.listing), as the digest's 名单 has it; `threat`: the
    citizen spoke of violence in anger (nlp.threat)."""
    marks = [("紧急", urgent), ("逾期", overdue), (MARK, listed), ("实事项目", project),
             (THREAT, threat)]
    found = [name for name, on in marks if on]
    return f"（{'、'.join(found)}）" if found else ""


def deadline_late(deadline: str, days: int, hours: int | None) -> str:
    """/show's 办理时限 of an open ticket past it: how late, as everywhere (urging.late_by)."""
    return f"{deadline}（{late_by(days, hours)}）"


def state_name(state: str) -> str:
    return STATE_NAMES.get(state, state)


def source_name(channel: str) -> str:
    return "线下登记" if channel == "offline" else "市民留言"


def pending_extension(asked: str, reason: str) -> str:
    """`asked`: common.extension_asked."""
    return f"{asked}：{reason}"


LIST_NAMES = {
    "open": "未办结", "all": "全部", "new": "待签收", "accepted": "办理中", "resolved": "已办结待回访",
    "closed": "已销号", "reopened": "重办中", "withdrawn": "已撤回", "overdue": "逾期",
    "urgent": "紧急", "project": "实事项目",
}


# The filters as the /list usage line names them to staff, in Chinese (T27 finding 17: they read
# open all new…); the English names are taken too.
LIST_SHOWN = "、".join(LIST_NAMES[which] for which in LIST_FILTERS)


# What /list takes in Chinese for each filter (/list 逾期 is /list overdue): its name above,
# and the words a county office says for it.
LIST_WORDS = {**{name: which for which, name in LIST_NAMES.items()},
              "在办": "open", "未办": "open", "没办": "open", "超期": "overdue", "超时": "overdue",
              "急件": "urgent",
              "签收": "new", "未签收": "new", "已受理": "new", "已办结": "resolved",
              "待回访": "resolved", "办结": "resolved", "销号": "closed", "重办": "reopened",
              "撤回": "withdrawn", "实事": "project", "所有": "all"}


def ticket_list(scope: str, which: str, lines: list[str], more: int) -> str:
    """`lines` come from ticket_line (already HTML)."""
    title = f"{scope} · {LIST_NAMES.get(which, which)}"
    if not lines:
        return f"<b>{esc(title)}</b>\n没有符合条件的工单。"
    tail = [f"……另有 {more} 件未列出，可用 /list 状态 缩小范围。"] if more else []
    return "\n".join([f"<b>{esc(title)}</b>（{len(lines) + more} 件）", *lines, *tail])


FIELD_NAMES = {
    "number": "工单", "state": "状态", "unit": "责任单位", "source": "来源", "received": "受理时间",
    "deadline": "办理时限", "text": "内容", "measures": "具体举措", "plan": "实施计划",
    "result": "办理结果", "extension": "待批延期", "transfers": "改派次数", "listed": MARK,
    "threat": "言辞提示",
}


def threat_field(words: Sequence[str]) -> str:
    """/show's note that the citizen spoke of violence in anger (nlp.threat)."""
    said = "、".join(f"“{word}”" for word in words)
    return f"市民说了气话（{said}），不是紧急情况；请注意安抚，如判断确有现实危险，请联系公安机关"


def ticket_detail(fields: list[tuple[str, str]], history: list[tuple[str, str, str]]) -> str:
    """fields: (FIELD_NAMES code, value); history: (when, what, detail); all plain text, masked
    already."""
    lines = [f"<b>{esc(FIELD_NAMES[code])}</b>：{esc(value)}" for code, value in fields]
    lines.append("<b>办理记录</b>")
    lines += [f"{esc(at)} {esc(what)}" + (f"：{esc(detail)}" if detail else "")
              for at, what, detail in history]
    return "\n".join(lines)
