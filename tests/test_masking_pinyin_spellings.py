"""Pinyin names after a cue in the other spellings outside testers found unmasked (refs #10): a
hyphen between the given name's syllables (Wang De-fu), a title first (MR. WANG DEFU, Mr Wang,
Ms. Li Na) or a comma between surname and given name (ZHANG，GUILAN, Zhang, Guilan); and what
units, supervisors and the ledger read of them through the fake Bot API (SPEC §5)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.privacy import mask, mask_public, scan
from tests.fuzzkit import SUPERVISOR, WATER_STAFF, Rig, ledger_csv, unit_chat

LATIN = re.compile("[A-Za-z]")


@pytest.mark.parametrize(("text", "masked"), [
    ("联系人 Wang De-fu", "联系人 【姓名】"),
    ("经联系，Wang De-fu 说已经修好了", "经联系，【姓名】 说已经修好了"),
    ("经联系，MR. WANG DEFU 说已经修好了", "经联系，【姓名】 说已经修好了"),
    ("联系人 Mr Wang", "联系人 【姓名】"),
    ("找到了 Ms. Li Na，她说水停了", "找到了 【姓名】，她说水停了"),
    ("联系人：ZHANG，GUILAN", "联系人：【姓名】"),
    ("户主 Zhang, Guilan，电话打不通", "户主 【姓名】，电话打不通"),
])
def test_a_pinyin_name_in_other_spellings_after_a_cue_is_masked(text: str, masked: str) -> None:
    assert mask(text) == masked
    assert not LATIN.search(mask_public(text))


@pytest.mark.parametrize(("text", "masked"), [
    ("联系人：ZHANG，GUILAN，Guilan 说水停了", "联系人：【姓名】，【姓名】 说水停了"),
    ("经联系，MR. WANG DEFU 说好了，Defu 还说谢谢，德福说",
     "经联系，【姓名】 说好了，【姓名】 还说谢谢，【姓名】说"),
    ("联系人 Wang De-fu，Wang Defu 说", "联系人 【姓名】，【姓名】 说"),
])
def test_such_a_name_is_known_by_its_other_spellings_later(text: str, masked: str) -> None:
    assert mask(text) == masked


@pytest.mark.parametrize("text", [
    "联系人 Mr Bean 的快递", "找到了 Mr. Right", "联系人：OK，WIFI 已恢复", "经联系，De-fu 没有",
    "找到了 bug, fixed",
])
def test_latin_words_that_are_no_name_stay(text: str) -> None:
    assert scan(text).text == text


_PINYIN = [("wang", ("de", "fu")), ("li", ("na",)), ("zhang", ("gui", "lan")), ("sun", ("li", "qiang"))]
_SPELLINGS = [
    lambda s, g: f"{s.title()} {'-'.join(g).title()}",  # Wang De-fu
    lambda s, g: f"{s.title()} {'-'.join(x.title() for x in g)}",  # Wang De-Fu
    lambda s, g: f"MR. {s} {''.join(g)}".upper(),  # MR. WANG DEFU
    lambda s, g: f"Mr {s.title()}",  # Mr Wang
    lambda s, g: f"Ms. {s.title()} {''.join(g).title()}",  # Ms. Li Na
    lambda s, g: f"{s}，{''.join(g)}".upper(),  # ZHANG，GUILAN
    lambda s, g: f"{s.title()}, {''.join(g).title()}",  # Zhang, Guilan
]


@given(st.sampled_from(["经联系", "联系人", "找到了", "户主", "反映人"]),
       st.sampled_from(["，", "：", " ", ""]), st.sampled_from(_PINYIN), st.sampled_from(_SPELLINGS),
       st.sampled_from(["", " 说已经修好了", "，家里还是没水", "。"]))
def test_a_pinyin_name_in_any_spelling_after_a_cue_never_shows(
        cue: str, mark: str, name: tuple[str, tuple[str, ...]], spelling: object, tail: str) -> None:
    text = f"{cue}{mark}{spelling(*name)}{tail}"  # type: ignore[operator]
    assert not LATIN.search(scan(text).text), (text, scan(text).text)
    assert not LATIN.search(mask_public(text)), text


def test_a_pinyin_name_in_other_spellings_reaches_no_one(rig: Rig, tmp_path: Path) -> None:
    user = rig.citizen()
    rig.say(user, "家里停水三天了，联系人：ZHANG，GUILAN", name="老乡")
    [ticket] = rig.tickets_of(user)
    rig.say(WATER_STAFF, f"/note {ticket['number']} 经联系，Wang De-fu 说水还没来")
    rig.say(WATER_STAFF, f"/note {ticket['number']} 联系人 MR. WANG DEFU，又联系了 Mr Wang")
    group = "\n".join(line for i in range(40) for line in rig.shown_to(unit_chat(i)))
    shown = "\n".join(rig.answers(rig.say(SUPERVISOR, f"/show {ticket['number']}")))
    assert "联系人：【姓名】" in group, group
    assert "经联系，【姓名】 说水还没来" in shown, shown
    for read in (group, shown, ledger_csv(rig, tmp_path)):
        for private in ("zhang", "guilan", "wang", "de-fu", "defu"):
            assert private not in read.lower(), (private, read)
