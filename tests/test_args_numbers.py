"""handlers/args.py reads ticket numbers one way for every command (refs #10): a number marked
号/# or typed full-width is read; several given to a command taking one are found, whatever
the command, while a number of another meaning after it (/extend's days) is left alone."""

from __future__ import annotations

import pytest

from bot.actions import numbers
from bot.texts import typed_faults
from handlers import args
from handlers.staff import COMMANDS

TAIL = {"days": "5", "unit": "housing", "text": "说明", "rest": "", "plan": "举措 | 计划 | 2026-12-30",
        "filter": "", "page": ""}
SHAPES = sorted({shape for shape, _ in COMMANDS.values() if shape[:1] == ("number",)}
                | {("number",), ("number", "text"), ("number", "rest")})


def _typed(shape: tuple[str, ...], numbers: str) -> str:
    return " ".join([numbers, *(TAIL[part] for part in shape[1:])]).strip()


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("one", ["3", "#3", "3号", "３", "３号", "第3号", "0003号工单"])
def test_one_number_in_any_form_is_read(shape: tuple[str, ...], one: str) -> None:
    assert not args.several(shape, _typed(shape, one))
    values = args.parse(shape, _typed(shape, one))
    assert values is not None and str(values[0]).lstrip("0") == "3"


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("many", ["3-4", "3，4", "3、4", "#3 #4", "３号 ４号", "3号、4号", "3~4"])
def test_several_numbers_are_found_for_every_command(shape: tuple[str, ...], many: str) -> None:
    assert args.several(shape, _typed(shape, many)) == ("3", "4")


def test_a_bare_second_number_is_several_only_where_nothing_else_could_follow() -> None:
    assert args.several(("number",), "3 4") == ("3", "4")
    assert args.several(("number", "unit", "text"), "3 4 housing 不归我们") == ("3", "4")
    assert args.several(("number", "text"), "3 4") == ("3", "4")
    assert args.several(("number", "days", "text"), "3 5 需要更换管道") == ()
    assert args.several(("number", "text"), "3 4 户居民反映") == ()
    assert args.several(("rest",), "3 4") == ()


@pytest.mark.parametrize("days", ["五 天", "5 天", "5天", "五天", "５ 个工作日", "5"])
def test_extend_days_with_their_unit_apart_leave_the_reason_whole(days: str) -> None:
    """`/extend 6 五 天 等财政拨款` asks 5 days for 等财政拨款, not for 天 等财政拨款."""
    assert args.parse(("number", "days", "text"), f"6 {days} 等财政拨款") == ["6", 5, "等财政拨款"]
    assert args.parse(("number", "days", "text"), f"6 {days} 日常维护跟不上") == \
        ["6", 5, "日常维护跟不上"]  # a reason that opens with 日 keeps it


@pytest.mark.parametrize(("typed", "days", "reason"), [
    ("6 3天等配件", 3, "等配件"), ("6 五个工作日等配件 到货", 5, "等配件 到货"),
    ("6 ３天需要协调", 3, "需要协调")])
def test_days_joined_to_the_reason_are_read_apart(typed: str, days: int, reason: str) -> None:
    """`/extend 9 3天等配件` (outside tester T27, finding 17): the days, then the reason."""
    assert args.parse(("number", "days", "text"), typed) == ["6", days, reason]


@pytest.mark.parametrize("typed", ["6 两周 等配件", "6 下周一 等配件", "6 3等配件"])
def test_no_count_of_days_is_told_what_is_wanted(typed: str) -> None:
    fault = args.fault(("number", "days", "text"), typed)
    assert fault is not None and fault.part == "days"
    assert "请写工作日天数" in typed_faults.wrong("extend", fault.part, fault.word)


@pytest.mark.parametrize("typed", ["2026-12-06-0003", "2026-12-6-3", "20261206-3", "#2026-12-06-0003"])
def test_a_number_whose_day_is_written_as_a_date_is_read(typed: str) -> None:
    assert args.parse(("number",), typed) == ["20261206-0003"]


def test_a_dashed_day_that_is_no_date_is_no_number() -> None:
    assert args.parse(("number",), "2026-02-30-0003") is None


@pytest.mark.parametrize(("typed", "days"), [("一周", 7), ("两周", 14), ("1个月", 30), ("7天", 7),
                                             ("三十", 30)])
def test_a_period_for_stats_in_weeks_or_months(typed: str, days: int) -> None:
    assert numbers.period(typed) == days


@pytest.mark.parametrize("typed", ["月", "零周", "下周", "很久"])
def test_no_period(typed: str) -> None:
    assert numbers.period(typed) is None
