"""Non-reports recognised by their shape (issue #10): an advert in a salesman's own voice, a
recipe that opens with a question, a chain message, a horoscope, a letter of thanks, several
questions about the service, an encyclopedia entry, a news item, a forecast, an outing, a song.
Whatever the shape, a citizen's own problem added to it makes the message a report: every
non-report here, followed by any of the complaints, must be a report."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import load_config
from nlp.router import Router
from nlp.routes import build_router

REPO = Path(__file__).resolve().parent.parent

SHAPES = {
    "advert in the first person": (
        "大家好，我是做装修的老马，承接家装、刷墙、铺地砖，十年老师傅，价格实惠，"
        "质保三年，全县免费上门量房，需要的私信我"
    ),
    "recipe opening with a question": (
        "蒜泥茄子怎么做才好吃？茄子洗净切条上锅蒸十五分钟，蒜末加生抽、香醋、少许"
        "糖调成汁，浇在茄子上，再淋一勺热油，撒葱花即可"
    ),
    "chain message": (
        "医生朋友说的，睡前千万不要喝牛奶，早上千万别空腹喝豆浆，看完转发给身边的"
        "亲人朋友，功德无量"
    ),
    "horoscope": (
        "本周运势：处女座工作顺利，财运上扬；天秤座感情甜蜜，宜表白；摩羯座注意肠"
        "胃，少吃辛辣"
    ),
    "letter of thanks": (
        "致县供电公司的感谢信：前几天我们村变压器烧了，抢修队的师傅们连夜换上新的"
        "，天亮就来电了。全村老少特写此信，表示衷心的感谢！"
    ),
    "questions about the service": (
        "你们这个平台晚上有人值班吗？发过去的照片谁能看到？我的名字会不会被公开？"
        "先问清楚"
    ),
    "a joke": (
        "讲个笑话：儿子问爸爸，为什么天上的星星不会掉下来？爸爸说因为它们抓得牢。"
        "哈哈，解解闷"
    ),
    "encyclopedia": (
        "羊山战役纪念馆位于金乡县羊山镇，是为纪念1947年羊山战役而建，馆内陈列"
        "大量历史文物，是全国爱国主义教育基地"
    ),
    # Round 4: third-person prose and pleasant remarks, recognised by their shape.
    "definition": "蒲公英是菊科蒲公英属多年生草本植物，又称黄花地丁，全草可入药，有清热解毒的功效",
    "news item": (
        "前天晚上，县城金山路一男子驾驶电动车与一辆轿车相撞，所幸无人员伤亡，交警迅速到场"
        "处置"
    ),
    "weather forecast": "明天阴转小雨，东南风三到四级，最高气温十五度，最低气温六度",
    "an outing": "周末陪老伴去湿地公园转了转，荷花开得正艳，拍了好多照片，空气特别好",
    "song lyrics": "我和你心连心，同住地球村，为梦想千里行，相会在北京",
    "greeting card": "腊八节到了，祝金来办的全体工作人员腊八快乐，万事顺心，阖家欢乐！",
}
COMPLAINTS = [
    "可是我们家已经停电三天了，到现在没人管",
    "但是俺家的自来水还是发黄，咋回事？",
    "另外反映一下，小区门口的井盖丢了好几天了",
    "结果我被骗了两千块钱，请帮我追回来",
]


@pytest.fixture(scope="module")
def router() -> Router:
    config = load_config(REPO / "config.example.toml")
    return build_router([(u.code, u.name, u.keywords) for u in config.units])


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_non_report_is_known_by_its_shape(router: Router, shape: str) -> None:
    assert router.route(SHAPES[shape]).kind == "noise", shape


@pytest.mark.parametrize("complaint", COMPLAINTS)
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_problem_of_ones_own_added_to_any_shape_is_a_report(
    router: Router, shape: str, complaint: str
) -> None:
    assert router.route(f"{SHAPES[shape]}。{complaint}").kind == "report", shape
