"""Helpers for /publish tests: a ticket's 回访 answered as its citizen would, and a post in the
supervisor's own words taken through its draft (refs #10: a result is published only once the
citizen confirmed it, and every post is shown to the supervisor before it goes out)."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

from bot.actions import followup
from bot.domain.permissions import Role
from tests.fuzzkit import CHANNEL, SUPERVISOR, Rig, shown

CST = ZoneInfo("Asia/Shanghai")
SATISFIED = "联系过了，解决了，满意"


def visited(rig: Rig, number: str, answer: str = SATISFIED, days: int = 2) -> None:
    """The ticket's 回访 is asked `days` days on (10:00 county time) and its citizen answers."""
    [row] = rig.db.query("SELECT citizen_id FROM tickets WHERE number = ?", [number])
    asked = (rig.desk.store.now().astimezone(CST) + dt.timedelta(days=days)).replace(hour=10)
    rig.desk.store.advance_clock(asked)  # as `tick --now` does
    followup.run_due(rig.desk, asked.astimezone(dt.UTC))
    if answer:
        rig.say(row["citizen_id"], answer, name="老乡")


def confirmed(rig: Rig, number: str) -> None:
    """The ticket's citizen confirms its result at the 回访, if it still awaits one (a ticket
    published is one its citizen confirmed)."""
    [row] = rig.db.query("SELECT state FROM tickets WHERE number = ?", [number])
    if row["state"] == "resolved":
        visited(rig, number)


def unanswered(rig: Rig, number: str) -> None:
    """The ticket's 回访 is asked and never answered: closed as 默认满意 three days on."""
    visited(rig, number, "", days=2)
    later = (rig.desk.store.now().astimezone(CST) + dt.timedelta(days=4)).replace(hour=10)
    rig.desk.store.advance_clock(later)
    followup.run_due(rig.desk, later.astimezone(dt.UTC))


def preview(rig: Rig, number: str, text: str = "", user: int = SUPERVISOR
            ) -> tuple[str, list[str]]:
    """/publish NUMBER [TEXT]: the draft shown and the data of its two buttons."""
    update = rig.say(user, f"/publish {number} {text}".strip())
    [row] = rig.db.query("SELECT params FROM outbox WHERE dedupe_key = ?",
                         [f"re:{update}:publish"])
    params = json.loads(row["params"])
    buttons = params["reply_markup"]["inline_keyboard"][0]
    assert [b["text"] for b in buttons] == ["发布", "取消"], params
    return shown("sendMessage", params), [b["callback_data"] for b in buttons]


def own_words(rig: Rig, number: str, text: str) -> str:
    """/publish NUMBER TEXT (its result confirmed first), then 发布: returns the draft the
    supervisor saw."""
    confirmed(rig, number)
    shown_first, (post, _) = preview(rig, number, text)
    assert rig.press(SUPERVISOR, post) == "已提交发布到《金来办、今天办》。"
    return shown_first


def posted(rig: Rig, report: str, result: str) -> tuple[str, str]:
    """The preview the supervisor saw and the post the channel got for a report finished so."""
    user = rig.citizen()
    rig.say(user, report)
    [ticket] = rig.tickets_of(user)
    staff = 7000 + ticket["id"]
    rig.bind(staff, Role.STAFF, ticket["unit"])
    rig.say(staff, f"/done {ticket['number']} {result}")
    confirmed(rig, ticket["number"])
    update = rig.say(SUPERVISOR, f"/publish {ticket['number']}")
    [row] = rig.db.query("SELECT params FROM outbox WHERE dedupe_key = ?", [f"re:{update}:publish"])
    params = json.loads(row["params"])
    [ok, _] = [b["callback_data"] for b in params["reply_markup"]["inline_keyboard"][0]]
    rig.press(SUPERVISOR, ok)
    return shown("sendMessage", params), rig.shown_to(CHANNEL)[-1]
