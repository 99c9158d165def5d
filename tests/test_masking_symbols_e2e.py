"""Phone numbers broken up by symbols or emoji (138🔥0537🔥1234, 138★0537★1234), a number told in
two pieces (后四位是1234，前面是139 0537) and an id on a video app (抖音号 douyin_zhang88), as the
round-25 outside tester sent them (refs #10), through the fake Bot API: the unit group, /show and
the 督查台账 (.xlsx) show none of it, /contact finds the number whole, and what only looks like it
(a 5★ rating, 3号楼#2单元, an e-mail spelled lisi88#163.com) reads as before."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from bot.domain.privacy import mask
from bot.reports import ledger
from tests.fuzzkit import WATER_STAFF, Rig, unit_chat

SEPARATORS = ["🔥", "👉", "⭐", "❤️", "😀😀", "★", "●", "→", "#", "+", "♥", "※", "；", "✓", "丨", "🔸"]


@pytest.mark.parametrize("mark", SEPARATORS)
def test_a_phone_broken_up_by_a_symbol_or_an_emoji_is_masked(mark: str) -> None:
    shown = mask(f"自来水停了，电话138{mark}0537{mark}1234")
    assert shown == "自来水停了，电话【电话】", shown


@pytest.mark.parametrize("text", ["服务很好，给5★", "3号楼#2单元的水管漏了", "电费涨了20%，1+1=2",
                                  "我的邮箱lisi88#163.com", "三星级★酒店2023年开的"])
def test_what_only_looks_like_one_reads_as_before(text: str) -> None:
    shown = mask(text)
    assert "【电话】" not in shown, shown
    assert shown == text or "【邮箱】" in shown, shown


def test_a_number_told_in_two_pieces_and_an_app_id_are_masked() -> None:
    assert mask("俺闺女手机号后四位是1234，前面是139 0537") == "俺闺女手机号后四位是【号码】，前面是【号码】"
    assert mask("有视频，抖音号 douyin_zhang88") == "有视频，抖音号 【账号】"
    assert mask("我在抖音上看到说要停水") == "我在抖音上看到说要停水"


def test_the_unit_show_and_ledger_read_no_such_number_and_contact_finds_it(
        rig: Rig, tmp_path: Path) -> None:
    rig.say(rig.citizen(), "李庄村停水三天了，联系我：138🔥0537🔥1234", name="老乡")
    rig.say(rig.citizen(), "后王楼村自来水停了，电话139★0537★1238，抖音号 douyin_zhang88", name="乡亲")
    group = "\n".join(rig.shown_to(unit_chat(0)))
    numbers = [t["number"] for t in rig.db.query("SELECT number FROM tickets ORDER BY id")]
    assert len(numbers) == 2 and group.count("【电话】") == 2 and "【账号】" in group, group
    show = "\n".join(line for number in numbers
                     for line in rig.answers(rig.say(WATER_STAFF, f"/show {number}")))
    path = tmp_path / "ledger.xlsx"
    ledger.write(rig.db, rig.desk.config, path, dt.datetime.now(dt.UTC))
    book = "\n".join(str(cell) for sheet in openpyxl.load_workbook(path)
                     for row in sheet.iter_rows(values_only=True) for cell in row if cell)
    for read in (group, show, book):
        assert "0537" not in read and "douyin" not in read, read
    said = ["".join(rig.answers(rig.say(WATER_STAFF, f"/contact {n}"))) for n in numbers]
    assert "13805371234" in said[0] and "13905371238" in said[1], said
