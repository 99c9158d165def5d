"""Reports dressed as non-reports that round 7 found called noise (issue #10), pinned by their
class with our own sentences: a forwarded notice or advert quoted with the forwarder's own
complaint after it, thanks that turn to a new request (…，就是…; 再麻烦一件事), a harm told by what
someone did (叫人推走了, 转出去两千), thanks for a tip and then the tip, an emergency or a report
written in English or typed in pinyin before its place, and a report that ends with how to reach
its writer (联系电话：…, 地址：…), which only an advert's words make an advert.
A notice that quotes a phrase of its own, a poem with a verse's pair of qualities (圆又圆), English
chat and an advert with its phone number stay non-reports."""

from __future__ import annotations

import pytest

from nlp.router import Router

REPORTS = [
    '转发："本周六起县医院门诊延长到晚八点"。俺昨天七点去的，说早就下班了，这算咋回事',
    '群里转的那个"扫码领补贴"，俺爹扫了，卡里两千块钱没了，咋办',
    "谢谢上回帮着修了路灯，就是俺这条胡同的下水道又冒上来了，臭得不行",
    "谢谢！再麻烦一件事：学校门口那个小卖部卖三无辣条，孩子吃了拉肚子",
    "俺家院里的电动车叫人推走了，监控也没拍清楚",
    "闺女在网上被人哄着买游戏皮肤，前后转出去两千多",
    "Help please, my car was hit and my wife is bleeding, we are on the road near the garlic market",
    "煤气泄漏了，联系电话：13812345678",
    "楼道灯坏了 联系电话13812345678 微信同号",
    "水管漏水好几天了，地址：金城街道某小区5号楼，联系电话：0537-8812345",
    "厨房里一股煤气味，奶奶还在屋里，联系电话：13905371234",
    "天然气味道很大，地址：幸福小区3号楼，联系电话：13905371234",
    "感谢邻居提醒，俺家门口的电线杆歪了",
    "I smell gas in the kitchen, my kids are inside",
    "Please help, my wife is giving birth",
    "Our water pipe burst, phone 13905376666",
    "shui guan po le man di dou shi shui 我家在金城街道幸福小区",
]
NON_REPORTS = [
    '【反诈提醒】凡是让你"先交保证金"的贷款都是骗局！请大家相互转告，不要轻信。',
    "月亮圆又圆，照着小河边，娃娃睡得香，梦里笑甜甜",
    "Hello, just trying this app, nice to meet you",
    "专业疏通下水道，联系电话：13812345678",
    "家电维修 空调不制冷 上门服务 联系电话：13812345678",
    "冷库招工，包吃住，联系电话：13812345678",
    "谢谢提醒，我知道了",
    "Thank you for your help",
    "ni hao a jin tian tian qi zhen hao",
]


@pytest.mark.parametrize("text", REPORTS)
def test_a_report_in_these_clothes_is_a_report(router: Router, text: str) -> None:
    assert router.route(text).kind == "report"


@pytest.mark.parametrize("text", NON_REPORTS)
def test_notices_rumours_verses_and_chat_stay_noise(router: Router, text: str) -> None:
    assert router.route(text).kind == "noise"


@pytest.mark.parametrize(("text", "unit"), [
    ("厨房里一股煤气味，奶奶还在屋里，联系电话：13905371234", "housing"),
    ("有人晕倒了，叫不醒，联系电话：13905371234", "health"),
    ("I smell gas in the kitchen, my kids are inside", "housing"),
    ("Please help, my wife is giving birth", "health"),
    ("Someone is beating a woman outside my door right now", "police"),
])
def test_an_emergency_signed_with_a_phone_or_told_in_english_is_urgent(
    router: Router, text: str, unit: str
) -> None:
    route = router.route(text)
    assert (route.kind, route.urgent, route.unit) == ("report", True, unit)
