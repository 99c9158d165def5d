"""An outside tester's leaks (SPEC §5): a name after 为/给/帮 and what was done for the person
(为张桂兰办理了…), after thanks (感谢王建国), and two names joined by 和 or 、, as staff and
supervisors write them in results and public posts. Each by class, with the everyday words around
the same cues that must stay."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.privacy import mask, mask_public, scan

NAMES = ["张桂兰", "李建华", "赵秀英", "孙德福", "欧阳娜娜", "刘芳", "钱文斌"]
CUES = ["为", "给", "帮", "帮助", "协助", "替"]
DEEDS = ["办理了低保", "修好了水管", "申请了救助", "及时更换了水表", "家疏通了下水道", "送去了米面油",
         "讨回了工资"]


@given(st.sampled_from(NAMES), st.sampled_from(CUES), st.sampled_from(DEEDS),
       st.sampled_from(["县水务局", "工作人员已", "社区", ""]))
def test_a_name_served_is_masked(name: str, cue: str, deed: str, who: str) -> None:
    text = f"{who}{cue}{name}{deed}，群众满意"
    for masked in (mask(text), mask_public(text)):
        assert masked == f"{who}{cue}【姓名】{deed}，群众满意", masked


@pytest.mark.parametrize(("text", "masked"), [
    ("感谢王建国", "感谢【姓名】"),
    ("感谢王建国！", "感谢【姓名】！"),
    ("谢谢刘洋洋的帮助", "谢谢【姓名】的帮助"),
    ("表扬李秀英热心带路", "表扬【姓名】热心带路"),
    ("感谢王建国同志", "感谢【姓名】同志"),
    ("感谢孙玉芬、钱文斌对工作的支持", "感谢【姓名】、【姓名】对工作的支持"),
    ("张桂兰和李建华反映的问题已解决", "【姓名】和【姓名】反映的问题已解决"),
    ("刘洋洋、王秀英两户已恢复供水", "【姓名】、【姓名】两户已恢复供水"),
    ("王芳、李强、赵敏等人反映", "【姓名】、【姓名】、【姓名】等人反映"),
    ("为张桂兰办理了低保，张桂兰表示满意", "为【姓名】办理了低保，【姓名】表示满意"),
])
def test_a_name_thanked_or_listed_is_masked(text: str, masked: str) -> None:
    assert mask(text) == masked


def test_a_name_found_so_is_known_for_the_ticket() -> None:
    assert scan("已为赵德明办理了用水手续").names == ("赵德明",)


@pytest.mark.parametrize("text", [
    "给王庄修了路", "为李庄村更换水表", "为群众办理了实事", "为全村修好了路", "帮农户申请补贴",
    "给高速办理通行证", "感谢党中央", "感谢金乡县水务局", "感谢张书记", "感谢李主任和王局长",
    "感谢工作人员", "感谢周到的服务", "石材厂和木材厂", "大家认为应认真处理", "为何老是调换老师",
    "依法可以行使陈述权、申辩权，也可以要求听证", "严肃性和严谨性", "高毒性、高污染的化工废料",
    "因为高温停电", "给水管网改造", "为方便群众办理",
])
def test_everyday_words_around_the_same_cues_stay(text: str) -> None:
    assert mask(text) == text
    assert "【姓名】" not in mask_public(text)
