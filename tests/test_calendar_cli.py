"""`python -m bot calendar` and the calendar warnings of `check-config` and the digest, through the
real CLI process, the example config and a real database clock."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import holidays

from bot.store.db import Store
from tests.followkit import CST, SUPERVISOR, cst, make_follow
from tests.harness import EXAMPLE, REPO


def config_file(folder: Path, holidays: str = "[]", workdays: str = "[]") -> Path:
    """The example config with its database in `folder` and these county days."""
    text = EXAMPLE.read_text(encoding="utf-8")
    text = text.replace('database = "data/intake.db"', f'database = "{folder / "intake.db"}"')
    text = text.replace("\nholidays = []", f"\nholidays = {holidays}")
    text = text.replace("\nworkdays = []", f"\nworkdays = {workdays}")
    path = folder / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def bot(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "INTAKE_BOT_TOKEN": "1:x"}
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=REPO, capture_output=True,
                          text=True, env=env, timeout=60)


def days(output: str) -> dict[str, str]:
    """date → off|work, from the calendar's lines (checking their shape on the way)."""
    out = {}
    for line in output.splitlines():
        day, kind, rest = line.split(" ", 2)
        assert dt.date.fromisoformat(day) and kind in ("off", "work"), line
        assert rest.endswith(")") and " (" in rest, line  # NAME (SOURCE)
        out[day] = kind
    return out


def set_clock(folder: Path, moment: dt.datetime) -> None:
    store = Store.open(folder / "intake.db")
    store.advance_clock(moment)
    store.close()


def test_2026_has_the_state_councils_make_up_days_and_the_spring_festival(tmp_path: Path) -> None:
    result = bot("calendar", "--year", "2026", "--config", str(config_file(tmp_path)))
    assert result.returncode == 0 and result.stderr == "", result.stderr
    listed = days(result.stdout)
    assert listed["2026-09-20"] == "work" and listed["2026-10-10"] == "work"
    assert listed.get("2026-09-27") != "work"
    for day in ("2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-02-23"):
        assert listed[day] == "off", day
    assert "2026-09-20 work 国庆节调休上班 (holidays " in result.stdout
    assert "2026-02-16 off 农历除夕 (holidays " in result.stdout
    assert not (tmp_path / "intake.db").exists()  # works without a database, and makes none


def test_2027_has_new_year_and_the_spring_festival_off(tmp_path: Path) -> None:
    result = bot("--config", str(config_file(tmp_path)), "calendar", "--year", "2027")
    assert result.returncode == 0
    listed = days(result.stdout)
    for day in ("2027-01-01", "2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10"):
        assert listed[day] == "off", day


def test_county_days_are_listed_with_their_source_and_win(tmp_path: Path) -> None:
    config = config_file(tmp_path, holidays='["2026-09-20", "2026-04-20"]',
                         workdays='["2026-10-06"]')
    result = bot("calendar", "--year", "2026", "--config", str(config))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "2026-04-20 off 县定休息日 (config calendar.holidays)" in lines
    assert "2026-09-20 off 县定休息日，取代「国庆节调休上班」 (config calendar.holidays)" in lines
    assert ("2026-10-06 work 县定工作日，取代「休息日（由 2026-09-20 调休）」"
            " (config calendar.workdays)") in lines


def test_the_default_year_is_the_county_clocks(tmp_path: Path) -> None:
    config = str(config_file(tmp_path))
    fresh = bot("calendar", "--config", config)
    assert fresh.returncode == 0
    assert {d[:4] for d in days(fresh.stdout)} == {str(dt.datetime.now(CST).year)}
    set_clock(tmp_path, dt.datetime(2090, 3, 1, tzinfo=dt.UTC))  # `tick --now` moved it ahead
    moved = bot("calendar", "--config", config)
    assert moved.returncode == 0 and {d[:4] for d in days(moved.stdout)} == {"2090"}
    assert "statutory holidays of 2090" in moved.stderr  # no 调休 schedule that far ahead


def test_a_bad_year_is_one_line_and_exit_2(tmp_path: Path) -> None:
    for year in ("abc", "0", "10000", "2026-01", ""):
        result = bot("calendar", "--year", year, "--config", str(config_file(tmp_path)))
        assert result.returncode == 2 and result.stdout == "", year
        assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1, result.stderr


def test_check_config_warns_without_failing(tmp_path: Path) -> None:
    # (Without the warning: test_calendar's gap test; the clock cannot be moved back to a
    # covered season here.)
    config = str(config_file(tmp_path))
    set_clock(tmp_path, dt.datetime(2090, 11, 15, tzinfo=dt.UTC))
    statutory = bot("check-config", "--config", config)
    assert statutory.returncode == 0 and statutory.stdout.rstrip().endswith("ok (19 units)")
    [warning] = [line for line in statutory.stdout.splitlines()
                 if line.startswith("warning: calendar")]  # (fonts: test_check_config_fonts)
    assert "from 2090-11-15 on" in warning and "statutory holidays" in warning
    assert "calendar --year 2090" in warning
    # The newest package may not have the notice yet: the warning says how to type its days.
    assert "type the notice's days into the config" in warning, warning
    assert "under [calendar] holidays" in warning and "上班 under [calendar] workdays" in warning
    set_clock(tmp_path, dt.datetime(2099, 12, 1, tzinfo=dt.UTC))
    nothing = bot("check-config", "--config", config)
    assert nothing.returncode == 0 and "from 2099-12-01 on" in nothing.stdout


def test_mondays_digest_reminds_the_supervisors_once_a_week(tmp_path: Path) -> None:
    f = make_follow(tmp_path)
    monday = dt.date(2090, 6, 5)  # 2090: the statutory holidays, no 调休 schedule
    assert monday.weekday() == 0
    for n in range(8):
        day = monday + dt.timedelta(days=n)
        assert f.tick(cst(day.year, day.month, day.day, 8, 30)).digests == 1
    digests = [t for t in f.texts(SUPERVISOR) if "督办日报" in t]
    assert len(digests) == 8
    reminded = [i for i, text in enumerate(digests) if "工作日历提示" in text]
    assert reminded == [0, 7]  # Monday's, and the next Monday's
    assert "自2090年6月5日起" in digests[0] and "法定节假日" in digests[0]
    assert "<code>python -m bot calendar --year 2090</code>" in digests[0]


def test_check_config_warns_of_national_days_typed_by_hand(tmp_path: Path) -> None:
    """A config copied from the old example still lists the 2026 National Day week."""
    config = config_file(tmp_path, holidays='["2026-10-01", "2026-10-02", "2027-04-20"]',
                         workdays='["2026-09-27", "2026-10-10"]')
    result = bot("check-config", "--config", str(config))
    assert result.returncode == 0, result.stdout
    warnings = [line for line in result.stdout.splitlines() if line.startswith("warning: calendar.")]
    assert warnings == [
        f"warning: calendar.holidays: 2026-10-01, 2026-10-02: national days already (holidays "
        f"{holidays.__version__}); list only the county's own days there, as a day listed there "
        f"wins over the national calendar",
        f"warning: calendar.workdays: 2026-10-10: national days already (holidays "
        f"{holidays.__version__}); list only the county's own days there, as a day listed there "
        f"wins over the national calendar",
    ]
