"""What the citizen, the hotline and supervisors read about a citizen's flood of messages and
reports (bot/actions/floods.py): the burst's notice and receipt, and the hold at the hotline.

What the citizen is told must stay true of every report: past floods.FLOOD_TICKETS reports in
floods.FLOOD_TICKET_MINUTES they wait at the hotline for a person, so no text says of them that
they went to their unit."""

from __future__ import annotations

from bot.render import esc


def flood_held(number: str, limit: int, minutes: int, hotline: str, unit_name: str) -> str:
    """The supervisors' one notice when a citizen's reports start to wait for a person."""
    return (f"⚠️ <b>市民短时间内连续提交诉求</b>\n同一位市民 {minutes} 分钟内已提交 {limit} 件以上诉求"
            f"（疑似刷屏或重复提交）。自工单 <code>{esc(number)}</code>（系统判断为{esc(unit_name)}）起，"
            f"这位市民的新诉求暂交{esc(hotline)}人工核实，确属需要办理的再派给责任单位；"
            "核实前不推送给单位，也不计入各单位的响应率等考核。所有消息均已保存，紧急求助照常直接派单。")


def held_for_hotline(number: str, unit_name: str, code: str) -> str:
    """The line under a held report's push to the hotline: why it is there, where it would go."""
    return (f"⏸ 该市民短时间内连续提交多件诉求，本件暂由热线人工核实，尚未推送给责任单位。"
            f"系统判断为{esc(unit_name)}；确需办理的，请发 /transfer {esc(number)} {esc(code)} 原因 派单。")


def held_for_citizen(number: str, hotline: str, deadline: str) -> str:
    """The answer to a report of a flood that waits for a person (outside a burst's receipt)."""
    return (f"✅ 已收到您的反映，工单编号 <code>{esc(number)}</code>。\n"
            f"您短时间内提交了多件诉求，本件先由<b>{esc(hotline)}</b>工作人员核实，"
            "需要办理的会尽快转给责任单位。\n"
            f"办理时限：{esc(deadline)} 前\n办理进展会在这里通知您。")


def flood_reply(commands: int) -> str:
    """Once per burst, to a citizen sending many messages in a short time; `commands`: how
    many commands a minute are still answered."""
    return ("您短时间内发来的消息较多，我们都已收到并保存，会逐条处理；其中反映的问题都会登记工单。"
            "连续提交较多时，后面的诉求先由热线工作人员核实，需要办理的再转交责任单位。\n"
            "为免刷屏，这段时间不再逐条回复；其中登记的工单，编号会在您停下约一分钟后（最迟约三分钟）汇总发给您；"
            f"/my、/status 等命令仍会回复（每分钟 {commands} 条以内）。")


def flood_receipts(rows: list[tuple[str, str, str, bool, bool]], total: int, hotline: str) -> str:
    """The numbers of the tickets a flood made or joined, sent once after it; rows: (number,
    unit name, summary, joined: a repeat of it was sent, held: it waits at `hotline` for a
    person), in the order they were sent; `total`: how many there are (more than rows: not
    listed). Each line says where its ticket is: with its unit, or being checked at the hotline."""
    lines = [f"📋 您刚才连续发来的消息较多，未逐条回复。其中 {total} 件问题已登记为工单："]
    lines += [f"<code>{esc(number)}</code> "
              + (f"{esc(hotline)}人工核实中，需要办理的再转交责任单位" if held
                 else f"已转交{esc(unit)}")
              + f"｜{esc(summary)}"
              + ("（重复发送的内容已并入这件工单，不重复登记）" if joined else "")
              for number, unit, summary, joined, held in rows]
    if total > len(rows):
        lines.append(f"另有 {total - len(rows)} 件未列出，发 /my 查看。")
    lines.append("办理进展会在这里通知您；发 /status 编号 查看详情。")
    return "\n".join(lines)


from bot.texts import flooding_en  # noqa: E402  (the twins wrap what is defined above)
from bot.texts.twins import twin  # noqa: E402

twin(globals(), flooding_en)
