"""The 督办 (written urging) texts: the numbered 督办通知书 the unit and the supervisors read, and
the supervisor's confirmation of /urge with the 限期办结 actually set (HTML parse mode). What
the citizen is told when a 督办 brings the deadline forward is in `citizen_deadlines`."""

from __future__ import annotations

import datetime as dt

from bot.render import esc
from bot.texts.common import STATE_NAMES


def urge_notice_number(county: str, year: int, seq: int) -> str:
    return f"{county}督字〔{year}〕第{seq}号"


def late_by(days: int, hours: int | None = None) -> str:
    """How late an overdue ticket is, said the same way everywhere (督办通知书, /overdue, /show,
    the digest; the ledger's column in its own cell): whole working days, less than one being
    不足 1 个工作日, never 0 and never hours; or hours for an urgent ticket, whose escalation
    counts hours, under one being 不足 1 小时."""
    if hours is not None:
        return f"逾期 {hours} 小时" if hours >= 1 else "逾期不足 1 小时"
    return f"逾期 {days} 个工作日" if days else "逾期不足 1 个工作日"


def overdue_span(days: int, hours: int | None = None) -> str:
    """`late_by` as a sentence's clause: 已逾期 …."""
    return "已" + late_by(days, hours)


def urge_notice(notice: str, county: str, unit_name: str, number: str, text: str, deadline: str,
                limit: str, overdue: str, note: str, in_time: str = "",
                moved_from: dt.date | None = None) -> str:
    """督办通知书; `text` and `note` are already masked, `overdue` from `overdue_span` (empty
    when not yet overdue). `in_time`: empty for a ticket past its `deadline` (both it and the
    new `limit` are named); for one not yet overdue, only the limit in force is: "kept" (its
    deadline, unchanged) or "sooner" (a sooner limit the supervisor ordered). When the note
    names a later limit than the one in force, the notice says which stands, so it does not
    contradict the note: "kept_earlier" (an earlier 督办's sooner limit), "kept_later" (the
    deadline) or "later" (past the deadline: the rules' 限期办结) — an overdue ticket's notice
    says it is overdue and since when, whichever limit stands. `moved_from`: the day off the
    note's limit named, moved to the next working day's `limit`: said plainly."""
    if in_time not in ("", "later"):
        opening = f"群众诉求工单 <code>{esc(number)}</code> 尚未逾期，现予书面督办。"
    else:
        opening = (f"群众诉求工单 <code>{esc(number)}</code> 办理时限为 {esc(deadline)}，"
                   + (f"{overdue}，" if overdue else "") + "现予书面督办。")
    lines = [f"📕 <b>督办通知书</b>　{esc(notice)}", f"{esc(unit_name)}：", opening,
             f"诉求内容：{esc(text)}"]
    if note:
        lines.append(f"督办意见：{esc(note)}")
    kind = {"kept": "办理时限不变", "sooner": "限期办结，办理时限相应提前",
            "kept_earlier": "前次督办时限不变", "kept_later": "办理时限不变",
            "later": "限期办结"}.get(in_time, "限期办结")
    if in_time in ("kept_earlier", "kept_later", "later"):  # the note names a later limit
        kind += "；督办意见中的时限晚于此，以此时限为准"
    if moved_from is not None:
        kind += (f"；督办意见中的时限 {moved_from.month}月{moved_from.day}日不是工作日，"
                 "已顺延至下一个工作日")
    lines += [
        f"请于 <b>{esc(limit)} 前办结</b>（{kind}），并将办理结果通过 /done 反馈。",
        f"{esc(county)}「金来办」督查",
    ]
    return "\n".join(lines)


_URGE_LIMIT_SOURCE = {
    "written": "按督办意见中的时限，",
    "later": "督办意见中的时限晚于规定的督办时限，已按规定时限，",
    "none": "督办意见中没有可识别的办结时限，已按规定时限，",
    "kept_later": "工单尚未逾期，督办意见中的时限晚于现有办理时限，办理时限不变，仍为 ",
    "kept": "工单尚未逾期，办理时限不变，仍为 ",
}



def urge_done(number: str, notice: str, reached: bool, limit: str = "",
              source: str = "none", day_off: dt.date | None = None, clock: bool = False) -> str:
    """/urge's confirmation: the notice, the 限期办结 actually set and where it came from
    (`source`: "written" in the note; past the deadline, a "later" one written and not used, or
    "none" read; before it, the deadline in force "kept", or "kept_later" than one written);
    `day_off`: the day off the written limit named, when it moved to the next working day;
    `clock`: the moved limit keeps the clock time written (明天上午十点前)."""
    told = ("已发送给责任单位。" if reached else
            "但<b>责任单位没有可送达的工作群或工作人员，通知书未能送达</b>，请另行通知。")
    text = f"已对工单 <code>{esc(number)}</code> 下发督办通知书 {esc(notice)}，{told}"
    if limit:
        moved = "" if clock else "下班前"  # a clock limit keeps its time (or the opening)
        said = (f"督办意见中的时限是 {day_off.month}月{day_off.day}日，当天不是工作日，"
                f"已顺延至下一个工作日{moved}，即 " if day_off else _URGE_LIMIT_SOURCE[source])
        text += f"\n限期办结：{said}<b>{esc(limit)} 前</b>办结。"
        if source in ("none", "kept"):
            text += "如需更短的时限，可在督办意见中写明，例如“2小时内办结”“今天下班前办结”。"
    return text


def urge_repeated(number: str, notice: str, limit: str) -> str:
    """The same /urge again while the first's 限期办结 stands: nothing issued."""
    return (f"工单 <code>{esc(number)}</code> 已下发过内容相同的督办通知书 {esc(notice)}，"
            f"限期办结：<b>{esc(limit)} 前</b>，目前仍在期限内，本次未重复下发，督办次数不变。"
            "如有新的要求，请写明后再发 /urge。")


def urge_not_open(number: str, state: str) -> str:
    return (f"工单 <code>{esc(number)}</code> 当前状态为“{esc(STATE_NAMES.get(state, state))}”，"
            "无需督办。")


def urge_limit_passed(number: str, limit: str) -> str:
    """/urge with a limit already over (今天16点前 at 16:15): nothing was issued."""
    return (f"督办意见中的时限（{esc(limit)} 前）已经过了，未对工单 <code>{esc(number)}</code> "
            "下发督办通知书，也未通知任何人。请写一个更晚的时限后重新发送，"
            "例如“2小时内办结”“明天下班前办结”。")


def urge_limit_unread(number: str, words: str, invalid: bool) -> str:
    """/urge with a limit ordered that names no moment (半天内, 月底前, 2026年13月1日前) or no
    time at all (0小时内): nothing was issued (a notice must not carry two limits)."""
    why = "不是有效的时限" if invalid else "无法识别"
    return (f"督办意见中的时限“{esc(words)}”{why}，未对工单 <code>{esc(number)}</code> "
            "下发督办通知书，也未通知任何人。时限请写成“2小时内办结”“三天内办结”"
            "“12月5日前办结”这样的形式后重新发送；不写时限则按规定时限督办。")


def limit_missed_for_unit(number: str, unit_name: str, text: str, limit: str,
                          answer_by: str) -> str:
    """A 督办's 限期办结 passed with the ticket still open: the unit's notice (`text` masked);
    `answer_by`: when the citizen is told to expect an answer."""
    return (f"⏰ <b>督办限期已到</b> 工单 <code>{esc(number)}</code>（{esc(unit_name)}）"
            f"{esc(text)}\n督办通知书要求于 {esc(limit)} 前办结，目前仍未办结。"
            f"请立即办理，办结后发送 /done {esc(number)} 办理结果；确有困难的，请及时向督查人员说明情况。"
            f"\n市民将收到通知：督查部门已再次督促，{esc(answer_by)} 前给予答复。"
            "请务必在此之前办结，或用 /reply 向市民说明进展。")


def limit_missed_for_supervisors(number: str, unit_name: str, text: str, limit: str,
                                 state: str, reached: bool, answer_by: str = "") -> str:
    """A 督办's 限期办结 passed with the ticket still open: the supervisors' notice; `reached`:
    whether any chat of the unit could be told; `answer_by`: when the citizen is told to expect
    an answer (empty when the limit was the deadline, whose overdue notice told them)."""
    told = "已告知责任单位" if reached else "责任单位没有可送达的工作群或工作人员，未能通知到"
    citizen = f"市民将收到通知：督查部门已再次督促，{esc(answer_by)} 前给予答复。" if answer_by else ""
    return (f"⏰ <b>督办限期已过</b> 工单 <code>{esc(number)}</code>（{esc(unit_name)}）"
            f"{esc(text)}\n督办限期为 {esc(limit)}，目前仍未办结"
            f"（{esc(STATE_NAMES.get(state, state))}），{told}。{citizen}"
            f"请跟进：可再次督办（/urge {esc(number)} 督办意见），或视情况约谈责任单位。")
