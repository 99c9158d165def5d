"""What units and the ledger read of the fourth round of names outside testers found unmasked
(refs #10), through the fake Bot API (SPEC §5): a name right after a door number with nothing
said of the person after it, a compound surname there, a name beside a door (12号楼下王建国)."""

from __future__ import annotations

from pathlib import Path

from tests.fuzzkit import Rig, ledger_csv, unit_chat


def _groups(rig: Rig) -> str:
    return "\n".join(line for i in range(40) for line in rig.shown_to(unit_chat(i)))


def test_a_name_after_a_door_reaches_no_unit_nor_the_ledger(rig: Rig, tmp_path: Path) -> None:
    reports = {"6号楼302室刘德华到现在还摸黑上楼，德华说物业根本没来": ("刘德华", "德华"),
               "5组12号王德福到现在还没领到低保，德福说村里不给办": ("王德福", "德福"),
               "6号楼302室欧阳建华反映电梯老是停，建华说晚上不敢出门": ("欧阳建华", "建华"),
               "12号楼下王建国开的小卖部门口堆满了垃圾，没人清理": ("王建国",)}
    for report in reports:
        rig.say(rig.citizen(), report, name="老乡")
    rig.say(rig.citizen(), "3号楼下水管堵了，302室漏水", name="老乡")
    group = _groups(rig)
    assert "6号楼302室【姓名】到现在还摸黑上楼，【姓名】说" in group, group
    assert "12号楼下【姓名】开的小卖部" in group, group
    assert "3号楼下水管堵了，302室漏水" in group, group  # a matter after a door stays
    for read in (group, ledger_csv(rig, tmp_path)):
        for private in (p for said in reports.values() for p in said):
            assert private not in read, (private, read)


def test_a_name_is_never_half_shown_to_the_unit(rig: Rig, tmp_path: Path) -> None:
    rig.say(rig.citizen(), "5组12号王德福到现在还没领到低保，德福他一个人住", name="Wang Defu")
    group = _groups(rig)
    assert "5组12号【姓名】到现在还没领到低保，【姓名】他一个人住" in group, group
    for read in (group, ledger_csv(rig, tmp_path)):
        assert "德福" not in read, read
