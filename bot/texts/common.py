"""Texts and labels every reader shares: state and event names, moments, emergency numbers."""

from __future__ import annotations

import datetime as dt

from bot.config import Config
from bot.domain.relative_days import anchored, anchored_english
from bot.render import esc


def emergency_numbers(gas_hotline: str) -> str:
    """The numbers to call, with the county's gas company repair line when configured."""
    gas = f" ｜ 燃气抢修 {gas_hotline}" if gas_hotline else ""
    return f"报警 110 ｜ 火警 119 ｜ 急救 120{gas} ｜ 政务热线 12345"


def unit_label(config: Config, code: str) -> str:
    """A unit as people read it: its name, or, for a code the config no longer has (a unit
    removed while tickets still name it), that it was removed, with its code."""
    unit = config.unit(code)
    if unit is not None:
        return unit.name
    return f"已撤销的单位（{code}）" if code else ""


def day_words(offset: int, day: dt.date) -> str:
    """A relative day word of a unit's result (今天, 明天, 下周一 …) read after the day it was
    written: every day by its date (bot.domain.relative_days)."""
    return f"{day.month}月{day.day}日"


def dated_result(result: str, resolved_at: dt.datetime | None, tz: dt.tzinfo) -> str:
    """A unit's result as read later (/status, /show, the 回访, the ledger): its 今天, 明天 and
    下周一 — and an English one's today, yesterday, tomorrow, next Monday (in English: 2 Dec) —
    dated from the day of its 办结, when it was written, not the day it is read."""
    if not resolved_at:
        return result
    written = resolved_at.astimezone(tz).date()
    return anchored(anchored_english(result, written, common_en.english_day), written, day_words)


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


def extension_asked(days: int, until: str) -> str:
    """What an extension request asks for: working days (/extend) or a 实事项目's completion
    date (/project, `until` already written as a date)."""
    return f"延期 {days} 个工作日" if days else f"将完成时限延至 {until}"


# How the days of an /extend are counted, as its request and its approval both say it.
EXTENDED_FROM = "从申请时的办理时限起算"
EXTENDED_FROM_NOW = "从申请时的办理时限起算已过期，改从批准时起算"


def extension_counted(from_now: bool) -> str:
    """After the new deadline of an approved /extend: how its days were counted."""
    return f"（{EXTENDED_FROM_NOW if from_now else EXTENDED_FROM}）"


INTERNAL_ERROR = "抱歉，系统刚才出了点问题，您的消息已保存，我们会尽快处理。"


def possible_duplicate(html_text: str) -> str:
    """Prefix for a message re-sent after an ambiguous timeout."""
    return "（网络重发，如已收到请忽略）\n" + html_text


# Toast for a button press that is not allowed (same whether or not the ticket exists).
def one_number_at_a_time(command: str, numbers: tuple[str, ...], usage: str) -> str:
    """A command that takes one ticket number was given several (3 4, 3-4, 3，4); `usage` is
    its usage line, HTML already."""
    shown = "、".join(numbers[:5]) + ("等" if len(numbers) > 5 else "")
    return (f"/{esc(command)} 一次只能办理一件工单，您写了 {len(numbers)} 个编号（{esc(shown)}）。"
            f"请每次只写一个编号，逐件分开发送。\n{usage}")


BUTTON_REFUSED = "这个按钮已失效或您无权操作。"

# A press on a 回访 question of a visit that is over (the ticket was closed or reopened since).
VISIT_OVER = "这次回访已经结束，回答都已记录，谢谢！"
VISIT_OVER_REOPENED = "这一轮回访已经结束，工单已退回责任单位重新办理，重新办结后会再请您评价。"


def part_label(number: str, part: int, parts: int) -> str:
    """Heads each part of a message about a ticket that is too long to go as one."""
    return f"〔工单 <code>{esc(number)}</code> 第{part}/{parts}部分〕\n"


CITIZEN = "市民"  # stands for the citizen's name in public posts


ATTACHMENT = "（附件）"


MEDIA_NAMES = {  # what a citizen sent besides words
    "photo": "照片", "voice": "语音留言", "video": "视频", "document": "文件", "audio": "音频",
    "video_note": "视频留言", "location": "位置", "contact": "联系方式",
}
# A ticket's text when the citizen sent only media.
MEDIA_PLACEHOLDER = {kind: f"（{name}）" for kind, name in MEDIA_NAMES.items()
                     if kind != "contact"}


def media_placeholder(kind: str) -> str:
    return MEDIA_PLACEHOLDER.get(kind, ATTACHMENT)


RATING_NAMES = {"satisfied": "满意", "basic": "基本满意", "unsatisfied": "不满意",
                "default": "默认满意"}


def rating_name(code: str | None) -> str:
    """A stored rating code as people read it ("" when there is none)."""
    return RATING_NAMES.get(code or "", code or "")


VISIT_QUESTION_NAMES = {"c": "是否联系过您", "s": "问题是否解决", "r": "满意度"}
VISIT_ASKS = {"c": "经办人是否联系过您？", "s": "您的问题是否已经解决？", "r": "您对办理结果是否满意？"}
VISIT_ANSWERS = {  # answer codes of bot.domain.visit.ANSWERS
    "c": {"1": "是", "0": "否"},
    "s": {"1": "已解决", "0": "未解决"},
    "r": {"3": "满意", "2": "基本满意", "1": "不满意"},
}


REOPEN_REASONS = {"unsolved": "问题未解决", "unsatisfied": "不满意"}  # bot.domain.visit.reasons


def visit_outcome(reasons: tuple[str, ...], rating: str | None) -> str:
    """Why a visit sent a ticket back, as unit and supervisors read it: 问题未解决, 不满意 or
    both, with the 满意度 the citizen gave when it is not the reason (未解决 yet 满意)."""
    said = "、".join(REOPEN_REASONS[code] for code in reasons)
    if rating and "unsatisfied" not in reasons:
        said += f"（满意度：{rating_name(rating)}）"
    return said


def visit_answer(question: str, code: str) -> str:
    return VISIT_ANSWERS[question][code]


def visit_answered(question: str, code: str, by_phone: bool) -> str:
    """Added to a 回访 question once answered (its buttons gone): what was chosen."""
    return f"{'记录的回答' if by_phone else '您的回答'}：<b>{visit_answer(question, code)}</b>"


from bot.texts import common_en  # noqa: E402  (the twins wrap what is defined above)
from bot.texts.twins import twin  # noqa: E402

twin(globals(), common_en)
