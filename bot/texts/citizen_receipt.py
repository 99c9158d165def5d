"""The acknowledgement a citizen reads when their report becomes a ticket (HTML parse mode):
its number, the unit that handles it, the deadline, and for an emergency the numbers to call
and what to do now."""

from __future__ import annotations

from collections.abc import Sequence

from bot.render import esc
from bot.texts.safety import emergency_first


def ticket_received(
    number: str, unit_name: str, deadline: str, urgent: bool, to_hotline: bool,
    choices: bool = False, gas_hotline: str = "", hazard: str = "", also: Sequence[str] = (),
) -> str:
    """`choices`: unit buttons come with the answer (routing was unsure between units); `hazard`:
    the emergency's kind (nlp.urgent), so an urgent answer says what to do about it now; `also`:
    the other units the report concerns (另涉及): what they got, or at the hotline that they stay
    noted whichever unit is chosen."""
    lines = []
    if urgent:
        lines += emergency_first(hazard, gas_hotline)
    lines.append(f"✅ 已收到您的反映，工单编号 <code>{esc(number)}</code>。")
    if to_hotline and urgent:
        # A rescue or an emergency no single unit owns: the hotline coordinates it at once.
        lines.append(f"已转<b>{esc(unit_name)}</b>统一调度，工作人员会立即联系相关单位处置。")
    elif to_hotline:
        pick = "如果您知道该由哪个单位办理，也可以点下面的按钮选择。" if choices else ""
        lines.append(f"暂时无法确定责任单位，已转<b>{esc(unit_name)}</b>人工分拨，"
                     f"工作人员会尽快转给责任单位。{pick}")
        if also:
            lines.append(hotline_also_line(also))
    else:
        lines.append(f"责任单位：<b>{esc(unit_name)}</b>")
        if also:
            lines.append(also_line(unit_name, also))
    lines.append(f"办理时限：{esc(deadline)} 前")
    lines.append("办理进展会在这里通知您。回复本消息可以补充说明或照片。")
    return "\n".join(lines)


def hotline_also_line(also: Sequence[str]) -> str:
    """The units a report at the hotline concerns: whichever is chosen, the others stay noted."""
    return (f"您反映的事项涉及：<b>{'、'.join(esc(name) for name in also)}</b>。无论交给哪个单位，"
            "其余单位都会在工单中注明，不会遗漏。")


def also_line(unit_name: str, also: Sequence[str]) -> str:
    """The other units a report concerns, and exactly what they got: nothing of their own — the
    main unit's push names them and asks it to work with them (bot.texts.for_staff)."""
    others = "、".join(esc(name) for name in also)
    several = "这些单位" if len(also) > 1 else "该单位"
    return (f"另涉及：<b>{others}</b>。已在交给{esc(unit_name)}的工单中注明，由{esc(unit_name)}"
            f"牵头办理，需要时与{several}协同；{several}不单独收到这张工单。"
            "如果这是另外一件事，请单独发一条消息反映，会另外生成工单。")


from bot.texts import citizen_receipt_en  # noqa: E402  (the twins wrap what is defined above)
from bot.texts.twins import twin  # noqa: E402

twin(globals(), citizen_receipt_en)
