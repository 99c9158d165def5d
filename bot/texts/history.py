"""A ticket's audit log as people read it: what each event is called and what it says.

Citizens read the steps that concern them in `/status` (CITIZEN_EVENT_NAMES); staff and
supervisors read every event in `/show` (EVENT_NAMES, which names every action the code logs —
tests/test_history.py pins that). Details are written for people too: units by name, visit
answers and media kinds in words, moments in county time — never a code or an ISO timestamp.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from bot.domain.delivery import FLOOD_HELD
from bot.texts import history_en
from bot.texts.common import (
    MEDIA_NAMES,
    RATING_NAMES,
    VISIT_ANSWERS,
    VISIT_QUESTION_NAMES,
    extension_asked,
)
from bot.texts.twins import Twin
from bot.texts.urging import late_by

# What the citizen reads in /status.
CITIZEN_EVENT_NAMES = {
    "created": "受理登记",
    "routed": "分派至责任单位",
    "picked": "市民选择责任单位",
    "supplement": "市民补充内容",
    "described": "市民补充说明",
    "amended": "市民修改内容",
    "supplement_amended": "市民修改补充内容",
    "repeated": "市民再次反映",
    "chased": "市民催办",
    "attachment": "市民补充附件",
    "accept": "单位签收",
    "reply": "单位答复",
    "resolve": "办结",
    "transfer": "改派",
    "extend": "申请延期",
    "approve": "延期获批",
    "extension_refused": "延期申请未获批准（督办在后）",
    "extension_declined": "延期申请未获批准",
    "project": "列为实事项目",
    "urge": "督办",
    "overdue": "逾期催办",
    "reopen": "重新办理",
    "close": "回访销号",
    "withdraw": "市民撤回",
    "settled": "市民表示问题已自行解决/不需要再处理",
    "rate": "市民评价",
    "visit_said": "市民回访留言",
    "visit_ahead": "市民提前回答回访",
    "media_moved": "附件改附到新工单",
    "thanked": "市民致谢",
    "related": "市民回复此前诉求，关联新工单",
    "forwarded": "按市民转发的消息登记",
}
# Every action in the audit log, as staff and supervisors read it in /show.
EVENT_NAMES = {
    **CITIZEN_EVENT_NAMES,
    "asked": "群众催问（尚在办理时限内，未计催办）",
    "waiting": "等待市民补充文字说明",
    "dispatched": "未等到文字说明，转人工分拨",
    "note": "内部备注",
    "contact": "查看市民电话",
    "phone": "市民留回访电话",
    "overdue_cleared": "延期后解除逾期",
    "report": "列入约谈/通报",
    "visit": "发起回访",
    "publish": "发布到公开栏目",
    "publish_disputed": "公开栏目原帖加注：群众对办理结果有异议，已重新交办",
    "publish_questioned": "市民再次反映，对已公开发布的办理结果有异议（已告知督查，原帖未改动）",
    "self_signed": "登记人本人办理（本单位没有其他工作人员）",
    "self_handled": "反映人本人办理（本单位没有其他工作人员）",
    "unreachable": "市民已无法接收本机器人的消息",
    "reachable": "市民已恢复接收本机器人的消息",
    FLOOD_HELD: "短时间内连续提交多件，暂由热线人工核实（系统判断单位）",
}

# Audit events that give a ticket its unit (`new` is the unit), as bot.store.tickets.UNIT_EVENTS.
MOVES = ("routed", "picked", "transfer")
# Steps a unit takes on a ticket, or that are taken on the unit holding it: each line names it.
UNIT_STEPS = frozenset({"accept", "reply", "resolve", "extend", "project", "urge", "overdue",
                        "reopen", "report"})

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")
Moment = Callable[[dt.datetime], str]


DEFAULT_CLOSED = RATING_NAMES["default"]  # a 'close' event's detail: nobody answered the 回访


def holders(events: Sequence[Mapping[str, Any]]) -> list[str]:
    """The unit code holding the ticket at each event of its log, oldest first (for an event
    that moved it, the unit it went to)."""
    unit, held = "", []
    for event in events:
        if event["action"] in MOVES and event.get("new"):
            unit = str(event["new"])
        held.append(unit)
    return held


def told_once(events: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The events /show lists: a 补充 kept from the words of a 回访 answer (还是没水, of
    没解决，还是没水，不满意) is in those words already (市民回访留言, logged at the same moment),
    so it is not listed again."""
    said = {(e["at"], str(e.get("detail") or "")) for e in events if e["action"] == "visit_said"}
    return [e for e in events if e["action"] != "supplement" or not any(
        at == e["at"] and str(e.get("detail") or "") in words for at, words in said)]


def citizen_lines(events: Sequence[Mapping[str, Any]], moment: Moment,
                  unit_name: Callable[[str], str]) -> list[tuple[str, str]]:
    """(when, what) of each step the citizen reads in /status, naming the units: where it was
    sent, from whom to whom it was passed on, which unit signed, answered, finished it."""
    return [(moment(dt.datetime.fromisoformat(event["at"])),
             Twin(event_name(event, moment, unit_name, holder),
                  history_en.event_name(event, moment, unit_name, holder)))
            for event, holder in zip(events, holders(events), strict=True)
            if event["action"] in CITIZEN_EVENT_NAMES]


def event_name(event: Mapping[str, Any], moment: Moment | None = None,
               unit_name: Callable[[str], str] | None = None, holder: str = "") -> str:
    """An audit event as the citizen reads it in /status (a visit answer says which; with
    `moment`, a 实事项目 and an approval say their date; with `unit_name`, a move names the
    units and a unit's step the unit `holder`)."""
    name = EVENT_NAMES.get(event["action"], event["action"])
    if event["action"] == "rate" and event.get("detail"):
        return f"{name}（{rate_detail(event['detail'])}{rate_note(event.get('old'))}）"
    if event["action"] == "close" and event.get("detail") == DEFAULT_CLOSED:
        return f"{name}（{DEFAULT_CLOSED}：未在期限内回答）"  # nobody answered the 回访
    old, new = str(event.get("old") or ""), str(event.get("new") or "")
    if moment is not None and event["action"] == "project" and new:  # its date says more
        return f"{name}（{project_date(old, new, moment)}）"
    if moment is not None and event["action"] == "approve" and new:
        return f"{name}（办理时限延至 {_readable(new, moment)}）"
    if unit_name is not None and (units := _units(event, unit_name, holder)):
        return f"{name}（{units}）"
    return name


def _units(event: Mapping[str, Any], unit_name: Callable[[str], str], holder: str) -> str:
    """The units an event names for the citizen: from and to for a 改派, where it went for
    routing or a pick, the unit holding it for a unit's step; "" for the rest."""
    action, old, new = event["action"], str(event.get("old") or ""), str(event.get("new") or "")
    if action == "transfer" and old and new:
        return f"{unit_name(old)} → {unit_name(new)}"
    if action in MOVES and new:
        return unit_name(new)
    return unit_name(holder) if action in UNIT_STEPS and holder else ""


def project_date(old: str, new: str, moment: Moment) -> str:
    """A /project's completion date (its event's `new`) against the deadline then (`old`):
    asked for as an extension when later, the unit's plan when not."""
    if not old or new > old:  # both ISO in UTC: they compare as text
        return f"申请完成时限 {_readable(new, moment)}（待督查人员批准）"
    return f"计划 {_readable(new, moment)} 前完成（办理时限不变）"


def rate_detail(detail: str) -> str:
    """A visit answer as recorded in the audit log ("r:3"), as people read it (满意度：满意);
    anything else as it stands (older entries hold the label itself)."""
    question, _, code = detail.partition(":")
    label = VISIT_ANSWERS.get(question, {}).get(code)
    return f"{VISIT_QUESTION_NAMES[question]}：{label}" if label else detail


def show_line(event: Mapping[str, Any], unit_name: Callable[[str], str], moment: Moment,
              masked: Callable[[str], str], holder: str) -> tuple[str, str]:
    """(name, detail) of an event in /show: the name names the units as /status does (改派（县水务局
    → 县住房和城乡建设局）, 单位答复（县住房和城乡建设局）), the detail says the rest (a 改派's
    reason, the words of an answer)."""
    name = EVENT_NAMES.get(event["action"], event["action"])
    if units := _units(event, unit_name, holder):
        name = f"{name}（{units}）"
    if event["action"] in ("routed", "picked") and event.get("new"):
        return name, ""
    if event["action"] == "transfer" and event.get("old") and event.get("new"):
        return name, masked(str(event.get("detail") or ""))
    return name, event_detail(event, unit_name, moment, masked)


def rate_note(old: str | None) -> str:
    """What a visit answer's `old` says of it: given after the visit closed as 默认满意
    ("late"), or changing what the citizen said before ("r:1")."""
    if old == "late":
        return "，回访按默认满意销号后补充"
    return f"，此前说的是：{rate_detail(old).partition('：')[2]}" if old else ""


def event_detail(event: Mapping[str, Any], unit_name: Callable[[str], str], moment: Moment,
                 masked: Callable[[str], str]) -> str:
    """What an event says in /show: `unit_name` names a unit code, `moment` writes a time in
    county time, `masked` removes personal data from what people wrote."""
    return _readable(_detail(event, unit_name, moment, masked), moment)


def _detail(event: Mapping[str, Any], unit_name: Callable[[str], str], moment: Moment,
            masked: Callable[[str], str]) -> str:
    action = event["action"]
    old, new, detail = (str(event[key] or "") for key in ("old", "new", "detail"))
    if action in ("created", "accept", "withdraw", "visit", "publish", "publish_disputed",
                  "phone"):
        return ""  # the name says it all (a channel id or a timestamp says nothing more)
    if action in ("routed", "picked", "dispatched", FLOOD_HELD):
        return unit_name(new)
    if action == "transfer":
        return f"{unit_name(old)} → {unit_name(new)}：{masked(detail)}"
    if action == "rate":
        return rate_detail(detail) + rate_note(old)
    if action == "contact":  # who looked: a colleague, named as at work (a phone number or
        return masked(detail)  # an id in their Telegram name is masked like any other)
    if action in ("self_signed", "self_handled"):  # which step: 单位签收, 办结
        return EVENT_NAMES.get(detail, "")
    if action == "attachment":
        return MEDIA_NAMES.get(detail, detail)
    if action == "supplement_amended":  # the 补充 as it was → as the edit has it
        return f"{masked(old)} → {masked(new)}"
    if action == "media_moved":  # which kind, to which ticket
        return f"{MEDIA_NAMES.get(detail, detail)} → {new}"
    if action == "extend":
        instead = f"（替代此前待批的申请：{_asked(old, moment)}）" if old else ""
        return f"{_asked(new, moment)}，理由：{masked(detail)}{instead}"
    if action == "extension_refused":  # the request (old), refused: a 督办 at `detail` came after
        return f"{_asked(old, moment)}，督办（{detail}）在申请之后，督办限期仍有效" if old else ""
    if action == "extension_declined":  # the request (old) a supervisor did not approve
        return f"{_asked(old, moment)}，办理时限不变" if old else ""
    if action == "approve":
        granted = extension_asked(int(detail), "") if detail.isdecimal() else "实事项目完成时限"
        return f"{granted}，新的办理时限：{_readable(new, moment)}"
    if action == "project":
        return f"{masked(detail)}；{project_date(old, new, moment)}" if new else masked(detail)
    if action in ("overdue", "overdue_cleared"):  # the deadline passed / moved to
        return f"办理时限 {_readable(detail, moment)}"
    if action == "waiting":
        return f"等到 {_readable(new, moment)}"
    if action == "report" and detail.isdecimal():
        return late_by(int(detail))
    if action == "report" and detail.endswith("h") and detail[:-1].isdecimal():
        return late_by(0, int(detail[:-1]))  # an urgent ticket
    return masked(_readable(detail, moment))  # the time first: a masker may take digits


def _asked(value: str, moment: Moment) -> str:
    """A request in the log: working days ("5"), or a completion date (ISO)."""
    if value.isdecimal():
        return extension_asked(int(value), "")
    return extension_asked(0, _readable(value, moment))


def _readable(text: str, moment: Moment) -> str:
    """Every ISO timestamp in `text` written as people read a time."""
    def one(match: re.Match[str]) -> str:
        try:
            return moment(dt.datetime.fromisoformat(match[0]))
        except ValueError:
            return match[0]
    return _ISO.sub(one, text)
