"""What is said around typed 回访 answers, on an in-memory desk with the real router: after the
answers, a remark on the handling is kept on the visit and only a new matter is a ticket; more of
a matter being sent back (重办) joins its ticket, another matter does not."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.actions import citizen, visit
from bot.actions.desk import Desk
from bot.config import load_config
from bot.domain.tickets import iso
from bot.routing import load_router
from bot.store import tickets
from bot.store.db import Store
from nlp.router import Router
from tests.staffkit import NOW, Kit

ROOT = Path(__file__).resolve().parent.parent
CITIZEN = 1
LATER = NOW + dt.timedelta(days=2)


@pytest.fixture(scope="module")
def router() -> Router:
    return load_router(load_config(ROOT / "config.example.toml"))


def _visited(router: Router, reports: int = 1) -> tuple[Kit, str]:
    """Water cuts reported and 办结, their 回访 asked; a single one has 是否联系过您 answered."""
    kit = Kit(Desk(Store.memory(), load_config(ROOT / "config.example.toml"), router))
    at = NOW + dt.timedelta(hours=1)
    for n in range(reports):
        number = kit.report(CITIZEN, f"西街{n + 1}号楼停水两天了，一直没有来水")
        with kit.desk.store.atomic() as db:
            ticket = tickets.by_number(db, number)
            assert ticket is not None
            ticket = tickets.transition(db, ticket, "accept", at, 7, "staff",
                                        {"accepted_at": iso(at)})
            ticket = tickets.transition(db, ticket, "resolve", at, 7, "staff",
                                        {"resolved_at": iso(at), "result": "已修复"})
            visit.ask(kit.desk, db, ticket, iso(at), at + dt.timedelta(hours=25))
    if reports == 1:
        _say(kit, "有")
    return kit, number


def _say(kit: Kit, text: str) -> None:
    citizen.receive(kit.desk, kit.msg(CITIZEN, text), LATER)


def _numbers(kit: Kit) -> list[str]:
    return [r["number"] for r in kit.db.query("SELECT number FROM tickets ORDER BY id")]


@pytest.mark.parametrize("remark", [
    "不过下次能不能快一点", "还有就是希望下次快点", "你们办事效率太低了", "就是等得有点久",
    "希望你们继续努力",
])
def test_a_remark_after_the_answers_is_kept_on_the_visit(router: Router, remark: str) -> None:
    kit, number = _visited(router)
    _say(kit, f"解决了，满意，{remark}")
    assert _numbers(kit) == [number] and kit.ticket(number)["state"] == "closed"
    assert any(remark in (e["detail"] or "") for e in kit.events(number)
               if e["action"] == "visit_said")
    assert any("回访记录" in t for t in kit.sent_to(CITIZEN))


@pytest.mark.parametrize("matter", [
    "另外我家门口路灯坏了", "另外下水道堵了，希望快点修", "另外我家隔壁天天半夜唱歌",
])
def test_a_new_matter_after_the_answers_is_a_ticket(router: Router, matter: str) -> None:
    kit, number = _visited(router)
    _say(kit, f"解决了，满意。{matter}")
    assert len(_numbers(kit)) == 2 and kit.ticket(number)["state"] == "closed"
    assert not any("回访记录" in t for t in kit.sent_to(CITIZEN))


@pytest.mark.parametrize(("more", "joins"), [
    ("还是没水", True), ("水压还是很小", True), ("依然没有来水", True),
    ("东关小学门口停电了，到现在还没来电", False), ("另外小区门口的下水道堵了", False),
    ("还是没电", False),  # another unit's matter, though 还是 refers back
])
def test_more_of_a_reopened_matter_joins_its_ticket(router: Router, more: str,
                                                     joins: bool) -> None:
    kit, number = _visited(router)
    _say(kit, "没解决，很不满意")
    assert kit.ticket(number)["state"] == "reopened"
    _say(kit, more)
    added = [e["detail"] for e in kit.events(number) if e["action"] == "supplement"]
    assert (added, len(_numbers(kit))) == (([more], 1) if joins else ([], 2))


def test_another_units_matter_with_answer_words_is_a_report_with_two_visits_waiting(
    router: Router
) -> None:
    """Asking which visit a 没解决 belongs to never swallows another unit's matter."""
    kit, _ = _visited(router, reports=2)
    _say(kit, "没解决，东关小学门口停电了好几天，一直没人来修")
    assert len(_numbers(kit)) == 3
    assert not any("等待回访" in t for t in kit.sent_to(CITIZEN))
    _say(kit, "没解决，很不满意")
    assert any("等待回访" in t for t in kit.sent_to(CITIZEN)) and len(_numbers(kit)) == 3
