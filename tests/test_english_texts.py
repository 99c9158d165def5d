"""Every text a citizen can receive has its English twin, with the same name and arguments,
escaped for the parse mode as the Chinese is; the language a citizen writes in is read from
their words (refs #10)."""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

import bot.texts
from bot.domain.language import written_in
from bot.render import esc
from bot.texts import common, for_citizen
from bot.texts.twins import Twin, english, twins_missing

# Modules every text of which a citizen reads: for_citizen, citizen_*, and these, named for
# their topic.
CITIZEN_TOPICS = ("progress", "asked", "trailers", "threads", "withdrawing", "visit_remarks",
                  "visit_ahead")
CITIZEN_MODULES = sorted(
    info.name for info in pkgutil.iter_modules(bot.texts.__path__)
    if (info.name == "for_citizen" or info.name.startswith("citizen_")
        or info.name in CITIZEN_TOPICS) and not info.name.endswith("_en"))
# What a citizen reads of the texts every reader shares (bot.texts.common).
CITIZEN_COMMON = ("emergency_numbers", "unit_label", "when", "day", "INTERNAL_ERROR",
                  "one_number_at_a_time",
                  "BUTTON_REFUSED", "VISIT_OVER", "VISIT_OVER_REOPENED", "visit_answer",
                  "visit_answered", "media_placeholder", "rating_name")


# What a citizen reads of modules staff or supervisors read too.
CITIZEN_TEXTS_SHARED = {
    "lookup": ("status_too_many", "status_not_a_number", "status_ambiguous", "ticket_row",
               "chase_which"),
    "flooding": ("held_for_citizen", "flood_reply", "flood_receipts"),
    "visit_late": ("thanked", "reopened", "recorded", "BUTTON_THANKS", "BUTTON_SENT_BACK"),
    "amending": ("amended_for_citizen",),
    "command_roles": ("for_citizen",),
    "earlier": ("thanks_passed_on", "related_line"),
    "common": CITIZEN_COMMON,
    "forwarded": ("received_line", "not_a_report"),
}


def _module(name: str) -> ModuleType:
    return importlib.import_module(f"bot.texts.{name}")


def test_the_citizen_modules_are_found() -> None:
    assert {"for_citizen", "citizen_receipt", "citizen_deadlines", "citizen_overdue",
            "citizen_transfers", *CITIZEN_TOPICS} <= set(CITIZEN_MODULES)


@pytest.mark.parametrize("name", CITIZEN_MODULES)
def test_every_citizen_text_has_an_english_twin(name: str) -> None:
    zh = _module(name)
    try:
        en = _module(f"{name}_en")
    except ModuleNotFoundError:
        pytest.fail(f"bot/texts/{name}.py has no English twin bot/texts/{name}_en.py")
    assert twins_missing(zh, en) == []


@pytest.mark.parametrize("name", sorted(CITIZEN_TEXTS_SHARED))
def test_the_shared_texts_a_citizen_reads_have_twins(name: str) -> None:
    zh = _module(name)
    twinned = [text for text in CITIZEN_TEXTS_SHARED[name]
               if isinstance(getattr(zh, text), Twin) or hasattr(getattr(zh, text), "english")]
    assert twinned == list(CITIZEN_TEXTS_SHARED[name])
    missing = twins_missing(zh, _module(f"{name}_en"))
    assert not set(missing) & set(CITIZEN_TEXTS_SHARED[name])
    assert isinstance(common.visit_answer("r", "3"), Twin)


def test_a_twin_reads_as_the_chinese_and_carries_the_english() -> None:
    text = for_citizen.withdrawn("20261201-0001")
    assert text == "工单 <code>20261201-0001</code> 已撤回。如有需要，可以随时重新反映。"
    assert english(text) == ("Case <code>20261201-0001</code> is withdrawn. You can report it "
                             "again at any time.")
    joined = "➡️ " + text + "\n"
    assert isinstance(joined, Twin) and english(joined).startswith("➡️ Case")


@given(st.text(max_size=200))
def test_what_people_typed_is_escaped_in_english_too(typed: str) -> None:
    reply = for_citizen.reply_for_citizen("20261201-0001", "县水务局", typed)
    status = for_citizen.ticket_status("20261201-0001", "accepted", "县水务局", typed, "—",
                                       [("1 Dec, 09:00", typed)], typed)
    for text in (english(reply), english(status)):
        assert esc(typed) in text


@pytest.mark.parametrize(("text", "language"), [
    ("hello", "en"), ("Thank you", "en"), ("not solved", "en"), ("satisfied", "en"),
    ("There has been no water in my building since yesterday", "en"),
    ("The street light outside my house is broken", "en"),
    ("小区停水了", "zh"), ("你好", "zh"), ("我家 wifi 坏了", "zh"),
    ("Zhang Wei", None), ("Li Na 13800138000", None), ("ni hao", None), ("13800138000", None),
    ("ok", None), ("20261201-0001", None), ("👍", None), ("Wang Fang 13800138000 停水", None),
    ("FIRE", "en"), ("gas!", "en"), ("someone drowning", "en"), ("Taxi", None),
    ("zen me hai mei you ren guan", None), ("Wang Xiaoming", None), ("John 13800138000", None),
    ("test", None), ("kitchen fire", "en"),
])
def test_the_language_is_read_from_english_words_not_latin_letters(
        text: str, language: str | None) -> None:
    assert written_in(text) == language


def test_an_english_report_is_named_in_whole_words_in_its_pushes() -> None:
    from bot.domain.excerpt import excerpt
    named = excerpt("The street light outside my house on Jinshan Road has been broken for a week")
    assert named == "The street light outside my house on Jinshan Road has been…"
    assert excerpt("村口的路灯不亮好几天了，晚上黑咕隆咚的俺不敢出门") == "村口的路灯不亮好几天了…"


def test_how_many_are_being_handled_reads_as_english() -> None:
    from bot.texts.for_citizen_en import being_handled

    assert being_handled(1) == "You have 1 case being handled"
    assert being_handled(3, "report") == "You have 3 reports being handled"
