"""nlp.chase_referred: a chase that names the earlier matter it presses, and the new danger told
now that keeps a message a report (refs #10)."""

from __future__ import annotations

import pytest

from nlp.chase_referred import referred
from nlp.tokenizer import normalize


@pytest.mark.parametrize(("text", "matter"), [
    ("刚才煤气那个事，人到现在还没来", "刚才煤气那个事"),
    ("我刚才说的煤气泄漏，怎么还没人来", "我刚才说的煤气泄漏"),
    ("我刚才说的煤气泄漏怎么还没人来", "我刚才说的煤气泄漏"),
    ("上午燃气的事到现在没人来", "上午燃气的事"),
    ("之前着火那件事怎么还没人来", "之前着火那件事"),
    ("昨天反映的停水的事，到现在还没人来", "昨天反映的停水的事"),
    ("刚才那个事怎么还没人来", "刚才那个事"),
    # Asking after a matter named as one, with no time word (an outside tester).
    ("我前面说的那个路灯的事咋样了，有人管没有", "我前面说的那个路灯的事"),
    ("下水道那个事有人管了吗？", "下水道那个事"),
    ("停水那个事处理了没有", "停水那个事"),
    ("我反映的问题到哪一步了", "我反映的问题"),
    # … or pointed back to as the writer's own (outside tester T28, finding 10)
    ("俺那个井水发浑的咋样了", "俺那个井水发浑的"),
    ("我家那个漏雨的屋顶修好了吗", "我家那个漏雨的屋顶"),
])
def test_a_chase_naming_its_matter_gives_the_matter(text: str, matter: str) -> None:
    found = referred(normalize(text))
    assert found is not None and found[0] == normalize(matter)


@pytest.mark.parametrize("text", [
    "刚才煤气那个事，现在又着火了",  # a new danger told now
    "刚才煤气那个事还没人来，现在有人晕倒了",
    "我家厨房煤气泄漏了，味道很大",  # no earlier matter referred to
    "刚才煤气泄漏了到现在还没人来",  # told, not referred back to
    "路灯坏了一个月了怎么还没人修",
    "刚才说的那个路灯的事",  # nothing pressed
    "下水道的事情很多",  # a matter named, nothing asked after it
])
def test_no_chase_of_a_named_matter(text: str) -> None:
    assert referred(normalize(text)) is None
