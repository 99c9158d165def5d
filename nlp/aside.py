"""What a message says beside its matter: the writer's personal details, and places named only to
say where something is.

A report often ends with who is writing (我的身份证号是372328…, 电话138…): an ID card named
with its number is the writer's, not a lost card for the police to reissue, so routing reads
those details as blank. A unit's place named to locate the trouble (二中门口的坑, 医院对面的
路灯, 卫生院后墙根的管子) says where, not whose: such a word counts LANDMARK of its weight, as an
English one does (nlp.english), so it neither decides nor names another problem (另涉及). So does
the writer's own job told to introduce themselves (我是一名老师，我家楼下路灯坏了; Hello, I'm a teacher
from Canada … the streetlight … is broken): who writes is not what is wrong.
"""

from __future__ import annotations

import re

from nlp.english import unit_words as english_words

__all__ = ["LANDMARK", "blank", "introduced", "unit_words", "where"]

LANDMARK = 0.3
_DETAILS = re.compile(r"[0-9]{4}|[0-9]\*")
# A document or a phone named with its number: the writer's own details.
_PERSONAL = re.compile(
    r"(我的|本人的?|俺的|我)?(身份证|证件)(号码|号)?(码)?(是|为|:|后四位|后六位|尾号)?[ ]?[0-9xX*]{4,}"
    r"|(联系)?(电话|手机|手机号|手机号码|联系方式)(是|为|:)?[ ]?1?[0-9*]{6,}"
)
# A landmark (a school, a hospital, a bank, an office, an estate, a square) followed by a word of
# position; not a shop or a restaurant, whose door is often where its own matter is (门口写着特价).
_PLACE = re.compile(r"(学校|[小中大]学|[一二三四五六七八九十]中|[一二三四五六七八九十]小|幼儿园|"
                    r"医院|卫生院|卫生室|诊所|银行|车站|汽车站|政府|派出所|"
                    r"加油站|广场|公园|小区|村委|服务中心)$")
_POSITION = re.compile(r"(的)?(大门口|门口|门前|旁边|边上|附近|对面|周边|周围|后墙|墙根|墙外|后面|后边|前面|"
                       r"东边|西边|南边|北边|那边|跟前|路口|东侧|西侧|南侧|北侧)")
_NEAR = re.compile(r"(靠近|挨着|紧挨着|紧邻)$")
# In English, a landmark's name may stand between: near the Jinxiang No.2 middle school.
_NEAR_NAMED = re.compile(r"\b(near|next to|beside|behind|outside|opposite|across from|in front of)"
                         r"( [\w.'-]+){1,4} $")
_LANDMARK_EN = re.compile(r"\b(school|hospital|clinic|kindergarten|bank|(bus |train )?station|park|"
                          r"square|government|police station)s?$")

# The writer's own job, introducing themselves: 我是一名中学老师, 本人是退休医生, 俺是个种地的农民;
# I'm an English teacher, I work as a nurse, as a doctor. Only a job: 我是低保户 or I'm a
# veteran says whose matter it may be, and is left to count.
_JOB = (r"老师|教师|班主任|校长|医生|大夫|护士|村医|农民|果农|菜农|工人|司机|警察|民警|辅警|律师|会计|"
        r"公务员|学生|大学生|研究生|工程师|厨师|保安|快递员|外卖员|电工|网格员|志愿者|职工|记者")
_INTRO = re.compile(rf"(?:我|俺|本人)(?:是|系|当)(?:一名|一个|一位|个|名|位)?[^,.!?;:\s。、]{{0,8}}?"
                    rf"(?:{_JOB})(?=[,.!?;:\s。、]|$)")
_JOB_EN = (r"teachers?|nurses?|doctors?|farmers?|students?|engineers?|drivers?|police ?officers?|"
           r"policem[ae]n|lawyers?|accountants?|civil servants?|workers?|electricians?|cooks?|chefs?|"
           r"security guards?|volunteers?|journalists?|shop ?keepers?|plumbers?")
# The workplace that goes with it, in a sentence of its own, is the writer's too: I'm a teacher at
# the No.1 Middle School. / I work at the county hospital as a nurse. (… at the school and the
# school has not paid us goes on about the workplace: it counts.)
_WORKPLACE_EN = (r"(?:at|in|of|from)\s+(?:the\s+|a\s+|our\s+)?(?:[\w.'-]+\s+){0,4}?"
                 r"(?:school|hospital|clinic|kindergarten|bank|station|factory|company|college)s?\b")
_INTRO_EN = re.compile(rf"\b(?:(?:i'?m|i am|i work as|i worked as)\s+(?:an?\s+)?|as an?\s+)"
                       rf"(?:[a-z-]+\s+){{0,2}}?(?:{_JOB_EN})\b(?:\s+{_WORKPLACE_EN}(?=\s*[.;!]))?|"
                       rf"\bi (?:work|worked|teach|taught)\s+{_WORKPLACE_EN}"
                       rf"(?=\s+as an?\s+(?:[a-z-]+\s+)?(?:{_JOB_EN})\s*[.;!])")


def introduced(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies in the writer's own job, told to introduce themselves."""
    pattern = _INTRO_EN if text[start:end].isascii() else _INTRO
    return any(m.start() <= start and end <= m.end() for m in pattern.finditer(text))


def blank(text: str) -> str:
    """Normalised text with the writer's personal details (an ID card or a phone with its
    number) blanked to spaces, positions kept."""
    if not _DETAILS.search(text):
        return text  # most messages hold no number
    return _PERSONAL.sub(lambda m: " " * len(m.group()), text)


def where(text: str, start: int, end: int) -> bool:
    """Whether the place at text[start:end] is named only to say where (二中门口, 靠近医院), or the
    word is the writer's own job in a self-introduction (我是一名老师)."""
    if not _PLACE.search(text[start:end]):
        return introduced(text, start, end)
    return bool(_POSITION.match(text, end) or _NEAR.search(text[max(0, start - 4) : start]))


def unit_words(text: str) -> list[tuple[str, str, int, int, float]]:
    """nlp.english's remit words of normalised text, a place named only to say where counting
    LANDMARK also when its name stands between (near the Jinxiang No.2 middle school)."""
    return [(code, typed, start, end, min(strength, LANDMARK) if (_LANDMARK_EN.search(typed)
             and _NEAR_NAMED.search(text[max(0, start - 50) : start])) or introduced(text, start, end)
             else strength)
            for code, typed, start, end, strength in english_words(text)]
