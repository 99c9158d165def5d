"""Emergencies told in very few words or by a group's blows, in Chinese and English, and what looks
like them and is not one: a story retold (a dream, a film, a game), a past beating complained of,
a repair asked for (nlp.urgent_cry, nlp.english_cry, nlp.nonreport_story, nlp.urgent_signs)."""

from __future__ import annotations

import pytest

from nlp.router import Router

SHORT_CRIES = [
    "车翻了，有人伤",
    "车翻沟里了！",
    "楼塌了！",
    "我被打了！",
    "有人被砍了",
    "快叫救护车！",
    "出车祸了！",
    "accident!",
    "someone is hurt",
    "man down",
]

GROUP_BLOWS = [  # a group's blows at one person are the police's, now
    "一群人在踹一个老头",
    "几个小年轻围殴一个学生，就在网吧门口",
    "三四个人往死里打一个男的",
    "three guys are kicking a man near the bridge",
    "some men are beating him up in the alley",
]

CALM = [  # alarming words, nobody in danger now
    "上个月我被几个人围殴，派出所到现在没处理",
    "车坏了，能不能派人来修",
    "去年我们村的老房子塌了，补助还没发",
    "昨晚梦见有人追着我砍，吓出一身冷汗",
    "游戏里我被三个人围殴，直接倒地了",
    "电视剧里演的那场大火太吓人了",
    "someone got hurt at this crossing last year, please add a light",
]

RETOLD = [  # a dream, a film or a game retold is no report
    "昨晚梦见自己掉进河里，醒来一身汗，这是什么预兆啊",
    "游戏里我被三个人围殴，直接倒地了，太惨了",
    "电视里演的那场大火太吓人了，一家人差点没跑出来",
    "I watched a movie about a flood last night, so scary",
]

TOLD_REAL = [  # ... unless the writer wakes to it, or adds their own matter
    "昨晚梦见家里着火了，醒来一看是隔壁饭店的油烟从窗户灌进来，天天这样",
    "看电视剧看到一半停电了，这个月我们小区已经停了五次电",
    "做梦都想不到，我交了三年的新农合，报销的时候说我没参保",
]


@pytest.mark.parametrize("text", SHORT_CRIES)
def test_a_very_short_cry_is_urgent(router: Router, text: str) -> None:
    route = router.route(text)
    assert route.kind == "report" and route.urgent, route.keywords


@pytest.mark.parametrize("text", GROUP_BLOWS)
def test_a_groups_blows_at_one_person_are_an_attack_for_the_police(router: Router, text: str) -> None:
    route = router.route(text)
    assert route.urgent and route.unit == "police", (route.unit, route.keywords)


@pytest.mark.parametrize("text", CALM)
def test_alarming_words_with_nobody_in_danger_now_are_not_urgent(router: Router, text: str) -> None:
    assert not router.route(text).urgent


@pytest.mark.parametrize("text", RETOLD)
def test_a_story_retold_is_noise(router: Router, text: str) -> None:
    assert router.route(text).kind == "noise"


@pytest.mark.parametrize("text", TOLD_REAL)
def test_a_story_that_turns_to_the_real_world_is_a_report(router: Router, text: str) -> None:
    assert router.route(text).kind == "report"
