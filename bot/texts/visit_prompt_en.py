"""English twin of what a citizen reads when a bare reply answers no waiting feedback question
(bot.texts.visit_prompt; refs #10)."""

from __future__ import annotations

from bot.render import esc

_ASKED = {
    "c": ("Did the staff handling it get in touch with you?", ("yes", "no")),
    "s": ("Has the problem you reported been solved?", ("solved", "not solved")),
    "r": ("Are you satisfied with how it was handled?",
          ("satisfied", "fairly satisfied", "not satisfied")),
}


def bare_reply(number: str, question: str) -> str:
    asked, answers = _ASKED[question]
    said = " / ".join(f"\"{a}\"" for a in answers)
    return (f"We are asking for your feedback on case <code>{esc(number)}</code>. {asked} "
            f"Please tap a button under the feedback message, or reply {said}.")


def bare_several(waiting: list[tuple[str, str, str]]) -> str:
    lines = "\n".join(f"• Case <code>{esc(number)}</code>" + (f" ({esc(matter)})" if matter else "")
                      + f": {_ASKED[question][0]}"
                      for number, question, matter in waiting)
    first = waiting[0][0]
    return (f"We are asking for your feedback on {len(waiting)} cases, and this reply does not say "
            f"which one it answers:\n{lines}\n"
            "Please tap a button under that case's feedback message, or reply to that message; "
            f"you can also put the case number before your answer, e.g. <code>{esc(first)}</code> yes.")
