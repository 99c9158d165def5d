"""What units, the ledger and the public channel read of the second round of masking gaps outside
testers found (refs #10): a name after a door number, pinyin names after the cues of a filing or a
call, a known name's given name alone in pinyin or in characters, and the village of a resident
named whole before a title, through the fake Bot API (SPEC §5)."""

from __future__ import annotations

from pathlib import Path

from tests.fuzzkit import CHANNEL, WATER_STAFF, Rig, ledger_csv, unit_chat
from tests.publishkit import own_words


def _groups(rig: Rig) -> str:
    return "\n".join(line for i in range(40) for line in rig.shown_to(unit_chat(i)))


def test_a_name_after_a_door_number_reaches_no_unit_nor_the_ledger(rig: Rig, tmp_path: Path
                                                                    ) -> None:
    user = rig.citizen()
    rig.say(user, "家住春晖社区3号楼2单元501的韩美玲，小区的路灯不亮了", name="老乡")
    group = _groups(rig)
    assert "2单元501的【姓名】" in group, group  # the unit keeps the address
    for read in (group, ledger_csv(rig, tmp_path)):
        assert "韩美玲" not in read and "美玲" not in read, read


def test_pinyin_names_and_given_names_reach_no_unit_nor_the_ledger(rig: Rig, tmp_path: Path
                                                                   ) -> None:
    reports = {"反映人：li na，村头的桥上护栏断了": ("li na",),
               "投诉人：zhang wei，村里停水三天了": ("zhang wei",),
               "我婆婆王桂兰一个人住，家里停水了，Guilan 年纪大了挑不动水": ("guilan", "桂兰"),
               "本人 SUNLIQIANG，家里水管漏水了，请联系 Liqiang 或者 li qiang": (
                   "sunliqiang", "liqiang", "li qiang"),
               "我叫刘德华，家里停水了，Dehua 在城关镇上班，德华骑车去挑水差点摔了": (
                   "刘德华", "dehua", "德华")}
    for report in reports:
        rig.say(rig.citizen(), report, name="老乡")
    group = _groups(rig)
    assert "反映人：【姓名】" in group and "投诉人：【姓名】" in group, group
    assert "【姓名】骑车去挑水" in group and "【姓名】 年纪大了" in group, group
    for read in (group, ledger_csv(rig, tmp_path)):
        for private in (p for said in reports.values() for p in said):
            assert private not in read.lower(), (private, read)


def test_the_public_reads_no_pinyin_name_nor_given_name_nor_village(rig: Rig) -> None:
    user = rig.citizen()
    rig.say(user, "村里停水了，路边的坑也没人填", name="老乡")
    [ticket] = rig.tickets_of(user)
    rig.say(WATER_STAFF, f"/done {ticket['number']} 已恢复供水，坑已填平")
    own_words(rig, ticket["number"], "经联系Wang Defu（电话 13812345678），"
                        "坑已填平，德福说谢谢")
    other = rig.citizen()
    rig.say(other, "后王楼村3组停水了", name="老乡")
    [second] = rig.tickets_of(other)
    rig.say(WATER_STAFF, f"/done {second['number']} 已恢复供水")
    own_words(rig, second["number"], "已为家住后王楼村3组的王德福老人修好了护栏，路灯也已更换")
    channel = "\n".join(rig.shown_to(CHANNEL))
    assert "坑已填平" in channel and "路灯也已更换" in channel, channel
    assert "【" not in channel and "谢谢" not in channel and "护栏" not in channel, channel
    for private in ("wang", "defu", "德福", "后王楼村", "13812345678"):
        assert private not in channel.lower(), (private, channel)
