"""A bare feeling: 很不满意, 太差劲了, 真让人失望, 气死我了, really unhappy, very disappointed.

Such a message says how the writer feels and nothing of what about: no matter, no place, no
person. It is no report (no unit can act on it, and a word of feeling is no unit's matter, though
a learned table may lean on one), so the router calls it noise with the topic "vague" (nlp.asking)
and the bot asks what the matter is — unless a ticket of the writer's was just answered or
finished, whose readers take it first (a 回访 waiting reads 很不满意 as its 满意度).

A message is a bare feeling when, with the words of feeling, of degree, the writer and whom it is
said to, and particles taken away, nothing is left: any word of its own (路灯, 物业, 服务, 态度)
makes it something to read as a report. Patterns work on normalised text.
"""

from __future__ import annotations

import re

__all__ = ["bare_feeling"]

_LONGEST = 20  # characters of CJK: a bare feeling is short
_ENGLISH_WORDS = 8
# How the writer feels, or what they call it, with nothing of what it is about.
_FEELING = re.compile(
    r"不满意|不满|失望|寒心|心寒|伤心|难过|生气|愤怒|气愤|窝火|恼火|憋屈|委屈|无语|郁闷|崩溃|"
    r"差劲|差评|差|糟糕|糟透|离谱|过分|不像话|不靠谱|不负责任?|没良心|"
    r"气死(我|人)?|烦死(我|人)?|受不了|服了|无奈|心累|"
    r"(什么|啥)玩意(儿)?|搞什么(名堂|鬼)?|这叫什么事")
# Degree, the writer, whom it is said to, a sigh: what says nothing of a matter.
_FILLER = re.compile(
    r"很|太|真|真是|真的|非常|特别|十分|极其|极了|实在|简直|好|挺|超|超级|相当|有点|有些|太太|越来越|"
    r"(我们|俺们|咱们|你们|您们|我|俺|咱|你|您|让人|令人|叫人|人)|对|感到|觉得|表示|"
    r"了|啊|呀|吧|呢|哦|哎|唉|哎呀|哼|嘛|的|都|就|也|又|还|是|这|那|个|么|吗|"
    r"[\s,，.。!！?？~～、…:：;；]|[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_EN_FEELING = re.compile(
    r"\b(unhappy|disappointed|disappointing|dissatisfied|unsatisfied|not (happy|satisfied|ok|okay)|"
    r"angry|furious|upset|annoyed|frustrated|fed up|sick of (this|it)|terrible|awful|horrible|"
    r"ridiculous|unacceptable|useless|pathetic|disgusting|outrageous|(so |very |really )?bad)\b")
_EN_FILLER = re.compile(
    r"\b(i|i'm|i am|im|we|we're|we are|am|are|is|it's|it is|this is|that's|that is|this|that|so|"
    r"very|really|extremely|totally|completely|quite|pretty|just|absolutely|too|such|how|"
    r"feel|feeling|with (you|this|it)|at all|ugh|argh|oh|wow|seriously|honestly|a|an|the)\b|"
    r"[\s,.!?~…:;'’]|[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F]")


def bare_feeling(text: str) -> bool:
    """True when normalised text only tells a feeling (很不满意, 太差劲了, really unhappy) and
    nothing of what it is about."""
    if _CJK.search(text):
        if len(_CJK.findall(text)) > _LONGEST or not _FEELING.search(text):
            return False
        return not _FILLER.sub("", _FEELING.sub("", text))
    if len(text.split()) > _ENGLISH_WORDS or not _EN_FEELING.search(text):
        return False
    return not _EN_FILLER.sub("", _EN_FEELING.sub(" ", text)).strip()
