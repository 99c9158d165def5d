"""What the end of a phone 回访 says, to each of its two readers: the supervisor who recorded
the answers, and the staff member who logged the demand (who holds the citizen's contact).

An offline demand's citizen is not in Telegram, so nobody gets the citizen's thank-you: each
reader is told, in their own words, what was recorded and what became of the ticket. Kept apart
from for_supervisors and for_staff because the two messages are one outcome told twice.
"""

from __future__ import annotations

from bot.render import esc
from bot.texts.common import rating_name


def said(number: str, excerpt: str, whole: str) -> str:
    """The 诉求内容 of a phone 回访's question: a few lines of the citizen's words, saying where
    the rest is when they were cut (T24 finding 18: a 3,800-character letter came whole)."""
    return excerpt if excerpt == whole else f"{excerpt}（摘录，全文请发 /show {number} 查看）"


def answers(contacted: bool | None, solved: bool | None, rating: str | None) -> str:
    """The answers recorded, as one phrase: 经办人已联系群众，问题已解决，满意度：满意."""
    said = []
    if contacted is not None:
        said.append("经办人已联系群众" if contacted else "经办人未联系群众")
    if solved is not None:
        said.append("问题已解决" if solved else "问题未解决")
    if rating:
        said.append(f"满意度：{rating_name(rating)}")
    return "，".join(said)


def outcome(kind: str, unit_name: str = "", deadline: str = "") -> str:
    """What became of the ticket: `closed`, `reopened` (back to `unit_name` until `deadline`)
    or `second` (a second dissatisfaction, recorded and closed)."""
    if kind == "reopened":
        return (f"工单已退回{esc(unit_name)}<b>重办</b>，办理时限：{esc(deadline)} 前，"
                "办结后将再次电话回访。")
    if kind == "second":
        return "该工单已重办过一次，按二次不满意记录并<b>销号</b>，将列入督办日报。"
    return "工单已<b>销号</b>。"


# To the supervisor who recorded the last answer.
def recorded(number: str, said: str, result: str) -> str:
    return f"✅ 已记录工单 <code>{esc(number)}</code> 的电话回访：{esc(said)}。{result}"


# To the staff member who logged the demand.
def for_logger(number: str, said: str, result: str) -> str:
    return (f"📞 您代群众登记的工单 <code>{esc(number)}</code> 已由督查人员电话回访，"
            f"记录的结果：{esc(said)}。{result}")
