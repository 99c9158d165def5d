"""An English title or thanks right before a pinyin name (outside tester T27, finding 12; refs
#10): "Teacher Li Ming … hit my son" and "Thanks to Zhou Jianguo" reached the unit, the digest and
the public channel whole. Teacher, Doctor, Officer, Principal, Director, Mr., Mrs., Ms., Miss,
Thanks to and Thank you before a surname spelled in pinyin and a given name lead to a name
(words.LATIN_TITLES); a body (Water Bureau, Training Center), a title-case phrase (The Teacher Said
Nothing) and a name that is no pinyin stay."""

from __future__ import annotations

import tomllib

import pytest

from bot.domain.permissions import Role
from bot.domain.privacy import mask, mask_public
from tests.fuzzkit import CHANNEL, EXAMPLE, Rig, unit_chat
from tests.publishkit import own_words


@pytest.mark.parametrize(("text", "masked"), [
    ("Teacher Li Ming at No.2 Middle School hit my son, his nose is bleeding",
     "Teacher 【姓名】 at No.2 Middle School hit my son, his nose is bleeding"),
    ("Thanks to Zhou Jianguo. 路灯已恢复照明。", "Thanks to 【姓名】. 路灯已恢复照明。"),
    ("Contact Mr. Zhou Jianguo at 0537-8765432", "Contact Mr. 【姓名】 at 【电话】"),
    ("Thank you, Zhou Jianguo", "Thank you, 【姓名】"),
    ("Dr. Wang Defu said the water is safe", "Dr. 【姓名】 said the water is safe"),
    ("thanks to Li Na, the lamp works", "thanks to 【姓名】, the lamp works"),
])
def test_a_pinyin_name_after_an_english_title_or_thanks_is_masked(text: str, masked: str) -> None:
    for shown in (mask(text), mask_public(text)):
        assert shown == masked
        assert mask(shown) == shown


@pytest.mark.parametrize("text", [
    "Thanks to the Water Bureau.", "Thanks to Water Bureau staff", "Teacher Training Center is closed",
    "The Teacher Said Nothing", "Dear Director Wang, the road is broken", "Thanks to everyone",
])
def test_a_body_a_phrase_or_a_surname_alone_stays(text: str) -> None:
    assert mask(text) == text


def test_the_unit_reads_the_teacher_masked_and_the_public_no_thanks_by_name(rig: Rig) -> None:
    """Through the handlers and the fake Bot API: the unit's group push of an English report, and
    a /publish post in the supervisor's own words."""
    user = rig.citizen()
    rig.say(user, "Teacher Li Ming at No.2 Middle School hit my son, his nose is bleeding",
            name="Parent")
    [ticket] = rig.tickets_of(user)
    codes = [unit["code"] for unit in tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))["units"]]
    group = "\n".join(rig.shown_to(unit_chat(codes.index(ticket["unit"]))))
    assert "Teacher 【姓名】 at No.2 Middle School" in group, group
    assert "Li Ming" not in group and "Ming" not in group, group

    staff = 7000 + ticket["id"]
    rig.bind(staff, Role.STAFF, ticket["unit"])
    rig.say(staff, f"/done {ticket['number']} 已约谈涉事教师并向家长道歉")
    draft = own_words(rig, ticket["number"], "学校已约谈涉事教师并向家长道歉。Thanks to Zhou Jianguo.")
    [post] = rig.shown_to(CHANNEL)
    assert "学校已约谈涉事教师并向家长道歉" in post, post
    assert "Zhou" not in post and "Jianguo" not in post and "【" not in post, post
    assert "姓名" in draft and "整句删去" in draft, draft
