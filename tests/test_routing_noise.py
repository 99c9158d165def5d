"""Non-reports recognised by what they are, and reports that look like them, pinned with our
own sentences: a real report must practically never be called noise."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import load_config
from nlp.router import Router
from nlp.routes import build_router

REPO = Path(__file__).resolve().parent.parent

NON_REPORTS = [
    "您好，在吗",
    "领导好",
    "早上好！",
    "新年快乐，祝你们工作顺利",
    "感谢城管局的同志，上次反映的问题当天就解决了，给你们点赞！",
    "我要表扬供电所的王师傅，半夜冒雨来抢修，服务特别周到，太感动了",
    "谢谢，已经收到了",
    "好的，知道了，辛苦你们",
    "你们是政府的吗？",
    "我反映的问题别人能看到我的名字吗",
    "这个号是真的还是骗人的",
    "用这个反映问题要收费吗",
    "我的手机号会不会泄露给被举报的人",
    "可以匿名反映吗",
    "机器人你好，你都会干啥",
    "关于开展城乡居民医保集中缴费工作的通知：各位居民，2025年度居民医保缴费自即日起开始，截止到12月31日，请相互转告",
    "温馨提示：因线路检修，明天8:00-18:00城东部分小区停电，给您带来不便敬请谅解",
    "本店新到一批优质复合肥，价格实惠，欢迎选购，联系电话13812345678",
    "专业疏通下水道、管道维修，24小时上门，价格优惠，电话15900001111",
    "红烧肉的做法：五花肉切块焯水，锅中放少许油，加入冰糖炒出糖色，再放生抽老抽，小火炖40分钟即可",
    "大蒜是百合科葱属植物，原产于亚洲西部，富含大蒜素，具有杀菌消炎的作用",
    "近日，县水务局召开防汛工作推进会，会议强调要扎实做好汛前准备，确保安全度汛",
    "啊啊啊啊啊",
    "……",
    "123456",
    "😊😊😊",
    "ok",
    "今天星期几",
    "你喜欢吃什么",
]
REPORTS = [
    "你好，我家停水了",
    "谢谢你们上次帮忙，可是路灯又坏了",
    "感谢政府！但是低保到现在还没发",
    "物业贴了通知说明天停水，可是已经停了三天了",
    "村里大喇叭天天放广告，吵得睡不着",
    "有人在村里推销保健品，说能治百病，骗了好多老人的钱",
    "收到一条短信说我中奖了要交手续费，是不是骗子",
    "问一下，办残疾证需要什么材料",
    "你好，请问医保在哪交",
    "小区门口贴的招聘广告说日结300，是真的吗",
    "在吗？我们村的路灯不亮了",
    "你好，我想问一下孩子上学的事",
    "我是金乡街道的居民，首先感谢你们的辛勤工作。但是我们小区的垃圾已经一个星期没人清运了，天气这么热，臭气熏天，苍蝇蚊子到处都是，打了好几次电话都说马上来，到现在也没人来，你们到底管不管？",
    "新开的那家饭店天天在门口放音乐搞促销，声音特别大，邻居们都受不了",
    "我在网上看到一个招聘广告，交了500元培训费，结果人找不到了",
    "工资",
    "低保",
    "路灯",
    "这个月电费怎么这么多",
    "物业不作为",
    "家里老人没人管怎么办",
    "请问办理营业执照需要多久？",
    "老板跑了",
    "俺的地被人占了",
    "狗咬人了",
]


@pytest.fixture(scope="module")
def router() -> Router:
    config = load_config(REPO / "config.example.toml")
    return build_router([(u.code, u.name, u.keywords) for u in config.units])


@pytest.mark.parametrize("text", NON_REPORTS)
def test_a_non_report_is_noise(router: Router, text: str) -> None:
    assert router.route(text).kind == "noise"


@pytest.mark.parametrize("text", REPORTS)
def test_a_report_is_never_noise(router: Router, text: str) -> None:
    assert router.route(text).kind == "report"


def test_a_long_angry_letter_is_a_report_whatever_it_quotes(router: Router) -> None:
    letter = (
        "近日，据了解，我们小区门口新开了一家烧烤店，天天营业到凌晨两三点，油烟直接往楼上窗户里灌，"
        "喝酒划拳的声音吵得整栋楼都睡不着觉。我们找过物业，物业说管不了；打过热线，说会转给相关部门，"
        "可到现在一个多月了，一点变化都没有。难道就没人管了吗？强烈要求有关部门尽快处理！"
    )
    assert router.route(letter).kind == "report"


@pytest.mark.parametrize(
    ("text", "topic"),
    [("领导好", "greeting"), ("给你们点赞，办事效率真高", "thanks"), ("可以匿名反映吗", "meta")],
)
def test_noise_topic_picks_the_answer(router: Router, text: str, topic: str) -> None:
    assert router.noise_topic(text) == topic
