"""The audit log as people read it: every event kind the code writes has a name, and no detail
shows an ISO timestamp or a code."""

from __future__ import annotations

import ast
import datetime as dt
import importlib
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.texts import common
from bot.texts.history import CITIZEN_EVENT_NAMES, EVENT_NAMES, event_detail

ROOT = Path(__file__).resolve().parent.parent
# Where the action sits among the positional arguments of each audited write (bot/store/tickets.py).
ACTION_ARG = {"log_event": 5, "update": 5, "transition": 2}
CST = ZoneInfo("Asia/Shanghai")
ISO = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}")


def _constant(path: Path, name: str) -> object:
    """The value of module-level `name` in the module at `path` (None if it has none)."""
    module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
    return getattr(importlib.import_module(module), name, None)


def logged_actions() -> set[str]:
    """Every action string passed to an audited write anywhere in the bot."""
    found: set[str] = set()
    for path in [*ROOT.joinpath("bot").rglob("*.py"), *ROOT.joinpath("handlers").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            in_store = path.name == "tickets.py" and path.parent.name == "store"
            if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) \
                    and func.value.id == "tickets":
                name = func.attr  # tickets.update(...) in the actions
            elif in_store and isinstance(func, ast.Name):
                name = func.id  # the store's own calls
            else:
                continue
            index = ACTION_ARG.get(name)
            if index is None:
                continue
            action = node.args[index] if len(node.args) > index else None
            if isinstance(action, ast.Constant):
                found.add(str(action.value))
            elif isinstance(action, ast.Name) and isinstance(named := _constant(path, action.id),
                                                             str):
                found.add(named)  # an event name written once, as a constant (FLOOD_HELD)
            elif not in_store:  # the store passes on an action it was given
                raise AssertionError(f"{path}:{node.lineno}: an audited write without a literal"
                                     " action")
    return found


def test_every_logged_event_kind_has_a_name() -> None:
    actions = logged_actions()
    assert {"created", "visit", "publish", "waiting", "approve", "reopen"} <= actions  # the scan works
    assert actions - set(EVENT_NAMES) == set()
    assert set(CITIZEN_EVENT_NAMES) <= set(EVENT_NAMES)
    assert all(re.search(r"[\u4e00-\u9fff]", name) for name in EVENT_NAMES.values())


def _moment(moment: dt.datetime) -> str:
    return common.when(moment, CST, 2026)


def _unit(code: str) -> str:
    return {"water": "县水务局", "hotline": "县政务服务热线"}.get(code, code)


STAMP = "2026-11-30T04:45:23+00:00"
CASES = [
    ({"action": "visit", "old": None, "new": None, "detail": STAMP}, ""),
    ({"action": "publish", "old": None, "new": None, "detail": "-100555"}, ""),
    ({"action": "attachment", "old": None, "new": None, "detail": "photo"}, "照片"),
    ({"action": "approve", "old": STAMP, "new": "2026-12-08T10:00:00+00:00", "detail": "5"},
     "延期 5 个工作日，新的办理时限：12月8日 18:00"),
    ({"action": "approve", "old": STAMP, "new": "2027-01-31T15:59:00+00:00", "detail": None},
     "实事项目完成时限，新的办理时限：2027年1月31日 23:59"),
    ({"action": "extend", "old": "3", "new": "5", "detail": "主管道需整体更换"},
     "延期 5 个工作日，理由：主管道需整体更换（替代此前待批的申请：延期 3 个工作日）"),
    ({"action": "extend", "old": "2027-01-31T15:59:00+00:00", "new": "2", "detail": "等材料"},
     "延期 2 个工作日，理由：等材料（替代此前待批的申请：将完成时限延至 2027年1月31日 23:59）"),
    ({"action": "overdue", "old": "0", "new": "1", "detail": STAMP}, "办理时限 11月30日 12:45"),
    ({"action": "waiting", "old": None, "new": STAMP, "detail": None}, "等到 11月30日 12:45"),
    ({"action": "report", "old": None, "new": "water", "detail": "6"}, "逾期 6 个工作日"),
    ({"action": "urge", "old": None, "new": None,
      "detail": f"金乡县督字〔2026〕第3号 限期 {STAMP} 请抓紧"},
     "金乡县督字〔2026〕第3号 限期 11月30日 12:45 请抓紧"),
    ({"action": "dispatched", "old": None, "new": "hotline", "detail": None}, "县政务服务热线"),
    ({"action": "rate", "old": None, "new": None, "detail": "s:0"}, "问题是否解决：未解决"),
]


@pytest.mark.parametrize(("event", "shown"), CASES)
def test_event_details_are_written_for_people(event: dict[str, object], shown: str) -> None:
    assert event_detail(event, _unit, _moment, lambda text: text) == shown


@given(action=st.sampled_from(sorted(EVENT_NAMES)),
       old=st.one_of(st.none(), st.just(STAMP), st.sampled_from(["3", "water", "0"])),
       new=st.one_of(st.none(), st.just(STAMP), st.sampled_from(["5", "hotline", "1"])),
       detail=st.one_of(st.none(), st.just(STAMP), st.text(max_size=30),
                        st.builds(lambda a, b: f"{a} {STAMP} {b}", st.text(max_size=5),
                                  st.text(max_size=5))))
def test_no_detail_shows_a_timestamp(action: str, old: str | None, new: str | None,
                                     detail: str | None) -> None:
    event = {"action": action, "old": old, "new": new, "detail": detail}
    shown = event_detail(event, _unit, _moment, lambda text: text)
    assert not ISO.search(shown) or (detail and ISO.search(detail.replace(STAMP, "")))
