"""A unit's question to a citizen, and the citizen's short answer to it (refs #10).

After `/reply 5 哪栋楼几单元？` the citizen answers `3号楼2单元，俺家502，楼上602`: words that only
give a place, a time, a phone number or a yes or no, with nothing else said — no report of a
matter of its own. `asks` reads a unit's words as a question; `answers` reads a citizen's words
as such an answer. Which ticket it answers is for the bot (bot/actions/asked.py).
Patterns work on normalised text (nlp.tokenizer.normalize).
"""

from __future__ import annotations

import re

from nlp.tokenizer import normalize

__all__ = ["answers", "asks"]

_ANSWER_CHARS = 40  # an answer is no longer than this (characters of content)
_LEFT_CHARS = 1  # … and this much of it at most is not a place, time, number or yes/no

_QUESTION = re.compile(r"[?？]|吗|哪|什么|几|多少|是否|能否|可否|请问|请提供|请告知|麻烦告诉|方便")
_PLACE = re.compile(
    r"[\d一二三四五六七八九十百零两]+\s*(?:号楼|号院|号|栋|幢|座|单元|室|户|层|楼|组|排|巷|弄|门|区|期)"
    r"|[^\s,，。.;；的把被了在不到给]{1,6}?(?:小区|花园|家园|公寓|新村|社区|村|镇|乡|街道|街|路|巷|大道|广场|市场)"
    r"|[东西南北前后正侧大小]门|楼上|楼下|隔壁|对门|对面|旁边|门口|后面|前面|东边|西边|南边|北边|东头|西头|拐角|路口"
)
_TIME = re.compile(
    r"[\d一二三四五六七八九十两半]+\s*(?:点半?|点钟|时|分钟?|号|日|月|天|周|个?星期|个?小时|年)"
    r"|今天|昨天|前天|明天|后天|上午|下午|中午|晚上|夜里|凌晨|早上|傍晚|白天|周末|最近|一直|刚才|现在"
)
_PHONE = re.compile(r"\+?\d[\d\s-]{6,}\d")
_NUMBER = re.compile(r"\d+")
_YES_NO = re.compile(
    r"是的|不是|对的|没错|对|是|有的|没有|有|没|好的|可以|行|不行|不用|知道|不知道|不清楚|在家|不在家|方便|"
    r"不方便|嗯|好"
)
_FILLER = re.compile(r"俺家|我家|家里|我们|俺们|我|俺|在|的|了|啊|呀|吧|呢|哦|大概|左右|差不多|就是|"
                     r"还有|和|跟|也|都|住|那个|这个|电话|手机|地址|时间|联系|以后|以前|之前|之后|前后|谢谢")
_MARKS = re.compile(r"[\s\W_]+")


def asks(text: str) -> bool:
    """Whether a unit's words to a citizen ask them something (哪栋楼几单元？ 您方便接电话吗)."""
    return _QUESTION.search(normalize(text)) is not None


def answers(text: str) -> bool:
    """Whether a citizen's words only answer a question: a place, a time, a phone number, a yes
    or a no, with at most a few characters else (3号楼2单元，俺家502，楼上602; 明天上午在家)."""
    plain = _MARKS.sub("", normalize(text))
    if not plain or len(plain) > _ANSWER_CHARS:
        return False
    rest = normalize(text)
    for pattern in (_PHONE, _PLACE, _TIME, _NUMBER, _YES_NO, _FILLER):
        rest = pattern.sub(" ", rest)
    return len(_MARKS.sub("", rest)) <= _LEFT_CHARS
