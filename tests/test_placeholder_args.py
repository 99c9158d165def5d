"""T24 finding 16: a usage line's placeholder word typed as the text (`/transfer 5 城建 理由`) is no
reason, result or reply: the command gets its usage line; words that merely hold it still count."""

from __future__ import annotations

import pytest

from handlers import args


@pytest.mark.parametrize(("shape", "typed"), [
    (("number", "unit", "text"), "20261205-0004 城建 理由"),
    (("number", "unit", "text"), "5 housing 理由。"),
    (("number", "text"), "6 办理结果"),
    (("number", "text"), "6 内容"),
    (("number", "text"), "6 Reason"),
])
def test_a_placeholder_alone_is_no_text(shape: tuple[str, ...], typed: str) -> None:
    assert args.parse(shape, typed) is None


@pytest.mark.parametrize(("shape", "typed"), [
    (("number", "unit", "text"), "5 housing 理由：管网归住建"),
    (("number", "text"), "6 已更换阀门"),
])
def test_words_holding_it_count(shape: tuple[str, ...], typed: str) -> None:
    assert args.parse(shape, typed) is not None
