"""What the citizen and the unit read when a citizen edits the message that made a ticket
(Telegram's 编辑; HTML parse mode): the edit is judged again as the message would be
(bot.actions.amend)."""

from __future__ import annotations

from bot.render import esc
from bot.texts.safety import emergency_first


def amended_for_citizen(number: str, unit_name: str, deadline: str, moved: bool, urgent: bool,
                        hazard: str = "", gas_hotline: str = "") -> str:
    """To the citizen: the ticket follows the new words, told to `unit_name` (`moved`: now at
    that unit, another one); `urgent`: the new words tell an emergency (it was not urgent)."""
    lines = emergency_first(hazard, gas_hotline) if urgent else []
    lines.append(f"已按您修改后的内容更新工单 <code>{esc(number)}</code>。")
    if moved:
        lines.append(f"按修改后的内容，改由<b>{esc(unit_name)}</b>办理。")
    else:  # which unit has the new words, not just "the unit" (an outside tester)
        lines.append(f"修改后的内容已转告承办单位<b>{esc(unit_name)}</b>。")
    if moved or urgent:
        lines.append(f"办理时限：{esc(deadline)} 前")
    return "\n".join(lines)


def amended_for_unit(number: str, text: str, urgent: bool, deadline: str,
                     points_to: str = "", points_code: str = "") -> str:
    """To the ticket's unit: the new wording (`text`, masked); `urgent`: it now tells an
    emergency; `points_to`, `points_code`: the name and code of another unit the new words
    belong to, for a ticket already signed — the code is what /transfer takes, written out."""
    lines = [f"✏️ 工单 <code>{esc(number)}</code> 市民修改了反映内容，现为：{esc(text)}"]
    if urgent:
        lines.append(f"⚠️ 修改后的内容涉及紧急情况，工单已改为<b>紧急</b>，办理时限：{esc(deadline)} 前。")
    if points_to:
        lines.append(f"按修改后的内容，可能属于<b>{esc(points_to)}</b>（单位代码 <code>{esc(points_code)}"
                     f"</code>）的职责；如确非本单位职责，请发送 <code>/transfer {esc(number)} "
                     f"{esc(points_code)} 理由</code> 转办。")
    return "\n".join(lines)


def moved_for_old_unit(number: str, unit_name: str) -> str:
    """To the unit a not-yet-signed ticket left because the citizen's edit named another's matter."""
    return (f"✏️ 工单 <code>{esc(number)}</code> 市民修改了反映内容，按新内容已改由{esc(unit_name)}"
            "办理，本单位无需处理。")


_FINISHED = {"resolved": "已办结", "closed": "已办结销号", "withdrawn": "已撤回"}


def edit_of_finished(number: str, state: str) -> str:
    """To the citizen who edited the message of a ticket no longer open: the edit changes nothing,
    and a new message is how to tell what is still wrong."""
    return (f"工单 <code>{esc(number)}</code> {_FINISHED.get(state, '已结束')}，"
            "修改后的内容不会再更新这张工单。如果问题还在或有新的问题，请直接发送一条新消息，我们会重新登记。")


def visit_answer_stands(number: str, state: str, unit_name: str) -> str:
    """To the citizen who edited a message that answered a 回访 whose ticket has moved on (back
    with its unit, or closed): the answer stands as recorded, and how to tell it otherwise."""
    head = (f"您修改了对工单 <code>{esc(number)}</code> 回访的回答。回访的回答在您发送时已经记录并办理，"
            "修改后的内容不会改变记录。")
    if state == "reopened":
        return head + (f"工单已按当时的回答退回{esc(unit_name)}重新办理；如果问题其实已经解决，"
                       "请直接发一条新消息告诉我们（例如“问题已经解决了，不用再办了”），"
                       "否则办结后会再次请您评价。")
    if state == "closed":
        return head + ("该工单的回访已经结束。如果问题仍未解决或有新的情况，请直接发送一条新消息，"
                       "我们会重新登记。")
    return head + "如需更正，请直接发送一条新消息说明。"


def answer_amended(number: str) -> str:
    """To the citizen: the answer their edit changed went to the ticket it answered."""
    return f"已将您修改后的回答补充到工单 <code>{esc(number)}</code>，并转告承办单位。"


def supplement_amended(number: str, unit_name: str) -> str:
    """To the citizen who edited a message kept as a 补充 of an open ticket: the ticket holds
    the corrected words, told to `unit_name`."""
    return (f"已按您修改后的内容更正工单 <code>{esc(number)}</code> 的补充信息，"
            f"并转告承办单位<b>{esc(unit_name)}</b>。")


def supplement_amended_for_unit(number: str, old: str, new: str) -> str:
    """To the ticket's unit: a 补充 the citizen corrected by editing it (`old`, `new`: masked)."""
    return (f"✏️ 工单 <code>{esc(number)}</code> 市民修改了补充内容，现为：{esc(new)}\n"
            f"（原补充内容：{esc(old)}，请以修改后的为准）")


def supplement_edit_of_finished(number: str, state: str) -> str:
    """To the citizen who edited a 补充 of a ticket no longer open: the edit was not taken, and
    a new message is how to send the correction."""
    return (f"工单 <code>{esc(number)}</code> {_FINISHED.get(state, '已结束')}，您对补充内容的修改"
            "没有记入工单，也没有转给承办单位。如需更正或问题还在，请直接发送一条新消息说明，我们会重新登记。")


def opened_by_edit() -> str:
    """Added to the receipt of a ticket opened by an edit telling an emergency (of a finished
    ticket's message, or of one added to another ticket)."""
    return "您修改后的消息说到了紧急情况，已按修改后的内容另行登记为这张紧急工单。"


from bot.texts import amending_en  # noqa: E402  (the twins wrap what is defined above)
from bot.texts.twins import twin  # noqa: E402

twin(globals(), amending_en)
