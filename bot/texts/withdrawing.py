"""What a citizen reads when they ask in words to withdraw a report (撤销吧，是我弄错了; HTML
parse mode): which ticket is meant, with a 撤回 button under it, or how to name one."""

from __future__ import annotations

from bot.render import esc
from bot.texts.common import STATE_NAMES
from bot.texts.lookup import ticket_row

WITHDRAW_BUTTON = "撤回"
WITHDRAWN_TOAST = "已撤回"


def numbered_button(number: str) -> str:
    """The 撤回 button of one of several tickets offered, naming its ticket."""
    return f"{WITHDRAW_BUTTON} {number}"


def offer(rows: list[tuple[str, str, str]], corrected: bool = False) -> str:
    """The tickets the words seem to mean (rows: number, state, their words), each to be withdrawn
    by its button below or by /cancel; nothing is withdrawn until the citizen confirms. After a
    correction (不是停水，是停电) the right matter is filed as a new report in its own message."""
    listed = "\n".join(ticket_row(*row) for row in rows)
    example = esc(rows[0][0])
    which = "这件" if len(rows) == 1 else "这几件"
    first = ("您说之前的反映有误，要撤回下面的工单吗？" if corrected
             else f"您是要撤回下面{which}工单吗？")
    then = "新说明的问题另行登记，编号见下一条消息。\n" if corrected else ""
    return (f"{first}\n{listed}\n{then}确认撤回请点下方「{WITHDRAW_BUTTON}」按钮，"
            f"或发送 /cancel {example}。不撤回的话，工单照常办理。")


def settled(row: tuple[str, str, str], unit_name: str, reached: bool) -> str:
    """A ticket being handled whose matter the citizen said needs no more handling (不用来了,
    自己修好了, 不用你们管了): kept on it and told to its unit (`reached`: someone there was
    told), and offered to be withdrawn by the button below or /cancel; it goes on until the
    citizen confirms."""
    told = (f"已把您说的情况（问题已自行解决或不需要再处理）告知{esc(unit_name)}。" if reached
            else "已把您说的情况（问题已自行解决或不需要再处理）记入工单。")
    return (f"{told}\n{ticket_row(*row)}\n如这件事确实不需要再办理，请点下方「{WITHDRAW_BUTTON}」"
            f"按钮撤回，或发送 /cancel {esc(row[0])}。不撤回的话，工单照常办理。")


def edited_to_withdraw(row: tuple[str, str, str]) -> str:
    """A report edited into words that only take it back (算了，不反映了): the report keeps its
    words and is offered to be withdrawn by the button below or /cancel; the unit is not told."""
    return (f"您把反映修改成了不再反映的意思。工单仍保留您原来反映的内容：\n{ticket_row(*row)}\n"
            f"如这件事确实不需要再办理，请点下方「{WITHDRAW_BUTTON}」按钮撤回，或发送 "
            f"/cancel {esc(row[0])}。不撤回的话，工单照常办理。")


def nothing_open() -> str:
    return ("您目前没有正在办理的工单，无需撤回。如要反映新的问题，"
            "请直接说明什么问题、在哪里。")


def which(rows: list[tuple[str, str, str]], still_open: int, about: str = "") -> str:
    """Words to withdraw that name no ticket, or a matter none of the citizen's is of: the
    tickets being handled listed (rows: the newest, at most a few of `still_open`), each with
    its button, and the /cancel hint naming the first of them; `about`: the matter named."""
    listed = "\n".join(ticket_row(*row) for row in rows)
    more = f"（共 {still_open} 件，这里列出最近的 {len(rows)} 件，发 /my 查看全部）" \
        if still_open > len(rows) else ""
    first = f"没有找到与“{esc(about)}”有关的工单。" if about else "请问要撤回哪一件？"
    return (f"{first}您正在办理的反映有：{more}\n{listed}\n"
            f"要撤回哪一件，请点它的「{WITHDRAW_BUTTON}」按钮，或发送 /cancel {esc(rows[0][0])}"
            "（换成要撤回的编号）。不撤回的话，工单照常办理。")


def cannot_toast(number: str, state: str) -> str:
    """The toast of a 撤回 pressed on a ticket no longer open (plain text: toasts have no HTML)."""
    if state == "withdrawn":
        return f"工单 {number} 已经撤回，无需再次撤回。"
    return f"工单 {number} 当前状态为“{STATE_NAMES.get(state, state)}”，不能撤回。"


from bot.texts import withdrawing_en  # noqa: E402  (the twins wrap what is defined above)
from bot.texts.twins import twin  # noqa: E402

twin(globals(), withdrawing_en)
