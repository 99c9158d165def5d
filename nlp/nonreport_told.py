"""A report told after an opening that is none: whatever opens a message (a question about the
weather or the bot, a greeting, a wish, a joke), a later sentence in which the writer tells of
their own trouble makes it a report.

A citizen often starts with what is on their mind or with a word to the bot (明天会下雪吗？,
你们周末上班吗？, Happy new year!) and only then says what is wrong in their own place (我们村的路还没
修好, 我家暖气才十五度, the power in our village keeps cutting out). The opening's words may lean to
noise (weather, a greeting), but the later sentence is the writer's own: the first person (我, 俺,
咱, my, our, with their place or things) and a thing wrong told in one sentence. A
non-report's first person seldom tells trouble after an opening: a dream, a game or a film told
is no sentence of one's own place going wrong, and a question about oneself (我是不是该分手)
tells none. Where what follows the opening, read alone, still leans to noise, the learned table
may call it so (nlp.nonreport_now).

Patterns work on normalised text (nlp.tokenizer.normalize).
"""

from __future__ import annotations

import re

from nlp.regex import quick

__all__ = ["told_after"]

_OPENING = 16  # characters: an opening is a few words (明天会下雪吗, Happy new year)
_ASKED = re.compile(r"[吗呢]$|[吗呢][,，]|\?")  # a sentence asking is no trouble told
# Where an opening ends: a question, an exclamation or a full stop; 吗/呢 before a comma asks too.
_OPENING_END = re.compile(r"[?？!！。~～…]+|(?<=[吗呢])[,，]")
_SENTENCE = re.compile(r"[^?？!！。;；]+")
# The writer's own place, home, work or things (我们村, 俺家, 我的工资; our village, my boss).
_OWN = re.compile(r"(我|俺|咱)(们)?(的)?(家|村|小区|楼|厂|单位|学校|孩子|娃|地|房|屋|路|街|院|工资|钱|车|店)|"
                  r"\b(my|our)\b", re.IGNORECASE)
# A thing wrong with it, not a turn of a story (nlp.pasted.TROUBLE's 但是, 却, 又 and 难
# are not read here: a non-report's first person turns and sighs too).
_TROUBLE_NOW = quick(r"还(是)?没(?!(下班|休息|睡|吃))|一直没|没人管|没法|"
                     r"(?<![给管修理来通发])不(给|管|修|理|来|通|发)|坏|漏|堵|裂|塌|停(水|电|气)|没(水|电|气)|欠|拖|不能用|用不了|不热|不亮|到现在|"
                     r"没(发|到账|兑现|落实)|被.{0,6}(收|占|拆|扣|砍|打|骗|偷|抢|撞|咬|罚)")
# English trouble of a service, a home or a wage (a unit's word alone is none: I'm a
# teacher here).
_ENGLISH_TROUBLE = re.compile(
    r"\b(keeps? (cutting|going|getting) (out|off|cut)|cut(ting)? (off|out)|"
    r"(has|have)n'?t (been|come|arrived|paid|fixed)|"
    r"not (working|paid|fixed|come|arrived)|no (water|power|heat(ing)?|electricity)|off since|"
    r"still (leaking|broken|not)|leak(s|ing)?|broken|blocked|stolen|cheated|scammed|unpaid|"
    r"stinks?|too (loud|noisy|dirty|expensive))\b")
# Told, not lived: a dream, a film, a game or a story retold is nobody's trouble now.
_NOT_LIVED = re.compile(r"梦(见|到|里)|电视剧|电影|剧里|小说|游戏|dream|movie|film|game")


def told_after(text: str) -> str:
    """What follows the opening of normalised text when a sentence there tells of the writer's
    own trouble (their place or things and a thing wrong in one sentence), else ""."""
    opening = _OPENING_END.search(text)
    if opening is None or opening.start() > _OPENING or opening.end() >= len(text) or (
            _NOT_LIVED.search(text)):
        return ""
    rest = text[opening.end():]
    for sentence in _SENTENCE.findall(rest):
        if not _OWN.search(sentence) or _ASKED.search(sentence):
            continue
        if _TROUBLE_NOW.search(sentence) or _ENGLISH_TROUBLE.search(sentence):
            return rest
    return ""
