"""Review debt (refs #10): a rule decided in one place is not decided again elsewhere.

Who is whose staff is decided by `bot.store.people.actor_of` and what they may do by
`bot.domain.permissions`: the edge (handlers/) asks the action layer, never the people table,
so a role cannot be read two ways. An audit event's name is written once, as a constant, so a
query or a history line cannot drift from the code that logs it."""

from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.actions import bindings
from bot.domain.permissions import Role
from bot.store import people
from tests.staffkit import NOW, make_kit

ROOT = Path(__file__).resolve().parent.parent
EDGE = ("handlers",)


def _imports_of(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_the_edge_reads_no_roles_from_the_people_table() -> None:
    """handlers/ never import bot.store.people: roles and bindings come through actions."""
    readers = sorted(str(path.relative_to(ROOT)) for folder in EDGE
                     for path in (ROOT / folder).rglob("*.py")
                     if "bot.store.people" in _imports_of(path))
    assert readers == []


def test_an_audit_event_name_is_written_once() -> None:
    """The flood hold's event name is a constant: no module spells it out but its own."""
    spelled = sorted(str(path.relative_to(ROOT)) for folder in ("bot", "handlers")
                     for path in (ROOT / folder).rglob("*.py")
                     if re.search(r"""["']flood_held["']""", path.read_text(encoding="utf-8")))
    assert spelled == ["bot/domain/delivery.py"]


@settings(deadline=None, max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(1, 40), st.sampled_from(["water", "housing", "gone",
                                                                 "moved"])), max_size=8))
def test_staff_outside_the_config_are_exactly_those_the_bot_takes_for_citizens(
        bindings_made: list[tuple[int, str]]) -> None:
    """The operators' warning lists exactly the bound staff whose role is not staff any more."""
    kit = make_kit()
    with kit.desk.store.atomic() as db:
        for user, unit in bindings_made:
            people.seen(db, user, f"员工{user}", None, NOW)
            people.bind(db, user, Role.STAFF, unit, NOW + dt.timedelta(seconds=user))
    warned = {user for user, _ in bindings.outside(kit.db, kit.desk.config)}
    not_staff = {user for user, _ in bindings_made
                 if people.actor_of(kit.db, kit.desk.config, user).role is not Role.STAFF}
    assert warned == not_staff
    assert all(line for line in bindings.warnings(kit.db, kit.desk.config, NOW))
