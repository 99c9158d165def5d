"""Idle curiosity and idle talk (nlp.nonreport_curious): a question about a kind of thing, talk of
shares or gold, homework asked for help and the weather sighed about are noise; the same words
with the writer's own, a public place, money, harm, a grievance or a request stay a report."""

from __future__ import annotations

import pytest

from nlp.nonreport_curious import curious, homework_help, market_talk, weather_talk
from nlp.router import Router
from nlp.tokenizer import normalize


@pytest.mark.parametrize("text", [
    "乌龟为啥冬天一动不动",
    "鹦鹉为什么会学人说话",
    "人为什么会做梦",
    "恐龍到底有多大",  # traditional characters
    "彩虹为啥是弯的",
    "请问西瓜放冰箱能放几天",
    "炖排骨先焯水还是直接炖",
    "蒸包子面没发起来咋办",
    "金字塔是谁盖的",
    "仙人掌多久浇一次水",
])
def test_a_question_about_a_kind_of_thing_is_noise(router: Router, text: str) -> None:
    assert curious(normalize(text), 0.0)
    route = router.route(text)
    assert route.kind == "noise", route.keywords
    assert router.noise_topic(text) == "question"  # answered as a question it cannot answer


@pytest.mark.parametrize(("text", "unit"), [
    ("鱼塘里的鱼为什么一夜之间全死了", "agri"),  # a farmed pond: 水产 is the agriculture bureau's
    ("邻居家的狗为什么天天半夜叫", "police"),
    ("河里的鱼为啥都浮上来了", "water"),
    ("米饭为什么是馊的，学校食堂天天这样", "education"),
    ("超市买的苹果为啥一半是烂的", "market"),
    ("人为什么不给办低保", "civil"),
    ("月亮湾小区的路灯为什么不亮", "urban"),
    ("长城小区的暖气为什么还不热", "housing"),
])
def test_the_same_kinds_with_a_place_money_or_harm_stay_reports(router: Router, text: str, unit: str) -> None:
    assert not curious(normalize(text), 0.0)
    route = router.route(text)
    assert (route.kind, route.unit) == ("report", unit), route.keywords


@pytest.mark.parametrize("text", ["鸡为什么这几天一直死，是不是瘟", "狗为啥老咬人也没人管",
                                  "蚊子这么多为什么不打药", "鸡场的鸡为什么不下蛋了"])
def test_a_kind_of_thing_with_a_loss_a_grievance_or_a_place_is_no_idle_question(text: str) -> None:
    assert not curious(normalize(text), 0.0)
    assert not curious(normalize("狗为什么追车"), 2.0)  # a unit's matter named this strongly is its own


def test_shares_gold_and_a_lottery_talked_about_are_noise_and_a_scam_is_not(router: Router) -> None:
    for text in ("股市今天又绿了，心疼", "金价还会涨吗", "大乐透这期奖池多少"):
        assert market_talk(normalize(text)), text
        assert router.route(text).kind == "noise", text
    for text in ("股票群里的老师让俺转钱，现在联系不上了", "彩票店老板不给兑奖",
                 "小区维修基金不知道花哪去了，物业不给看账"):
        assert not market_talk(normalize(text)), text
        assert router.route(text).kind == "report", text


def test_homework_asked_for_help_is_noise_and_the_school_complained_of_is_not(router: Router) -> None:
    for text in ("初二的作文《我的家乡》怎么写", "这道应用题怎么算：一辆车每小时跑六十公里"):
        assert homework_help(normalize(text)), text
        assert router.route(text).kind == "noise", text
    for text in ("孩子作业太多了，每天写到夜里十一点", "作文要求家长代写，老师还让买作文书",
                 "这道题老师说错了还罚孩子抄十遍"):
        assert not homework_help(normalize(text)), text
        route = router.route(text)
        assert (route.kind, route.unit) == ("report", "education"), text


def test_the_weather_sighed_about_is_noise_and_its_harm_is_a_report(router: Router) -> None:
    for text in ("这几天冻死了，啥时候才能暖和", "今天这风刮得，伞都打不住", "最近天气闷得慌"):
        assert weather_talk(normalize(text), 0.0), text
        assert router.route(text).kind == "noise", text
    for text, unit in (("这两天热死了，小区又停电了", "power"),
                       ("这天冷得要命，俺家暖气还是凉的", "housing"),
                       ("下雪了路上结了冰，也没人撒盐", "transport"),
                       ("今天风大，广告牌刮下来砸了车", "urban"),
                       ("天气这么冷，五保户屋里连个炉子都没有", "civil"), ("胡同一下雨就成河", "water")):
        assert not weather_talk(normalize(text), 0.0), text
        route = router.route(text)
        assert (route.kind, route.unit) == ("report", unit), text


def test_a_programme_judged_and_a_christmas_greeting_are_noise(router: Router) -> None:
    for text in ("昨晚那台晚会太假了", "这个选秀节目真没意思", "Merry Christmas and a happy new year!"):
        assert router.route(text).kind == "noise", text
    for text in ("楼下天天放综艺节目声音开得老大",
                 "Merry Christmas! The heating in our flat is broken again."):
        assert router.route(text).kind == "report", text
