"""A chase that names the earlier matter it presses (刚才煤气那个事，人到现在还没来; 我刚才说的煤气
泄漏，怎么还没人来; 昨天反映的停水的事到现在没人管): it refers back to a matter told before (刚才/上午/
昨天/之前 … 那个事/那件事/的事, 我刚才说的 …) and presses for it (还没来, 没人来, 怎么还没, 到现在).
A question after a matter named as one (下水道那个事有人管了吗, 我前面说的那个路灯的事咋样了) asks
after it the same way. Such a message names a hazard or a unit's matter only to say which of the
writer's tickets it chases, so it is a chase of that ticket, not a new report — unless what it
says besides tells a new danger happening now (刚才煤气那个事还没人来，现在又着火了; …，现在有人晕倒了).
In English a question asking after it is read so (any update on my complaint about the street
light?, the pothole I reported - any news?, any update on the passport case?), with what is said
after it the rest (… I need to travel next week), as in Chinese.

`referred` returns the words that name the matter (the reference) and the rest, for the bot to
find the ticket it names among the writer's open ones, and to tell a matter of its own told
besides (…到现在没人管，我家楼上漏水) from more of the same one.
Patterns work on normalised text (nlp.tokenizer.normalize).
"""

from __future__ import annotations

import re

from nlp.emergency import assess

__all__ = ["asks_progress", "names_ticket", "of_all", "referred", "split"]

_WHEN = (r"(?:刚才|刚刚|方才|上午|下午|早上|早晨|中午|晚上|昨天|昨晚|前天|之前|先前|上次|上回|"
         r"前几天|前两天|前面|前边|那会儿?)")
_TOLD = r"(?:说|反映|报|提|讲|打电话说|投诉|举报|发)(?:过|了)?的"
# Asking after it: is anyone on it, how is it going, how far has it got.
_ASKED = (r"(?:有人|有没有人)(?:管|处理|来)(?:了)?(?:吗|么|没有?)|(?:咋|怎么|如何)样了|到哪一?步了?|"
          r"(?:有|有没有)(?:进展|进度|结果|回音|消息|动静|下文)|进度(?:怎么样|如何|咋样)|"
          r"(?:处理|办|修|弄|搞)(?:好)?了?(?:吗|么|没有?)")
# A matter referred back to: 刚才煤气那个事, 上午燃气的事, 之前着火那件事, 我刚才说的煤气泄漏,
# 昨天反映的停水. The reference runs to the end of its clause or to the press that follows it.
_REFERENCE = re.compile(
    rf"{_WHEN}[^,.!?;]{{0,14}}?(?:那个事情?|那件事情?|那事儿?|的事情?|那个问题|的问题|那个情况|的情况)|"
    rf"(?:我|俺|咱)(?:们)?(?:家)?{_WHEN}?{_TOLD}[^,.!?;]{{0,14}}|"
    rf"{_WHEN}{_TOLD}[^,.!?;]{{0,14}}|"
    # With no time word, only a matter named as one (下水道那个事, 那个桥的事) asked after below.
    # A ticket named by its matter (路灯那个单子, 停水的工单) is asked after the same way, and so
    # is a matter pointed back to with 那个 alone (摆摊那个有人管没有, 上回那个路灯咋样了).
    r"[^,.!?;]{1,10}?(?:那个事情?|那件事情?|那事儿?|的事情?|(?:那|这)(?:个|张)?(?:单子|工单)|"
    r"的(?:单子|工单))(?=[^,.!?;]{0,3}(?:" + _ASKED + "))|"
    r"[^,.!?;]{1,10}?(?:那个|那件)(?=" + _ASKED + ")|"
    # … or after it, as the writer's own (俺那个铁锈味的水咋样了: T28 finding 10)
    r"(?:我|俺|咱)(?:们)?(?:家)?的?(?:那个|那件)[^,.!?;]{1,10}?(?=" + _ASKED + ")|"
    rf"{_WHEN}(?:说的|反映的)?(?:那个|那件)[^,.!?;]{{1,10}}?(?=" + _ASKED + ")"
)
# A ticket named as such, or as the matter the writer reported (我上回说的那个路灯, 我反映的停水).
_TICKET = re.compile(r"单子|工单|(?:我|俺|咱)(?:们)?(?:家)?" + _WHEN + r"?" + _TOLD + "|"
                     r"\b(?:complaint|report|ticket|case|reported|complained)\b")
# All of the writer's matters at once: 我反映的那几个问题, 我那些事, 我报的所有工单, all my reports.
_ALL = re.compile(r"(?:那|这)?(?:几|些)(?:个|件)?(?:问题|事情?|单子|工单|诉求)|"
                  r"(?:所有|全部)(?:的)?(?:问题|事情?|单子|工单|诉求)|"
                  r"\b(?:all|both|each|every one) (?:of )?(?:my|our) |"
                  r"\b(?:my|our) (?:reports|complaints|tickets|cases|issues|problems|requests)\b|"
                  r"\b(?:everything|all|what) (?:i|we)\b")
# The same in English: a progress question naming what the report was about (any update on my
# complaint about the street light?, what's the status of the pothole I reported?, the water cut
# we reported - any news?); a sentence after it is the rest, read by the bot as in Chinese.
_EN_ASK = (r"(?:any|an?) (?:update|news|progress|word|feedback|reply|answer)s?(?: yet)?|"
           r"(?:what['’]?s|what is|how['’]?s|how is) (?:the )?(?:status|progress|latest)|"
           r"(?:what['’]?s|what is) (?:happening|going on)|what (?:has )?happened|"
           r"how is it going|(?:the )?status|(?:is|was) there any (?:progress|news|update)|"
           r"(?:has|is|did) (?:any ?one|some ?one|any ?body|some ?body|you|they) (?:fixed|fix|"
           r"fixing|handled|handle|handling|looked at|look at|looking at|looking into|dealing with)")
_EN_ABOUT = r"(?:on|about|with|to|regarding|for|of|re|concerning)"
# All of the writer's matters in English, the span of a question asking after them (any news
# about my reports?, what's the status of all my complaints?, everything I reported).
_EN_ALL = (r"(?:(?:all|both|each|every one) (?:of )?)?(?:my|our) (?:earlier |previous |other )?"
           r"(?:reports|complaints|tickets|cases|issues|problems|requests|matters)|"
           r"(?:everything|all|what) (?:i|we)(?: have| ve)? (?:reported|sent|told you about|"
           r"complained about)")
_EN_SPAN = (rf"(?:my|our|the) (?:earlier |last |previous |first )?(?:complaint|report|case|ticket|"
            rf"issue|problem|request|message) {_EN_ABOUT}(?: the| my| our)? [a-z0-9' -]{{2,40}}?|"
            r"(?:the|my|our) [a-z0-9' -]{2,40}? (?:i|we) (?:reported|complained about|told you "
            r"about|mentioned|sent)(?: (?:earlier|yesterday|before|last week|this morning))?|"
            # the case named by its matter, as 护照的事 is (the passport case, my water report)
            r"(?:the|my|our) (?:[a-z0-9'-]+ ){1,3}?(?:complaint|report|case|ticket|issue|problem"
            r"|request|matter)|"
            + _EN_ALL)
_EN_REFERENCE = re.compile(
    rf"^(?:(?:hi|hello|hey|excuse me|sorry)[ ,.!]*)?(?:(?:{_EN_ASK})(?: {_EN_ABOUT})? (?P<span>"
    rf"{_EN_SPAN})|(?P<first>{_EN_SPAN})[ ,.:;!?-]*(?:{_EN_ASK})|"
    rf"how (?:are|is) (?P<going>{_EN_ALL}|{_EN_SPAN}) (?:going|doing|getting on|coming along))"
    r"[ ,.!?]*(?:please|thanks|thank you)?"
    # What is said after the question is the rest, as the Chinese one's (…有进展吗？我下周要出门):
    # the bot tells more of the matter (I need to travel next week) from a matter of its own.
    r"(?:[ .!?]*$|(?<=[.!?])[ .!?]*(?P<rest>[^ .!?].*)$)")
# Pressing for it: nobody has come, still nothing done, by now — or asking after it.
_PRESS = re.compile(_ASKED + "|"
    r"(?:还|仍|仍然|一直|到现在|至今)(?:是)?(?:没|没有|不见|未)(?:有)?(?:人)?(?:来|到|管|处理|修|动静|消息|回音)?|"
    r"没(?:有)?(?:人|见人)(?:来|到|管|处理|理|过来)|怎么还|咋还|为啥还|为什么还|到现在|至今|"
    r"还不来|人呢|人在哪"
)


def referred(text: str) -> tuple[str, str] | None:
    """A normalised message that chases an earlier matter it names, as (the words naming it,
    what it says besides the press): 刚才煤气那个事，人到现在还没来 → (刚才煤气那个事, ，人).
    None when it is no such chase: it refers back to no matter, presses for nothing, or tells
    besides a danger happening now (…，现在又着火了). Whether what it says besides names
    another matter is the caller's question, who knows the units and the writer's tickets."""
    found = split(text)
    if found is None:
        english = _EN_REFERENCE.match(text)
        if english is None:
            return None
        span, rest = english["span"] or english["first"] or english["going"], english["rest"]
        return None if rest and assess(rest).cues else (span, rest or " ")
    span, rest = found
    if _PRESS.search(rest) is None or assess(rest).cues:  # a new danger: a report
        return None
    return span, _PRESS.sub(" ", rest)


def split(text: str) -> tuple[str, str] | None:
    """A normalised message that refers back to an earlier matter, as (the reference, the rest):
    刚才煤气那个事，现在又着火了 → (刚才煤气那个事, ，现在又着火了); None when it refers to none.
    What the rest says is what the message tells now."""
    reference = _REFERENCE.search(text)
    if reference is None:
        return None
    span = reference.group()
    press = _PRESS.search(span)
    if press is not None:  # 我刚才说的煤气泄漏怎么还没人来: the press ends the reference
        span = span[:press.start()]
    return span, text[:reference.start()] + " " + text[reference.start() + len(span):]


def of_all(span: str) -> bool:
    """True when the words naming the matter (`referred`'s first) name all the writer's
    matters at once (我反映的那几个问题, 我报的所有工单): the answer lists them."""
    return _ALL.search(span) is not None


def names_ticket(span: str) -> bool:
    """True when the words naming the matter name it as a ticket (路灯那个单子, 停水的工单,
    我上回说的那个路灯, my complaint about the street light): a question about a ticket, never a
    report, even when none of the writer's open ones is about it (it may be finished)."""
    return _TICKET.search(span) is not None


# Only asking how it is going (咋样了, 有进展吗, any update?), against pressing for it: urging,
# nobody has come, how long it has been (催一下, 怎么还没人来, 有人管吗, 都三天了).
_PROGRESS = re.compile(_ASKED + r"|进展|进度|结果|到哪|怎么样|咋样|如何|办好|处理好|修好|"
                       r"\b(?:update|news|progress|status)\b|" + _EN_ASK)
_URGE = re.compile(r"催|快点|快些|快来|赶紧|尽快|抓紧|马上|怎么还|咋还|为啥还|为什么还|还没|还不|到现在|"
                   r"至今|人呢|没人|有人管|有没有人|管不管|急|等了|多久|[几两三四五六七八九十\d]+天了|"
                   r"\b(?:hurry|urgent|asap|still|nobody|no one|days)\b")


def asks_progress(text: str) -> bool:
    """True when a normalised message only asks how a report is going (我反映的那个事办得咋样了,
    有进展吗, any update on my report?) and presses for nothing (催一下, 怎么还没人来, 有人管吗)."""
    return _PROGRESS.search(text) is not None and _URGE.search(text) is None
