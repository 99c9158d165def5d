"""What the unit group, /show, /contact, the digest, the 督查台账 (.xlsx) and the public channel
show of personal data hidden by invisible separators or written in traditional script (refs #10,
tester31), through the fake Bot API: none of it, while /contact finds the phone number whole."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl

from bot.reports import ledger
from tests.fuzzkit import CHANNEL, SUPERVISOR, WATER_STAFF, Rig, unit_chat
from tests.test_publish import draft

CST = ZoneInfo("Asia/Shanghai")

REPORTS = {  # a water report each, with what nobody but its citizen may read
    "李庄村停水三天了，联系我139\u200b0537\u200b1234，我叫李\u200b秀英": ("1390537", "秀英"),
    "后王楼村自来水停了，电话139\u00a00537\u00a01238": ("1390537",),
    "胡集镇没水了，身份证370828\u200b19900307\u200b123X，请尽快": ("37082819900307",),
    "自来水停了两天\u202e4321 7350 931\u202c": ("1390537",),
    "聯繫人：陳美玲，李莊村停水了三天": ("美玲", "陈美玲"),
    "停水了，电话139~0537~1236，找王\u2060德\u2060福": ("1390537", "德福"),
}


def _read(text: str) -> str:
    """What a reader makes of a shown text: hiders gone, digits together."""
    return "".join(ch for ch in text if ch.isprintable() and ch not in "\u200b\u2060\u00a0 ~")


def _xlsx(rig: Rig, folder: Path) -> str:
    path = folder / "out" / "ledger.xlsx"
    ledger.write(rig.db, rig.desk.config, path, dt.datetime.now(dt.UTC))
    book = openpyxl.load_workbook(path)
    return "\n".join(str(cell) for sheet in book for row in sheet.iter_rows(values_only=True)
                     for cell in row if cell is not None)


def test_hidden_personal_data_reaches_no_group_show_or_ledger(rig: Rig, tmp_path: Path) -> None:
    for report in REPORTS:
        rig.say(rig.citizen(), report, name="老乡")
    group = _read("\n".join(rig.shown_to(unit_chat(0))))
    assert group.count("【电话】") >= 4 and "【身份证号】" in group and "【姓名】" in group, group
    assert "聯繫人：【姓名】，李莊村停水了三天" in group, group  # the writer's own script stays
    numbers = [t["number"] for t in rig.db.query("SELECT number FROM tickets ORDER BY id")]
    show = _read("\n".join(line for number in numbers
                           for line in rig.answers(rig.say(WATER_STAFF, f"/show {number}"))))
    for read in (group, show, _read(_xlsx(rig, tmp_path))):
        for private in (p for said in REPORTS.values() for p in said):
            assert private not in read, (private, read)


def test_contact_finds_the_number_behind_the_hiders(rig: Rig) -> None:
    for report in [*list(REPORTS)[:2], list(REPORTS)[3]]:
        rig.say(rig.citizen(), report, name="老乡")
    numbers = [t["number"] for t in rig.db.query("SELECT number FROM tickets ORDER BY id")]
    said = ["".join(rig.answers(rig.say(WATER_STAFF, f"/contact {n}"))) for n in numbers]
    assert "13905371234" in said[0] and "13905371238" in said[1] and "13905371234" in said[2], said


def test_the_digest_lists_a_hotline_ticket_without_what_hid_in_it(rig: Rig) -> None:
    rig.say(rig.citizen(), "我有事要反映，打139\u200b0537\u200b1234找我，我叫李\u200b秀英",
            name="老乡")
    [ticket] = rig.db.query("SELECT unit FROM tickets")
    assert ticket["unit"] == "hotline", ticket
    morning = (rig.desk.store.now().astimezone(CST) + dt.timedelta(days=1)).replace(hour=9)
    rig.desk.store.advance_clock(morning)
    digest = _read("\n".join(rig.answers(rig.say(SUPERVISOR, "/digest"))))
    assert "待人工分拨1件" in digest and "我有事要反映" in digest, digest
    assert "1390537" not in digest and "秀英" not in digest, digest


def test_a_published_result_loses_the_clauses_with_a_hidden_phone_or_a_traditional_name(
        rig: Rig) -> None:
    user = rig.citizen()
    rig.say(user, "李庄村停水三天了，请尽快处理", name="老乡")
    [ticket] = rig.tickets_of(user)
    number = ticket["number"]
    rig.say(WATER_STAFF, f"/done {number} 已更换水管，经与户主139\u00a00537\u00a01234核实无误，"
                         "聯繫人陳美玲确认，供水已恢复")
    preview, (post, _) = draft(rig, number)
    rig.press(SUPERVISOR, post)
    [channel] = rig.shown_to(CHANNEL)
    for read in (_read(preview), _read(channel)):
        assert "1390537" not in read and "美玲" not in read and "【" not in read, read
    assert "已更换水管" in channel and "供水已恢复" in channel, channel


def test_the_citizens_own_name_is_masked_in_the_other_script(rig: Rig, tmp_path: Path) -> None:
    said = {"王晓梅": "王曉梅家的暖气不热，曉梅她腿不好，停水了", "陳建國": "陈建国家停水了，建国他一个人住"}
    for name, report in said.items():
        rig.say(rig.citizen(), report, name=name)
    group = "\n".join(line for i in range(40) for line in rig.shown_to(unit_chat(i)))
    assert group.count("【姓名】家") == 2, group
    for read in (group, _xlsx(rig, tmp_path)):
        for private in ("曉梅", "晓梅", "建国", "建國"):
            assert private not in read, (private, read)
