"""Chases by number attacked with Hypothesis through the real handlers (tests.fuzzkit: real router,
Bot API faked at HTTP level): every phrasing × every form of a number × a number the writer owns,
one another citizen owns, or one two of the writer's tickets share, optionally after a short
clause. A chase never opens a ticket and never shows another citizen's ticket (outside tester;
refs #10)."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator
from html import unescape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.actions import citizen
from bot.actions.desk import Incoming
from bot.texts import for_citizen
from tests.fuzzkit import Rig, start_rig, stop_rig

# Each example opens its tickets on days of its own, so their daily sequences start at 1.
FIRST_DAY = dt.datetime(2024, 1, 1, 2, 0, tzinfo=dt.UTC)  # 10:00 in the county
_DAYS = itertools.count(0, 3)
WRITER_TEXTS = ("小区停水两天了", "楼道里的路灯不亮了")
OTHER_TEXT = "公园的长椅坏了好几把"  # its words must never reach the writer

LEADS = ("", "联系过了。", "你好，", "您好！请问 ", "麻烦问下，", "打扰了，", "麻烦问下", "你好我想问一下",
         "在吗？")
ASKS = ("怎么还没人管", "怎么样了", "咋还没人处理", "呢？", "有人管没人管啊", "到底有没有人管",
        "催一下", "办得怎么样了", "什么时候能办好", "还要等多久", "怎么还没人来？？", "进度如何",
        "有消息了吗", "办到哪一步了", "怎么没动静", "快点处理啊", "急死了", "人呢？？", "还没人管？",
        "都一个礼拜了")
# A ticket number in the forms citizens type it ({s}: its daily sequence, {w}: its whole number).
NAMED = ("{s:04d}号", "{s}号单子", "工单号{s}", "编号{s:04d}", "{w}", "{w}号工单", "{w} ",
         "我那个{s:04d}的事", "{s:04d}号的事")
BARE = ("{s}号的事", "我那个{s}号的事", "我的{s}号", "{s}号")  # a ticket's only if it is the writer's
FUZZ = settings(max_examples=200, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@pytest.fixture(scope="module")
def rig(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Rig]:
    rig = start_rig(tmp_path_factory.mktemp("chase"))
    yield rig
    stop_rig(rig)


def _shown(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", html))


def _report(rig: Rig, user: int, text: str, now: dt.datetime) -> str:
    """A ticket opened by `user` at `now` (a past day); its whole number."""
    msg = Incoming(update_id=next(rig.update_ids), user_id=user, chat_id=user,
                   chat_type="private", message_id=next(rig.message_ids), first_name="市民",
                   text=text)
    citizen.receive(rig.desk, msg, now)
    [row] = rig.db.query("SELECT number FROM tickets WHERE source_key = ?", [msg.source_key])
    return str(row["number"])


@FUZZ
@given(case=st.sampled_from(["owned", "others", "shared"]), lead=st.sampled_from(LEADS),
       ask=st.sampled_from(ASKS), form=st.sampled_from(NAMED + BARE))
def test_a_chase_by_number_opens_no_ticket_and_shows_no_one_elses(
    rig: Rig, case: str, lead: str, ask: str, form: str
) -> None:
    writer, other = rig.citizen(), rig.citizen()
    day = FIRST_DAY + dt.timedelta(days=next(_DAYS))
    if case == "owned":  # the other's 0001, the writer's 0002
        theirs = [_report(rig, other, OTHER_TEXT, day)]
        mine = [_report(rig, writer, WRITER_TEXTS[0], day)]
        named = mine[0]
    else:  # the writer's 0001, the other's 0002; "shared": the writer's 0001 of the next day too
        mine = [_report(rig, writer, WRITER_TEXTS[0], day)]
        theirs = [_report(rig, other, OTHER_TEXT, day)]
        if case == "shared":
            mine.append(_report(rig, writer, WRITER_TEXTS[1], day + dt.timedelta(days=1)))
        named = theirs[0] if case == "others" else mine[0]
    if case == "shared" and "{w}" in form:
        form = form.replace("{w}", "{s:04d}")  # a whole number names one ticket: no share
    text = lead + form.format(s=int(named[-4:]), w=named) + ask
    tickets_before = rig.db.execute("SELECT count(*) FROM tickets").fetchone()[0]
    told_other = len(rig.shown_to(other))

    answers = rig.answers(rig.say(writer, text))

    assert len(answers) == 1, (text, answers)
    [answer] = answers
    for number in theirs:
        assert number not in answer or number in text, (text, answer)
    assert OTHER_TEXT not in answer and "长椅" not in answer, (text, answer)
    assert len(rig.shown_to(other)) == told_other  # the other citizen is told nothing
    opened = rig.db.execute("SELECT count(*) FROM tickets").fetchone()[0] - tickets_before
    if case == "others" and form in BARE:
        return  # a bare 5号 of nobody's ticket of the writer's may be a date: the router decides
    assert opened == 0, (text, answer)
    if case == "owned":
        assert mine[0] in answer and "催办" in answer, (text, answer)
    elif case == "others":  # word for word what a number nobody has gets
        typed = (named, f"{int(named[-4:]):04d}", str(int(named[-4:])))
        assert answer in [_shown(for_citizen.not_found(n)) for n in typed], (text, answer)
    else:
        assert all(number in answer for number in mine) and "完整编号" in answer, (text, answer)
        assert WRITER_TEXTS[0] in answer and WRITER_TEXTS[1] in answer, (text, answer)
