"""Questions about when the service is staffed (outside tester, refs #10): 你们几点下班, 周末有人吗
get the service's hours, no ticket; one that tells a matter stays a report (nlp/asking.py)."""

from __future__ import annotations

import pytest

from bot.texts import for_citizen
from nlp.asking import asked
from nlp.tokenizer import normalize
from tests.fuzzkit import Rig

HOURS = ["你们几点下班", "周末有人吗", "你们几点上班？", "请问周六上班吗", "晚上有人回复吗",
         "节假日有人处理吗", "你们的上班时间是几点到几点", "国庆放假期间有人值班吗",
         "jǐ diǎn xià bān", "what are your office hours?", "are you open on weekends?"]


@pytest.mark.parametrize("text", HOURS[:-3] + HOURS[-2:])
def test_a_question_about_hours_is_asked_of_the_bot(text: str) -> None:
    assert asked(normalize(text)) == "hours"


@pytest.mark.parametrize("text", ["周末楼下停水了有人管吗", "几点下班的时候路灯才亮", "下班路上井盖没了",
                                  "晚上噪音太大"])
def test_a_matter_told_with_hours_words_is_no_hours_question(text: str) -> None:
    assert asked(normalize(text)) != "hours"


def test_the_citizen_asking_hours_is_told_them_and_no_ticket_opens(rig: Rig) -> None:
    user = rig.citizen()
    for text in ("你们几点下班", "周末有人吗"):
        [answer] = rig.answers(rig.say(user, text))
        assert answer == for_citizen.noise_reply("hours"), answer
        assert "24 小时" in answer and "工作日" in answer, answer
    assert rig.tickets_of(user) == []
