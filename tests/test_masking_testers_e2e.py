"""What a unit's group, the ledger and the public channel read of what outside testers found the
masker let through (refs #10): a pinyin name after a Chinese cue, a Chinese name spelled again in
pinyin, a given name alone, through the fake Bot API (SPEC §5)."""

from __future__ import annotations

from pathlib import Path

from tests.fuzzkit import CHANNEL, SUPERVISOR, WATER_STAFF, Rig, ledger_csv, unit_chat
from tests.publishkit import own_words


def test_a_pinyin_name_after_a_chinese_cue_reaches_no_one(rig: Rig, tmp_path: Path) -> None:
    posts = {"我家漏水了，联系人：sun li qiang，电话138****1234":
             "回访：sun li qiang 对处理结果满意，漏点已修好",
             "小区停水了，本人 Wang Guilan": "县水务局已为联系人 WANG GUI LAN 修好了漏水的水管，"
                                         "小区已恢复供水"}
    for report, post in posts.items():
        user = rig.citizen()
        rig.say(user, report, name="老乡")
        [ticket] = rig.tickets_of(user)
        rig.say(WATER_STAFF, f"/done {ticket['number']} 已修好水管")
        own_words(rig, ticket["number"], post)
    group = "\n".join(rig.shown_to(unit_chat(0)))
    channel = "\n".join(rig.shown_to(CHANNEL))
    assert "联系人：【姓名】" in group and "本人 【姓名】" in group, group
    assert "漏点已修好" in channel and "小区已恢复供水" in channel, channel
    assert "【" not in channel and "回访" not in channel and "联系人" not in channel, channel
    for read in (group, channel, ledger_csv(rig, tmp_path)):
        for private in ("sun li qiang", "liqiang", "wang", "gui lan", "guilan"):
            assert private not in read.lower(), (private, read)


def test_a_chinese_name_in_pinyin_or_by_its_given_name_reaches_no_one(rig: Rig, tmp_path: Path
                                                                      ) -> None:
    user = rig.citizen()
    rig.say(user, "我叫孙立强，家里漏水了，sun li qiang 家的水表在门口", name="老乡")
    other = rig.citizen()
    rig.say(other, "我叫王桂兰，停水三天了，桂兰她一个人住，挑不动水", name="老乡")
    [ticket] = rig.tickets_of(user)
    rig.say(WATER_STAFF, f"/done {ticket['number']} 已上门为 Sun Liqiang 更换了水表")
    group = "\n".join(rig.shown_to(unit_chat(0)))
    shown = group + "\n".join(rig.answers(rig.say(SUPERVISOR, f"/show {ticket['number']}")))
    assert "【姓名】她一个人住" in group and "【姓名】 家的水表" in group
    for read in (shown, ledger_csv(rig, tmp_path)):
        for private in ("sun li qiang", "liqiang", "孙立强", "桂兰"):
            assert private not in read.lower(), (private, read)


def test_a_phone_said_in_english_groups_reaches_no_one_but_contact(rig: Rig, tmp_path: Path) -> None:
    user = rig.citizen()
    rig.say(user, "停水两天了 call me: one thirty nine, twelve thirty four, double five seventy eight",
            name="老乡")
    [ticket] = rig.tickets_of(user)
    group = "\n".join(rig.shown_to(unit_chat(0)))
    assert "call me: 【电话】" in group, group
    for read in (group, ledger_csv(rig, tmp_path)):
        for said in ("thirty", "twelve", "double", "seventy"):
            assert said not in read, (said, read)
    [answer] = rig.answers(rig.say(WATER_STAFF, f"/contact {ticket['number']}"))
    assert "13912345578" in answer, answer


def test_the_public_reads_no_place_of_a_self_introduction(rig: Rig) -> None:
    user = rig.citizen()
    rig.say(user, "俺是后王楼村的蒋德贵，俺家水表漏水好几天了", name="老乡")
    [ticket] = rig.tickets_of(user)
    rig.say(WATER_STAFF, f"/done {ticket['number']} 已更换水表")
    own_words(rig, ticket["number"], "已为俺是后王楼村的蒋德贵家恢复了供水，更换了水表")
    [channel] = rig.shown_to(CHANNEL)
    assert "更换了水表" in channel and "恢复了供水" not in channel and "【" not in channel, channel
    assert "后王楼村" not in channel and "蒋德贵" not in channel and "俺是" not in channel
    group = "\n".join(rig.shown_to(unit_chat(0)))
    assert "俺是后王楼村的【姓名】" in group  # the unit keeps where the problem is


def test_the_public_reads_no_resident_named_after_their_village(rig: Rig) -> None:
    user = rig.citizen()
    rig.say(user, "村里停水好几天了", name="老乡")
    [ticket] = rig.tickets_of(user)
    rig.say(WATER_STAFF, f"/done {ticket['number']} 已为后王楼村的王德福家恢复了供水")
    own_words(rig, ticket["number"], "已为后王楼村的王德福家恢复了供水，全村水压正常")
    [channel] = rig.shown_to(CHANNEL)
    assert "全村水压正常" in channel and "后王楼村" not in channel and "【" not in channel, channel
    shown = "\n".join(rig.answers(rig.say(SUPERVISOR, f"/show {ticket['number']}")))
    assert "后王楼村的【姓名】家" in shown and "王德福" not in shown, shown
