"""The satisfaction visit (回访) after 办结: three questions, answered in order, as codes.

是否联系过您 (contacted: yes/no) → 问题是否解决 (solved: yes/no) → 满意度 (rating). The stored
values are the codes below; bot/texts renders their labels.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from zoneinfo import ZoneInfo


class Rating(StrEnum):
    SATISFIED = "satisfied"  # 满意
    BASIC = "basic"  # 基本满意
    UNSATISFIED = "unsatisfied"  # 不满意
    DEFAULT = "default"  # 默认满意: the visit went unanswered (not a rating)


RATED = (Rating.SATISFIED, Rating.BASIC, Rating.UNSATISFIED)  # what the citizen can choose
HAPPY = (Rating.SATISFIED, Rating.BASIC)

# Questions in the order they are asked, with the column each answer goes to.
QUESTIONS = ("c", "s", "r")  # contacted, solved, rating
COLUMN = {"c": "contacted", "s": "solved", "r": "rating"}
# Answer codes in button data → the stored value.
ANSWERS: dict[str, dict[str, int | Rating]] = {
    "c": {"1": 1, "0": 0},
    "s": {"1": 1, "0": 0},
    "r": {"3": Rating.SATISFIED, "2": Rating.BASIC, "1": Rating.UNSATISFIED},
}
VISIT_ANSWER_DAYS = 3  # an unanswered visit is closed as 默认满意 after this long
# County hours in which the follow-up loop may write to a citizen (回访, its closing): one due
# at night waits for the first tick from 08:00.
CITIZEN_HOURS = (dt.time(8, 0), dt.time(21, 0))


def citizen_hours(now: dt.datetime, tz: ZoneInfo) -> bool:
    """Whether `now` is within CITIZEN_HOURS, county time (from 08:00, before 21:00)."""
    start, end = CITIZEN_HOURS
    return start <= now.astimezone(tz).time() < end


def reasons(rating: Rating | str | None, solved: bool | None) -> tuple[str, ...]:
    """Why a visit sends the ticket back, as codes: "unsolved" (问题未解决) and/or "unsatisfied"
    (不满意); empty when it does not. Either sends it back to the unit (once)."""
    return tuple(code for code, applies in (("unsolved", solved is False),
                                            ("unsatisfied", rating == Rating.UNSATISFIED))
                 if applies)
