"""Reports that wave 2 found called noise (issue #10), pinned by their class with our own
sentences: a question whether a rumour or someone's demand is true, thanks closing a plea, a
failing thing told by what it does with no keyword, and short clauses that only look like rhyme
(pinyin's liu, dui, dun rhyme in ou, ei, en), and a machine that stopped turning (不转了, which a
chain message's 不转不是… once caught). The service's own questions, a thanks for a matter put
right and a chain message stay non-reports."""

from __future__ import annotations

import pytest

from nlp.prose import _rhyme
from nlp.router import Router

REPORTS = [
    "村里人说办老年卡要先交两百块钱押金,这是真的假的",
    "听说开个小作坊能领创业的钱,真的假的",
    "卫生院的大夫调走了,现在打个针得去县里,谢谢领导给想想办法",
    "说好的健身器材放了半年也没人来装,盼早点装上,谢谢!",
    "镇上卫生院就三张床,病人都躺在过道里,冻得慌",
    "俺娘眼睛看不见了,想办个补贴,村里说排队,排了大半年了",
    "上个月交了三百多,家里就俩老人,用得了这么多吗不",
    "刮风一晃那根线就冒火花",
    "屋里的灯老是闪,冰箱也不转了",
    "洗衣机不转了,电视也黑了",
]
NON_REPORTS = [
    "这个平台是真的假的",
    "门口那盏灯前天修好了,谢谢你们",
    "窗前明月光,疑是地上霜,举头望明月,低头思故乡",
    "看到不转不是中国人,转给你关心的人",
    "这条消息不转的话倒霉三年",
]


@pytest.mark.parametrize("text", REPORTS)
def test_a_plea_of_these_shapes_is_a_report(router: Router, text: str) -> None:
    assert router.route(text).kind == "report"


@pytest.mark.parametrize("text", NON_REPORTS)
def test_the_services_questions_and_settled_thanks_stay_noise(router: Router, text: str) -> None:
    assert router.route(text).kind == "noise"


def test_short_pinyin_finals_rhyme_by_their_full_vowel() -> None:
    assert not _rhyme("队") & _rhyme("肢")  # dui is uei: ei, not i
    assert _rhyme("队") & _rhyme("水")
    assert _rhyme("流") & _rhyme("球") and not _rhyme("流") & _rhyme("不")
    assert _rhyme("顿") & _rhyme("门")
