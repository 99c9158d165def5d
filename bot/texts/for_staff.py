"""What unit staff read, in private chat and in their unit's group (HTML parse mode).

Texts about a ticket's citizen take them already masked (bot.domain.privacy); anything a person
typed goes through `esc`.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.render import esc
from bot.texts.common import EXTENDED_FROM, STATE_NAMES
from bot.texts.signing import SIGN_CALL
from bot.texts.undelivered import citizen_unreachable
from bot.texts.views import LIST_SHOWN


def new_ticket_for_unit(
    number: str, unit_name: str, text: str, deadline: str, urgent: bool, keywords: list[str],
    moved: tuple[str, str, str] | None = None, also: Sequence[str] = (), picked: bool = False,
) -> str:
    """A new ticket pushed to a unit's chat and staff; `text` is already masked. `moved`: (who,
    from which unit, why) when a unit sent it on; `also`: other units the message concerns;
    `picked`: the citizen chose the unit (routing could not)."""
    head = "🔴 <b>紧急工单</b>" if urgent else "🆕 <b>新工单</b>"
    lines = [
        f"{head} <code>{esc(number)}</code>",
        f"责任单位：{esc(unit_name)}",
        f"办理时限：{esc(deadline)} 前",
        f"内容：{esc(text)}",
    ]
    if moved:
        who, origin, reason = moved  # a staff member named after the unit is named once
        sender = who if origin in who else f"{origin}的{who}"
        lines.append(f"改派：由{esc(sender)}转来，理由：{esc(reason)}")
    elif picked:
        lines.append("分派依据：系统未能自动分派，由市民自行选择本单位")
    elif keywords:
        lines.append(f"分派依据：{esc('、'.join(keywords))}")
    if also:
        lines.append(f"另涉及：{esc('、'.join(also))}（如需协同，请与相关单位联系）")
    lines.append(f"{SIGN_CALL}点“接单”或发 /accept {esc(number)}")
    return "\n".join(lines)


def threat_note(words: Sequence[str]) -> str:
    """Under a unit's push: the citizen spoke of violence in anger (nlp.threat), not an emergency."""
    said = "、".join(f"“{word}”" for word in words)
    return (f"⚠️ 提示：市民在反映中说了气话（{esc(said)}），属情绪激动时的过激言辞，不是正在发生的"
            "紧急情况。联系时请注意安抚、耐心沟通；如判断确有现实危险，请及时联系公安机关。")


def citizen_supplement_for_unit(number: str, text: str) -> str:
    return f"📎 工单 <code>{esc(number)}</code> 市民补充：{esc(text)}"


def attachments_caption(number: str) -> str:
    return f"📎 工单 <code>{esc(number)}</code> 市民发来的附件"


def relayed(text: str) -> str:
    """A message about an offline demand, to the staff member who logged it, to pass on."""
    return f"📨 <b>您代群众登记的诉求有新进展，请转告群众：</b>\n{text}"


def phone_visit_for_logger(number: str) -> str:
    """To the staff member who logged an offline demand, when its 回访 is due."""
    return (f"📞 您代群众登记的工单 <code>{esc(number)}</code> 已办结，到了回访时间。回访由督查人员"
            "电话进行，请在他们联系您时提供群众的联系方式。")


def reopened_for_unit(number: str, unit_name: str, text: str, answer: str, deadline: str,
                      said: str = "") -> str:
    """`text` and `said` (what the citizen said at the 回访) are already masked."""
    told = f"市民回访时说：{esc(said)}\n" if said else ""
    return (f"🔁 <b>重办</b> 工单 <code>{esc(number)}</code>（{esc(unit_name)}）回访结果："
            f"{esc(answer)}，已退回重新办理。\n诉求内容：{esc(text)}\n{told}"
            f"重办时限：{esc(deadline)} 前，请先签收（/accept {esc(number)}）。")


def citizen_withdrew_for_unit(number: str) -> str:
    return f"↩️ 工单 <code>{esc(number)}</code> 已被市民撤回，无需继续办理。"


WITHDRAWN_NOTE = "↩️ 市民已撤回，无需办理。"  # added to a withdrawn ticket's push, buttons gone


STAFF_USAGE = {
    "join": "请带上管理员给您的邀请码，例如：/join K7QM2XPAHD",
    "list": "用法：/list [状态]，状态可选：{states}，不写为未办结的（也可写英文，如 /list overdue）",
    "show": "用法：/show 工单编号，例如：/show 20261127-0001",
    "accept": "用法：/accept 工单编号",
    "reply": "用法：/reply 工单编号 答复内容（答复会发给市民）",
    "done": "用法：/done 工单编号 办理结果（办结，结果会发给市民）",
    "transfer": "用法：/transfer 工单编号 单位代码 理由（理由必填）",
    "extend": "用法：/extend 工单编号 天数 理由（延期 1–{max_days} 个工作日，需督查人员批准）",
    "note": "用法：/note 工单编号 备注内容（内部备注，市民看不到）",
    "log": "用法：/log 诉求内容（登记电话、走访、双包双联等线下收集的诉求）",
    "project": ("用法：/project 工单编号 具体举措 | 实施计划 | 完成时限（如 2027-03-01、3月1日，"
                "一年以内）"),
    "approve": "用法：/approve 工单编号（批准该工单的延期申请）",
    "contact": "用法：/contact 工单编号（在与我的私聊中查看市民电话，用于回访）",
}


def staff_usage(command: str, max_days: int = 30) -> str:
    line = STAFF_USAGE.get(command, "命令格式不对，发 /help 查看说明。")
    return esc(line.format(states=LIST_SHOWN, max_days=max_days))


def staff_not_found(number: str) -> str:
    """The same answer whether the ticket does not exist or is not the asker's to act on."""
    return f"没有找到编号为 <code>{esc(number)}</code> 的工单，或您无权办理该工单。"


def private_only(command: str) -> str:
    return f"请在与我的私聊中使用 /{esc(command)}。"


# /join CODE typed in a group: the code was read by the whole group, so it no longer binds anyone.
JOIN_IN_GROUP = ("请在与我的私聊中使用 /join。您在群里发出的邀请码群成员都能看到，如仍有效已立即作废；"
                 "请向管理员索取新的邀请码，再私聊我发送 /join 新邀请码。")


GROUP_NOT_ALLOWED = ("本群只供已绑定的本单位工作人员办理工单；其他事项请私聊我。"
                     "工作人员请先私聊我发送 /join 邀请码 完成绑定。")


JOIN_INVALID = "邀请码无效、已使用或已过期。请向管理员索取新的邀请码。"


def join_throttled(retry_at: str) -> str:
    return f"邀请码错误次数过多，请于 {esc(retry_at)} 之后再试。"


def _who(role: str, unit_name: str | None) -> str:
    return "督查人员" if role == "supervisor" else f"<b>{esc(unit_name or '')}</b>工作人员"


def joined(role: str, unit_name: str | None, waiting: str = "") -> str:
    """`waiting`: what waits for them (bot.texts.joined_waiting), said before the commands."""
    first = f"✅ 绑定成功，您已是{_who(role, unit_name)}。" + (f"\n{waiting}" if waiting else "")
    return first + "\n\n" + staff_help(role, unit_name)


def already_bound(role: str, unit_name: str | None, by_operator: bool,
                  invalid: bool = False) -> str:
    """`invalid`: the code itself was unknown, used or expired (so it was not kept unused)."""
    how = ("身份如需变更，请联系系统管理员。" if by_operator else
           "如工作调整需要更换身份，请先发送 /leave 解除现有绑定，再发送 /join 和新的邀请码。")
    if invalid:
        return f"邀请码无效、已使用或已过期。您已是{_who(role, unit_name)}。{how}"
    return f"您已是{_who(role, unit_name)}，本次邀请码未使用。{how}"


def left(role: str, unit_name: str | None) -> str:
    return f"已解除您作为{_who(role, unit_name)}的绑定。以后您发来的消息将作为市民反映处理。"


def released(role: str, unit_name: str | None) -> str:
    """The operator released the binding (`people --remove`), not the person themselves."""
    return "系统管理员" + left(role, unit_name) + "如有疑问，请与系统管理员联系。"


NOT_BOUND = "您目前没有绑定任何单位，无需解除。"
SOMEONE = "工作人员"  # a colleague whose Telegram name is empty
LEAVE_BY_OPERATOR = "您是配置文件中指定的督查人员，请联系系统管理员解除。"


MASKED_NOTE = "工单中市民的姓名、电话、证件号码等已自动遮挡，请勿截图外传。"


def staff_help(role: str, unit_name: str | None) -> str:
    if role == "supervisor":
        return (
            "<b>督查人员命令</b>\n"
            "/list [状态] 查看全部工单\n"
            "/show 编号 查看工单详情和办理记录\n"
            "/approve 编号 批准延期申请（含实事项目推迟的完成时限）\n"
            "/digest 昨日日报 ｜ /overdue 逾期工单 ｜ /stats [天数] 统计\n"
            "/urge 编号 内容 书面督办 ｜ /ledger 督查台账\n"
            "/publish 编号 [内容] 公开市民已认可的办理结果（先给出草稿，确认后发布）\n"
            "/leave 解除督查人员绑定\n"
            f"{MASKED_NOTE}"
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
        "/project 编号 举措 | 计划 | 完成日期 列为实事项目\n"
        "/contact 编号 查看市民电话回访（仅私聊，每次查看都会记录）\n"
        "/leave 调离本单位时解除绑定\n"
        f"{MASKED_NOTE}\n"
        "您自己遇到问题，也可以像市民一样直接发消息反映。"
    )


def own_complaint(number: str, role: str, private: bool) -> str:
    """The asker reported this problem themselves: they may follow it, not handle it. In a group
    the reason stays unsaid (colleagues read it; who complained is masked for them)."""
    if not private:
        return f"工单 <code>{esc(number)}</code> 不能由您办理，请本单位其他同事签收办理。"
    who = "其他督查人员" if role == "supervisor" else "本单位其他同事（需要时可请督查人员协调）"
    return (f"工单 <code>{esc(number)}</code> 是您本人反映的诉求。为公正起见，本人不能办理、审批或督办"
            f"自己的诉求，请由{who}处理。您仍可用 /show 查看办理进展，并像其他群众一样参与回访评价。")


def own_log(number: str, private: bool) -> str:
    """The asker logged this offline demand: a colleague signs and closes it (the rates count
    those steps). In a group, who logged it stays unsaid."""
    if not private:
        return f"工单 <code>{esc(number)}</code> 不能由您办理，请本单位其他同事签收办理。"
    return (f"工单 <code>{esc(number)}</code> 是您亲自登记的线下诉求。为公正起见，登记人不签收、"
            "不答复、不办结本人登记的诉求，请本单位其他同事办理（需要时可请督查人员协调）。"
            "您仍可用 /show 查看进展、用 /note 补充情况，办理进展会发给您转告群众。")


def cannot(number: str, doing: str, state: str) -> str:
    return (f"工单 <code>{esc(number)}</code> 当前状态为“{esc(STATE_NAMES.get(state, state))}”，"
            f"不能{esc(doing)}。")


def accepted(number: str) -> str:
    return f"✅ 已签收工单 <code>{esc(number)}</code>，请按时限办理。"


def accepted_for_unit(number: str, who: str) -> str:
    return f"📌 工单 <code>{esc(number)}</code> 已由 {esc(who)} 签收。"


# Who an answer reached: the citizen, or for an offline demand (/log) the staff member who
# logged it, to pass on.
_TO_CITIZEN = "市民"
_TO_LOGGER = "登记人，请其转告市民"


def replied(number: str, delivered: bool = True, logged: bool = False, elsewhere: str = "") -> str:
    if not delivered:  # elsewhere: the citizen's other ticket with a phone (undelivered.py)
        return f"✉️ 工单 <code>{esc(number)}</code> 的答复已记录。" + citizen_unreachable(number, elsewhere)
    # Handed to the outbox, not delivered yet: a chat refused for good is told afterwards
    # (bot.actions.unreachable), so the answer never claims a delivery that did not happen.
    return (f"✉️ 答复已提交发送给工单 <code>{esc(number)}</code> 的"
            f"{_TO_LOGGER if logged else _TO_CITIZEN}。" + _IF_UNDELIVERED)


def resolved(number: str, delivered: bool = True, logged: bool = False, elsewhere: str = "") -> str:
    if not delivered:
        return f"✅ 工单 <code>{esc(number)}</code> 已办结。" + citizen_unreachable(number, elsewhere)
    return (f"✅ 工单 <code>{esc(number)}</code> 已办结，办理结果已提交发送给"
            f"{_TO_LOGGER if logged else _TO_CITIZEN}。" + _IF_UNDELIVERED)


def transferred(number: str, unit_name: str, forced_hotline: bool, reached: bool = True) -> str:
    if forced_hotline:
        text = f"↪️ 工单 <code>{esc(number)}</code> 已多次改派，现转<b>{esc(unit_name)}</b>人工分拨。"
    else:
        text = f"↪️ 工单 <code>{esc(number)}</code> 已改派至<b>{esc(unit_name)}</b>。"
    return text + ("" if reached else not_delivered_to_unit(unit_name))


def not_delivered_to_unit(unit_name: str) -> str:
    return (f"\n⚠️ 但<b>{esc(unit_name)}</b>目前没有可送达的工作群或工作人员，该单位还收不到这条通知，"
            "已报告督查人员；请电话告知该单位。")


_IF_UNDELIVERED = "如未能送达，会另行通知本单位。"


def others_data_sent(hidden: list[str], kinds: list[str]) -> str:
    """After /reply or /done whose text held an ID number or bank card (`hidden`: masked before
    it went) or someone else's phone or name (`kinds`: sent as written; bot.domain.handed_out)."""
    lines = []
    if hidden:
        lines.append(f"🔒 文字中的{esc('、'.join(hidden))}已替换为【{esc('】【'.join(hidden))}】后才发给市民"
                     "（市民本人发来的除外）。")
    if kinds:
        lines.append(f"⚠️ 提醒：这段文字含有他人的{esc('、'.join(kinds))}，市民会原样看到。"
                     "如果不是有意提供给市民（例如维修人员的联系电话），今后请不要写入他人的个人信息。")
    return "\n".join(lines)


def picked_away_for_unit(number: str, unit_name: str) -> str:
    return f"↪️ 工单 <code>{esc(number)}</code> 已由市民自行选择转至{esc(unit_name)}，本单位无需再分拨。"


def transferred_away_for_unit(number: str, unit_name: str, who: str) -> str:
    return f"↪️ 工单 <code>{esc(number)}</code> 已由 {esc(who)} 改派至{esc(unit_name)}。"


_LEFT_HOW = {"routed": "根据市民更新的反映内容改由", "picked": "按市民的选择改由"}


def moved_away(number: str, unit_name: str, at: str, how: str = "transfer") -> str:
    """Staff act on a ticket that left their unit — passed on ("transfer"), sent elsewhere by
    the citizen's new words before anyone signed it ("routed"), or the unit the citizen chose
    ("picked"): when and where it went, not a bare refusal."""
    how = _LEFT_HOW.get(how, "从本单位转出，现由")
    return (f"工单 <code>{esc(number)}</code> 已于 {esc(at)} {how}<b>{esc(unit_name)}"
            "</b>办理，本单位无需再处理。如有异议，请与该单位或督查人员联系。")


def unknown_unit(code: str, codes: list[tuple[str, str]], ambiguous: bool = False) -> str:
    """`codes`: every unit, or (`ambiguous`) the units the typed name could mean."""
    listed = "\n".join(f"<code>{esc(c)}</code> {esc(name)}" for c, name in codes)
    if ambiguous and len(codes) == 1:  # a near miss (水利局) or a single character
        return f"没有找到“{esc(code)}”对应的单位。您要找的是不是：\n{listed}\n请写单位代码或全称。"
    if ambiguous:
        return f"“{esc(code)}”可指以下几个单位，请写单位代码或全称：\n{listed}"
    return f"没有找到“{esc(code)}”对应的单位。请写单位代码、全称或简称（如 住建局），可用的单位：\n{listed}"


def same_unit(number: str) -> str:
    return f"工单 <code>{esc(number)}</code> 已在该单位，无需改派。"


DECLINE_ASKED_TOAST = "退单须写明理由：请按对话中的提示发送 /transfer 命令。"


def decline_asks_reason(number: str) -> str:
    """The 退单 button pressed: the reason is asked for as /transfer asks, with its usage line."""
    return (f"工单 <code>{esc(number)}</code> 退单须写明理由，与改派一样。\n{staff_usage('transfer')}\n"
            f"退回人工分拨，请发送：<code>/transfer {esc(number)} hotline 理由</code>\n"
            "知道该由哪个单位办理的，把 hotline 换成该单位的代码或名称，直接改派。")


def decline_stale(number: str, state: str) -> str:
    """The 退单 button of a ticket the unit has taken on (or that has moved on): a toast."""
    return (f"工单 {esc(number)} 当前为“{esc(STATE_NAMES.get(state, state))}”，不能再用退单按钮退回。"
            "确需改派请用 /transfer 编号 单位代码 理由。")


DECLINE_FROM_HOTLINE = "人工分拨请用 /transfer 编号 单位代码 理由。"




def extension_requested(number: str, days: int, replaced: str | None, extended: str,
                        unread: bool = False) -> str:
    """`replaced`: the pending request it replaces (common.extension_asked); `extended`: the
    deadline it gives once approved (from the one in force now); `unread`: no supervisor."""
    instead = f"此前待批的申请（{esc(replaced)}）已作废，以本次申请为准。" if replaced else ""
    when = ("⚠️ 但<b>目前没有督查人员</b>，这份申请暂时无人审批，请联系系统管理员尽快指定督查人员；"
            "获批后生效" if unread else "督查人员批准后生效")
    return (f"🕒 已提交工单 <code>{esc(number)}</code> 延期 {days} 个工作日的申请，"
            f"{when}，{EXTENDED_FROM}，新的办理时限为 {esc(extended)}。{instead}")


def extension_for_unit(number: str, granted: str, deadline: str) -> str:
    """`deadline`: the new one, with how an /extend's days were counted (common.extension_counted)."""
    return (f"🕒 工单 <code>{esc(number)}</code> 的延期申请已获批准（{esc(granted)}），"
            f"新的办理时限：{esc(deadline)}。")


def bad_days(max_days: int) -> str:
    return f"延期天数应为 1 到 {max_days} 之间的整数（工作日）。"


def noted(number: str) -> str:
    return f"📝 已为工单 <code>{esc(number)}</code> 添加内部备注（市民看不到）。"


def logged(number: str, unit_name: str, deadline: str, alone: bool = False, own: bool = True) -> str:
    """/log answered; `alone`: the logger is the only staff of the unit it went to; `own`: it went
    to the logger's own unit (else that unit handles it, and nothing is said of who may not)."""
    who = ("本单位目前只有您一位工作人员，这件诉求可由您本人签收、办结，办理记录中会注明“登记人本人"
           "办理”；" if alone else "为公正起见，登记人本人不签收、不办结这件诉求；" if own else
           f"这件诉求已转给{esc(unit_name)}办理；")
    return (f"✅ 已登记线下诉求，工单编号 <code>{esc(number)}</code>。\n"
            f"责任单位：<b>{esc(unit_name)}</b>\n办理时限：{esc(deadline)} 前\n"
            f"办理进展会发给您，请及时转告群众。{who}"
            "办结后由督查人员电话回访群众，届时请提供群众的联系方式。")


def reminder(number: str, deadline: str, unit_name: str) -> str:
    return (f"⏰ <b>到期提醒</b> 工单 <code>{esc(number)}</code>（{esc(unit_name)}）"
            f"将于 {esc(deadline)} 到期，请抓紧办理并及时 /done 办结。")


def overdue_notice(number: str, deadline: str, unit_name: str, urged: int = 0) -> str:
    return (f"🔔 <b>催办</b> 工单 <code>{esc(number)}</code>（{esc(unit_name)}）已超过办理时限"
            f"（{esc(deadline)}），已列为逾期，请立即办理；仍未办结的，督查人员将"
            + (f"再次书面督办（此前已督办 {urged} 次）。" if urged else "书面督办。"))


ACCEPT_BUTTON = "接单"
DECLINE_BUTTON = "退单"
# What staff were trying to do, in "cannot" answers.
ACTION_ACCEPT = "签收"
ACTION_REPLY = "答复"
ACTION_DONE = "办结"
ACTION_TRANSFER = "改派"
ACTION_EXTEND = "申请延期"
ACTION_PROJECT = "列为实事项目"
