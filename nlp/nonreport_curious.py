"""Idle curiosity and idle talk, read by nlp.noise: a question about a kind of thing, market talk,
the weather sighed about and a school task asked for help.

A question whose subject is a kind of thing — an animal, the sky, the human body, a dish, a fruit,
a place of history (金鱼为啥老浮在水面上, 人为什么会打哈欠, 米饭夹生了怎么补救, 长城到底有多长) — asks
how things are, whatever its verbs say (浮, 打哈欠, 砸死, 夹生了 are the animal's, the body's or the
pot's, nobody's trouble). The general-question rule (nlp.nonreport_asked) cannot see this: its cues
of trouble and of something come about are read for every question. Here the subject opens the
message and the question ends it, and what would make it a report is read narrowly instead: the
writer's own (我家的狗, 俺村的鸡), an office's matter (谁管, 证, 费), a public place (村, 小区, 学校,
医院), money, harm to people (咬人, 扰民) or a grievance (为啥还不…).

Market talk — stocks, gold, a lottery draw — says what everyone's money did, not what was done to
the writer: 股票又跌了, 金价这么高还能买吗, 这期双色球开的啥号. A scam told in it (a group, a 老师, money
sent, nobody answering) is a report.

The weather sighed about — 热死了, 这风刮得, 雾霾天又来了 — is everyone's: its troubles are the
weather's own (死, 乱, 又). Weather that harms a place or a thing (结冰没人撒盐, 刮倒, 淹了), or the writer's
own, a public place, a service cut or a request told with it, is a report.

A school task asked for help (作文怎么写, 这道题怎么做, 这个句子对不对) names a school's words
(小学, 三年级) with no complaint about the school: homework, not a matter for education.

Patterns work on normalised text (nlp.tokenizer.normalize).
"""

from __future__ import annotations

import re

from nlp.pasted import TROUBLE
from nlp.regex import quick

__all__ = ["curious", "homework_help", "market_talk", "weather_talk"]

_CURIOUS_CHARS = 30  # characters of content: an idle question is a line
_CURIOUS_EVIDENCE = 2.0  # keyword evidence: a question naming this much of a unit's matter is its
_CONTENT = re.compile(r"[\u4e00-\u9fffa-z0-9]")
# How the question may open before its subject: 请问, 你知道, 谁知道, a cook's or a keeper's verb.
_LEAD = (r"^(请问|问一下|问下|想问问?|你知道|谁知道|有谁知道|考考你)?[,，:：\s]*"
         r"(蒸|煮|炒|炖|烤|做|腌|包|养|种|吃)?")
# A kind of thing as a subject: animals, plants, the sky and the earth, the body, dishes and
# fruit, the far away and the long ago.
_KIND = re.compile(
    _LEAD + r"(猫|狗|小狗|小猫|鸡|公鸡|母鸡|鸭|鹅|金鱼|鱼|乌龟|兔子|蚂蚁|蚊子|苍蝇|蜜蜂|蝴蝶|鸟|麻雀|燕子|"
    r"鹦鹉|仓鼠|青蛙|蛇|熊猫|老虎|狮子|大象|长颈鹿|恐龙|鲸鱼|海豚|天鹅|"
    r"月亮|太阳|星星|彩虹|闪电|云|天空|天上|地球|宇宙|火星|海水|大海|四季|"
    r"人(?=(为什么|为啥|为何))|"
    r"[\u4e00-\u9fff]{0,2}(肉丝|肉片|红烧肉|排骨|鸡蛋|米饭|馒头|面条|饺子|包子|粽子|月饼|汤圆|豆腐|蛋糕|面包|"
    r"西瓜|苹果|香蕉|橘子|葡萄|西红柿|土豆|茄子|黄瓜)|"
    r"长城|故宫|金字塔|秦始皇|古代|古人|绿萝|仙人掌|树叶|叶子|花儿?)"
    r"(?![场塘厂舍圈棚池店市摊苗])")  # 鸡场, 鱼塘, 花店: a place, not a kind
_ASKS = re.compile(
    r"[?？]|吗|么|呢|啥|什么|怎么|怎样|咋|如何|为什么|为啥|为何|多(长|高|远|大|久|重|深|少)|哪|谁|"
    r"是不是|有没有|会不会|能不能|还是|(?<![好十这那前后头])几(?![十百千万回次遍趟])")
# What would make it a report: the writer's own, an office's matter, a public place, money,
# harm to people, a grievance or a request.
_STAKE = re.compile(
    r"我|俺|咱|我们|家里|家的|邻居|隔壁|楼上|楼下|村|庄|镇|县|乡|街|路|小区|学校|幼儿园|医院|卫生院|"
    r"河|塘|湖|水库|井|沟|渠|"
    r"厂|店|超市|饭店|食堂|市场|公司|单位|政府|部门|谁管|管管|不管|没人管|找谁|投诉|举报|反映|"
    r"证|费|钱|元|块|价|卖|买|收购|赔|罚|补贴|补助|咬人|伤人|扰民|吵得|臭|污染|病死|死了|(全|都|成片|一片|大片)死|死(光|绝)|"
    r"[几百千万\d]+(只|头|条|斤)|这(几|两)天|好几天|天了|"
    r"(为什么|为啥|为何|怎么|咋)(还|又|就|总|老)?(不|没)(?!有)|老是不|一直不|到现在|天天|每天|"
    r"请(?!问)|希望|麻烦|帮忙|尽快|赶紧")


def curious(text: str, evidence: float) -> bool:
    """A short question of normalised text about a kind of thing (an animal, the sky, the body, a
    dish, the far away), with nothing of the writer's own, an office's, a public place's, money,
    harm to people or a grievance in it."""
    if evidence >= _CURIOUS_EVIDENCE or len(_CONTENT.findall(text)) > _CURIOUS_CHARS:
        return False
    return bool(_KIND.match(text) and _ASKS.search(text) and not _STAKE.search(text))


# Markets everyone watches: shares, funds, gold, a lottery's draw.
_MARKET = re.compile(r"股票|股市|大盘|a股|涨停|跌停|金价|黄金价|彩票|双色球|大乐透|福彩|体彩|开奖")
# A scam or a shop's wrong told in market words: a group, a teacher, money sent or held back,
# nobody answering, a request.
_SCAMMED = re.compile(
    r"骗|被|盗|冻结|群|老师|导师|平台|转(钱|账|款|给)|汇款|充值|联系不上|拉黑|退|赔|维权|聚众|赌|店|门口|"
    r"谁管|管管|投诉|举报|反映|报警|请|希望|麻烦|帮(忙|我|俺)")


def market_talk(text: str) -> bool:
    """Talk of shares, gold or a lottery in normalised text (short), with no scam or shop's wrong
    told in it."""
    return len(_CONTENT.findall(text)) <= _CURIOUS_CHARS and bool(
        _MARKET.search(text)) and not _SCAMMED.search(text)


# A school task: a composition, a sum, a sentence, a poem's next line.
_TASK = re.compile(r"作文|数学题|应用题|这道题|这题|(英语|英文)?句子|造句|古诗|下一句|上一句|作业题|鸡兔同笼")
_HOW = re.compile(r"怎么(写|做|算|解|翻译)|咋(写|做|算|解)|如何(写|做|算|解)|对不对|对吗|是(啥|什么)|"
                  r"帮(我|俺)?(检查|看看|改改|算算)|各(几|多少)")
# The school's doing, not the task's: too much of it, a fee, a teacher's wrong, a child hurt.
_SCHOOL_WRONG = re.compile(
    r"太多|太难|写到|熬到|(夜里|半夜|晚上)[一二两三四五六七八九十\d]+点|收(费|钱)|交钱|费|买|订|老师(让|要|打|骂|罚)|"
    r"家长(批改|改)|罚|打|骂|投诉|举报|反映|谁管|管管|请|希望|麻烦(你们|您)")


def homework_help(text: str) -> bool:
    """A school task asked for help in normalised text (short), with no wrong of the school's."""
    return len(_CONTENT.findall(text)) <= _CURIOUS_CHARS + 10 and bool(
        _TASK.search(text) and _HOW.search(text)) and not _SCHOOL_WRONG.search(text)


_TROUBLE = quick(TROUBLE)
_WEATHER_EVIDENCE = 3.0  # keyword evidence: 雾霾, 出门 name a unit's word each, no matter
# The weather itself, and what it does to everyone: hot, cold, windy, wet, smog.
_WEATHER = re.compile(
    r"天气|(热|冷|闷|晒|冻)(死|坏)了|(热|冷|闷)得|风刮得|这风|大风|刮风|下雨|下雪|雨天|雪天|雾霾|"
    r"(啥|什么)时候(才能|能|才)?(凉快|暖和|放晴|晴|下雨|下雪)|凉快|暖和|降温|升温|气温|(太阳|日头)[^,，。]{0,2}毒")
# What would make it a report: harm to a place or a thing, a service cut, a public place, the
# writer's own, someone at risk, a request.
_WEATHER_HARM = re.compile(
    r"倒|掉|塌|断|坏(?!了$)|淹|漏|冲|结冰|滑|堵|停|没(电|水|暖|气|有)|连个|暖气|空调|电|水管|冒|烟|厂|工地|赔|"
    r"我们|俺|咱|家|村|庄|小区|学校|医院|路|街|车|老人|孩子|学生|工人|中暑|晕|病|"
    r"谁管|管管|没人管|不管|找谁|投诉|举报|反映|请(?!问)|希望|麻烦|帮忙|尽快|赶紧|政府|部门")


# The weather opens the sigh: 这天儿热得…, 这两天热死了, 雾霾天又来了 (a place that opens it,
# 胡同一下雨就成河, is the place's trouble).
_WEATHER_OPENS = re.compile(
    r"^(这|今|明|最近|这两|这几|前两|这些)?(天儿?|两天|几天|日子)?[,，\s]*(" + _WEATHER.pattern + ")")
# A sigh's own troubles (又, 乱, 死了, 烦): any other is the weather's harm to someone.
_SIGH = {"又", "乱", "死了", "难", "烦"}


def weather_talk(text: str, evidence: float) -> bool:
    """The weather sighed about in normalised text (short), opening with it, with no harm to a
    place or a thing, no service cut and nothing of the writer's own in it."""
    if evidence >= _WEATHER_EVIDENCE or len(_CONTENT.findall(text)) > _CURIOUS_CHARS or not (
            _WEATHER_OPENS.match(text)):
        return False
    rest = _WEATHER.sub("", text)
    return not (_WEATHER_HARM.search(rest) or any(
        match.group() not in _SIGH for match in _TROUBLE.finditer(rest)))
