"""Numbers in the config a county office could not mean (outside tester, county IT operator;
SPEC §1 check-config, §3 deadlines; refs #10): `check-config` and the bot's start refuse a value
out of its sensible range, or two that contradict each other, in one line naming the key and the
range (exit 2); no value that passes can make intake fail — an emergency is still filed and
answered with its deadline."""

from __future__ import annotations

import datetime as dt
import math
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.config import ConfigError, parse_config
from bot.domain.calendar import calendar_of
from bot.domain.tickets import Ticket, deadline_for, remind_at, urge_due, urge_limit, urgent_step
from tests.harness import EXAMPLE, REPO

UNITS = [{"code": "water", "name": "县水务局", "keywords": ["停水"]},
         {"code": "hotline", "name": "县政务服务热线", "keywords": ["热线"]}]
NUMERIC_KEYS = [
    ("telegram", "max_per_second"), ("telegram", "per_chat_per_second"),
    ("telegram", "per_group_per_minute"), ("storage", "inbox_days"),
    ("deadlines", "accept_hours"), ("deadlines", "normal_working_days"),
    ("deadlines", "urgent_hours"), ("deadlines", "remind_before_hours"),
    ("deadlines", "urge_after_working_days"), ("deadlines", "report_after_working_days"),
    ("deadlines", "visit_after_hours"), ("people", "invite_hours"), ("publish", "channel_id"),
    ("intake", "photo_wait_minutes"), ("intake", "flood_per_minute"),
]


def _check(tmp_path: Path, lines: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """check-config on the example with each `key = VALUE` line (TOML text) replaced."""
    text = EXAMPLE.read_text(encoding="utf-8")
    for key, value in lines.items():
        text, count = re.subn(rf"(?m)^{key} = [^#\n]*", f"{key} = {value}  ", text, count=1)
        assert count == 1, key
    text = text.replace('database = "data/intake.db"', f'database = "{tmp_path / "i.db"}"')
    config = tmp_path / "config.toml"
    config.write_text(text, encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "bot", "check-config", "--config", str(config)],
                          cwd=REPO, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "INTAKE_BOT_TOKEN": "1:x"})


@pytest.mark.parametrize(("key", "value", "said"), [
    ("urgent_hours", "1e308", "deadlines.urgent_hours: must be at most"),
    ("urgent_hours", "99999999999999999999", "deadlines.urgent_hours: must be at most"),
    ("urgent_hours", "nan", "deadlines.urgent_hours: must be a finite number"),
    ("urgent_hours", "inf", "deadlines.urgent_hours: must be a finite number"),
    ("normal_working_days", "100000", "deadlines.normal_working_days: must be at most"),
    ("accept_hours", "-3", "deadlines.accept_hours: must be at least"),
    ("visit_after_hours", "1e9", "deadlines.visit_after_hours: must be at most"),
    ("invite_hours", "1e12", "people.invite_hours: must be at most"),
    ("inbox_days", "10000000", "storage.inbox_days: must be at most"),
    ("channel_id", "99999999999999999999", "publish.channel_id: must be"),
])
def test_check_config_refuses_an_absurd_number_in_one_line(
        tmp_path: Path, key: str, value: str, said: str) -> None:
    result = _check(tmp_path, {key: value})
    assert result.returncode == 2, result.stdout
    [problem] = [line for line in result.stdout.splitlines() if line.startswith(said)]
    assert re.search(r"between \S+ and \S+", problem), problem  # the sensible range, in full
    assert "Traceback" not in result.stderr and "ok (" not in result.stdout


def test_listing_for_talks_before_the_written_urge_is_refused(tmp_path: Path) -> None:
    result = _check(tmp_path, {"urge_after_working_days": "10", "report_after_working_days": "5"})
    assert result.returncode == 2, result.stdout
    [problem] = [line for line in result.stdout.splitlines()
                 if line.startswith("deadlines.report_after_working_days:")]
    assert "urge_after_working_days" in problem and "10" in problem
    assert _check(tmp_path, {"urge_after_working_days": "3",
                             "report_after_working_days": "3"}).returncode == 0


def _values() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.integers(), st.integers(min_value=-10, max_value=10_000),
        st.floats(allow_nan=True, allow_infinity=True),
        st.sampled_from([0, -1, 0.5, 1e308, -1e308, 10**20, -(10**20), math.inf, math.nan,
                         2**63, 2**53 + 1]),
        st.text(max_size=5), st.booleans(), st.lists(st.integers(), max_size=2), st.none())


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(key=st.sampled_from(NUMERIC_KEYS), value=_values(),
       other=st.sampled_from(NUMERIC_KEYS), second=_values())
def test_any_number_is_refused_in_a_line_or_files_an_emergency(
        key: tuple[str, str], value: Any, other: tuple[str, str], second: Any) -> None:
    data: dict[str, Any] = {"units": UNITS}
    for (section, name), raw in ((key, value), (other, second)):
        if raw is not None:
            data.setdefault(section, {})[name] = raw
    try:
        config = parse_config(data, Path("/tmp/x.toml"), env={})
    except ConfigError as refused:
        assert refused.problems
        for problem in refused.problems:
            assert "\n" not in problem and re.match(r"[a-z_]+\.[a-z_]+: ", problem), problem
        return
    # Accepted: every deadline an emergency and an ordinary report get can be computed and stored.
    calendar = calendar_of(config)
    now = dt.datetime(2026, 12, 31, 23, 30, tzinfo=dt.UTC)
    for urgent in (True, False):
        deadline = deadline_for(now, urgent, config.deadlines, calendar)
        assert now < deadline < now + dt.timedelta(days=400)
        ticket = Ticket.stand_in("water")
        ticket = _with(ticket, deadline, now, urgent)
        remind_at(ticket, dt.timedelta(hours=config.deadlines.remind_before_hours), calendar)
        assert urge_due(ticket, config.deadlines, calendar) is not None
        assert urge_limit(ticket, deadline, config.deadlines, calendar) > deadline
    assert urgent_step(config.deadlines) > dt.timedelta(0)


def _with(ticket: Ticket, deadline: dt.datetime, received: dt.datetime, urgent: bool) -> Ticket:
    from dataclasses import replace

    return replace(ticket, deadline=deadline, received_at=received, urgent=urgent)
