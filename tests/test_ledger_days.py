"""The ledger's 办理结果 dates the relative days the unit wrote (今天, 明天, 下周一 …) from the
day of its 办结, as the public post does (refs #10): a ledger read next month said 今天 of a
day long gone, and 下周一 of no week anyone could tell."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from bot.domain.relative_days import anchored
from bot.reports import ledger
from bot.texts import common, public_column
from bot.texts import ledger as ledger_texts
from tests.followkit import cst, make_follow

WEDNESDAY = dt.date(2026, 12, 2)


@pytest.mark.parametrize(("said", "told"), [
    ("下周一复查", "12月7日复查"),
    ("本周五前完工，下礼拜天验收", "12月4日前完工，12月13日验收"),
    ("这个星期天再去看看", "12月6日再去看看"),
    ("上周日已排查，今天修好了", "11月29日已排查，12月2日修好了"),
    ("下星期三上午施工", "12月9日上午施工"),
    ("已于周一完成", "已于周一完成"),  # no week named: left as written
])
def test_weekdays_of_a_named_week_are_dated(said: str, told: str) -> None:
    assert anchored(said, WEDNESDAY, common.day_words) == told


def test_the_public_post_dates_them_too() -> None:
    assert anchored("本周三已修好，下周一复查", WEDNESDAY, public_column.day_words) == \
        "当天已修好，12月7日复查"


def test_the_ledger_result_is_dated_from_its_banjie(tmp_path: Path) -> None:
    f = make_follow(tmp_path)
    a = f.create(cst(2026, 12, 1, 10, 0), "中山路停水")
    f.accept(a, cst(2026, 12, 1, 11, 0))
    f.resolve(a, cst(2026, 12, 2, 16, 0), "今天已更换阀门，明早恢复供水，下周一回访复查")
    b = f.create(cst(2026, 12, 1, 12, 0), "路灯不亮", unit="power")
    f.resolve(b, cst(2026, 12, 3, 9, 0), "已修复")
    out = tmp_path / "ledger.csv"
    ledger.write(f.db, f.desk.config, out, cst(2027, 1, 15, 9, 0).astimezone(dt.UTC))
    rows = list(csv.DictReader(out.read_bytes().decode("utf-8-sig").splitlines()))
    result = ledger_texts.LEDGER_HEADERS[9]
    assert result == "办理结果"
    assert rows[0][result] == "12月2日已更换阀门，12月3日早上恢复供水，12月7日回访复查"
    assert rows[1][result] == "已修复"


@pytest.mark.parametrize(("said", "told"), [
    ("The lamp was replaced today.", "The lamp was replaced on 2 Dec."),
    ("Today we fixed the pipe; water is back by tomorrow.",
     "On 2 Dec we fixed the pipe; water is back by 3 Dec."),
    ("Checked yesterday, we will come back next Monday.",
     "Checked on 1 Dec, we will come back on 7 Dec."),
    ("Work starts tonight and ends this Friday.",
     "Work starts on the evening of 2 Dec and ends on 4 Dec."),
    ("We went there on Monday.", "We went there on Monday."),  # no week named: as written
])
def test_english_relative_days_are_dated_too(said: str, told: str) -> None:
    resolved = dt.datetime(2026, 12, 2, 8, 0, tzinfo=dt.UTC)
    assert common.dated_result(said, resolved, dt.UTC) == told
