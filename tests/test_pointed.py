"""Words that point at what was just sent without words (nlp/pointed.py): only they take a
caption-less photo or place from the report it came after (refs #10, outside tester T25 #6)."""

from __future__ import annotations

import pytest

from nlp.pointed import PICTURES, PLACES, SOUNDS, pointed_kinds


@pytest.mark.parametrize("text", [
    "如图所示，菜市场门口的井盖没了",
    "这张照片是村口的垃圾堆，一直没人清",
    "照片里这个广告牌快掉下来了",
    "看图，桥栏杆断了两节",
    "图中这辆车天天占着消防通道",
    "这几张照片都是昨天晚上拍的，烧烤摊的油烟",
    "视频里能看到他们半夜还在施工",
    "See the picture: the road by the school is broken",
    "this photo shows the bins nobody empties",
])
def test_words_about_a_picture_point_at_pictures_only(text: str) -> None:
    assert pointed_kinds(text) == PICTURES


@pytest.mark.parametrize("text", [
    "就是这个位置，路灯坏了一个月了",
    "位置在这，下水道盖子碎了",
    "就在这儿，天天有人往河里倒垃圾",
    "The manhole at this location has no cover",
])
def test_words_about_a_place_point_at_places_only(text: str) -> None:
    assert pointed_kinds(text) == PLACES


def test_words_about_a_recording_or_what_was_sent_point_at_them() -> None:
    assert pointed_kinds("语音里说的就是隔壁工地的噪音") == SOUNDS
    assert pointed_kinds("刚才发的就是那个坑，在东街") == PICTURES | PLACES | SOUNDS
    assert pointed_kinds("看图，就在这个位置：桥头的护栏倒了") == PICTURES | PLACES


@pytest.mark.parametrize("text", [
    "镇上的卫生院大夫态度很差，还乱开药",
    "另外，村口的路灯也坏了",
    "这个图书馆的空调坏了一个星期",  # 图书馆 is no picture
    "周末想上图书馆借书，开门吗",
    "刚发的工资被扣了一半",  # pay just paid, nothing sent
    "我们这里的地图导航老是走错",
    "Also the streetlight on North Street is out",
    "I took my father to the clinic and waited four hours",
    "",
])
def test_words_telling_a_matter_of_their_own_point_at_nothing(text: str) -> None:
    assert pointed_kinds(text) == frozenset()
