"""bot/domain/reading.py with the example config's router (refs #10): one reading of a message
against the writer's tickets — the ticket whose own words the matter names before the unit's
others; withdrawals, corrections of details, protests after a 办结 and 回访 answers by matter;
and the visit reader's answers in the matter's own words (bot/domain/visit_clauses.hear)."""

from __future__ import annotations

from collections import Counter

import pytest

from bot.domain.reading import Label, Memo, Open, about, meant, persists, put_right, read
from bot.domain.visit_clauses import Visited, hear
from nlp import withdrawal
from nlp.router import Router, RouteResult

STALL = Open(1, "urban", "菜市场门口有人摆摊占道", keywords=("摆摊", "占道"))
LAMP = Open(2, "urban", "东关街路灯坏了好几天了", keywords=("路灯坏了",))
COVER = Open(3, "urban", "北关街井盖丢了", keywords=("井盖丢",))
WATER = Open(4, "water", "西街3号楼停水两天了", keywords=("停水",))
GARBAGE = "小区门口垃圾堆了一个星期没人清理，臭得很"


def _read(router: Router, text: str, tickets: list[Open]) -> tuple[Label, tuple[int, ...]]:
    found = read(text, router.route(text), tickets, router, withdrawal.read(text))
    return found.label, found.tickets


def test_the_matters_own_words_come_before_its_unit() -> None:
    assert about(STALL, ["摆摊"], "urban") == 2 and about(LAMP, ["摆摊"], "urban") == 1
    assert meant([STALL, LAMP, COVER], ["摆摊"], "urban") == [STALL]
    assert meant([STALL, LAMP, COVER], ["违建"], "urban") == [STALL, LAMP, COVER]
    assert meant([STALL, WATER], ["违建"], "housing") == []
    assert meant([WATER], ["水"], "water") == [WATER]  # a word inside a keyword that routed it


@pytest.mark.parametrize("text", ["路灯那个不用办了", "路灯那个单子撤了吧", "路灯的那个撤销吧"])
def test_a_withdrawal_by_matter_names_its_open_ticket_among_visits(router: Router,
                                                                    text: str) -> None:
    visits = [Open(5, "water", "南关村停水一天了", "resolved", question="c"),
              Open(6, "water", "下水道堵了", "resolved", question="c")]
    assert _read(router, text, [LAMP, COVER, *visits]) == (Label.WITHDRAW, (LAMP.id,))


@pytest.mark.parametrize(("text", "wrong"), [
    ("地址说错了，是东门不是西门", "西门口井盖丢了"),
    ("不是西门，是东门那个井盖", "西门口井盖丢了"),
    ("写错了，是3号楼不是5号楼", "5号楼门口的路灯坏了"),
    ("不是北关街，是南关街", "北关街井盖丢了"),
])
def test_a_correction_of_details_goes_to_the_ticket_it_corrects(router: Router, text: str,
                                                                 wrong: str) -> None:
    ticket = Open(7, "urban", wrong, "reopened")
    assert _read(router, text, [WATER, ticket]) == (Label.CORRECTION, (7,))


@pytest.mark.parametrize("text", ["不是停水，是停电", "是停电不是停水", "不是我家的事，是邻居的",
                                  "不是没解决，是解决了"])
def test_another_matter_an_answer_or_words_no_ticket_has_are_no_correction(router: Router,
                                                                           text: str) -> None:
    unsolved = Open(11, "water", "自来水问题一直没解决", "reopened")
    assert _read(router, text, [WATER, unsolved])[0] is Label.OTHER


@pytest.mark.parametrize("text", ["瞎说，压根没人来换", "根本没人来修", "胡说八道，从来就没人来管",
                                  "垃圾还在呢", "瞎扯，那堆垃圾还在"])
def test_a_protest_after_the_finish_is_unsolved_on_that_ticket(router: Router, text: str) -> None:
    finished = Open(8, "urban", GARBAGE, "resolved", finished=True)
    assert _read(router, text, [WATER, finished]) == (Label.UNSOLVED, (8,))


@pytest.mark.parametrize("text", ["家里又停电了", "谢谢你们", "着火了，压根没人来管，快来人"])
def test_another_matter_thanks_or_an_emergency_is_no_protest(router: Router, text: str) -> None:
    finished = Open(8, "urban", GARBAGE, "resolved", finished=True)
    assert _read(router, text, [finished])[0] is Label.OTHER


@pytest.mark.parametrize("text", ["the street light is fixed, thanks", "路灯修好了，谢谢",
                                  "东关街那个路灯已经亮了"])
def test_an_answer_naming_a_matter_goes_to_that_visit(router: Router, text: str) -> None:
    visits = [Open(9, "water", "南关村停水一天了", "resolved", question="s"),
              Open(10, "urban", "村口路灯坏了好几天了", "resolved", question="s")]
    assert _read(router, text, visits) == (Label.ANSWER, (10,))


@pytest.mark.parametrize(("text", "pending", "said"), [
    ("没人来，垃圾还在，不满意", "c", {"c": "0", "s": "0", "r": "1"}),
    ("垃圾还在", "s", {"s": "0"}),
    ("那堆垃圾还在呢，很不满意", "s", {"s": "0", "r": "1"}),
    ("垃圾已经拉走了", "s", {"s": "1"}),
    ("现在好多了", "s", {"s": "1"}),
    ("还行吧", "s", {"s": "1", "r": "2"}),
])
def test_answers_in_the_matters_own_words(router: Router, text: str, pending: str,
                                          said: dict[str, str]) -> None:
    assert hear(text, pending, router, Visited("urban", text=GARBAGE)).said == said


@pytest.mark.parametrize("text", ["水又没了", "电没了", "家里又停水了", "还是没水"])
def test_a_supply_gone_is_never_put_right(router: Router, text: str) -> None:
    assert not put_right(text, "西街3号楼停水两天了", ["water"], router.route(text))
    assert hear(text, "s", router, Visited("water", text="西街3号楼停水两天了")).said.get(
        "s") != "1"


@pytest.mark.parametrize("text", ["61号楼停水两天了，一直没人管", "东街的路灯还是不亮"])
def test_the_matter_at_another_spot_is_not_the_visited_tickets(router: Router, text: str) -> None:
    """A new report of the same kind of trouble elsewhere, sent while a 回访 waits, is no answer:
    the fault suite's citizens (1号楼停水 finished, then 61号楼停水) lost their second ticket."""
    ticket = "1号楼停水两天了，一直没人管" if "停水" in text else "西街的路灯坏了"
    assert not persists(text, ticket, router.route(text))


def test_the_work_never_done_at_another_spot_is_a_report(router: Router) -> None:
    finished = Open(8, "water", "1号楼停水两天了，一直没人管", "resolved", finished=True)
    text = "61号楼停水两天了，一直没人管"
    assert read(text, router.route(text), [finished], router, None).label is Label.OTHER


class _Counting:
    """A router that counts what it is asked to route."""

    def __init__(self, router: Router) -> None:
        self.router, self.seen = router, Counter[str]()

    def route(self, text: str) -> RouteResult:
        self.seen[text] += 1
        return self.router.route(text)

    def noise_topic(self, text: str) -> str:
        return self.router.noise_topic(text)


@pytest.mark.parametrize("text", ["没人来，垃圾还在，不满意", "垃圾还在呢", "瞎说，压根没人来换"])
def test_the_message_is_routed_once(router: Router, text: str) -> None:
    counting = _Counting(router)
    routed = router.route(text)
    once = Memo(counting, {text: routed})  # as citizen.receive hands it to the readers
    finished = Open(8, "urban", GARBAGE, "resolved", finished=True)
    read(text, routed, [finished, STALL], once, withdrawal.read(text))
    hear(text, "c", once, Visited("urban", text=GARBAGE), routed)
    assert text not in counting.seen  # routed by receive, never again
    assert max(counting.seen.values(), default=1) == 1, counting.seen
