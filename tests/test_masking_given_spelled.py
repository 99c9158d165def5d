"""A known name's given name alone written the other way, a name after a door number and pinyin
names after the cues of a filing (refs #10, second testers' round)."""

from __future__ import annotations

import pytest

from bot.domain.privacy import mask, mask_public


@pytest.mark.parametrize(("text", "names", "masked"), [
    ("Guilan 年纪大了", ("王桂兰",), "【姓名】 年纪大了"),
    ("请联系 Liqiang 或者 li qiang", ("SUNLIQIANG",), "请联系 【姓名】 或者 【姓名】"),
    ("Dehua 在城关镇上班，德华骑车差点摔了", ("刘德华",), "【姓名】 在城关镇上班，【姓名】骑车差点摔了"),
    ("坑已填平，德福说谢谢", ("Wang Defu",), "坑已填平，【姓名】说谢谢"),
    ("反映人：li na，村头的桥上护栏断了", (), "反映人：【姓名】，村头的桥上护栏断了"),
    ("户主 zhang wei 不在家", (), "户主 【姓名】 不在家"),
    ("家住春晖社区3号楼2单元501的韩美玲，路灯不亮了", (), "家住春晖社区3号楼2单元501的【姓名】，路灯不亮了"),
])
def test_the_other_writing_of_a_name_is_masked(text: str, names: tuple[str, ...], masked: str
                                               ) -> None:
    assert mask(text, names) == masked


@pytest.mark.parametrize(("text", "names"), [
    ("sunshine li qiang", ("孙立强",)),  # inside a Latin phrase
    ("道德福利都讲了", ("Wang Defu",)),  # 德福 inside words, nothing said of a person
    ("华为手机丢了，中华路口积水", ("刘德华",)),
    ("3号楼2单元501的水管漏了", ()),
    ("Guilin 的路灯坏了", ("王桂兰",)),
])
def test_what_only_looks_like_it_stays(text: str, names: tuple[str, ...]) -> None:
    assert mask(text, names) == text


def test_the_public_loses_the_village_of_a_resident_named_whole_before_a_title() -> None:
    assert mask_public("已为家住后王楼村3组的王德福老人修好了护栏") == "已为家住【姓名】老人修好了护栏"
    assert mask_public("李庄村三组的王大娘很满意") == "李庄村的【姓名】大娘很满意"
