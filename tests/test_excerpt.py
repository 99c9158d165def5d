"""The few words naming a ticket's matter in every push to its citizen (refs #10)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.domain.excerpt import EXCERPT_CHARS, LATIN_TIMES, before_contact, excerpt, from_matter
from bot.render import esc
from bot.texts.matter_line import with_matter


def test_whole_clauses_where_they_make_enough_words() -> None:
    assert excerpt("村口的路灯不亮好几天了，晚上黑咕隆咚的，老人出门不方便") == \
        "村口的路灯不亮好几天了，晚上黑咕隆咚的…"
    assert excerpt("路灯坏了") == "路灯坏了"
    assert excerpt("  西街 1号楼\n停水 ") == "西街 1号楼 停水"
    assert excerpt("您好，我想反映一下俺家门口那个路灯的事情已经坏了半个月") == \
        "您好，我想反映一下俺家门口那个路灯的事…"
    assert excerpt("") == ""


@given(st.text())
def test_an_excerpt_is_short_and_on_one_line(text: str) -> None:
    words = excerpt(text)
    han = any("\u3400" <= c <= "\u9fff" for c in text)  # words in Latin letters get three times
    assert len(words) <= EXCERPT_CHARS * (1 if han else LATIN_TIMES) and "\n" not in words


@given(st.text(min_size=1), st.text())
def test_the_matter_line_survives_escaping(text: str, push: str) -> None:
    words = excerpt(text)
    shown = with_matter(esc(push), words)
    assert esc(push).partition("\n")[0] in shown
    assert not words or esc(words) in shown


def test_the_line_follows_the_first() -> None:
    push = "✅ 您反映的问题（工单 <code>20261202-0008</code>）已办结。\n办理结果：已维修"
    assert with_matter(push, "村口<路灯>不亮") == (
        "✅ 您反映的问题（工单 <code>20261202-0008</code>）已办结。\n事项：村口&lt;路灯&gt;不亮\n"
        "办理结果：已维修")
    assert with_matter("工单 <code>1</code> 第二个问题", "路灯") == \
        "工单 <code>1</code> 第二个问题\n事项：路灯"


def test_the_matter_is_quoted_from_the_clause_that_says_it() -> None:
    assert from_matter("您好，我是北坡村的村民，村里的自来水停了三天了") == "村里的自来水停了三天了"
    # A job named to introduce oneself is a routing word, but no matter.
    assert from_matter("领导好！俺是开大货车的司机，高速口的护栏撞坏了") == "高速口的护栏撞坏了"
    assert from_matter("你好 我是东苑小区的业主 楼道的灯坏了") == "楼道的灯坏了"
    assert from_matter("打扰了，我想反映个问题：菜市场门口天天占道") == "菜市场门口天天占道"
    assert from_matter("Hi, I'm a nurse. The bridge railing is broken") == "The bridge railing is broken"
    # An introduction that tells the trouble itself is the matter.
    assert from_matter("您好，我是北坡村的村里停水三天了") == "我是北坡村的村里停水三天了"
    # The matter first, or nothing but greetings and introductions: the words from their start.
    assert from_matter("路灯坏了，您好") == "路灯坏了，您好"
    assert from_matter("一天停三回电，冰箱里的肉都坏了") == "一天停三回电，冰箱里的肉都坏了"
    assert from_matter("您好，我是货车司机") == "您好，我是货车司机"
    assert from_matter("") == ""


@given(st.text())
def test_the_matter_is_always_the_end_of_the_words(text: str) -> None:
    assert text.endswith(from_matter(text))


def test_the_excerpt_stops_where_the_contact_clause_starts() -> None:
    """T25 finding 10: the matter, not 联系人【姓名】 【电话】 after it."""
    assert excerpt("桥上有个大坑，联系人【姓名】 【电话】") == "桥上有个大坑"
    assert excerpt("垃圾桶满了没人收，电话：【电话】") == "垃圾桶满了没人收"
    assert excerpt("垃圾桶满了没人收 call me 【电话】") == "垃圾桶满了没人收"
    assert excerpt("路灯坏了手机【电话】") == "路灯坏了"
    assert excerpt("下水道堵了，打俺孙子电话 一三九 零五三七") == "下水道堵了"
    assert excerpt("The street light is broken, call me 【电话】") == "The street light is broken"
    # a phone that is the matter, a label inside it, or nothing before the contact: kept
    assert excerpt("停水了，电话打不通") == "停水了，电话打不通"
    assert excerpt("邻居【姓名】家的狗咬人了") == "邻居【姓名】家的狗咬人了"
    assert before_contact("联系人【姓名】") == "联系人【姓名】"


def test_an_excerpt_never_cuts_a_mask_label_in_half() -> None:
    """T25 finding 9: …垃圾桶满了没人收 call me 【电… — a label cut by the length limit."""
    words = excerpt("垃圾桶满了没人收垃圾桶满了没人收满了【电话】好的呀谢谢")
    assert words.endswith("…") and "【" not in words, words
