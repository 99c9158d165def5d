"""回访 answers in the citizen's words, read as classes of words (outside testers, refs #10): a
thing named working again (站牌修好了, 水管不漏了) is 已解决, a whole clause; a thing still not
working (水到现在也没来, 灯还不亮, 照样漏) is 未解决 at 问题是否解决; neither misreads a negated
fix (没修好), the trouble back (修好了又坏了), a fresh trouble (路灯不亮了) or a report told at
length (西街2号楼停水两天了，一直没有来水)."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from bot.domain.visit import read_answers, read_typed, still_unsolved

THINGS = ["", "站牌", "公交站牌", "路灯", "灯", "水管", "下水道", "井盖", "路", "水泥路", "楼道灯",
          "暖气", "护栏", "垃圾", "电线", "那个坑", "小区门口的井盖"]
# A thing a citizen may name: any few characters that say no negation, 还 or 又 (站台, 村口桥).
NAMED = st.one_of(st.sampled_from(THINGS),
                  st.text(st.sampled_from("村口东西南北桥站台栏杆墙管线灯牌坑沟渠闸阀门"),
                          min_size=1, max_size=4))
LINKS = ["", "已经", "都", "也", "已"]
PUT_RIGHT = ["修好", "弄好", "处理好", "修复", "换好", "装好", "补好", "填好", "疏通", "通", "亮",
             "立好", "扶正", "立起来", "换上", "清理干净", "恢复正常"]
TROUBLES = ["漏", "堵", "臭", "响", "积水", "跳闸"]
ENDS = ["", "，", "！", "。", "啊", "吧", "呢"]
STILL = ["还", "还是", "仍然", "依然", "依旧", "照样", "一直", "至今", "到现在也", "到现在还",
         "到今天也", "直到现在都"]
NOT_WORKING = ["没来", "不亮", "没修", "没通", "不通", "没好", "没人管", "没人修", "没变", "没动",
               "没恢复", "没解决", "不热", "没处理"]
GOING_ON = ["漏", "堵", "臭", "坏", "黑", "冒", "渗"]


@given(NAMED, st.sampled_from(LINKS), st.sampled_from(PUT_RIGHT), st.sampled_from(ENDS))
def test_a_thing_named_working_again_is_solved_whole(
        thing: str, link: str, word: str, end: str) -> None:
    text = f"{thing}{link}{word}了{end}"
    assume(f"{thing[-1:]}{link}{word[:1]}" != "沟通")  # 沟通了: they talked, nothing put right
    for pending in ("c", "s"):
        assert read_typed(text, pending).get("s") == "1", text
        reading = read_answers(text, pending)
        assert (reading.said.get("s"), reading.rest) == ("1", ""), text


@given(NAMED, st.sampled_from(["", "已经", "都"]), st.sampled_from(TROUBLES))
def test_a_trouble_stopped_is_solved(thing: str, link: str, trouble: str) -> None:
    text = f"{thing}{link}不{trouble}了"
    assert read_answers(text, "s").said.get("s") == "1", text


@given(st.sampled_from(THINGS), st.sampled_from(STILL), st.sampled_from(NOT_WORKING + GOING_ON),
       st.sampled_from(["", "呢", "啊", "了"]))
def test_a_thing_still_not_working_is_unsolved(thing: str, still: str, what: str,
                                               end: str) -> None:
    text = f"{thing}{still}{what}{end}"
    assert still_unsolved(text), text
    assert read_typed(text, "s").get("s") == "0", text
    assert read_answers(text, "s").said.get("s") == "0", text


@given(st.sampled_from(["联系过了", "来人看过了", "有人来过", "没人联系我"]),
       st.sampled_from(THINGS[1:]), st.sampled_from(STILL), st.sampled_from(NOT_WORKING))
def test_the_contact_then_the_thing_still_not_working_answers_both(
        contact: str, thing: str, still: str, what: str) -> None:
    reading = read_answers(f"{contact}，{thing}{still}{what}", "c")
    assert reading.said.get("s") == "0" and "c" in reading.said, reading
    assert reading.rest == f"{thing}{still}{what}"  # the words: more of the matter, told


@pytest.mark.parametrize("text", [
    "联系过了，站牌修好了，基本满意吧", "来人看过了，下水道疏通了，很满意", "有人联系，井盖换好了，满意",
    "联系了，水管已经不漏了，还行"])
def test_all_three_answers_in_one_message(text: str) -> None:
    reading = read_answers(text, "c")
    assert reading.rest == "" and reading.said["c"] == "1" and reading.said["s"] == "1"
    assert reading.said["r"] in ("2", "3")


@given(st.sampled_from(THINGS), st.sampled_from(["没", "还没", "没有", "还没有", "根本没"]),
       st.sampled_from(["修好", "弄好", "处理好", "办好"]))
def test_a_fix_negated_is_unsolved(thing: str, negation: str, word: str) -> None:
    assert read_typed(f"{thing}{negation}{word}", "s").get("s") == "0"


@given(st.sampled_from(THINGS), st.sampled_from(["修好", "弄好", "通", "疏通"]),
       st.sampled_from(["", "没两天", "几天"]), st.sampled_from(["坏了", "堵了", "漏了", "不亮了"]))
def test_a_fix_then_the_trouble_back_is_unsolved(thing: str, word: str, since: str,
                                                 back: str) -> None:
    text = f"{thing}{word}了{since}又{back}"
    assert read_typed(text, "s").get("s") == "0", text
    assert read_answers(text, "s").said.get("s") == "0", text


@pytest.mark.parametrize("text", [
    "路灯不亮了", "水管又不通了", "村口路灯坏了", "站牌倒了", "井盖丢了", "下水道不通了", "灯不亮了"])
def test_a_fresh_trouble_is_no_solved(text: str) -> None:
    assert read_typed(text, "s").get("s") != "1" and read_typed(text, "c").get("s") != "1"
    assert read_answers(text, "s").said.get("s") != "1"


@pytest.mark.parametrize("text", [
    "西街2号楼停水两天了，一直没有来水", "西街2号楼停水两天了，到现在也没来水",
    "村口的路灯到现在也没人修，晚上一直不亮，走路看不见", "我家楼下下水道堵了三天了，一直没人管，臭得很",
    "东关街路灯一直不亮，晚上走路看不见"])
def test_a_report_told_at_length_is_no_answer(text: str) -> None:
    assert not still_unsolved(text)
    assert read_answers(text, "c").said == {} and read_answers(text, "s").said == {}


@pytest.mark.parametrize("text", ["还不好说", "现在还不好意思说", "还行", "还可以吧", "一直挺满意的",
                                  "还没来得及说", "还不错", "还不如不修"])
def test_other_words_with_还_or_一直_are_not_unsolved(text: str) -> None:
    assert not still_unsolved(text)


@pytest.mark.parametrize("text", ["电话打通了", "跟我沟通了", "电话接通了", "已经沟通了", "电话打通了，满意"])
def test_a_call_put_through_is_no_solved(text: str) -> None:
    assert read_answers(text, "c").said.get("s") is None
    assert read_typed(text, "c").get("s") is None


@pytest.mark.parametrize("text", ["上次路灯修好了谢谢你们", "谢谢你们把路灯修好了"])
def test_thanks_for_an_earlier_fix_is_no_clause_of_answers(text: str) -> None:
    assert read_answers(text, "c").said == {}
