"""打…电话/手机/座机 is to call someone (refs #10, tester31): `打我老婆手机`, `有事打我爸电话`,
`联系不上就打我媳妇的手机` were read as domestic violence — urgent, 110 advice, the police, 24
hours. Real violence stays urgent: 打我老婆 with no phone, 他拿刀打人 (nlp/calling.py, read as
every message is normalised)."""

from __future__ import annotations

import pytest

from nlp.calling import dialled
from nlp.emergency import assess
from nlp.tokenizer import normalize
from tests.fuzzkit import Rig

CALLS = [
    "打我老婆手机", "有事打我爸电话", "联系不上就打我媳妇的手机", "有急事打我儿子电话",
    "打俺闺女手机也行", "找不到我就打村长电话", "可以打我家座机", "打我老公的手机吧",
    "白天上班，打我爱人手机", "打不通的话打我妹妹电话", "打我哥手机号",
    # a number given straight after whose it is (round 19's outside tester): 打我的1586…
    "家里停电了，有事打我的13866660000", "打俺儿子的13511112222，他叫李强", "急事打我:18812340000",
    "白天打我爱人的139 1234 5678", "你们核实就打他的0539-1234567",
]
VIOLENCE = [
    "打我老婆", "他拿刀打人", "我老公喝醉了打我，快来人", "他正在打我老婆，手机都摔了",
    "邻居打伤了人还抢了手机", "我爸喝了酒在家打我妈，快来", "有人在打架，拿着刀",
    "他又在打我的脸，快来人", "他拿棍子打我儿子的腿，血直流", "他打我3回了，我现在躲在厕所",
]


@pytest.mark.parametrize("text", CALLS)
def test_a_call_to_someone_is_no_violence(text: str) -> None:
    found = assess(normalize(text))
    assert not found.cues, (text, found)


@pytest.mark.parametrize("text", VIOLENCE)
def test_violence_stays_urgent(text: str) -> None:
    found = assess(normalize(text))
    assert found.cues, (text, found)


@pytest.mark.parametrize(("text", "read"), [
    ("打我老婆手机", "拨我老婆电话"), ("打俺家座机", "拨俺家电话"),
    ("打村长电话", "拨村长电话"), ("打个电话", "打个电话"),
    ("天天打电话骂俺", "天天打电话骂俺"), ("打急救电话", "打急救电话"),
    ("打我老婆", "打我老婆"), ("他打伤了人还抢了手机", "他打伤了人还抢了手机"),
    ("快打110电话", "快打110电话"), ("他打我老婆，手机都摔了", "他打我老婆，手机都摔了"),
    ("打我的13866660000", "拨我的电话13866660000"),
    ("打我儿子的135 1111 2222", "拨我儿子的电话135 1111 2222"),
    ("打我:18812340000", "拨我电话:18812340000"), ("他打我的头", "他打我的头"), ("打我3回了", "打我3回了"),
])
def test_only_the_da_of_a_call_is_read_as_dialling(text: str, read: str) -> None:
    assert dialled(text) == read


@pytest.mark.parametrize("text", ["停水三天了，有事打我老婆手机", "楼上漏水，联系不上就打我媳妇的手机",
                                  "村口路灯坏了好几天了，有事打我爸电话",
                                  "帮邻居反映一下：隔壁张桂兰大娘家停电两天了，她腿脚不好，"
                                  "有事打她电话13912345678，或者打我的15866661111"])
def test_a_report_with_a_number_to_call_is_routine_and_not_the_polices(rig: Rig,
                                                                       text: str) -> None:
    user = rig.citizen()
    [said, *_] = rig.answers(rig.say(user, text, name="老乡"))
    [ticket] = rig.tickets_of(user)
    assert not ticket["urgent"] and ticket["unit"] != "police", ticket
    assert "110" not in said and "紧急" not in said, said


def test_violence_with_a_phone_elsewhere_stays_urgent(rig: Rig) -> None:
    user = rig.citizen()
    rig.say(user, "我老公喝醉了在家打我，快来人，有事打我妈电话", name="老乡")
    [ticket] = rig.tickets_of(user)
    assert ticket["urgent"], ticket


# Harassment by phone (an outside tester's finding, round 20): 一直打我电话骚扰 was read as a blow
# and as harassment in person, and went to the women's federation. It is the police's nuisance by
# phone, not an emergency; harassment in person (性骚扰, 跟踪) keeps its reading.
HOUNDED = ["他电话是15812345678，一直打我电话骚扰，半夜也打", "有个男的天天打我手机骚扰我，换号也没用",
           "这半个月总有人发短信骚扰我，不知道是谁", "一个陌生人老是打电话骚扰我，说些难听的话"]


@pytest.mark.parametrize("text", HOUNDED)
def test_harassment_by_phone_is_the_polices_and_no_emergency(rig: Rig, text: str) -> None:
    user = rig.citizen()
    [said, *_] = rig.answers(rig.say(user, text, name="老乡"))
    [ticket] = rig.tickets_of(user)
    assert ticket["unit"] == "police" and not ticket["urgent"], ticket
    assert "110" not in said, said


@pytest.mark.parametrize(("text", "read"), [
    ("一直打我电话骚扰", "一直电话骚扰"), ("天天发短信骚扰我", "天天电话骚扰"),
    ("老是打电话骚扰我，", "老是电话骚扰，"), ("他一直骚扰我", "他一直骚扰我"),
    ("被公司领导性骚扰", "被公司领导性骚扰"), ("天天打骚扰电话推销贷款", "天天打骚扰电话推销贷款"),
])
def test_only_a_call_or_text_that_harasses_is_read_as_phone_harassment(text: str, read: str) -> None:
    assert dialled(text) == read


# A person alone asked to be called (an outside tester's finding, round 20): 联系不上我就打我儿子 and
# 也可以打我闺女 一三九零… were urgent police tickets. Words that ask for a call before the person, or
# a number after (in figures or in words), make it a call; someone doing it keeps the blow, and a
# blow denied (没人打俺儿子，俺是说…) is none.
ASKED_TO_CALL = [
    "村东头的水管子冻了，联系不上我就打我儿子", "也可以打我闺女 一三九零一二三四五六七",
    "停水了，找不到我打他爹", "俺白天下地，有事打俺闺女也行", "垃圾堆了半个月，可以打我家老头",
    "联系不上俺就打俺孙子，号码一三八零零零零一一一一", "我不在家，急事打我老伴吧",
    "没人打俺儿子，俺是说联系不上俺就给俺儿子打电话", "不是有人打我闺女，是让你们打我闺女电话",
]
STILL_A_BLOW = ["他打我儿子", "他一有事就打我儿子", "我老公有事就打我儿子", "他可以打我儿子吗",
                "联系不上我儿子了，他一晚上没回家"]


@pytest.mark.parametrize("text", ASKED_TO_CALL)
def test_a_person_asked_to_be_called_is_no_violence(text: str) -> None:
    found = assess(normalize(text))
    assert not found.cues, (text, found)


@pytest.mark.parametrize("text", STILL_A_BLOW)
def test_someone_doing_it_stays_urgent(text: str) -> None:
    found = assess(normalize(text))
    assert found.cues, (text, found)
