"""What the citizen is told when they say the situation of a matter just reported has changed
(他走了, 火灭了, 她回来了, 越来越大): their words join the ticket as a 补充 and its unit is told
(bot/actions/changed.py; refs #10) (HTML)."""

from __future__ import annotations

from bot.render import esc


def change_passed_on(number: str, unit_name: str) -> str:
    """The situation's change, kept on the ticket and told to its unit at once."""
    return (f"收到，您说的最新情况已补充到工单 <code>{esc(number)}</code>，并已告知"
            f"{esc(unit_name)}。如果再有变化或有人身危险，请继续告诉我们，紧急时请直接拨打 110、119、120。")


from bot.texts import changed_en  # noqa: E402  (the twins wrap what is defined above)
from bot.texts.twins import twin  # noqa: E402

twin(globals(), changed_en)
