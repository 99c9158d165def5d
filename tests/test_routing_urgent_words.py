"""Alarming words that tell of no emergency now, pinned by class with our own sentences, each
beside a real emergency that uses the same word: a place or a paper or a seller that cannot be
found, an illness of long ago, a word inside another word, a harm feared or lasting, and a fault
that smokes or sparks whenever it is used (round 6, indep_g and indep_h)."""

from __future__ import annotations

import pytest

from nlp.tokenizer import normalize
from nlp.urgent import urgent_cues

# (routine report, emergency with the same word)
PAIRS = [
    # someone or something "not found" that is a place, a document or a seller gone
    ("火车站附近停车找不着地方，转了半个钟头", "俺家老人出去遛弯找不着了，天都黑了，电话也不接"),
    ("去年交的入学材料，现在学校说找不着了，让重交", "孩子在河边玩，一转眼找不着了，河边只有他的鞋"),
    ("网上买的化肥是假的，店关了，现在人找不着了", "我外甥放学到现在没回家，人找不着了，电话关机"),
    # an illness long past, asked about now
    ("俺闺女小时候发高烧落下了癫痫，现在能办残疾证吗", "孩子发高烧抽搐，现在叫也叫不醒"),
    ("我爸年轻时候从脚手架上摔下来伤了腰，现在干不了重活，有补助吗", "我爸刚从脚手架上摔下来，现在起不来了"),
    # a word inside another word
    ("村里的老光棍住的屋子漏雨，冬天没人管", "有个醉汉拿着棍子在村口追着孩子打"),
    ("装垃圾的蛇皮袋堆在河沿上没人清，孩子老去翻", "孩子在草堆里被蛇咬了，腿肿得老粗"),
    ("新买的鞋穿了一天脚后跟磨出血泡，商场不给退", "老人摔倒了，头上一直在流血"),
    ("小区公厕晚上锁门，出来散步的人憋急了没处去", "孩子吃果冻噎住了，脸都憋紫了"),
    ("孩子的玩具枪质量太差，一按就卡壳，也没厂名", "有人拿着枪在超市门口，大家都在往外跑"),
    # a harm feared, or lasting, with nothing happening now
    ("学校那个锅炉房老旧得很，迟早要出事，也没人来查", "锅炉房里砰的一声炸了，里面还有工人"),
    ("马上汛期了，村西的堤坝有好几处裂缝，怕到时候顶不住", "河堤开口子了，水往村里灌，老人还在屋里"),
    ("小区配电房白天黑夜嗡嗡响，吵得睡不着", "配电房冒黑烟了，旁边一群孩子在玩"),
    ("工地把钢管从楼上往下扔，也不拉警戒线", "几个人拿着钢管在饭店里打人，有人满头是血"),
    ("孩子刚生下来在医院住了几天，花的钱能报不", "俺媳妇在家生下来孩子不哭，脸发紫"),
    # a fault that smokes or sparks whenever it is used, a smell in the water
    ("家里的电线太老了，插个电饭锅就冒烟味，想换线找谁", "家里插座冒烟了，孩子还在屋里睡觉"),
    ("新买的电热毯一插上就冒烟，商家不给换", "屋里突然冒烟了，老人在里面出不来"),
    ("自来水里一股子消毒水味冲鼻子，烧开了也有", "屋里一股很冲的煤气味，我妈躺着喊不醒"),
    ("树枝和电线搅在一起，刮风天直冒火星子，去年就报过", "电线断了掉在地上冒火星子，旁边都是放学的孩子"),
    # a machine that does not respond is no body (round 10, indep_u)
    ("小区门口的充电桩扫码没反应，打客服也没人管", "老人倒在院里，叫他没反应"),
    ("公交车上刷卡没反应，司机非让下车", "孩子从水里捞上来没反应了"),
]


@pytest.mark.parametrize(("routine", "emergency"), PAIRS, ids=[f"pair{n}" for n in range(len(PAIRS))])
def test_the_routine_report_is_not_urgent_and_the_emergency_is(routine: str, emergency: str) -> None:
    assert urgent_cues(normalize(routine)) == (), routine
    assert urgent_cues(normalize(emergency)), emergency
