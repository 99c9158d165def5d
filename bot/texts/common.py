"""Texts and labels every reader shares: state and event names, moments, emergency numbers."""

from __future__ import annotations

import datetime as dt
from typing import Any


def emergency_numbers(gas_hotline: str) -> str:
    """The numbers to call, with the county's gas company repair line when configured."""
    gas = f" ｜ 燃气抢修 {gas_hotline}" if gas_hotline else ""
    return f"报警 110 ｜ 火警 119 ｜ 急救 120{gas} ｜ 政务热线 12345"


STATE_NAMES = {
    "new": "已受理，待单位签收",
    "accepted": "办理中",
    "resolved": "已办结，待回访",
    "closed": "已销号",
    "reopened": "重新办理中",
    "withdrawn": "已撤回",
}


def when(moment: dt.datetime | None, tz: dt.tzinfo, year: int | None = None) -> str:
    """A moment in county time, the way an office writes it: 11月27日 14:30, with its year
    (2027年6月30日 18:00) when that is not `year`, the current one."""
    if moment is None:
        return "—"
    local = moment.astimezone(tz)
    shown = f"{local.month}月{local.day}日 {local:%H:%M}"
    return shown if year in (None, local.year) else f"{local.year}年{shown}"


def day(moment: dt.datetime | None, tz: dt.tzinfo) -> str:
    """A date in full, the year included: 2027年3月31日 (completion dates may be years away)."""
    if moment is None:
        return "—"
    local = moment.astimezone(tz)
    return f"{local.year}年{local.month}月{local.day}日"


INTERNAL_ERROR = "抱歉，系统刚才出了点问题，您的消息已保存，我们会尽快处理。"


def possible_duplicate(html_text: str) -> str:
    """Prefix for a message re-sent after an ambiguous timeout."""
    return "（网络重发，如已收到请忽略）\n" + html_text


# Actions in the audit log as the citizen reads them in /status.
EVENT_NAMES = {
    "created": "受理登记",
    "routed": "分派至责任单位",
    "picked": "市民选择责任单位",
    "supplement": "市民补充内容",
    "described": "市民补充说明",
    "amended": "市民修改内容",
    "repeated": "市民再次反映",
    "attachment": "市民补充附件",
    "accept": "单位签收",
    "reply": "单位答复",
    "resolve": "办结",
    "transfer": "改派",
    "extend": "申请延期",
    "approve": "延期获批",
    "project": "列为实事项目",
    "urge": "督办",
    "overdue": "逾期催办",
    "reopen": "重新办理",
    "close": "回访销号",
    "withdraw": "市民撤回",
    "rate": "市民评价",
}


def event_name(event: dict[str, Any]) -> str:
    """An audit event as the citizen reads it in /status (a visit answer says which)."""
    name = EVENT_NAMES.get(event["action"], event["action"])
    if event["action"] == "rate" and event.get("detail"):
        return f"{name}（{rate_detail(event['detail'])}）"
    return name


# Toast for a button press that is not allowed (same whether or not the ticket exists).
BUTTON_REFUSED = "这个按钮已失效或您无权操作。"


CITIZEN = "市民"  # stands for the citizen's name in public posts


ATTACHMENT = "（附件）"


MEDIA_PLACEHOLDER = {  # a ticket's text when the citizen sent only media
    "photo": "（照片）", "voice": "（语音留言）", "video": "（视频）", "document": "（文件）",
    "audio": "（音频）", "video_note": "（视频留言）", "location": "（位置）",
}


def media_placeholder(kind: str) -> str:
    return MEDIA_PLACEHOLDER.get(kind, ATTACHMENT)


RATING_NAMES = {"satisfied": "满意", "basic": "基本满意", "unsatisfied": "不满意",
                "default": "默认满意"}


def rating_name(code: str | None) -> str:
    """A stored rating code as people read it ("" when there is none)."""
    return RATING_NAMES.get(code or "", code or "")


VISIT_QUESTION_NAMES = {"c": "是否联系过您", "s": "问题是否解决", "r": "满意度"}
VISIT_ANSWERS = {  # answer codes of bot.domain.visit.ANSWERS
    "c": {"1": "是", "0": "否"},
    "s": {"1": "已解决", "0": "未解决"},
    "r": {"3": "满意", "2": "基本满意", "1": "不满意"},
}


def visit_answer(question: str, code: str) -> str:
    return VISIT_ANSWERS[question][code]


def rate_detail(detail: str) -> str:
    """A visit answer as recorded in the audit log ("r:3"), as people read it (满意度：满意);
    anything else as it stands (older entries hold the label itself)."""
    question, _, code = detail.partition(":")
    label = VISIT_ANSWERS.get(question, {}).get(code)
    return f"{VISIT_QUESTION_NAMES[question]}：{label}" if label else detail
