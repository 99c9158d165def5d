"""Every string a citizen, staff member or supervisor reads, in one place (HTML parse mode).

Functions take plain values and return finished HTML; anything a person typed goes through `esc`.
Tags never span lines (render.split relies on it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from bot.render import esc, mask

EMERGENCY_NUMBERS = "报警 110 ｜ 火警 119 ｜ 急救 120 ｜ 燃气抢修 96777 ｜ 政务热线 12345"

STATE_NAMES = {
    "new": "已受理，待单位签收",
    "accepted": "办理中",
    "resolved": "已办结，待回访",
    "closed": "已销号",
    "reopened": "重新办理中",
    "withdrawn": "已撤回",
}


def when(moment: dt.datetime | None, tz: dt.tzinfo) -> str:
    """A moment in county time, the way an office writes it: 11月27日 14:30."""
    if moment is None:
        return "—"
    local = moment.astimezone(tz)
    return f"{local.month}月{local.day}日 {local:%H:%M}"


def welcome(county: str) -> str:
    return (
        f"您好！这里是<b>{esc(county)}「金来办」</b>，“我为群众办实事”线上受理平台。\n"
        "\n"
        "<b>怎么反映问题</b>\n"
        "直接发一条消息，说清楚<b>什么问题、在哪里、从什么时候开始</b>，可以附照片或位置。"
        "我们会立刻生成工单编号，交给责任单位限时办理，办理进展会在这里通知您。\n"
        "\n"
        "<b>常用命令</b>\n"
        "/my 查看我反映的问题\n"
        "/status 编号 查看办理进度，例如 /status 20261127-0001\n"
        "/cancel 编号 撤回反映\n"
        "回复我发给您的工单消息，可以补充说明或照片。\n"
        "\n"
        "<b>隐私说明</b>\n"
        "您的姓名、电话、身份证号等个人信息只用于办理您的诉求；"
        "转给经办人员时，电话和身份证号会隐去部分数字，在群组、公开栏目和统计材料中一律隐去。"
        "经办人员通过本平台答复您，不会公开您的身份。\n"
        "\n"
        "<b>紧急情况请直接拨打</b>\n"
        f"{EMERGENCY_NUMBERS}"
    )


def ticket_received(
    number: str, unit_name: str, deadline: str, urgent: bool, to_hotline: bool
) -> str:
    lines = []
    if urgent:
        lines += [
            "⚠️ <b>如果有人身危险，请立即拨打 110（报警）、119（火警）、120（急救）！</b>",
            "本平台不能代替紧急电话。您的反映已标记为<b>紧急</b>，会优先处理。",
            "",
        ]
    lines.append(f"✅ 已收到您的反映，工单编号 <code>{esc(number)}</code>。")
    if to_hotline:
        lines.append(
            f"暂时无法确定责任单位，已转<b>{esc(unit_name)}</b>人工分拨；"
            "如果您知道该由哪个单位办理，也可以点下面的按钮选择。"
        )
    else:
        lines.append(f"责任单位：<b>{esc(unit_name)}</b>")
    lines.append(f"办理时限：{esc(deadline)} 前")
    lines.append("办理进展会在这里通知您。回复本消息可以补充说明或照片。")
    return "\n".join(lines)


def unit_picked(number: str, unit_name: str) -> str:
    return f"好的，工单 <code>{esc(number)}</code> 已交给<b>{esc(unit_name)}</b>办理。"


def supplement_added(number: str) -> str:
    return f"已将您补充的内容加入工单 <code>{esc(number)}</code>，会一并转给经办人。"


def ticket_amended(number: str) -> str:
    return f"已按您修改后的内容更新工单 <code>{esc(number)}</code>。"


def attachment_without_ticket() -> str:
    return "已收到。请再用文字说一下是什么问题、在哪里，我们马上为您登记。"


def contact_saved() -> str:
    return "已记下您的联系电话，经办人可能会打电话跟您核实情况。"


def unsupported_content() -> str:
    return "暂时只能处理文字、照片、语音、文件、位置和联系人。请用文字描述您遇到的问题。"


def noise_reply(kind: str) -> str:
    """A helpful answer to a message that is not a problem report."""
    return {
        "greeting": "您好！有什么问题需要反映，直接发给我就行，说清楚什么问题、在哪里。",
        "thanks": "不客气！以后遇到急难愁盼的事，随时发消息给我们。",
        "meta": (
            "我是「金来办」受理助手，由县里各责任单位的工作人员在后台办理。"
            "生活中的急难愁盼都可以反映：停水停电、道路、噪声、欠薪、医保、低保等。"
            "一般 5 个工作日内办结，紧急事项 24 小时内办理。发 /help 查看说明。"
        ),
    }.get(
        kind,
        "没太看明白您的意思。如果要反映问题，请说明什么问题、在哪里、从什么时候开始；发 /help 查看说明。",
    )


def my_tickets(rows: list[tuple[str, str, str]]) -> str:
    """rows: (number, state, summary)."""
    if not rows:
        return "您还没有反映过问题。直接发消息描述问题即可。"
    lines = ["<b>您反映的问题</b>"]
    lines += [
        f"<code>{esc(number)}</code> {esc(STATE_NAMES.get(state, state))}｜{esc(summary)}"
        for number, state, summary in rows
    ]
    lines.append("发 /status 编号 查看详情。")
    return "\n".join(lines)


def ticket_status(
    number: str, state: str, unit_name: str, text: str, deadline: str,
    history: list[tuple[str, str]], result: str | None,
) -> str:
    lines = [
        f"<b>工单</b> <code>{esc(number)}</code>",
        f"状态：{esc(STATE_NAMES.get(state, state))}",
        f"责任单位：{esc(unit_name)}",
        f"办理时限：{esc(deadline)}",
        f"内容：{esc(text)}",
    ]
    if result:
        lines.append(f"办理结果：{esc(result)}")
    lines.append("<b>办理记录</b>")
    lines += [f"{esc(at)} {esc(what)}" for at, what in history]
    return "\n".join(lines)


def usage(command: str) -> str:
    return {
        "status": "请带上工单编号，例如：/status 20261127-0001",
        "cancel": "请带上要撤回的工单编号，例如：/cancel 20261127-0001",
    }.get(command, "命令格式不对，发 /help 查看说明。")


def unknown_command() -> str:
    return "没有这个命令。发 /help 查看可以用的命令；要反映问题，直接发文字描述即可。"


def not_found(number: str) -> str:
    """The same answer whether the ticket does not exist or is not the asker's (no probing)."""
    return f"没有找到您名下编号为 <code>{esc(number)}</code> 的工单，请核对编号；发 /my 查看您的工单。"


def withdrawn(number: str) -> str:
    return f"工单 <code>{esc(number)}</code> 已撤回。如有需要，可以随时重新反映。"


def cannot_withdraw(number: str, state: str) -> str:
    return (
        f"工单 <code>{esc(number)}</code> 当前状态为“{esc(STATE_NAMES.get(state, state))}”，"
        "不能撤回。"
    )


def internal_error() -> str:
    return "抱歉，系统刚才出了点问题，您的消息已保存，我们会尽快处理。"


def possible_duplicate(html_text: str) -> str:
    """Prefix for a message re-sent after an ambiguous timeout."""
    return "（网络重发，如已收到请忽略）\n" + html_text


# Actions in the audit log as the citizen reads them in /status.
EVENT_NAMES = {
    "created": "受理登记",
    "routed": "分派至责任单位",
    "picked": "市民选择责任单位",
    "supplement": "市民补充内容",
    "amended": "市民修改内容",
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


def new_ticket_for_unit(
    number: str, unit_name: str, text: str, deadline: str, urgent: bool, keywords: list[str]
) -> str:
    """A new ticket pushed to a unit's chat and staff; `text` is already masked."""
    head = "🔴 <b>紧急工单</b>" if urgent else "🆕 <b>新工单</b>"
    lines = [
        f"{head} <code>{esc(number)}</code>",
        f"责任单位：{esc(unit_name)}",
        f"办理时限：{esc(deadline)} 前",
        f"内容：{esc(text)}",
    ]
    if keywords:
        lines.append(f"分派依据：{esc('、'.join(keywords))}")
    lines.append(f"请及时签收：点“接单”或发 /accept {esc(number)}")
    return "\n".join(lines)


def citizen_supplement_for_unit(number: str, text: str) -> str:
    return f"📎 工单 <code>{esc(number)}</code> 市民补充：{esc(text)}"


def citizen_withdrew_for_unit(number: str) -> str:
    return f"↩️ 工单 <code>{esc(number)}</code> 已被市民撤回，无需继续办理。"


def button_refused() -> str:
    """Toast for a button press that is not allowed (same whether or not the ticket exists)."""
    return "这个按钮已失效或您无权操作。"


def already_dispatched(number: str, unit_name: str) -> str:
    return f"工单 {number} 已由{unit_name}办理，无需再选择。"


def unit_picked_toast() -> str:
    return "已为您转交，谢谢！"


# --- staff (issue 4: invites, unit staff commands, transfers, extensions, offline intake) -------

STAFF_USAGE = {
    "join": "请带上管理员给您的邀请码，例如：/join K7QM2XPAHD",
    "list": "用法：/list [状态]，状态可选：{states}",
    "show": "用法：/show 工单编号，例如：/show 20261127-0001",
    "accept": "用法：/accept 工单编号",
    "reply": "用法：/reply 工单编号 答复内容（答复会发给市民）",
    "done": "用法：/done 工单编号 办理结果（办结，结果会发给市民）",
    "transfer": "用法：/transfer 工单编号 单位代码 理由（理由必填）",
    "extend": "用法：/extend 工单编号 天数 理由（延期 1–{max_days} 个工作日，需督查人员批准）",
    "note": "用法：/note 工单编号 备注内容（内部备注，市民看不到）",
    "log": "用法：/log 诉求内容（登记电话、走访、双包双联等线下收集的诉求）",
    "project": "用法：/project 工单编号 具体举措 | 实施计划 | 完成时限（YYYY-MM-DD）",
    "approve": "用法：/approve 工单编号（批准该工单的延期申请）",
}
LIST_FILTERS = ("open", "all", "new", "accepted", "resolved", "closed", "reopened", "withdrawn",
                "overdue", "urgent", "project")
STAFF_EVENT_NAMES = {**EVENT_NAMES, "note": "内部备注", "decline": "退单"}


def staff_usage(command: str, max_days: int = 30) -> str:
    line = STAFF_USAGE.get(command, "命令格式不对，发 /help 查看说明。")
    return esc(line.format(states=" ".join(LIST_FILTERS), max_days=max_days))


def staff_not_found(number: str) -> str:
    """The same answer whether the ticket does not exist or is not the asker's to act on."""
    return f"没有找到编号为 <code>{esc(number)}</code> 的工单，或您无权办理该工单。"


def staff_only() -> str:
    return "这个命令仅供责任单位工作人员使用。如需反映问题，直接发消息给我即可；发 /help 查看说明。"


def supervisor_only() -> str:
    return "这个命令仅供督查人员使用。"


def private_only(command: str) -> str:
    return f"请在与我的私聊中使用 /{esc(command)}。"


def group_not_allowed() -> str:
    return ("本群只供已绑定的本单位工作人员办理工单；其他事项请私聊我。"
            "工作人员请先私聊我发送 /join 邀请码 完成绑定。")


def citizen_command_in_group() -> str:
    return "查询和反映问题请私聊我，个人信息不会在群里显示。"


def join_invalid() -> str:
    return "邀请码无效、已使用或已过期。请向管理员索取新的邀请码。"


def join_throttled(retry_at: str) -> str:
    return f"邀请码错误次数过多，请于 {esc(retry_at)} 之后再试。"


def joined(role: str, unit_name: str | None) -> str:
    who = "督查人员" if role == "supervisor" else f"<b>{esc(unit_name or '')}</b>工作人员"
    return f"✅ 绑定成功，您已是{who}。\n\n" + staff_help(role, unit_name)


def joined_for_supervisors(name: str, role: str, unit_name: str | None) -> str:
    who = "督查人员" if role == "supervisor" else f"{unit_name or ''}工作人员"
    return f"👤 {esc(name)} 已通过邀请码绑定为{esc(who)}。"


def staff_help(role: str, unit_name: str | None) -> str:
    if role == "supervisor":
        return (
            "<b>督查人员命令</b>\n"
            "/list [状态] 查看全部工单\n"
            "/show 编号 查看工单详情和办理记录\n"
            "/approve 编号 批准延期申请\n"
            "/digest 今日汇总 ｜ /overdue 逾期工单 ｜ /stats [天数] 统计\n"
            "/urge 编号 内容 书面督办 ｜ /publish 编号 公开办理结果 ｜ /ledger 督查台账"
        )
    return (
        f"<b>{esc(unit_name or '')} 工作人员命令</b>（私聊或本单位工作群中使用）\n"
        "/list [状态] 本单位工单，默认未办结的\n"
        "/show 编号 工单详情和办理记录\n"
        "/accept 编号 签收（也可以点新工单下面的“接单”）\n"
        "/reply 编号 内容 答复市民\n"
        "/done 编号 结果 办结，结果发给市民\n"
        "/transfer 编号 单位代码 理由 退单/改派\n"
        "/extend 编号 天数 理由 申请延期（督查人员批准）\n"
        "/note 编号 内容 内部备注，市民看不到\n"
        "/log 内容 登记线下收集的诉求\n"
        "/project 编号 举措 | 计划 | YYYY-MM-DD 列为实事项目\n"
        "您自己遇到问题，也可以像市民一样直接发消息反映。"
    )


def ticket_line(number: str, state: str, unit: str, deadline: str, summary: str,
                flags: str) -> str:
    return (f"<code>{esc(number)}</code> {esc(STATE_NAMES.get(state, state))}{esc(flags)}"
            f"｜{esc(unit)}｜限 {esc(deadline)}｜{esc(summary)}")


def ticket_list(title: str, lines: list[str], more: int) -> str:
    """`lines` come from ticket_line (already HTML)."""
    if not lines:
        return f"<b>{esc(title)}</b>\n没有符合条件的工单。"
    tail = [f"……另有 {more} 件未列出，可用 /list 状态 缩小范围。"] if more else []
    return "\n".join([f"<b>{esc(title)}</b>（{len(lines) + more} 件）", *lines, *tail])


def ticket_detail(fields: list[tuple[str, str]], history: list[tuple[str, str, str]]) -> str:
    """fields: (label, value); history: (when, what, detail); all plain text, masked already."""
    lines = [f"<b>{esc(label)}</b>：{esc(value)}" for label, value in fields]
    lines.append("<b>办理记录</b>")
    lines += [f"{esc(at)} {esc(what)}" + (f"：{esc(detail)}" if detail else "")
              for at, what, detail in history]
    return "\n".join(lines)


def cannot(number: str, doing: str, state: str) -> str:
    return (f"工单 <code>{esc(number)}</code> 当前状态为“{esc(STATE_NAMES.get(state, state))}”，"
            f"不能{esc(doing)}。")


def accepted(number: str) -> str:
    return f"✅ 已签收工单 <code>{esc(number)}</code>，请按时限办理。"


def accepted_for_unit(number: str, who: str) -> str:
    return f"📌 工单 <code>{esc(number)}</code> 已由 {esc(who)} 签收。"


def accepted_for_citizen(number: str, unit_name: str) -> str:
    return f"📌 您反映的问题（工单 <code>{esc(number)}</code>）已由<b>{esc(unit_name)}</b>签收，正在办理。"


def replied(number: str) -> str:
    return f"✉️ 答复已发送给工单 <code>{esc(number)}</code> 的市民。"


def reply_for_citizen(number: str, unit_name: str, text: str) -> str:
    return f"💬 <b>{esc(unit_name)}</b>关于工单 <code>{esc(number)}</code> 的答复：\n{esc(text)}"


def resolved(number: str) -> str:
    return f"✅ 工单 <code>{esc(number)}</code> 已办结，办理结果已发送给市民。"


def resolved_for_citizen(number: str, unit_name: str, result: str) -> str:
    return (f"✅ 您反映的问题（工单 <code>{esc(number)}</code>）已由<b>{esc(unit_name)}</b>办结。\n"
            f"办理结果：{esc(result)}\n"
            "如果问题没有解决，稍后回访时请告诉我们。")


def transferred(number: str, unit_name: str, forced_hotline: bool) -> str:
    if forced_hotline:
        return (f"↪️ 工单 <code>{esc(number)}</code> 已多次改派，现转<b>{esc(unit_name)}</b>人工分拨。")
    return f"↪️ 工单 <code>{esc(number)}</code> 已改派至<b>{esc(unit_name)}</b>。"


def transferred_for_citizen(number: str, unit_name: str) -> str:
    return (f"↪️ 您反映的问题（工单 <code>{esc(number)}</code>）已改由<b>{esc(unit_name)}</b>办理，"
            "办理时限不变。")


def transferred_for_supervisors(number: str, count: int, unit_name: str) -> str:
    return (f"⚠️ 工单 <code>{esc(number)}</code> 已被来回改派 {count} 次，"
            f"已转<b>{esc(unit_name)}</b>人工分拨，请关注。")


def transferred_away_for_unit(number: str, unit_name: str, who: str) -> str:
    return f"↪️ 工单 <code>{esc(number)}</code> 已由 {esc(who)} 改派至{esc(unit_name)}。"


def unknown_unit(code: str, codes: list[tuple[str, str]]) -> str:
    listed = "\n".join(f"<code>{esc(c)}</code> {esc(name)}" for c, name in codes)
    return f"没有代码为“{esc(code)}”的单位。可用的单位代码：\n{listed}"


def same_unit(number: str) -> str:
    return f"工单 <code>{esc(number)}</code> 已在该单位，无需改派。"


def declined_toast() -> str:
    return "已退回人工分拨。知道该由哪个单位办理的，可用 /transfer 直接改派。"


def decline_from_hotline() -> str:
    return "人工分拨请用 /transfer 编号 单位代码 理由。"


DECLINE_REASON = "非本单位职责（点“退单”退回人工分拨）"


def extension_requested(number: str, days: int) -> str:
    return (f"🕒 已提交工单 <code>{esc(number)}</code> 延期 {days} 个工作日的申请，"
            "督查人员批准后生效。")


def extension_for_supervisors(number: str, unit_name: str, days: int, reason: str,
                              deadline: str) -> str:
    # The reason is staff's free text and often names the citizen: supervisors read it masked.
    return (f"🕒 <b>{esc(unit_name)}</b>申请工单 <code>{esc(number)}</code> 延期 {days} 个工作日"
            f"（现时限 {esc(deadline)}）。\n理由：{esc(mask(reason))}\n"
            f"同意请发 /approve {esc(number)}")


def no_pending_extension(number: str) -> str:
    return f"工单 <code>{esc(number)}</code> 没有待批准的延期申请。"


def extension_approved(number: str, deadline: str) -> str:
    return f"✅ 已批准工单 <code>{esc(number)}</code> 延期，新的办理时限：{esc(deadline)}。"


def extension_for_citizen(number: str, unit_name: str, deadline: str) -> str:
    return (f"🕒 您反映的问题（工单 <code>{esc(number)}</code>）需要更多时间办理，"
            f"经批准，<b>{esc(unit_name)}</b>的办理时限延至 {esc(deadline)}。")


def extension_for_unit(number: str, deadline: str) -> str:
    return f"🕒 工单 <code>{esc(number)}</code> 延期已获批准，新的办理时限：{esc(deadline)}。"


def bad_days(max_days: int) -> str:
    return f"延期天数应为 1 到 {max_days} 之间的整数（工作日）。"


def noted(number: str) -> str:
    return f"📝 已为工单 <code>{esc(number)}</code> 添加内部备注（市民看不到）。"


def logged(number: str, unit_name: str, deadline: str) -> str:
    return (f"✅ 已登记线下诉求，工单编号 <code>{esc(number)}</code>。\n"
            f"责任单位：<b>{esc(unit_name)}</b>\n办理时限：{esc(deadline)} 前\n"
            "办理进展会发给您，请及时转告群众。")


def project_set(number: str, deadline: str) -> str:
    return f"📋 工单 <code>{esc(number)}</code> 已列为实事项目，完成时限 {esc(deadline)}。"


def project_for_citizen(number: str, unit_name: str, measures: str, plan: str,
                        deadline: str) -> str:
    return (f"📋 您反映的问题（工单 <code>{esc(number)}</code>）已列为“我为群众办实事”<b>实事项目</b>。\n"
            f"责任单位：{esc(unit_name)}\n具体举措：{esc(measures)}\n实施计划：{esc(plan)}\n"
            f"完成时限：{esc(deadline)}")


def bad_project_date(value: str) -> str:
    return f"完成时限“{esc(value)}”无效，请写成 YYYY-MM-DD，且不早于今天。"


def supervisor_cannot() -> str:
    return "督查人员可以查看、批准延期和督办，不以责任单位名义办理工单。"


# --- follow-up (issue 5): reminders, 督办, 回访, digest, stats, ledger, publication -------------

RATE_NAMES = ("响应率", "解决率", "满意率", "按时办结率")


def reminder(number: str, deadline: str, unit_name: str) -> str:
    return (f"⏰ <b>到期提醒</b> 工单 <code>{esc(number)}</code>（{esc(unit_name)}）"
            f"将于 {esc(deadline)} 到期，请抓紧办理并及时 /done 办结。")


def overdue_notice(number: str, deadline: str, unit_name: str) -> str:
    return (f"🔔 <b>催办</b> 工单 <code>{esc(number)}</code>（{esc(unit_name)}）已超过办理时限"
            f"（{esc(deadline)}），已列为逾期，请立即办理。逾期将书面督办。")


def urge_notice_number(county: str, year: int, seq: int) -> str:
    return f"{county}督字〔{year}〕第{seq}号"


def urge_notice(notice: str, county: str, unit_name: str, number: str, text: str, deadline: str,
                limit: str, overdue_days: int, note: str) -> str:
    """督办通知书; `text` is already masked."""
    lines = [
        f"📕 <b>督办通知书</b>　{esc(notice)}",
        f"{esc(unit_name)}：",
        f"群众诉求工单 <code>{esc(number)}</code> 办理时限为 {esc(deadline)}，"
        + (f"已逾期 {overdue_days} 个工作日，" if overdue_days else "")
        + "现予书面督办。",
        f"诉求内容：{esc(text)}",
    ]
    if note:  # goes to the unit's group: a supervisor quoting the citizen's number is masked
        lines.append(f"督办意见：{esc(mask(note))}")
    lines += [
        f"请于 <b>{esc(limit)} 前办结</b>（限期办结），并将办理结果通过 /done 反馈。",
        f"{esc(county)}「金来办」督查",
    ]
    return "\n".join(lines)


def report_listing(unit_name: str, number: str, text: str, overdue_days: int,
                   urge_count: int) -> str:
    return (f"📣 <b>拟约谈/通报</b> {esc(unit_name)}：工单 <code>{esc(number)}</code> "
            f"已逾期 {overdue_days} 个工作日（已督办 {urge_count} 次），仍未办结。\n"
            f"诉求内容：{esc(text)}\n将列入每日简报的约谈/通报名单。")


VISIT_QUESTION_NAMES = {"c": "是否联系过您", "s": "问题是否解决", "r": "满意度"}
VISIT_UNSOLVED = "未解决"
SECOND_UNSATISFIED = "重办后仍不满意"


def visit_question(number: str, question: str, result: str) -> str:
    if question == "c":
        lines = [f"📞 <b>回访</b> 您反映的工单 <code>{esc(number)}</code> 已办结。"]
        if result:
            lines.append(f"办理结果：{esc(result)}")
        lines.append("请您花几秒钟评价一下。第一个问题：<b>经办人是否联系过您？</b>")
        return "\n".join(lines)
    if question == "s":
        return f"工单 <code>{esc(number)}</code> 第二个问题：<b>您的问题是否已经解决？</b>"
    return f"工单 <code>{esc(number)}</code> 最后一个问题：<b>您对办理结果是否满意？</b>"


def visit_thanks_toast() -> str:
    return "已记录，谢谢您！"


def visit_closed(number: str) -> str:
    return f"感谢您的评价！工单 <code>{esc(number)}</code> 已销号。还有其他问题，随时发消息给我们。"


def visit_recorded(number: str) -> str:
    return (f"您的评价已记录。工单 <code>{esc(number)}</code> 已经重新办理过一次，"
            "您的意见已报送督查部门跟进。")


def visit_default_closed(number: str) -> str:
    return (f"工单 <code>{esc(number)}</code> 回访 3 天未收到评价，按默认满意销号。"
            "如问题仍未解决，欢迎重新反映。")


def reopened_for_citizen(number: str, unit_name: str, deadline: str) -> str:
    return (f"🔁 收到您的意见。工单 <code>{esc(number)}</code> 已退回{esc(unit_name)}"
            f"<b>重新办理</b>，办理时限：{esc(deadline)} 前。")


def reopened_notice(number: str, unit_name: str, text: str, answer: str, deadline: str) -> str:
    """To the unit and supervisors; `text` is already masked."""
    return (f"🔁 <b>重办</b> 工单 <code>{esc(number)}</code>（{esc(unit_name)}）回访结果："
            f"{esc(answer)}，已退回重新办理。\n诉求内容：{esc(text)}\n"
            f"重办时限：{esc(deadline)} 前，请先签收（/accept {esc(number)}）。")


def second_unsatisfied(number: str, unit_name: str, text: str, answer: str) -> str:
    return (f"⚠️ <b>{SECOND_UNSATISFIED}</b> 工单 <code>{esc(number)}</code>（{esc(unit_name)}）"
            f"重办后回访结果：{esc(answer)}。\n诉求内容：{esc(text)}\n已记录并列入每日简报。")


def rate_cells(rates: Any) -> str:
    """The four rates of a bot.rates.UnitRates, in RATE_NAMES order."""
    values = (rates.response, rates.solution, rates.satisfaction, rates.punctuality)
    return " / ".join("—" if v is None else f"{v * 100:.1f}%" for v in values)


def digest(r: Any) -> str:
    """The daily digest (a bot.digest.Digest); ticket summaries in it are already masked."""
    lines = [
        f"📋 <b>{esc(r.county)}「金来办」督办日报</b>（{r.day.year}年{r.day.month}月{r.day.day}日）",
        f"新受理 <b>{r.new}</b> 件，销号 <b>{r.closed}</b> 件；当前在办 "
        f"<b>{sum(u.open for u in r.units)}</b> 件，其中逾期 <b>{sum(u.overdue for u in r.units)}</b> 件。",
        "",
        "<b>各单位</b>（新受理 / 销号 / 在办 / 逾期）",
    ]
    active = [u for u in r.units if u.new or u.closed or u.open or u.overdue]
    lines += [f"{esc(u.name)}：{u.new} / {u.closed} / {u.open} / "
              + (f"<b>{u.overdue}</b>" if u.overdue else "0") for u in active] or ["（无）"]
    lines += ["", f"<b>待人工分拨</b> {r.dispatch_total} 件"]
    lines += [f"<code>{esc(n)}</code> {esc(s)}" for n, s in r.dispatch]
    lines += [f"<b>紧急事项</b>（在办）{r.urgent_total} 件"]
    lines += [f"<code>{esc(n)}</code> {esc(u)}｜{esc(s)}" for n, u, s in r.urgent]
    lines += ["", "<b>近30天办理排名</b>（" + " / ".join(RATE_NAMES) + "）"]
    lines += [f"{i}. {esc(_unit_of(r, x.unit))}：{rate_cells(x)}"
              for i, x in enumerate(r.rates, 1)] or ["（无）"]
    lines.append(f"全县：{rate_cells(r.county_rates)}")
    lines += ["", "<b>约谈/通报名单</b>（逾期超过时限仍未办结）"]
    lines += [f"{esc(name)}：<code>{esc(n)}</code> 逾期 {days} 个工作日"
              for name, n, days in r.listed] or ["（无）"]
    if r.unhappy:
        lines += ["", f"<b>{SECOND_UNSATISFIED}</b>"]
        lines += [f"<code>{esc(n)}</code> {esc(u)}" for n, u in r.unhappy]
    lines += ["", "<b>热点诉求</b>（近7天，括号内为前7天）"]
    lines += [f"{esc(word)} {n}（{last}）" for word, n, last in r.topics] or ["（无）"]
    return "\n".join(lines)


def _unit_of(report: Any, code: str) -> str:
    return next((u.name for u in report.units if u.unit == code), code)


def digest_chart_caption(day: dt.date) -> str:
    return f"📊 各单位在办、逾期、新受理工单（{day.isoformat()}）"


CHART_LABELS = {"open": "在办", "overdue": "逾期", "new": "新受理",
                "title": "各单位工单情况 {day}"}
CHART_LABELS_LATIN = {"open": "open", "overdue": "overdue", "new": "new",
                      "title": "Tickets by unit {day}"}


def stats(days: int, rows: list[tuple[str, Any]], c: Any,
          misrouted: Sequence[tuple[str, int]] = ()) -> str:
    """/stats: rows are (unit name, bot.rates.UnitRates), ranked; misrouted: (unit name, 退单数)."""
    lines = [f"📈 <b>近 {days} 天办理情况</b>（" + " / ".join(RATE_NAMES) + "）"]
    lines += [f"{i}. {esc(name)}：{rate_cells(x)}" for i, (name, x) in enumerate(rows, 1)]
    if not rows:
        lines.append("（这段时间没有工单）")
    lines.append(f"全县：{rate_cells(c)}（受理 {c.dispatched}，评价 {c.rated}，办结 {c.resolved}，"
                 f"逾期在办 {c.open_overdue}）")
    if misrouted:
        lines.append("<b>分派不准（退单/改派）</b>：" + "，".join(
            f"{esc(name)} {count} 件" for name, count in misrouted))
    return "\n".join(lines)


def overdue_list(rows: list[tuple[str, str, str, int, int]], total: int) -> str:
    """/overdue: rows are (number, unit name, deadline, working days late, urge count)."""
    if not total:
        return "✅ 目前没有逾期工单。"
    lines = [f"⏱ <b>逾期工单</b> 共 {total} 件"]
    lines += [f"<code>{esc(n)}</code> {esc(u)}｜时限 {esc(d)}｜逾期 {late} 个工作日｜督办 {urged} 次"
              for n, u, d, late, urged in rows]
    if total > len(rows):
        lines.append(f"……另有 {total - len(rows)} 件，完整清单见 /ledger")
    return "\n".join(lines)


def supervision_only() -> str:
    return "这个命令仅限督查人员在与我的私聊中使用。"


def supervisor_not_found(number: str) -> str:
    return f"没有找到编号为 <code>{esc(number)}</code> 的工单，请核对编号。"


def supervisor_usage(command: str) -> str:
    return {
        "urge": "用法：/urge 工单编号 督办意见，例如 /urge 20261127-0001 请于两日内办结",
        "publish": "用法：/publish 工单编号（仅已办结的工单）",
        "stats": "用法：/stats [天数]，例如 /stats 30",
    }.get(command, "命令格式不对。")


def urge_done(number: str, notice: str) -> str:
    return f"已对工单 <code>{esc(number)}</code> 下发督办通知书 {esc(notice)}，已通知责任单位。"


def urge_not_open(number: str, state: str) -> str:
    return (f"工单 <code>{esc(number)}</code> 当前状态为“{esc(STATE_NAMES.get(state, state))}”，"
            "无需督办。")


def publish_post(county: str, unit_name: str, problem: str, result: str, days: int) -> str:
    """The public column post; `problem` and `result` are already masked for the public."""
    return "\n".join([
        f"📰 <b>《金来办、今天办》</b>｜{esc(county)}",
        f"<b>群众诉求</b>：{esc(problem)}",
        f"<b>责任单位</b>：{esc(unit_name)}",
        f"<b>办理结果</b>：{esc(result)}",
        f"<b>办理用时</b>：{days} 天" if days else "<b>办理用时</b>：当天办结",
        "我为群众办实事，有事找「金来办」。",
    ])


def published(number: str) -> str:
    return f"工单 <code>{esc(number)}</code> 已发布到公开栏目《金来办、今天办》。"


def publish_off() -> str:
    return "未配置公开栏目频道（[publish] channel_id），无法发布。"


def publish_not_ready(number: str) -> str:
    return f"工单 <code>{esc(number)}</code> 尚未办结，办结后才能发布。"


def ledger_caption(count: int) -> str:
    return f"📒 督查台账（{count} 条），各单位一页，另有汇总页。"


LEDGER_HEADERS = ("工单编号", "受理时间", "责任单位", "诉求内容", "实事项目", "具体举措", "实施计划",
                  "完成时限", "办理状态", "办理结果", "满意度", "逾期天数（工作日）", "督办次数",
                  "销号日期")
SUMMARY_HEADERS = ("责任单位", "工单总数", "在办", "逾期在办", "已办结", "已销号", "实事项目",
                   "督办次数", *RATE_NAMES)
SUMMARY_SHEET = "汇总"
LEDGER_STATES = {"new": "待签收", "accepted": "办理中", "resolved": "已办结待回访",
                 "closed": "已销号", "reopened": "重办中", "withdrawn": "已撤回"}
YES = "是"


# --- labels used by the domain --------------------------------------------------------------------

ACCEPT_BUTTON = "接单"
DECLINE_BUTTON = "退单"
CITIZEN = "市民"  # stands for the citizen's name in public posts
ATTACHMENT = "（附件）"
MEDIA_PLACEHOLDER = {  # a ticket's text when the citizen sent only media
    "photo": "（照片）", "voice": "（语音留言）", "video": "（视频）", "document": "（文件）",
    "audio": "（音频）", "video_note": "（视频留言）", "location": "（位置）",
}
ACTION_REPLY = "答复"
ACTION_DONE = "办结"
ACTION_TRANSFER = "改派"
ACTION_EXTEND = "申请延期"
ACTION_PROJECT = "列为实事项目"


def media_placeholder(kind: str) -> str:
    return MEDIA_PLACEHOLDER.get(kind, ATTACHMENT)


def invite_created(unit_name: str | None, unit: str | None, expires: str) -> str:
    """What `python -m bot invite` prints above the code (plain text for a terminal)."""
    who = f"{unit_name} ({unit}) 工作人员" if unit else "督查人员"
    return f"邀请码：{who}，单次有效，{expires} 前私聊机器人发送 /join 邀请码"
