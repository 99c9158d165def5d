"""What a bare reply to a 回访 question is (bot/domain/visit_bare.py): a digit or two, signs, a
sound of assent alone — never words that say something."""

from __future__ import annotations

import pytest

from bot.domain.visit_bare import bare


@pytest.mark.parametrize("text", ["1", "2", " 3 ", "１", "①", "10", "?", "？", "。。。", "……",
                                  "好", "好的", "嗯", "嗯嗯", "哦", "1.", "2、"])
def test_bare(text: str) -> None:
    assert bare(text)


@pytest.mark.parametrize("text", ["", "  ", "123", "5分", "满意", "好了", "没解决", "好的谢谢你们",
                                  "1号那个", "路灯坏了", "👍"])
def test_not_bare(text: str) -> None:
    assert not bare(text)
