"""Every string a citizen, staff member or supervisor reads, in one place (HTML parse mode).

Functions take plain values and return finished HTML; anything a person typed goes through `esc`.
Tags never span lines (render.split relies on it).
"""

from __future__ import annotations

import datetime as dt

from bot.render import esc

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
        "您的姓名、电话等个人信息只用于办理您的诉求，仅责任单位经办人可见；"
        "在群组、公开栏目和统计材料中一律隐去。\n"
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
