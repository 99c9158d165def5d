"""Shapes that kept a name readable (refs #10), each pinned as a class with Hypothesis:
- an aside between a served name and what was done (为刘洋洋家（电话…）更换了楼道水管);
- a place between 为 and a name whose surname makes a word with it (为李庄村何建国办理了低保), while
  为何 itself stays a word."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.domain.privacy import mask, mask_public

# No 何 here: 为何洋洋办理 may read 为何 (why) and is left so; a place between them is tested below.
SURNAMES = "王李张刘陈杨黄赵周徐孙马朱胡林郭罗郑梁谢宋唐许邓冯韩曹彭蔡潘董袁蒋杜苏魏程丁沈姚卢肖"
GIVEN = ("洋洋", "秀兰", "建国", "德福", "桂芳", "明亮", "艳华", "翠花", "立新", "淑珍",
         "强", "芳", "伟")
PLACES = ("李庄村", "胡集镇李庄村", "东关社区", "金城小区", "王楼", "李庄村3组的", "胡集镇王庄村的")
UNITS = ("", "县住建局", "镇政府督促物业", "县住建局督促物业", "经协调，物业", "社区联系供水公司")
ASIDES = ("（电话13812345678）", "(手机138 1234 5678)", "（65岁）", "（低保户）", "（住3组）",
          "（联系电话：0537-6612345）")
SERVICES = ("更换了楼道水管", "办理了低保", "修好了水管", "申请了救助", "及时疏通了下水道")


@st.composite
def names(draw: st.DrawFn, given_names: tuple[str, ...] = GIVEN) -> str:
    return draw(st.sampled_from(SURNAMES)) + draw(st.sampled_from(given_names))


@pytest.mark.parametrize("text", [
    "县住建局督促物业为刘洋洋家（电话13812345678）更换了楼道水管",
    "督促物业为刘洋洋家（电话13812345678）更换了楼道水管",
    "县住建局为刘洋洋家（电话13812345678）更换了水管",
    "为刘洋洋（65岁）办理了低保", "给刘洋洋家 （住3组） 修好了水管",
])
def test_an_aside_between_a_served_name_and_the_service_hides_it(text: str) -> None:
    assert "刘洋洋" not in mask(text), mask(text)
    assert "刘洋洋" not in mask_public(text), mask_public(text)


@settings(max_examples=300, deadline=None)
@given(unit=st.sampled_from(UNITS), cue=st.sampled_from(("为", "给", "帮", "协助")),
       home=st.sampled_from(("", "家")), aside=st.sampled_from(ASIDES),
       service=st.sampled_from(SERVICES), name=names())
def test_an_aside_never_unmasks_a_served_name(unit: str, cue: str, home: str, aside: str,
                                              service: str, name: str) -> None:
    text = f"{unit}{cue}{name}{home}{aside}{service}"
    assert name not in mask(text), (text, mask(text))
    assert name not in mask_public(text), (text, mask_public(text))


@pytest.mark.parametrize("text", ["为李庄村何建国办理了低保", "为胡集镇李庄村何秀兰申请了救助",
                                  "给王楼何德福家修好了水管"])
def test_a_surname_making_a_word_with_the_cue_across_a_place_is_masked(text: str) -> None:
    name = text[text.index("何"):text.index("何") + 3]
    assert name not in mask(text), mask(text)
    assert name not in mask_public(text), mask_public(text)


@settings(max_examples=300, deadline=None)
@given(cue=st.sampled_from(("为", "给", "帮", "走访", "联系", "感谢")), place=st.sampled_from(PLACES),
       service=st.sampled_from(SERVICES), surname=st.sampled_from("何任安王"),
       given_name=st.sampled_from(("建国", "秀兰", "德福", "桂芳", "立新")))
def test_a_place_never_joins_the_cue_and_the_surname_into_a_word(
        cue: str, place: str, service: str, surname: str, given_name: str) -> None:
    name = surname + given_name
    after = service if cue in "为给帮" else "的帮助" if cue == "感谢" else "核实情况"
    text = f"{cue}{place}{name}{after}"
    assert name not in mask(text), (text, mask(text))


@pytest.mark.parametrize("text", [
    "为何不给办理", "为何频繁更换水表", "为何迟迟不办理", "为何重新办理", "为何要收费", "了解情况",
    "为李庄村何时修路", "联系李庄村了解情况", "为何建设这么慢",
])
def test_why_and_common_verbs_stay(text: str) -> None:
    assert mask(text) == text, mask(text)
