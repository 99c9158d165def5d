"""What is said of a citizen's earlier, finished ticket when a new message speaks of it (HTML):
thanks for it told to its unit, and a new report linked to it (bot/actions/earlier.py). Split
by reader: the citizen's lines first, then the unit's."""

from __future__ import annotations

from bot.render import esc

# The citizen


def thanks_passed_on(number: str, unit_name: str) -> str:
    """Thanks for a finished ticket, said with a new matter: passed on to its unit."""
    return (f"也谢谢您的肯定！您对工单 <code>{esc(number)}</code> 的感谢已转达给"
            f"{esc(unit_name)}。")


def related_line(number: str) -> str:
    """The line added to a new ticket's acknowledgement when it replies to a finished one."""
    return f"本次反映与您此前的第 <code>{esc(number)}</code> 号诉求相关，已在新工单中注明。"


# The unit


def thanks_for_unit(number: str, said: str) -> str:
    """A citizen's thanks for a ticket the unit finished (masked words)."""
    return f"👍 工单 <code>{esc(number)}</code> 的市民致谢：{esc(said)}"


def related_for_unit(number: str, earlier: str, earlier_text: str, result: str,
                     why: str = "reply", ended: str = "", handled: str = "") -> str:
    """A new ticket told in reply to the citizen's finished one, telling its matter at its place
    again, telling again the matter of one closed as 默认满意, naming it back, or following on
    from its result (`why`: reply, again, retold, named, followed):
    the earlier one named, with what it was, how it was answered (masked words), how it ended
    (`ended`, from `ended_as`) and which unit has the other (`handled`, from `held_by`)."""
    answered = f"\n当时办理结果：{esc(result)}" if result else ""
    lines = "".join(f"\n{line}" for line in (ended, handled) if line)
    return (f"🔗 新工单 <code>{esc(number)}</code> 与该市民此前的第 <code>{esc(earlier)}</code> 号"
            f"诉求相关（{_WHY[why]}）。\n此前诉求：{esc(earlier_text)}{answered}{lines}")


_WHY = {"reply": "市民回复了那件诉求的消息", "again": "市民再次反映同一地点的同一事项",
        "retold": "该诉求销号后，市民再次反映同一问题",
        "named": "市民点名提到那件诉求，反映的仍是同一事项",
        "followed": "那件诉求办结后，市民接着反映由此出现的问题"}

# How the earlier ticket ended, as its state and 回访 left it (bot.actions.earlier.ending).
_ENDED = {
    "default": "回访情况：回访期限内市民未答复，已按默认满意销号，市民并未确认问题已解决。",
    "awaiting": "回访情况：已办结，尚待回访，市民尚未评价。",
    "withdrawn": "办理情况：市民已撤回该诉求，未经办结。",
    "closed": "回访情况：已销号。",
}


def ended_as(kind: str, solved: bool | None = None, rating: str = "") -> str:
    """The earlier ticket's end: `kind` a key of _ENDED, or "rated" with what the citizen
    answered at its 回访 (`solved`, and `rating` already a name: 满意, 基本满意, 不满意)."""
    if kind != "rated":
        return _ENDED[kind]
    said = [{True: "问题已解决", False: "问题未解决", None: ""}[solved], rating]
    return f"回访情况：市民回访时表示{'，'.join(w for w in said if w)}，已销号。"


def held_by(unit_name: str, earlier: bool) -> str:
    """Which unit has the other ticket, when the two are not one unit's: the earlier one's
    (`earlier`, told to the new ticket's unit) or the new one's (told to the earlier's)."""
    return f"此前由{esc(unit_name)}办理。" if earlier else f"新工单由{esc(unit_name)}办理。"


from bot.texts import earlier_en  # noqa: E402  (the twins wrap what is defined above)
from bot.texts.twins import twin  # noqa: E402

twin(globals(), earlier_en)
