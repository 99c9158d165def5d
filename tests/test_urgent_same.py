"""Which emergency told soon after another is that one told again (nlp.urgent_same), and which
short message says an open matter's situation changed (nlp.changed) (refs #10: T24 findings 1, 9)."""

from __future__ import annotations

import pytest

from nlp.changed import changed
from nlp.emergency import assess
from nlp.tokenizer import normalize
from nlp.urgent_same import same_event


def _same(first: str, then: str) -> bool:
    told, said = normalize(first), normalize(then)
    return same_event(said, assess(said), told, assess(told))


@pytest.mark.parametrize(("first", "then"), [
    ("活着没意思，今晚就从桥上跳下去算了", "楼下有个男的拿着菜刀追着人砍"),
    ("有个喝醉的男人在我家门口拿刀威胁我，正在踹门", "另外，我七岁的女儿放学到现在还没到家，电话也联系不上"),
    ("楼道里冒黑烟了", "my neighbour's house is on fire and there is a kid inside"),
    ("厨房里有股臭鸡蛋味，好像煤气漏了", "对门家的煤气罐着火了，火苗窜得老高"),
    ("有人落水了，快来人", "kitchen fire"),
])
def test_another_event_of_the_same_or_another_kind_is_its_own(first: str, then: str) -> None:
    assert not _same(first, then)


@pytest.mark.parametrize(("first", "then"), [
    ("有人落水了，快来人", "有人落水了，快来人啊"),
    ("有人落水了，快来人", "someone drowning"),
    ("有个喝醉的男人在我家门口拿刀威胁我，正在踹门", "那个喝醉的男人拿刀在我家门口威胁我，快来人"),
])
def test_the_same_event_told_again_is_the_same(first: str, then: str) -> None:
    assert _same(first, then)


@pytest.mark.parametrize("text", [
    "他走了，谢谢警察同志", "火灭了，谢谢", "孩子找到了，已经回家了", "我爸回来了", "火越来越大了",
    "he left, thanks", "my son came home",
])
def test_a_change_of_the_situation_is_read(text: str) -> None:
    assert changed(normalize(text))


@pytest.mark.parametrize("text", [
    "谢谢", "谢谢警察同志", "他走了吗", "钱退回来了，户名对不上", "晚上十一点还在打桩", "找到了 WiFi 密码",
    "需要更多时间",
])
def test_thanks_a_question_or_another_matter_is_no_change(text: str) -> None:
    assert not changed(normalize(text))
