"""English twins of what a citizen reads of what they said around their feedback answers
(bot.texts.visit_remarks; refs #10)."""

from __future__ import annotations

from bot.render import esc
from bot.texts.common_en import VISIT_QUESTION_NAMES, visit_answer
from bot.texts.twins import english


def remark_kept(number: str) -> str:
    return (f"Your comment is recorded with the feedback on case <code>{esc(number)}</code>, and "
            "we will take it to heart. To report a new problem, please send it in a message of "
            "its own.")


def more_sent_back(number: str, unit_name: str) -> str:
    return (f"What you told us is in the notice sending case <code>{esc(number)}</code> back to "
            f"{esc(english(unit_name))}; they will see it as they handle it again.")


def unsolved_kept(number: str, unsolved: bool = True) -> str:
    said = "not solved" if unsolved else "not satisfied"
    return (f"Got it. What you said is recorded on case <code>{esc(number)}</code> ({said}) and "
            "the responsible unit has been told. When we ask for your feedback, the case goes "
            f"back to be handled again as {said}.")


def answered_before(question: str, code: str) -> str:
    return (f"You already answered this: <b>{esc(visit_answer(question, code))}</b> (recorded, "
            "no need to answer again).")


def answer_changed(number: str, question: str, before: str, now: str) -> str:
    return (f"Feedback on case <code>{esc(number)}</code>, {esc(VISIT_QUESTION_NAMES[question])}: "
            f"you said \"{esc(visit_answer(question, before))}\" before; it is now recorded as "
            f"\"{esc(visit_answer(question, now))}\", your latest answer.")
