"""Non-reports recognised by their genre (issue #10, nlp/nonreport_forms.py): a labelled note,
a bare list, a score, a law quoted, prices compared, a caption, a riddle, a story told as a
joke, a film talked about, a death mourned, a timetable, a job advert, health advice, a notice
inviting sign-ups, thanks for a matter settled, a question to friends, a poem, homework, a
savings pitch. Each look-alike beside them tells a trouble or asks for something in the same
genre's words, and stays a report; and the genre with a citizen's own trouble added is one too."""

from __future__ import annotations

import pytest

from nlp.router import Router

GENRES = {
    "labelled note": "今晚要做的事：洗衣服 拖地 给闺女检查作业 订明天的蛋糕",
    "packing list": "出门带的东西：身份证、充电宝、雨伞、两件换洗衣服",
    "numbered list": "年货采购单 1.对联 2.瓜子花生 3.五花肉 4.挂面",
    "a score": "昨晚女排3比1战胜对手，晋级四强，太燃了",
    "a law quoted": ("《道路交通安全法》第四十七条：机动车行经人行横道时，应当减速行驶；"
                     "遇行人正在通过人行横道，应当停车让行。"),
    "prices compared": "同一款羽绒服，专卖店卖899，网上卖599，性价比还是网上高",
    "a caption": "图为羊山镇的万亩蒜田，一眼望不到边",
    "a riddle": "猜谜语：红口袋，绿口袋，有人怕，有人爱，打一蔬菜",
    "a riddle answered": "为什么天上的云是白的？因为它们天天洗澡",
    "a story told as a joke": "一只乌龟去邮局寄信，工作人员问它寄到哪，它说寄给十年后的自己",
    "a film": "周末看了一部老电影《甲方乙方》，葛优演技真是没得说",
    "mourning": "沉痛悼念我们敬爱的李老师，您一路走好",
    "a timetable": "D6021次列车济宁北站的发车时间为下午两点十分",
    "a job advert": "诚聘会计一名，要求有初级职称，两年以上工作经验，待遇面议",
    "health advice": "专家提醒：冬季是流感高发季节，老人孩子要注意保暖，适量运动，多吃蔬菜水果",
    "a notice inviting sign-ups": "社区书法班报名开始了，有兴趣的居民朋友请到居委会登记，截止到本月底",
    "a meeting notice": "周四上午九点全体村民代表在村委会大院开会，请准时参加",
    "thanks for a matter settled": "上回反映的下水道早就疏通好了，一直没顾上说，谢谢你们",
    "a question to friends": "哪位朋友有闲置的儿童自行车，想给孩子要一辆",
    "a poem": "写了一首小诗：蒜薹青青，麦浪金黄，风吹过村口的老槐树",
    "homework": "今天的作业是：语文背古诗两首，数学做口算题卡第十页",
    "a savings pitch": "稳健型理财产品，年化收益百分之四，保本保息，到期自动赎回",
}

LOOK_ALIKES = {
    "a list of troubles": ("我们小区的问题：路灯不亮、井盖丢了、垃圾没人清、电梯坏了"),
    "a law quoted against the employer": (
        "《劳动法》里写着加班得给加班费，我们厂天天加班到十点，一分加班费都不给"),
    "prices compared to complain": (
        "同一斤排骨，这家超市标价三十八，结账收我四十五，找他们也不退"),
    "a caption of a dump": ("图片是我们村口的垃圾堆，堆得比墙还高，一个月了没人清"),
    "a job advert that cheated": ("网上的招聘说月薪六千包吃住，去了才知道要先交八百押金"),
    "a notice that went wrong": ("通知说周一恢复供水，今天都周三了，水龙头还是没水"),
    "thanks, then a new matter": ("上回的事谢谢你们，另外我们楼道的灯又坏了，晚上黑乎乎的"),
    "a question to the office": ("哪位领导能管一下，我们村口天天有大车超载，路都压坏了"),
    "a fee imposed through a group": ("班主任在家长群发通知，让每个学生交两百块的资料费，也不给收据"),
    "a film shown too loud": ("广场上放电影的喇叭开到最大，每天晚上吵到十一点，孩子没法写作业"),
}


@pytest.mark.parametrize("text", list(GENRES.values()), ids=list(GENRES))
def test_a_genre_is_no_report(router: Router, text: str) -> None:
    result = router.route(text)
    assert result.kind == "noise", result.keywords
    assert result.to_dict()["unit"] is None


@pytest.mark.parametrize("text", list(LOOK_ALIKES.values()), ids=list(LOOK_ALIKES))
def test_the_same_genre_telling_a_trouble_is_a_report(router: Router, text: str) -> None:
    result = router.route(text)
    assert result.kind == "report", result.keywords
    assert result.to_dict()["unit"] is not None


@pytest.mark.parametrize("text", list(GENRES.values())[:8], ids=list(GENRES)[:8])
def test_a_genre_with_a_trouble_of_ones_own_is_a_report(router: Router, text: str) -> None:
    assert router.route(text + "。另外我家门口的路灯坏了半个月了，请尽快派人修").kind == "report"
