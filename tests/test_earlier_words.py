"""The readers behind what a citizen says of a ticket besides a new report (refs #10): who is
writing and the matter told with it (nlp.fragments.who_is_writing), thanks for a finished
matter and a new one after them (nlp.thanked.thanks_then), a question that only asks how a
report goes (nlp.chase_referred.asks_progress), and a bare displeasure right after a 办结
(bot/domain/reading.read)."""

from __future__ import annotations

import pytest

from bot.domain.reading import Label, Open, read
from nlp import withdrawal
from nlp.chase_referred import asks_progress
from nlp.fragments import who_is_writing
from nlp.router import Router
from nlp.thanked import tells_done, thanks_then
from nlp.tokenizer import normalize


@pytest.mark.parametrize(("text", "rest"), [
    ("帮我奶奶发的：她的养老金三个月没到账了", "她的养老金三个月没到账了"),
    ("this is for my grandma, her street light is broken", "her street light is broken"),
    ("替我爸问一下村里的自来水停了三天了", "村里的自来水停了三天了"),
    ("我是帮邻居大爷发的，他家门口的下水道堵了", "他家门口的下水道堵了"),
    ("I'm writing for my father: the road outside his house has a big pothole",
     "the road outside his house has a big pothole"),
    ("帮我奶奶发的", ""), ("this is for my grandma, she can't type", ""),
    ("我是她孙子 以后我帮她看消息", ""), ("I'm her grandson, she can't type", ""),
    ("帮俺娘发的，她不会打字", ""),
])
def test_who_is_writing_keeps_the_matter_told_with_it(text: str, rest: str) -> None:
    assert who_is_writing(text) == rest


@pytest.mark.parametrize(("text", "thanks", "rest"), [
    ("上次路灯修好了谢谢你们，还有俺村东头的桥栏杆断了", "上次路灯修好了谢谢你们", "俺村东头的桥栏杆断了"),
    ("上次路灯修好了谢谢你们还有俺村东头的桥栏杆断了", "上次路灯修好了谢谢你们", "俺村东头的桥栏杆断了"),
    ("谢谢你们把路灯修好了！另外我家门口的下水道堵了", "谢谢你们把路灯修好了", "我家门口的下水道堵了"),
    ("thanks for fixing the light. also the bridge railing is broken",
     "thanks for fixing the light", "the bridge railing is broken"),
])
def test_thanks_then_a_new_matter_are_split(text: str, thanks: str, rest: str) -> None:
    assert thanks_then(text) == (thanks, rest)
    assert tells_done(thanks)


@pytest.mark.parametrize("text", ["谢谢", "路灯修好了，谢谢，谢谢！", "停水了谢谢"])
def test_thanks_alone_or_closing_split_nothing(text: str) -> None:
    assert thanks_then(text) is None


def test_courtesy_thanks_say_nothing_was_done() -> None:
    assert not tells_done("谢谢你们") and not tells_done("感谢各位平时辛苦了")


@pytest.mark.parametrize("text", ["我反映的那个事办得咋样了", "有进展吗", "停水那个事咋样了",
                                  "现在处理到哪一步了", "any update on my report?",
                                  "Has anyone looked at the water problem we reported?"])
def test_a_question_that_only_asks_how_it_goes(text: str) -> None:
    assert asks_progress(normalize(text))


@pytest.mark.parametrize("text", ["催一下", "怎么还没人来", "5号的事有人管吗", "都三天了咋样了",
                                  "快点处理啊", "still nobody came, any update?"])
def test_words_that_press_are_no_mere_question(text: str) -> None:
    assert not asks_progress(normalize(text))


DONE = Open(7, "urban", "村口的路灯坏了好几天了", "resolved", ("路灯坏了",), finished=True)
WAITING = Open(8, "water", "小区停水了", "resolved", ("停水",), question="c")


@pytest.mark.parametrize("text", ["很不满意", "太差劲了！", "根本没解决", "really unhappy", "气死我了"])
def test_a_bare_displeasure_right_after_a_done_is_said_of_it(router: Router, text: str) -> None:
    found = read(text, router.route(text), [DONE], router, withdrawal.read(text))
    assert (found.label, found.tickets) == (Label.UNSOLVED, (DONE.id,))
    # With a 回访 waiting, it is that visit's answer (bot/actions/visit_typed), not this.
    assert read(text, router.route(text), [WAITING, DONE], router,
                withdrawal.read(text)).label is Label.OTHER
    other = Open(9, "urban", "东关街井盖丢了", "resolved", ("井盖",), finished=True)
    assert read(text, router.route(text), [DONE, other], router,
                withdrawal.read(text)).label is Label.OTHER  # which one: not guessed


@pytest.mark.parametrize("text", ["满意", "谢谢", "小区停水了，很不满意"])
def test_no_displeasure_or_a_matter_of_its_own_is_not_read_so(router: Router, text: str) -> None:
    assert read(text, router.route(text), [DONE], router, withdrawal.read(text)).label \
        is Label.OTHER
