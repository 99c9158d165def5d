"""What a unit reads when a citizen presses a ticket of theirs (群众催办): the matter it is about
and, when the citizen wrote more than a bare press, their own words, so that nothing they said
is lost on the way (refs #10) (HTML parse mode)."""

from __future__ import annotations

from bot.render import esc


def citizen_chased_for_unit(number: str, text: str, deadline: str, said: str = "") -> str:
    """The citizen asked after a ticket's progress (群众催办); `text`: the ticket's own words,
    masked and shortened, so the unit knows which matter it is; `said`: the words of the press
    itself, masked, when they are not the ticket's own."""
    return (f"📣 <b>群众催办</b> 工单 <code>{esc(number)}</code>：反映人来问办理进展。\n"
            f"反映内容：{esc(text)}\n" + _press_line(said) + f"办理时限：{esc(deadline)}\n"
            f"请尽快办理，并用 /reply {esc(number)} 内容 告知群众进展。")


def citizen_chased_urgent_for_unit(number: str, text: str, deadline: str = "",
                                   said: str = "") -> str:
    """The citizen of an urgent ticket chased it (人呢？？, 快点): the unit is alerted again at once,
    with the words of the press (`said`, masked) when they are not the ticket's own."""
    return (f"🚨 <b>群众催办（紧急）</b> 工单 <code>{esc(number)}</code>：反映人再次催促，情况紧急。\n"
            f"反映内容：{esc(text)}\n" + _press_line(said) +
            (f"办理时限：{esc(deadline)}\n" if deadline else "") +
            f"请立即处置：/accept {esc(number)} 签收，并用 /reply {esc(number)} 内容 告知群众进展。")


def _press_line(said: str) -> str:
    """The line quoting what the citizen wrote when pressing, or "" when it is nothing new."""
    return f"市民刚才说：{esc(said)}\n" if said else ""
