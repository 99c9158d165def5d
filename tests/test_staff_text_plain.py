"""What staff type reaches the citizen exactly as typed (an outside tester's finding; refs #10):
staff text is plain text, never markup — `/done 20261202-0001 已修好 <b>谢谢</b>` shows 已修好
<b>谢谢</b>, tags and all, in Chinese and in English, in one message or cut into several —
escaped by the one renderer and read back as Telegram shows it (the fake Bot API's parser)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.render import Outgoing, api_calls, too_long
from bot.texts import asked, common, for_citizen, sole_staff
from bot.texts.twins import english
from tests.fuzzkit import shown, squash, unlabelled

NUMBER = "20261202-0001"
UNIT = "县水务局"
# Every text staff type that goes to a citizen: an answer (one asking a question too), the
# result of a 办结 (to the citizen, or to the staff member whose own complaint it was) and the
# 回访 question that repeats it.
TO_CITIZEN: list[Callable[[str], str]] = [
    partial(for_citizen.reply_for_citizen, NUMBER, UNIT),
    partial(asked.reply_asking, NUMBER, UNIT),
    partial(for_citizen.resolved_for_citizen, NUMBER, UNIT),
    partial(sole_staff.resolved_for_reporter, NUMBER, UNIT),
    partial(for_citizen.visit_question, NUMBER, "c"),  # its first question
]
# What people type, markup characters and entities above all; no control characters, bidi
# controls or noncharacters (render.clean drops them before anything is stored).
TYPED = st.text(alphabet=st.sampled_from(list("<>&;/=\"' #bi已修好谢谢")) | st.characters(
    codec="utf-8", exclude_categories=("Cc", "Cs", "Cf", "Cn")), min_size=1).map(str.strip) \
    .filter(bool)


def _seen(text: str) -> str:
    """What the citizen sees of a queued text: each part as Telegram shows it, joined."""
    message = Outgoing("push", 1, text, ticket_id=1)
    if too_long(message):
        message = Outgoing("push", 1, text, ticket_id=1, label=partial(common.part_label, NUMBER))
    parts = [shown(method, params) for _, method, params in api_calls(message)]
    return unlabelled(parts, NUMBER)


@settings(max_examples=60, deadline=None)
@given(TYPED, st.sampled_from(TO_CITIZEN), st.booleans())
def test_staff_text_reaches_the_citizen_exactly_as_typed(
        typed: str, template: Callable[[str], str], in_english: bool) -> None:
    text = template(typed)
    assert typed in _seen(english(text) if in_english else text)


@settings(max_examples=15, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>&;b/ 已修好谢谢。")), min_size=1, max_size=60),
       st.integers(min_value=4000, max_value=9000), st.sampled_from(TO_CITIZEN))
def test_a_long_staff_text_cut_into_parts_loses_and_breaks_nothing(
        piece: str, length: int, template: Callable[[str], str]) -> None:
    typed = (piece * (length // len(piece) + 1))[:length]
    # Telegram trims each part's ends, so what is compared is the text without whitespace.
    assert squash(typed) in squash(_seen(template(typed)))


def test_tags_a_staff_member_types_are_shown_not_applied() -> None:
    seen = _seen(for_citizen.resolved_for_citizen(NUMBER, UNIT, "已修好 <b>谢谢</b> &amp; &"))
    assert "办理结果：已修好 <b>谢谢</b> &amp; &" in seen and "&lt;" not in seen
