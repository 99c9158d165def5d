"""Names an outside tester found unmasked (T28, findings 8 and 9; refs #10): a writer's name told
with 俺叫 (the dialect's 我叫) after what they report, and a given name opening with 有 (张有福,
王有才), common in the countryside, after a post or a relative. Names here are invented."""

from __future__ import annotations

import pytest

from bot.domain.privacy import mask
from tests.fuzzkit import WATER_STAFF, Rig, unit_chat


@pytest.mark.parametrize(("text", "name"), [
    ("北街的路灯黑了四五天了，俺叫孔翠英", "孔翠英"),
    ("俺叫barrier", ""),  # no Chinese name: nothing to find, nothing broken
    ("俺叫韦春兰，家住马庄村", "韦春兰"),
    ("水管子冻裂了，有事找村支书邵有福", "邵有福"),
    ("俺爹严有田腿摔了", "严有田"),
    ("经办人：葛有才", "葛有才"),
])
def test_the_name_is_masked(text: str, name: str) -> None:
    masked = mask(text)
    if name:
        assert name not in masked and "【姓名】" in masked, masked
    else:
        assert masked == text


@pytest.mark.parametrize("text", [
    "俺叫人来修了，还没来", "俺叫俺孙子去看了一眼", "他家有福气", "王家有人在家", "村里有田地被占了",
    "他的农行卡丢了",  # a bank's card, no one named 农行卡 (T28 finding 25)
])
def test_no_name_where_there_is_none(text: str) -> None:
    assert mask(text) == text


def test_the_unit_never_reads_the_writers_name_told_with_俺叫(rig: Rig) -> None:
    user = rig.citizen()
    rig.say(user, "北关村自来水停了好几天了，俺叫孔翠英", name="老乡")
    [ticket] = rig.tickets_of(user)
    assert ticket["unit"] == "water", ticket
    group = "\n".join(rig.shown_to(unit_chat(0)))
    assert "停了好几天了" in group and "孔翠英" not in group, group
    rig.say(WATER_STAFF, f"/done {ticket['number']} 已修复，有事找村支书邵有福")
    update = rig.say(WATER_STAFF, f"/show {ticket['number']}")
    shown = "\n".join(rig.answers(update))
    assert "孔翠英" not in shown and "邵有福" not in shown and "【姓名】" in shown, shown
