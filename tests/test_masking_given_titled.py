"""A given name said again with a title between it and what follows (德福大爷说, 德福叔讲, 建国哥家)
names the person as 德福说 does: it is masked, and so the full name said before it; and a name
beside a building's door reads naturally for the public (12号楼下王建国家 read 下【姓名】家: the
door's number went and took 楼 with it, leaving 下 dangling) (refs #10)."""

from __future__ import annotations

import pytest

from bot.domain.privacy import mask, mask_public


@pytest.mark.parametrize(("text", "masked", "public"), [
    ("李庄村王德福一直没人管，德福大爷说路灯坏了三个月了",
     "李庄村【姓名】一直没人管，【姓名】大爷说路灯坏了三个月了",
     "【姓名】一直没人管，【姓名】大爷说路灯坏了三个月了"),
    ("李庄村王德福一直没人管，德福叔讲路灯坏了",
     "李庄村【姓名】一直没人管，【姓名】叔讲路灯坏了", "【姓名】一直没人管，【姓名】叔讲路灯坏了"),
    ("李庄村王建国一直没人管，建国哥家门口的路灯坏了",
     "李庄村【姓名】一直没人管，【姓名】哥家门口的路灯坏了",
     "【姓名】一直没人管，【姓名】哥家门口的路灯坏了"),
    ("王德福到现在还摸黑上楼，德福大娘讲了好几回", "【姓名】到现在还摸黑上楼，【姓名】大娘讲了好几回",
     "【姓名】到现在还摸黑上楼，【姓名】大娘讲了好几回"),
])
def test_a_given_name_with_a_title_names_the_person(text: str, masked: str, public: str) -> None:
    assert mask(text) == masked
    assert mask_public(text) == public


@pytest.mark.parametrize("text", [
    "李庄村王庄路口一直没人管，村里大爷说路灯坏了",
    "建国以来第一次修路，大爷说好",
    "3组王家庄的路灯坏了，隔壁大哥说半年了",
])
def test_words_before_a_title_are_no_name(text: str) -> None:
    assert mask(text) == text


@pytest.mark.parametrize(("text", "masked", "public"), [
    ("12号楼下王建国家门口的路灯坏了", "12号楼下【姓名】家门口的路灯坏了", "楼下【姓名】家门口的路灯坏了"),
    ("12号楼上王建国家漏水", "12号楼上【姓名】家漏水", "楼上【姓名】家漏水"),
    ("李庄村12号楼下王建国家门口", "李庄村12号楼下【姓名】家门口", "李庄村楼下【姓名】家门口"),
    ("12号楼下的路灯坏了", "12号楼下的路灯坏了", "楼下的路灯坏了"),
    ("住在5号楼下面的人都停水了", "住在5号楼下面的人都停水了", "住在楼下面的人都停水了"),
    ("302室隔壁张桂兰家漏水", "302室隔壁【姓名】家漏水", "隔壁【姓名】家漏水"),
])
def test_the_public_reads_a_door_side_without_a_dangling_word(
        text: str, masked: str, public: str) -> None:
    assert mask(text) == masked
    assert mask_public(text) == public
