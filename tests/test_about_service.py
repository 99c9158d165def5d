"""Questions about the service itself, read only to choose the bot's answer (nlp.about_service;
refs #10): what it is, who runs it, whether it is really the government's, what to report."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nlp.about_service import asks_about_service

ASKED = ["你们是真的政府部门吗", "这个平台是谁在管的？", "你们这里都能反映些什么", "這個號是哪個部門的",
         "是不是骗子啊", "你是谁？", "What can I report here?", "Is this really the government?",
         "who runs this?", "what kind of problems can I send you"]
OTHER = ["谢谢", "你好", "你们几点下班", "能发语音吗", "怎么用", "停水了", "今天天气怎么样",
         "What is the capital of France?", "hello", "thanks a lot"]


@pytest.mark.parametrize("text", ASKED)
def test_a_question_about_the_service(text: str) -> None:
    assert asks_about_service(text)


@pytest.mark.parametrize("text", OTHER)
def test_other_words_ask_nothing_of_the_service(text: str) -> None:
    assert not asks_about_service(text)


@given(st.text())
def test_any_text_is_read(text: str) -> None:
    assert asks_about_service(text) in (True, False)
