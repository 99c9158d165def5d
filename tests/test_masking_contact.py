"""Whom staff contacted, and the verbs they wrote after it (refs #10).

Three classes, each pinned both ways with Hypothesis over verbs, places and names of this file's
own (not the lists the masking code reads):
- a verb after a cue of contact is no name, even where the cue's 了, 上 or 到 starts the verb
  (联系了解情况 read 联系了【姓名】: 了解 lent its 解 to a name);
- a name after a verb of contact with 了 or 过 (找了, 问了, 找过 …) is masked (找了张建国了解情况
  stayed readable);
- a village named without 村 between the cue and the name (走访李庄刘翠花) hides nothing, and a
  village after a village is no name (走访刘集王庄).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.domain.privacy import mask, mask_public

# Surnames that are no everyday word, nor end one after 为 or 给 (为何: 为何建国办理 reads
# either way), and given names people have.
SURNAMES = "张李王刘陈杨赵吴孙周徐朱郭罗郑谢韩唐冯董"
GIVEN = ("建国", "秀英", "桂兰", "翠花", "德明", "立强", "海燕", "志刚", "美玲", "红霞",
         "春梅", "玉珍", "晓东", "建华", "桂芳", "长青", "文斌", "丽娟", "德福", "金凤")
CONTACTED = ("找了", "问了", "找过", "问过", "已找了", "电话问了", "联系了", "走访了", "询问了",
             "回访了")
AFTER_NAME = ("了解情况", "核实", "，他说已经修好了", "确认已恢复供水", "反映的问题", "。", "")
# What staff write after a cue of contact: verbs (some start with 了, 上 or 到) and their objects.
CUES = ("联系", "联系了", "已联系", "经联系", "电话联系", "多次联系", "走访", "回访", "通知",
        "告知", "协助", "陪同", "致电", "约见", "联系上", "联系到")
VERBS = ("了解", "了解到", "上门", "到位", "到场", "协调", "核实", "处理", "解决", "沟通", "落实",
         "安排", "答复", "解释", "说明", "查看", "督促", "宣传", "调解", "商量", "反馈", "整改")
OBJECTS = ("情况", "诉求", "问题", "群众", "相关部门", "村委会", "", "，已解决", "后已处理", "具体情况")
# Villages as people in 金乡 write them, without 村: 李庄, 后王楼, 马集, 大刘屯 ….
VILLAGE_HEADS = ("李", "王", "后王", "前刘", "大张", "马", "小赵", "东孙", "西周", "胡")
VILLAGE_TAILS = ("庄", "楼", "集", "屯", "营", "店", "寨", "铺", "湾", "桥")
PLACED = ("走访{p}{n}", "走访{p}{n}等农户", "回访{p}{n}，已恢复供水", "联系{p}{n}核实",
          "走访了{p}{n}，了解情况", "为{p}{n}办理了低保", "看望{p}{n}老人", "慰问{p}{n}家")

names = st.builds(lambda s, g: s + g, st.sampled_from(SURNAMES), st.sampled_from(GIVEN))
villages = st.builds(lambda h, t: h + t, st.sampled_from(VILLAGE_HEADS),
                     st.sampled_from(VILLAGE_TAILS))


@pytest.mark.parametrize("text", [
    "联系了解情况", "已联系了解情况，正在处理", "走访了解群众诉求", "经联系上门维修", "联系到位后已处理",
    "回访了解到已恢复供水", "通知了解除停水"])
def test_verbs_after_a_cue_of_contact_are_no_names(text: str) -> None:
    assert mask(text) == text


@pytest.mark.parametrize(("text", "name"), [
    ("找了张建国了解情况", "张建国"), ("问了李秀英，她说水通了", "李秀英"), ("找过王桂兰核实", "王桂兰"),
    ("已找了赵德明确认", "赵德明"), ("联系了孙立强了解情况", "孙立强")])
def test_a_name_after_a_verb_of_contact_is_masked(text: str, name: str) -> None:
    assert name not in mask(text) and name not in mask_public(text)


@pytest.mark.parametrize(("text", "name"), [
    ("走访李庄刘翠花", "刘翠花"), ("走访后王楼王德福等农户", "王德福"),
    ("回访马集赵秀英，已恢复供水", "赵秀英"), ("联系胡集镇李庄刘翠花核实", "刘翠花")])
def test_a_village_without_its_village_word_hides_no_name(text: str, name: str) -> None:
    assert name not in mask(text) and name not in mask_public(text)


@pytest.mark.parametrize("text", ["走访刘集王庄", "走访李庄", "联系马集村委会", "走访后王楼群众"])
def test_villages_alone_stay(text: str) -> None:
    assert mask(text) == text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cue=st.sampled_from(CUES), verb=st.sampled_from(VERBS), obj=st.sampled_from(OBJECTS))
def test_no_verb_after_a_cue_is_taken_for_a_name(cue: str, verb: str, obj: str) -> None:
    text = cue + verb + obj
    assert "【姓名】" not in mask(text), (text, mask(text))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cue=st.sampled_from(CONTACTED), name=names, after=st.sampled_from(AFTER_NAME))
def test_every_name_after_a_verb_of_contact_is_masked(cue: str, name: str, after: str) -> None:
    text = cue + name + after
    assert name not in mask(text), (text, mask(text))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(frame=st.sampled_from(PLACED), place=villages, name=names)
def test_a_village_without_its_word_never_unmasks_a_name(frame: str, place: str, name: str) -> None:
    text = frame.format(p=place, n=name)
    assert name not in mask(text), (text, mask(text))
    assert name not in mask_public(text), (text, mask_public(text))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(frame=st.sampled_from(PLACED), first=villages, second=villages)
def test_a_village_after_a_village_is_no_name(frame: str, first: str, second: str) -> None:
    text = frame.format(p=first, n=second + "村")
    assert "【姓名】" not in mask(text), (text, mask(text))
