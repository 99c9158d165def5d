"""A question or a plea that names no matter: 我想问一下那个事情怎么弄, 帮我看看这个问题，谢谢了，很急的.

Such a message asks how to do something (怎么弄, 咋办, 怎么办理, 找谁) or for help (帮我看看, 帮忙处理一下,
很急) about "this matter" (这个事, 那个问题) and says nothing of what it is or where. It is no report: no
unit can act on it, and a question word is no unit's matter. Nor is it thanks because it closes
with 谢谢 (thanks for help given, 谢谢你们帮忙, stays thanks). The bot asks what the problem is and
where (nlp.asking names the topic "vague").

A message is vague when, with its greeting, thanks, particles, a placeholder for the matter and
the question or plea taken away, nothing is left; any word of its own (停电, 我家, 孩子, 低保) makes
it something to read as a report. Patterns work on normalised text.
"""

from __future__ import annotations

import re

__all__ = ["ASKING_WORDS", "vague"]

_LONGEST = 40  # characters: a contentless question or plea is short
_I = r"(?:(?:我|俺|咱)们?)"
# Thanks for help given: thanks, not a plea (谢谢你们帮忙, 感谢帮助).
_THANKED_HELP = re.compile(r"(谢谢|感谢|多谢)(你|您|各位|大家)?(们)?(的)?(帮忙|帮助|帮我|帮俺|帮)")
# How to do it, or whom to ask, with no matter named.
ASKING_WORDS = (r"(该|应该|要|得)?(怎么|咋|如何|怎样)(弄|办|整|搞|处理|解决|办理|操作|申请|说)|"
                r"(该|应该|要)?找(谁|哪里|哪儿|哪个部门|哪个单位)|(归)?谁(来)?管|"
                r"(能|可以)(不能|不可以)?(办|解决|处理)|有(没有)?(人|谁)管|(咋|怎么)回事|(什么|啥)情况")
# A plea for help or haste: 帮我看看, 帮忙处理一下, 很急.
_PLEA = (rf"帮帮忙|帮帮{_I}?|帮(个)?忙|求助|求救|帮{_I}|麻烦(你|您)?(们)?|(给|替){_I}|"
         r"(看看|看一下|瞧瞧|查查|查一下|问问|管管|处理|解决|弄|办|想想办法|想办法)|"
         r"(很|好|太|挺|特别|非常|比较|十分|真|真的)?(着|紧)?急(急)*(死了|得很|的很)?|尽快|快点|赶紧|马上")
_ASK = r"(想|要)(问|咨询|打听)(问)?|问(一下|下|问)|咨询|打听|请问"
_TRIGGER = re.compile(rf"{ASKING_WORDS}|{_PLEA}|{_ASK}")
# What says nothing of the matter: greetings, thanks, a placeholder (这个事, 那个问题), particles.
_FILLER = re.compile(
    r"你好|您好|喂|在吗|在不在|领导|同志|工作人员|打扰(一下)?|谢谢|感谢|多谢|"
    rf"({_I}|你|您)?(的|家的)?(这|那)?(个|件|种|些|点|一个|一件)?(事情|事儿|事|问题|情况|毛病)|"
    rf"{_I}|你们|您们|你|您|他们|这个|那个|这|那|想|要|能|请|求求|求|一下|下|"
    r"到底|究竟|具体|[的了啊呀吧呢哦嘛吗么哈呗就都也还是有个给一该让]|[\s,，.。!！?？~～、…]")


def vague(text: str) -> bool:
    """True when normalised text only asks how to do, or pleads for help with, a matter it does
    not name: nothing but greeting, thanks, particles and a placeholder besides."""
    if len(text) > _LONGEST:
        return False
    rest = _THANKED_HELP.sub("", text)
    if not _TRIGGER.search(rest):
        return False
    rest = _TRIGGER.sub("", rest)
    return not _FILLER.sub("", rest)
