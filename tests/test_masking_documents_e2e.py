"""What units and the ledger read of document numbers an outside tester found unmasked (refs #10),
through the fake Bot API (SPEC §5): a passport, a travel permit, a 台胞证 and a 残疾证 number (an ID
number and two digits) never reach the unit; a model number with no document word does."""

from __future__ import annotations

from pathlib import Path

from tests.fuzzkit import Rig, ledger_csv, unit_chat


def _groups(rig: Rig) -> str:
    return "\n".join(line for i in range(40) for line in rig.shown_to(unit_chat(i)))


def test_a_document_number_reaches_no_unit_nor_the_ledger(rig: Rig, tmp_path: Path) -> None:
    reports = {"出入境窗口说我的护照号E87654321登记错了，一直办不下来": "E87654321",
               "港澳通行证C 1234 5678续签，派出所让等了一个月还没消息": "1234 5678",
               "我的台胞证号码是０８７６５４３２，社保一直办不了": "０８７６５４３２",
               "残疾证号37082819550303122642，这个月的残疾人补贴没到账": "19550303"}
    for report in reports:
        rig.say(rig.citizen(), report, name="老乡")
    rig.say(rig.citizen(), "热水器型号JSQ25-13A1，安装后就漏水，商家不管", name="老乡")
    group = _groups(rig)
    assert "护照号【证件号】登记错了" in group, group
    assert "残疾证号【身份证号】，这个月" in group, group
    assert "型号JSQ25-13A1" in group, group  # a model number with no document word stays
    for read in (group, ledger_csv(rig, tmp_path)):
        for private in reports.values():
            assert private not in read, (private, read)
