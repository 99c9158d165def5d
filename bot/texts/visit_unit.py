"""What a unit reads of what the citizen said in reply to their ticket's 回访 (HTML parse mode):
the citizen's 回访 answers and opinions, named as such — not a 补充 of the matter."""

from __future__ import annotations

from bot.render import esc


def said_for_unit(number: str, text: str) -> str:
    """What the citizen typed at the ticket's 回访 (很不满意, 没人来过，下水道还是堵着呢,
    满意，问题解决了), told to the unit while the visit goes on. `text` is already masked."""
    return f"📞 工单 <code>{esc(number)}</code> 回访中，市民的回答和意见：{esc(text)}"


def said_ahead_for_unit(number: str, text: str) -> str:
    """What the citizen said of the ticket's result after its 办结, before its 回访 was asked
    (还是没水, 路灯那个，不满意): no 回访 is under way yet; it will be recorded as their answer.
    `text` is already masked."""
    return (f"💬 工单 <code>{esc(number)}</code> 办结后（尚未回访），市民表示：{esc(text)}\n"
            "回访时将按市民的这一回答记录。")


def second_for_unit(number: str, unit_name: str, text: str, answer: str, said: str = "") -> str:
    """To the unit: its 重办's 回访 said 未解决 / 不满意 again (`answer`, in time or late: then it
    says so), recorded as a second dissatisfaction. `text` and `said` (the citizen's words at
    the 回访) are already masked."""
    told = f"市民回访时说：{esc(said)}\n" if said else ""
    return (f"⚠️ 工单 <code>{esc(number)}</code>（{esc(unit_name)}）重办后的回访结果：{esc(answer)}。"
            f"\n诉求内容：{esc(text)}\n{told}已记录并报送督查部门。")
