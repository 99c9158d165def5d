"""What a citizen reads when their ticket passes its time limit (HTML parse mode): one notice
when it goes overdue, and one when the unit is then sent a numbered 督办通知书 — never one on
every reminder. Each says only what really went out: a unit nobody can reach is not said to
have been urged, it is said to have been reported to the supervisors. The 督办 the rules issue
(the tick's, at any hour) is told as done under the rules, never as an office's act at a given
time; several notices held for the morning come as one (`several_for_citizen`, `closing=False`
on each)."""

from __future__ import annotations

from bot.render import esc

_RESULT = "办理有了结果，会第一时间在这里告诉您。如有新的情况，回复本消息即可补充。"
# The close of several notices in one message: a reply to it would name no one ticket.
SEVERAL_CLOSING = "办理有了结果，会第一时间在这里告诉您。如需补充某一件的情况，请回复该件的受理回执。"


def several_for_citizen(count: int) -> str:
    """The head of one message carrying `count` notices about the citizen's late tickets."""
    return f"🔔 您反映的 {count} 件问题有以下办理进展，合并为一条消息告诉您："


def several_part(part: int, parts: int) -> str:
    """Heads each part of a merged notice too long for one message: the later ones continue."""
    return f"〔第{part}/{parts}部分〕\n" if part == 1 else f"〔续，第{part}/{parts}部分〕\n"


def overdue_for_citizen(number: str, unit_name: str, deadline: str, reached: bool,
                        urge_at: str, urged_until: str = "", closing: bool = True,
                        urged: int = 0) -> str:
    """The ticket passed `deadline` unresolved. `reached`: the unit's group or staff got the
    催办; `urge_at`: when a 督办 follows if it is still open; `urged_until`: the 限期办结 of a
    督办 already issued (then that is said instead); `urged`: how many 督办 it had before its
    deadline (then no 督办 is promised as if none had been: T28 finding 16)."""
    unit = f"<b>{esc(unit_name)}</b>"
    lines = [f"⏰ 您反映的问题（工单 <code>{esc(number)}</code>）已超过办理时限"
             f"（{esc(deadline)}），目前还没有办结，让您久等了，非常抱歉。"]
    then = (f"督查部门此前已对此事书面督办 {urged} 次，会继续督促办理，有进展会再告诉您。" if urged
            else f"如到 {esc(urge_at)} 仍未办结，将按规定对其书面督办、限期办结，届时会再告诉您。")
    if urged_until:
        lines.append(urged_line(unit, reached, urged_until))
    elif reached:
        lines.append(f"系统已自动向{unit}发出催办提醒，请其抓紧办理。{then}")
    else:
        lines.append(f"{unit}目前在本平台还没有能接收消息的工作群或工作人员，催办未能送达，"
                     f"我们已报告督查部门，由其督促办理。{then}")
    return "\n".join(lines + [_RESULT] * closing)


def urged_for_citizen(number: str, unit_name: str, reached: bool, until: str,
                      closing: bool = True) -> str:
    """The overdue ticket's unit was sent a numbered 督办通知书 with 限期办结 `until`."""
    return "\n".join([f"📌 您反映的问题（工单 <code>{esc(number)}</code>）逾期仍未办结。",
                      urged_line(f"<b>{esc(unit_name)}</b>", reached, until)]
                     + [_RESULT] * closing)


def urged_line(unit: str, reached: bool, until: str) -> str:
    """What the 督办 did, as the citizen reads it (`unit`: the unit's name, already HTML)."""
    if reached:
        return f"已按督办规定向{unit}发出督办通知书（书面督办），要求于 {esc(until)} 前办结。"
    return (f"已按督办规定对此事书面督办，要求于 {esc(until)} 前办结；{unit}目前在本平台还没有"
            "能接收消息的工作群或工作人员，由督查部门直接督促。")


def limit_missed_for_citizen(number: str, unit_name: str, limit: str, answer_by: str,
                             closing: bool = True) -> str:
    """The 督办's 限期办结 `limit` passed with the ticket open: the supervisors pressed its unit
    again, and the citizen is to have an answer by `answer_by`."""
    unit = f"<b>{esc(unit_name)}</b>"
    return "\n".join([
        f"⏰ 您反映的问题（工单 <code>{esc(number)}</code>），督办通知书要求{unit}于 {esc(limit)} "
        "前办结，目前还没有办结，让您久等了，非常抱歉。",
        f"已再次督促{unit}抓紧办理，并要求于 {esc(answer_by)} 前给您答复；此事已报告督查部门。"]
        + [_RESULT] * closing)


from bot.texts import citizen_overdue_en  # noqa: E402  (the twins wrap what is defined above)
from bot.texts.twins import twin  # noqa: E402

twin(globals(), citizen_overdue_en)
