"""Non-reports recognised by their shape (issue #10): an advert in a salesman's own voice, a
recipe that opens with a question, a chain message, a horoscope, a letter of thanks, several
questions about the service, an encyclopedia entry, a news item, a forecast, an outing, a song,
chat meant for family, a shopping-app favour, a misfired voice message, a joke or rumour passed on.
Whatever the shape, a citizen's own problem added to it makes the message a report: every
non-report here, followed by any of the complaints, must be a report."""

from __future__ import annotations

import pytest

from nlp.router import Router

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
    # Round 5: messages meant for someone else, texts passed on, songs of uneven lines.
    "chat meant for family": (
        "哥，明天你开车回来的时候顺路去镇上把咱爹的降压药拿了，我跟药店说好了，你直接报我名字就行"
    ),
    "a favour for a shopping app": "拼多多帮我砍一刀呗，就差3块钱就能免费领电饭锅了，谢谢啦",
    "voice message sent by mistake": "喂 喂 这个咋用的 能听见不 俺闺女说按着说话 喂 算了算了不弄了",
    "a forwarded joke": "群里转的：老公问我为啥天天刷手机，我说在学习，他说学的啥，我说学怎么花钱😂😂",
    "a rumour passed on": "都在传明天开始镇上的超市都要关门，我也不知道真假，先发出来，大家帮忙转一下",
    "a tip with a header": "春季防过敏：出门戴口罩，回家先洗脸，被子常晒晒，花粉多的地方少去，大家记住了吗？",
    "a nursery song": "小花猫，喵喵叫，爬上树梢睡午觉，太阳公公眯眯笑，老鼠看见赶紧跑",
    "news with a header": "今日热点：邻县一家合作社引进新品种，亩产比往年提高两成，带动周边百余户增收",
    "a question naming the service": "请问这里是金来办吗？帮邻居家老人反映也可以吗",
}
COMPLAINTS = [
    "可是我们家已经停电三天了，到现在没人管",
    "但是俺家的自来水还是发黄，咋回事？",
    "另外反映一下，小区门口的井盖丢了好几天了",
    "结果我被骗了两千块钱，请帮我追回来",
]


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_non_report_is_known_by_its_shape(router: Router, shape: str) -> None:
    assert router.route(SHAPES[shape]).kind == "noise", shape


@pytest.mark.parametrize("complaint", COMPLAINTS)
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_problem_of_ones_own_added_to_any_shape_is_a_report(
    router: Router, shape: str, complaint: str
) -> None:
    assert router.route(f"{SHAPES[shape]}。{complaint}").kind == "report", shape
