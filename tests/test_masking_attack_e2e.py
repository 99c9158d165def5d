"""What staff, a supervisor, the ledger and the public channel read of the formats the attack on
the masker found (tests/test_masking_attack.py), through the fake Bot API (refs #10): a given name
said again with a title (德福大爷说) and the full name before it, an ID number grouped with dashes,
a QQ number after "Q Q", a phone in Chinese numerals before a word, a signature run on; and for
the public, a building's side that keeps its 楼 and a nickname."""

from __future__ import annotations

from pathlib import Path

from tests.fuzzkit import CHANNEL, Rig, office_reads
from tests.publishkit import own_words
from tests.test_publish import resolved

REPORTS = {
    "李庄村王德福家一直没人管停水的事，德福大爷说水管坏了三个月了": ("王德福", "德福"),
    "停水三天了，身份证370811-19750211-1981，Q Q 2233777340": ("1975", "2233777340"),
    "自来水停了，电话幺三八幺二三四五六七八两天了没人管": ("幺三八", "五六七八"),
    "停水三天了没人管。此致 敬礼 苏英兰快来修": ("苏英兰",),
}


def test_staff_supervisors_and_the_ledger_read_none_of_it(rig: Rig, tmp_path: Path) -> None:
    everything = office_reads(rig, tmp_path, REPORTS)
    for secrets in REPORTS.values():
        for secret in secrets:
            assert secret not in everything, secret
    assert "【姓名】大爷说水管坏了" in everything and "【电话】两天了没人管" in everything


def test_the_public_reads_a_building_side_and_no_nickname(rig: Rig) -> None:
    ticket = resolved(rig)
    own_words(rig, ticket["number"], "12号楼下王建国家门口的水管已修好，老王说很满意，"
                                     "楼下的积水已清理")
    [channel] = rig.shown_to(CHANNEL)
    assert "楼下的积水已清理" in channel and "【" not in channel, channel
    for private in ("王建国", "12号", "老王"):
        assert private not in channel, private
