"""What staff and supervisors read when a citizen can be reached by no channel at all (refs
#10): the bot can no longer write to them (blocked, account gone) and they left no phone number
— not in their words, not as a contact. Pointing to /contact, /reply or the unit for a number
would send everyone round in a loop, so each says plainly that nobody can reach the citizen
for now, and what happens when they write again."""

from __future__ import annotations

from bot.render import esc

_NOBODY = "市民也没有留下电话，目前没有任何途径联系到市民"
_BACK = "市民再次给本机器人发消息或重新启用本机器人时，会立即通知本单位。"


def for_unit(number: str, reason: str, resolved: bool) -> str:
    """To the ticket's unit, once when the citizen becomes unreachable and has no phone."""
    text = (f"⚠️ 工单 <code>{esc(number)}</code>：{esc(reason)}，本机器人发给市民的消息"
            f"（答复、办理结果、回访）已无法送达；{_NOBODY}。\n"
            f"请用 <code>/note</code> 记下办理情况；{_BACK}")
    if resolved:
        text += "\n本工单已办结：回访已转给督查人员，市民能再联系上时改回由市民本人回答。"
    return text


def _unreachable() -> str:
    return f"\n⚠️ 但本机器人已无法给该市民发消息，{_NOBODY}。{_BACK}"


def replied(number: str) -> str:
    """/reply of a ticket whose citizen nobody can reach: recorded, told to nobody."""
    return f"✉️ 工单 <code>{esc(number)}</code> 的答复已记录。" + _unreachable()


def resolved(number: str) -> str:
    """/done of a ticket whose citizen nobody can reach."""
    return f"✅ 工单 <code>{esc(number)}</code> 已办结。" + _unreachable()


def contact(number: str) -> str:
    """/contact of a ticket whose citizen has no phone and cannot be written to."""
    return (f"工单 <code>{esc(number)}</code> 的市民没有留下电话，且已无法接收本机器人的消息："
            f"目前没有任何途径联系到市民。{_BACK}")


def phone_visit_line() -> str:
    """The supervisors' phone 回访, in place of 市民电话请向…了解."""
    return ("市民没有留下电话，也收不到本机器人的消息：目前无法回访，请先不要记录；"
            "市民再次发消息或重新启用本机器人时，回访会改回由市民本人回答，并通知督查人员。")


def _state(resolved: bool) -> str:
    return "已办结，回访无法进行" if resolved else "办理中，答复和办理结果送不到"


def for_supervisors(reason: str, items: list[tuple[str, str, bool]]) -> str:
    """To the supervisors, once when a citizen with tickets being worked becomes unreachable
    and left no phone (on these tickets or any other): (number, unit, resolved) of each."""
    lines = [f"⚠️ <b>无法联系市民</b>：{esc(reason)}，{_NOBODY}（其名下各工单都没有留电话）。"
             "以下工单的答复、办理结果和回访都无法送达："]
    lines += [f"<code>{esc(n)}</code> {esc(unit)}｜{_state(resolved)}" for n, unit, resolved in items]
    lines.append("这些工单将列入每日督办日报的“无法联系”一栏，回访不会按默认满意销号；"
                 "市民再次给本机器人发消息或重新启用本机器人时，即恢复正常办理和回访。")
    return "\n".join(lines)


def digest_lines(items: tuple[tuple[str, str, bool], ...], total: int) -> list[str]:
    """The digest's 无法联系 section: tickets whose citizen nobody can reach (none: no section)."""
    if not total:
        return []
    return ["", f"⚠️ <b>无法联系</b>（市民收不到本机器人的消息，也没有留下电话）{total} 件",
            *(f"<code>{esc(n)}</code> {esc(unit)}｜{_state(resolved)}"
              for n, unit, resolved in items)]
