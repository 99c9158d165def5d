"""What staff, a supervisor, the ledger and the public channel read of reports where the citizen
introduced themself with a place between, signed the letter, named a relative said with 儿化 or
a given name alone, or said the phone in pinyin digit words (SPEC §5), through the fake Bot API.
And the drafted public post: whole words, the whole town, no address word, no personal data."""

from __future__ import annotations

from pathlib import Path

from bot.domain.permissions import Role
from tests.fuzzkit import CHANNEL, SUPERVISOR, WATER_STAFF, Rig, office_reads
from tests.test_publish import draft

POWER_STAFF = 12
REPORTS = {
    "俺是后王楼村的蒋德贵，俺家水表漏水好几天了，水表（地址金乡镇金城花园5号楼）": "蒋德贵",
    "我家停水三天了，回电找我媳妇儿葛丽娟就行": "葛丽娟",
    "小区停水两天了，请尽快修。此致 敬礼 覃国栋": "覃国栋",
    "晓梅家门口的自来水管爆了，水流了一地": "晓梅",
    "停水了，我姓钱 叫钱多多，dian hua yao san jiu ling wu san qi yao er san si": "钱多多",
}


def test_staff_supervisors_and_the_ledger_read_no_such_name(rig: Rig, tmp_path: Path) -> None:
    everything = office_reads(rig, tmp_path, REPORTS)
    for name in REPORTS.values():
        assert name not in everything, name
    assert "yao san jiu" not in everything and "13905371234" not in everything
    assert "俺是后王楼村的【姓名】" in everything and "【姓名】家门口的自来水管爆了" in everything


def test_the_drafted_post_reads_as_a_clean_sentence(rig: Rig) -> None:
    user = rig.citizen()
    report = next(iter(REPORTS))
    rig.say(user, report, name="老乡")
    [ticket] = rig.tickets_of(user)
    rig.say(WATER_STAFF, f"/done {ticket['number']} 给俺是后王楼村的蒋德贵家恢复了供水，更换了水表")
    preview, (post, _) = draft(rig, ticket["number"])
    assert rig.press(SUPERVISOR, post) == "已提交发布到《金来办、今天办》。"
    [channel] = rig.shown_to(CHANNEL)
    assert preview.endswith(channel)
    assert "县水务局办结了群众反映的后王楼村水表漏水问题：更换了水表。" in channel
    for private in ("蒋德贵", "地址", "5号楼", "俺是", "【", "水表漏水、水表"):
        assert private not in channel, private


def test_the_drafted_post_names_the_matter_by_its_strongest_keyword_only(rig: Rig) -> None:
    user = rig.citizen()
    rig.say(user, "停电一天了冰箱里东西都坏了，我是东关社区的柴玉琴")
    [ticket] = rig.tickets_of(user)
    rig.bind(POWER_STAFF, Role.STAFF, ticket["unit"])
    rig.say(POWER_STAFF, f"/done {ticket['number']} 已为柴玉琴家恢复供电")
    _, (post, _) = draft(rig, ticket["number"])
    rig.press(SUPERVISOR, post)
    [channel] = rig.shown_to(CHANNEL)
    assert "办结了群众反映的东关社区停电问题，" in channel
    assert "冰箱里" not in channel and "柴玉琴" not in channel and "【" not in channel
