"""What each reader is told of a 回访 answer that came after the visit closed unanswered as
默认满意 (HTML parse mode): the citizen is told it came late and what became of the ticket; the
unit and the supervisors, when it says 未解决 or 不满意, that it replaced the 默认满意. So too of
a citizen who corrects, soon after, the answers that closed the visit (刚才说错了，不满意)."""

from __future__ import annotations

from bot.render import esc

# After the reason a visit sent a ticket back (问题未解决, 不满意), as the unit and supervisors
# read it: the answer came after the 默认满意 closure.
LATE_NOTE = "（原按默认满意销号，市民事后补充回答）"
CORRECTED_NOTE = "（回访销号后，市民更正了回答）"  # the same, of a correction of their own answers


def _said(answers: list[str]) -> str:
    return f"（{esc('、'.join(answers))}）" if answers else ""


def thanked(number: str, answers: list[str]) -> str:
    """A late answer that sends nothing back: thanks, and that the visit had closed."""
    return (f"谢谢您的回答{_said(answers)}！工单 <code>{esc(number)}</code> 的回访此前因 3 天内"
            "没有收到评价，已按默认满意销号；您的回答已补记到工单。还有其他问题，随时发消息给我们。")


def reopened(number: str, answers: list[str], unit_name: str, deadline: str) -> str:
    """A late 未解决 / 不满意 on a ticket closed as 默认满意: it goes back to its unit."""
    return (f"🔁 收到您的回答{_said(answers)}。工单 <code>{esc(number)}</code> 的回访此前因 3 天内"
            "没有收到评价，已按默认满意销号；现已改按您的回答记录，工单已退回"
            f"{esc(unit_name)}<b>重新办理</b>，办理时限：{esc(deadline)} 前。")


def recorded(number: str, answers: list[str]) -> str:
    """A late 未解决 / 不满意 on a ticket already sent back once (重办): recorded, the
    supervisors told."""
    return (f"收到您的回答{_said(answers)}。工单 <code>{esc(number)}</code> 的回访此前因 3 天内"
            "没有收到评价，已按默认满意销号；现已改按您的回答记录。该工单已经重新办理过一次，"
            "您的意见已报送督查部门跟进。")


def corrected_reopened(number: str, answers: list[str], unit_name: str, deadline: str) -> str:
    """A 未解决 / 不满意 soon after the citizen's own answers closed the visit: they change them,
    and the ticket goes back to its unit."""
    return (f"🔁 已按您更正后的回答{_said(answers)}记录工单 <code>{esc(number)}</code> 的回访。"
            f"工单已退回{esc(unit_name)}<b>重新办理</b>，办理时限：{esc(deadline)} 前。")


def corrected_recorded(number: str, answers: list[str]) -> str:
    """The same on a ticket already sent back once (重办): recorded, the supervisors told."""
    return (f"已按您更正后的回答{_said(answers)}记录工单 <code>{esc(number)}</code> 的回访。"
            "该工单已经重新办理过一次，您的意见已报送督查部门跟进。")


def which(numbers: list[str]) -> str:
    """A late answer naming no matter, with several tickets closed as 默认满意: whose?"""
    listed = "、".join(f"<code>{esc(n)}</code>" for n in numbers)
    return (f"您有 {len(numbers)} 件工单的回访已按默认满意销号（{listed}），这条回答没有记录，"
            "因为不确定说的是哪一件。请说明是哪件事，例如“路灯那个，不满意”，"
            "或直接回复该工单的消息作答。")


# The toast of a late button: one that sends nothing back, and one saying 未解决 / 不满意.
BUTTON_THANKS = "已补记您的回答，谢谢！这次回访此前已按默认满意销号。"
BUTTON_SENT_BACK = "已记录您的回答：默认满意已改按您的回答记录，详见消息。"


from bot.texts import visit_late_en  # noqa: E402  (the twins wrap what is defined above)
from bot.texts.twins import twin  # noqa: E402

twin(globals(), visit_late_en)
