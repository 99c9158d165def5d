"""The learned look at non-reports (nlp.nonreport): where the hand rules found no report and a
message says little of any unit, a sure learned table calls it noise, named by its words; a
unit's strong keyword, an emergency or a message it is not sure of stays a report. A message with
more unit evidence that tells nothing wrong and asks nothing is read at a higher bar, and one with
an emergency's words only where the hand rules call it a non-report by its form."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlp.learn import LEARNED_SETTINGS
from nlp.nonreport import LETTERS, learn_nonreport
from nlp.nonreport_now import NONREPORT_QUIET, NONREPORT_SURE
from nlp.router import Router
from nlp.routes import NONREPORT

REPO = Path(__file__).resolve().parent.parent
HAND = [("water", "Water", ["停水:2", "水管:2"]), ("power", "Power", ["停电:2"])]
# 祝福 and 转发 lean to noise (祝福 alone is sure, 转发 is not); 邻居 leans to a report.
# 恭贺 is sure enough to read a quiet message with a unit's strong keyword.
LEARNED = [("noise", "noise", [f"祝福:{NONREPORT_SURE * 1.5}", f"转发:{NONREPORT_SURE * 0.6}",
                               f"恭贺:{NONREPORT_QUIET * 1.2}"]),
           ("report", "report", [f"邻居:{NONREPORT_SURE}"])]


@pytest.fixture(scope="module")
def router() -> Router:
    return Router.from_units(HAND, nonreport=Router.from_units(LEARNED, settings=LEARNED_SETTINGS))


def test_a_sure_non_report_is_noise_named_by_its_learned_words(router: Router) -> None:
    # The hand rules take the question for a report's; the learned table knows the form.
    assert Router.from_units(HAND).route("送上新春祝福，为什么").kind == "report"
    result = router.route("送上新春祝福，为什么")
    assert (result.kind, result.keywords) == ("noise", ("祝福",))


@pytest.mark.parametrize(
    "text",
    [
        "请大家转发，为什么",  # leans to noise, but not far enough
        "送上新春祝福，邻居家为什么",  # a report's word takes the lean back
        "家里停水停电了，送上新春祝福，为什么",  # a unit's strong keywords: a report whatever else
        "有人掉河里了，快来人救命，祝福",  # an emergency is never learned noise
    ],
)
def test_otherwise_the_message_stays_a_report(router: Router, text: str) -> None:
    assert router.route(text).kind == "report"


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.sampled_from(["祝福", "转发", "邻居", "你好", "今天", "，", "！"]),
                      max_size=10), keyword=st.sampled_from(["停水", "停电", "水管"]))
def test_property_a_units_strong_keyword_never_makes_a_message_noise(
    router: Router, words: list[str], keyword: str
) -> None:
    text = "".join(words)
    alone, told = router.route(text), router.route(text + keyword + "了")
    assert told.kind == "report" or alone.kind == "noise"


def test_a_quiet_message_with_a_units_word_is_read_at_a_higher_bar(router: Router) -> None:
    assert router.route("祝大家新年快乐，水管").kind == "noise"  # nothing wrong, nothing asked
    assert router.route("水管的事，祝福").kind == "report"  # sure, but not that sure
    assert router.route("祝大家新年快乐，水管坏了").kind == "report"  # a trouble told
    assert router.route("恭贺新春，水管怎么办").kind == "report"  # a question asked


@pytest.mark.parametrize("text", [
    "老婆问我：要是我和你妈一起掉河里，你先救谁？我说：先救你妈，你会游泳。哈哈，网上看的笑话，大家乐呵乐呵",
    "感谢城关派出所的民警同志，帮俺找回了走失的老父亲，特送锦旗一面，聊表心意",
])
def test_a_joke_or_thanks_with_an_emergencys_words_is_noise_where_both_agree(
    text: str, default_router: Router
) -> None:
    result = default_router.route(text)
    assert (result.kind, result.urgent) == ("noise", False)


@pytest.mark.parametrize("text", ["有人掉河里了，快来人救命", "俺爹吃饭噎住了，脸憋得通红说不出话",
                                  "孩子走丢了，穿红衣服，快帮忙找找"])
def test_an_emergency_in_a_few_words_stays_urgent(text: str, default_router: Router) -> None:
    result = default_router.route(text)
    assert (result.kind, result.urgent) == ("report", True)


def test_the_default_router_reads_a_new_kind_of_non_report_and_keeps_reports(
    default_router: Router
) -> None:
    assert default_router.route("我们村的路灯坏了三个月了，晚上黑漆漆的没人修").kind == "report"
    assert default_router.route("家里停电一整天了，冰箱里的东西都坏了").kind == "report"


@pytest.mark.slow  # learns the table again
@pytest.mark.timeout(900)  # minutes of CPU where cores are shared
@pytest.mark.skipif(not LETTERS.is_file(), reason="taidi_train.csv (not in the repo) is absent")
def test_the_shipped_nonreport_table_is_what_the_sets_and_letters_give() -> None:
    shipped = (REPO / "nlp" / NONREPORT).read_text(encoding="utf-8")
    assert learn_nonreport() == shipped, (
        "the routing sets changed: run `python -m nlp.nonreport` and commit nlp/nonreport.json"
    )
