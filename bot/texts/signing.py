"""What a unit is told of 签收: the call to sign a new ticket's push ends with, who signed in its
place once signed; and when a ticket waits past `[deadlines] accept_hours` for its 签收, and the
digest's 超时未签收 lines (HTML parse mode)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.render import esc


def unsigned_for_unit(number: str, unit_name: str, text: str, hours: float, deadline: str,
                      passed_on: bool = False) -> str:
    """The unit's one reminder to sign for a ticket (`text` masked); `passed_on`: it came to the
    unit by a transfer, whose time the hours count from."""
    since = "转来贵单位" if passed_on else "受理"
    return (f"📌 <b>签收提醒</b> 工单 <code>{esc(number)}</code>（{esc(unit_name)}）{esc(text)}\n"
            f"该工单{since}已超过 {hours:g} 小时，贵单位尚未签收。请尽快签收（/accept {esc(number)}）"
            f"并安排办理，办理时限为 {esc(deadline)}；如不属于本单位职责，"
            f"请用 /transfer {esc(number)} 单位代码 原因 退回改派。")


def unsigned_urgent_for_supervisors(number: str, unit_name: str, text: str, hours: float,
                                    reached: bool) -> str:
    """An urgent ticket its unit has left unsigned `hours` (`text` masked); `reached`: the
    unit has a chat the push and the reminder went to."""
    where = ("已推送并提醒该单位签收，仍无人签收" if reached
             else "该单位目前在本平台没有能接收消息的工作群或工作人员")
    return (f"🚨 <b>紧急工单超时未签收</b> 工单 <code>{esc(number)}</code>（{esc(unit_name)}）"
            f"{esc(text)}\n受理已超过 {hours:g} 小时，{where}。请立即督促该单位签收处置"
            f"（必要时电话联系），或用 /show {esc(number)} 查看详情。")


def digest_unsigned(hours: float, units: Sequence[tuple[str, int, Sequence[str]]],
                    urgent_hours: float = 0) -> list[str]:
    """The digest's 超时未签收 section: per unit (name, count, the first numbers, urgent ones
    first); `urgent_hours`: an urgent ticket's time to sign (0: a digest kept before it)."""
    urgent = f"；紧急件超过 {urgent_hours:g} 小时" if urgent_hours else ""
    lines = ["", f"<b>超时未签收</b>（受理或转来本单位超过 {hours:g} 小时仍未签收{urgent}）"]
    lines += [f"{esc(name)}：{count} 件 " + "、".join(f"<code>{esc(n)}</code>" for n in numbers)
              + ("等" if count > len(numbers) else "") for name, count, numbers in units]
    return lines if units else [*lines, "（无）"]

SIGN_CALL = "请及时签收："  # the last line of a new ticket's push, until it is signed


def signed_note(who: str) -> str:
    """In place of the push's call to sign, once someone signed it (its buttons taken off)."""
    return f"📌 已由 {esc(who)} 签收。"


def moved_note(unit_name: str) -> str:
    """In place of the push's call to sign, once the ticket left the unit unsigned (/transfer, or
    its citizen's edited words routed it elsewhere): T24 finding 15, the old push still asked
    the unit to sign a ticket it no longer held."""
    return f"↪️ 已转出，现由{esc(unit_name)}办理，本单位无需签收。"


def moved_signed_note(unit_name: str) -> str:
    """In place of a signed push's 签收 note, once the ticket left the unit (round 25: the
    push still read 📌 已由…签收 after a /transfer)."""
    return f"↪️ 已转出，现由{esc(unit_name)}办理（本单位此前已签收，现无需再办理）。"


def without_sign_call(text: str) -> str:
    """A push's text as sent, without its call to sign (a signed ticket's push)."""
    lines = text.split("\n")
    return "\n".join(ln for ln in lines if not ln.startswith(SIGN_CALL))
