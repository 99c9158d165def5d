"""render: escaping and splitting hold for any text (hypothesis); masking is tests/test_masking.py."""

from __future__ import annotations

import html
import re
from functools import partial
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.domain.privacy.plain import visual
from bot.render import (
    CALLBACK_LIMIT,
    TEXT_LIMIT,
    Outgoing,
    _dropped,
    api_calls,
    clean,
    esc,
    keyboard,
    split,
)
from bot.texts import common, for_citizen, for_staff
from nlp.tokenizer import normalize
from nlp.urgent import assess

ALLOWED = {"b", "i", "u", "s", "code", "pre", "a", "blockquote"}


class TagChecker(HTMLParser):
    """Fails on what Telegram's HTML parser refuses: unknown or unbalanced tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag in ALLOWED, tag
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack.pop() == tag, tag

    def handle_data(self, data: str) -> None:
        self.text += data


def visible(part: str) -> str:
    checker = TagChecker()
    checker.feed(part)
    checker.close()
    assert not checker.stack, f"unclosed {checker.stack}"
    assert not re.search(r"&(?!(lt|gt|amp|quot|#\d+);)", part), "bare ampersand"
    return checker.text


@given(st.text())
def test_escaped_text_survives_intact(text: str) -> None:
    assert visible(esc(text)) == clean(text)


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=12000), st.integers(min_value=200, max_value=TEXT_LIMIT))
def test_split_parts_are_valid_fit_and_lose_nothing(text: str, limit: int) -> None:
    message = for_citizen.ticket_status("20261127-0001", "new", "县水务局", text, "12月1日", [], text)
    parts = split(message, limit)
    assert all(len(p.encode("utf-16-le")) // 2 <= limit for p in parts)
    whole = visible(message)
    joined = "".join(visible(p) for p in parts)
    assert joined.replace("\n", "") == whole.replace("\n", "")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="我们已经处理好了。！<>&b", min_size=1, max_size=9000),
       st.integers(min_value=200, max_value=TEXT_LIMIT))
def test_split_at_sentence_ends_stays_valid_and_whole(text: str, limit: int) -> None:
    message = f"<b>答复</b>：<code>{esc(text)}</code>"
    parts = split(message, limit)
    assert all(len(p.encode("utf-16-le")) // 2 <= limit for p in parts)
    assert "".join(visible(p) for p in parts) == visible(message)


@settings(max_examples=40, deadline=None)
@given(st.text(min_size=1, max_size=300), st.integers(min_value=1, max_value=4000))
def test_each_part_of_a_long_ticket_message_says_whose_it_is(piece: str, times: int) -> None:
    """A labelled message in parts: each part fits, is valid HTML, starts with the ticket's
    number and 第i/n部分, and the parts without their labels are the whole message."""
    text = (piece * times)[:12000]
    body = for_staff.new_ticket_for_unit("20261127-0001", "县水务局", text, "12月1日", False, [])
    message = Outgoing("k", -1001, body, label=partial(common.part_label, "20261127-0001"))
    parts = [params["text"] for _, _, params in api_calls(message)]
    if len(parts) == 1:
        assert parts == [body]
        return
    assert all(len(p.encode("utf-16-le")) // 2 <= TEXT_LIMIT for p in parts)
    labels = [visible(common.part_label("20261127-0001", i, len(parts)))
              for i in range(1, len(parts) + 1)]
    shown = [visible(p) for p in parts]
    assert all(part.startswith(label) for part, label in zip(shown, labels, strict=True))
    joined = "".join(part[len(label):] for part, label in zip(shown, labels, strict=True))
    assert joined.replace("\n", "") == visible(body).replace("\n", "")


def test_a_long_reply_is_cut_after_a_sentence_not_inside_a_word() -> None:
    reply = "我们已经联系施工单位，明天上午九点前恢复供水，请您提前储水。" * 200
    parts = split(esc(reply))
    assert len(parts) > 1 and all(part.endswith("。") for part in parts)


def test_short_text_is_one_part() -> None:
    assert split("<b>你好</b>") == ["<b>你好</b>"]


def test_controls_and_bidi_overrides_are_dropped_but_chinese_kept() -> None:
    assert clean("停水\u202e了\x00\x07\ud800\n第二行") == "停水了\n第二行"
    assert esc("<script>&") == "&lt;script&gt;&amp;"


def test_keyboard_refuses_callback_data_over_64_bytes() -> None:
    assert keyboard([[("接单", "acc:1")]])["inline_keyboard"] == [
        [{"text": "接单", "callback_data": "acc:1"}]]
    try:
        keyboard([[("x", "a" * (CALLBACK_LIMIT + 1))]])
    except ValueError:
        pass
    else:
        raise AssertionError("oversized callback data accepted")


def test_every_template_with_hostile_input_is_valid_html() -> None:
    hostile = "<b>&amp;</i>\u202e" + html.escape("<>")
    for message in (
        for_citizen.ticket_received(hostile, hostile, hostile, True, True, True, hostile, "gas"),
        for_citizen.my_tickets([(hostile, "new", hostile)]),
        for_staff.new_ticket_for_unit(hostile, hostile, hostile, hostile, True, [hostile]),
        for_citizen.welcome(hostile, hostile),
    ):
        visible(message)


@given(st.text(alphabet=st.characters(codec=None)) | st.lists(st.sampled_from(
    ["\x00", "\x1f", "\x7f", "\x9f", "\xa0", "\ud800", "\udfff", "\ufdd0", "\ufffe",
     "\U0010ffff", "\U0001fffe", "\u202e", "\n", "\t", "路", "😀"])).map("".join))
def test_clean_drops_exactly_what_dropped_names(text: str) -> None:
    """The fast character class and the readable per-character rule agree (on the text as its
    writer saw it: what an override turned round, turned back)."""
    assert clean(text) == "".join(ch for ch in visual(text) if not _dropped(ch))


def test_an_emergency_answer_speaks_of_gas_only_when_the_emergency_is_gas() -> None:
    def answer(text: str, hotline: str = "") -> str:
        hazard = assess(normalize(text)).hazard
        return for_citizen.ticket_received("20261201-0001", "县应急管理局", "12月2日 18:00", True,
                                           False, gas_hotline=hotline, hazard=hazard)

    fire = answer("有人拿刀砍人，流了很多血")
    assert "110" in fire and "120" in fire and "燃气" not in fire
    gas = answer("楼道里煤气泄漏了，味道很大", "0537-1234567")
    assert "燃气泄漏请立即离开现场" in gas and "0537-1234567" in gas and "110" in gas


def test_a_text_of_items_is_cut_only_between_items() -> None:
    """A merged notice (items apart by blank lines) goes in parts of whole items; an item too
    long for one part alone is cut between its lines (T25 finding 9)."""
    items = [f"⏰ 第{n}件\n事项：{'路灯坏了' * 30}\n催办" for n in range(12)]
    parts = split("\n\n".join(items), 1000, "\n\n")
    assert len(parts) > 1 and all(len(part) <= 1000 for part in parts)
    assert [item for part in parts for item in part.split("\n\n")] == items
    huge = "甲" * 600 + "\n" + "乙" * 600
    assert split("head\n\n" + huge, 1000, "\n\n") == ["head", "甲" * 600, "乙" * 600]
