"""An answer is read in the language of the words it answers, carried with it (refs #10):
bot.actions.reading reads no stored update again for it (none is stored here), and a message
cut to a part of its words, or put after a place (dataclasses.replace), still carries its words
as written."""

from __future__ import annotations

from dataclasses import replace

from bot.actions import reading
from bot.actions.desk import Incoming
from bot.render import Outgoing
from bot.store.db import Store
from bot.texts.twins import Twin

HELP = Twin("请说说遇到了什么问题。", "Please tell us what the problem is.")
CITIZEN = 5


def _read(answers: str | None) -> str:
    with Store.memory().atomic() as db:
        return reading.for_reader(db, Outgoing("re:7:help", CITIZEN, HELP, answers=answers)).text


def test_an_answer_is_in_the_language_of_the_words_it_answers() -> None:
    assert _read("the water is off again since this morning") == HELP.en
    assert _read("又停水了，从早上到现在") == str(HELP)


def test_words_that_tell_no_language_leave_the_readers_own() -> None:
    assert _read("/help") == str(HELP)  # a command alone tells nothing
    assert _read("") == str(HELP) and _read(None) == str(HELP)


def test_a_message_cut_to_a_part_keeps_its_words_as_written() -> None:
    msg = Incoming(1, CITIZEN, CITIZEN, "private", 3, text="解决了。另外 the street light is out")
    part = replace(msg, text="the street light is out")
    assert part.written == msg.text and part.text == "the street light is out"
    assert Incoming(2, CITIZEN, CITIZEN, "private", 4, text="hello").written == "hello"
