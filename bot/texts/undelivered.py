"""What staff and supervisors read when the bot can no longer write to a citizen: Telegram
refused their chat for good (403 blocked or deactivated, 400 chat not found) or told the bot it
was blocked (my_chat_member). Nothing sent to the citizen from then on arrives, so nobody may
believe it did: the unit calls the citizen back, and a 回访 due becomes a phone 回访."""

from __future__ import annotations

from bot.render import esc

# Why the chat is gone, as the delivery loop and the my_chat_member update tell it
# (bot.domain.delivery.gone_reason).
REASONS = {
    "blocked": "该市民已屏蔽本机器人",
    "deactivated": "该市民的 Telegram 账号已注销或停用",
    "missing": "Telegram 找不到与该市民的对话（账号可能已注销）",
}


def reason(code: str) -> str:
    return REASONS.get(code, REASONS["missing"])


def _found(elsewhere: str) -> str:
    """Where /contact finds the phone when this ticket has none: the citizen's other ticket."""
    return (f"本工单没有留电话，市民在其另一张工单 <code>{esc(elsewhere)}</code> 中留过电话，"
            if elsewhere else "")


def citizen_unreachable(number: str, elsewhere: str = "") -> str:
    """After /reply or /done of a ticket whose citizen the bot can no longer write to;
    `elsewhere`: the citizen's other ticket holding the phone /contact gives (none here)."""
    return ("\n⚠️ 但本机器人已无法给该市民发消息（已屏蔽本机器人或账号不可用），"
            f"消息无法送达，请电话联系（{_found(elsewhere)}<code>/contact {esc(number)}</code> 查看电话）。")


def for_unit(number: str, code: str, resolved: bool, elsewhere: str = "") -> str:
    """To the ticket's unit (group and staff), once when the citizen becomes unreachable;
    `elsewhere`: the other ticket of the citizen's whose phone /contact gives (this one has
    none of its own)."""
    found = _found(elsewhere)
    text = (f"⚠️ 工单 <code>{esc(number)}</code>：{reason(code)}，本机器人发给市民的消息"
            "（答复、办理结果、回访）已无法送达，之前未送达的也不会再发。\n"
            f"请电话联系市民告知办理情况（{found}<code>/contact {esc(number)}</code> 查看电话），"
            "并用 <code>/note</code> 记下联系结果。")
    if resolved:
        text += "\n本工单已办结：回访改为电话回访，由督查人员联系市民并记录。"
    return text


def for_unit_all(code: str, items: list[tuple[str, bool, str | None]]) -> str:
    """To a unit, once when the citizen becomes unreachable, for all of the citizen's tickets it
    works at once (T24 finding 10: one message per ticket flooded the chats): (number, resolved,
    where the phone is — "" on the ticket, another ticket's number, None nowhere) of each."""
    lines = [f"⚠️ {reason(code)}：本机器人发给市民的消息（答复、办理结果、回访）已无法送达，"
             f"之前未送达的也不会再发。涉及本单位以下 {len(items)} 件工单："]
    for number, resolved, phone in items:
        where = ("市民没有留下电话，目前无法联系" if phone is None
                 else (f"本单未留电话，<code>/contact {esc(number)}</code> 可查看市民在工单 "
                       f"<code>{esc(phone)}</code> 中留的电话") if phone
                 else f"<code>/contact {esc(number)}</code> 查看电话")
        state = "已办结，回访改为电话回访，由督查人员联系市民" if resolved else "办理中"
        lines.append(f"<code>{esc(number)}</code>｜{state}｜{where}")
    lines.append("请电话联系市民告知办理情况，并用 <code>/note</code> 记下联系结果；"
                 "市民再次给本机器人发消息或重新启用本机器人时，会立即通知本单位。")
    return "\n".join(lines)


def phone_visit(number: str, unit: str, text: str, result: str, question: str,
                no_phone: str = "") -> str:
    """The 回访 of a ticket whose citizen the bot cannot write to: the supervisors call them
    back and record the answers with the buttons; `question` is the one waiting ("c", "s",
    "r"), `text` and `result` are masked; `no_phone`: the line saying nobody can call them."""
    lines = [f"📞 <b>电话回访</b> 工单 <code>{esc(number)}</code>（{esc(unit)}）已办结，但市民已无法"
             "接收本机器人的消息，回访问题送不到。请督查人员电话回访市民，并用下面的按钮如实记录；"
             "回访记录前不销号，也不按默认满意计。",
             f"诉求内容：{esc(text)}"]
    if result:
        lines.append(f"办理结果：{esc(result)}")
    lines.append(no_phone
                 or f"市民电话请向{esc(unit)}了解（本单位工作人员可用 <code>/contact</code> 查看）。")
    lines.append({"c": "第一个问题：<b>经办人是否联系过市民？</b>",
                  "s": "第二个问题：<b>市民的问题是否已经解决？</b>"}.get(
                      question, "最后一个问题：<b>市民对办理结果是否满意？</b>"))
    return "\n".join(lines)


def phone_visit_late(number: str, unit: str) -> str:
    return (f"⏰ 工单 <code>{esc(number)}</code>（{esc(unit)}）的市民无法接收本机器人的消息，"
            "其电话回访已 3 天尚未记录。该工单保持“已办结待回访”，不按默认满意销号；"
            "请尽快电话回访市民并在回访消息下记录。")
