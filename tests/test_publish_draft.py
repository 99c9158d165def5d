"""/publish's draft reads as a county would publish a result (refs #10): one sentence saying when,
which unit, what matter the people raised and where (down to the village, never a person), what
the unit did, and how long it took — not a form (反映事项：路灯。办理情况：已修). A terse ticket
(路灯坏) and a terse result (已修, 好了) make a short sentence, not a fragment; a long result is
cut at a clause; a ticket or result with no Chinese (an English report, a result typed in
English) leaves out what cannot be read in the county's column, and the preview says so."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fuzzkit import Rig, start_rig, stop_rig
from tests.publishkit import posted

HEAD = "📰 《金来办、今天办》｜金乡县"
FOOT = "我为群众办实事，有事找「金来办」。"


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    rig = start_rig(tmp_path)
    yield rig
    stop_rig(rig)


def body(post: str) -> str:
    lines = post.split("\n")
    assert lines[0] == HEAD and lines[-1] == FOOT, post
    return "\n".join(lines[1:-1])


def reads_as_prose(text: str) -> None:
    """Whole sentences, no form labels, no fragment left by a cut."""
    assert not re.search(r"(反映事项|办理情况|办理用时|地点)：", text), text
    assert text.endswith("。") and "。。" not in text and "，。" not in text, text
    assert "【" not in text and "…" not in text, text


def test_a_terse_ticket_and_result_make_one_sentence(rig: Rig) -> None:
    preview, post = posted(rig, "路灯坏", "已修")
    text = body(post)
    reads_as_prose(text)
    assert re.fullmatch(r"\d{1,2}月\d{1,2}日，县综合行政执法局办结了群众反映的路灯问题，"
                        r"当天受理、当天办结。", text), text
    assert preview.endswith(post)


def test_a_long_report_names_its_place_and_what_was_done(rig: Rig) -> None:
    _, post = posted(rig, "胡集镇李庄村路口的路灯坏了一个多星期了，晚上出行很不方便，希望尽快修好",
                     "经现场查看，已联系刘洋洋（13900210021）更换灯具，路灯恢复照明，群众表示满意")
    text = body(post)
    reads_as_prose(text)
    assert "群众反映的胡集镇李庄村路灯问题：经现场查看，路灯恢复照明，群众表示满意。" in text, text
    for private in ("刘洋洋", "13900210021", "一个多星期", "出行很不方便"):
        assert private not in post, private


def test_a_long_result_is_cut_at_a_clause(rig: Rig) -> None:
    result = "，".join(f"第{n}步已完成管道检修工作" for n in range(1, 40)) + "。"
    _, post = posted(rig, "小区停水了", result)
    text = body(post)
    reads_as_prose(text)
    assert "第1步已完成管道检修工作" in text and len(text) < 260, text


def test_an_english_report_and_result_leave_out_what_the_column_cannot_read(rig: Rig) -> None:
    preview, post = posted(rig, "The street light on our road is broken", "Replaced the lamp")
    text = body(post)
    reads_as_prose(text)
    assert "Replaced" not in text and "street" not in text
    assert re.fullmatch(r"\d{1,2}月\d{1,2}日，\S+办结了群众反映的一件诉求，当天受理、当天办结。",
                        text), text
    assert "办理结果不是中文" in preview
