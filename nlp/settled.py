"""Words saying an open matter needs no more handling (refs #10: 桥栏杆那个事不用管了，村里自己找人
焊上了; 桥栏杆已经修好了，不用来了; 不需要了): the unit need not come, or it was put right without
it. Such a message is about a ticket of the writer's, never a new report nor a thank-you; which
ticket, and whether the writer has one, is for the bot to judge (bot/actions/settled.py).

The message must say so and little else: once the words that say it and the filler of speech
are set aside, what is left names at most the matter meant (桥栏杆), never a report of its own
(nlp.about_only, the shape nlp.withdrawal shares; a bare 不用管了 is a wish to withdraw there).
A question (修好了吗), a trouble said to go on (还没修好, 又坏了) or a negation (没修好) is none.
Patterns work on normalised text (nlp.tokenizer.normalize).
"""

from __future__ import annotations

import re

from nlp import about_only
from nlp.tokenizer import normalize

__all__ = ["DONE", "WORK", "declined_only", "put_right", "read"]

# Done in the writer's own words: a work done to a thing and how it ended up (护栏弄上了, 坑填平了,
# 下水道通开了, 墙砌起来了, 拾掇利索了) — as many ways as elderly speech has; the 回访 reader
# (bot/domain/visit.py) reads them as 已解决 too.
WORK = r"修|弄|整|搞|补|换|装|安|焊|接|盖|铺|填|垫|砌|刷|架|栽|立|扶|处理|拾掇|收拾|鼓捣"
DONE = rf"(?:{WORK})(?:好|上|完|平|牢|结实|起来|利索|妥当?|齐全?)|(?:疏|挖|捅)?通开|搞掂"

# The unit need not come or act: 不用管了, 不用来了, 不需要了, 不用麻烦你们了.
_NO_NEED = (r"(?:不用|不需要|不必|无需|用不着)(?:再|你们|您们|你|您)*"
            r"(?:管|来人?|修|弄|处理|办|派人|跑|麻烦(?:你们|您们|你|您)?|上门)?(?:了|啦)")
# Put right without it: 已经修好了, 自己找人焊上了, 早就弄好了 — never 没修好了.
_PUT_RIGHT = re.compile(
    r"(?<![没不未])(?<!没有)(?:已经|早就?|都)?(?:自己|自个儿?|我们|俺们|咱们|村里|家里|邻居)?"
    rf"(?:找人|花钱|动手|出钱)?(?:{DONE}|(?:解决|通)(?:好|上|完))了|"
    r"(?:已经|早就?)(?:好|解决|恢复|通)了"
)
_SETTLED = re.compile(f"{_NO_NEED}|{_PUT_RIGHT.pattern}")
_NOT = re.compile(r"[?？]|吗|么|[了好]没有?|还没|还是|还不|又|仍然|依然|依旧|照样|没修|没弄|没好")
_FILLER = re.compile(
    r"那个事情?|那件事情?|那事儿?|的事情?|的问题|那个问题|这个事情?|那个|这个|那件|问题|情况|工单|单子|"
    r"村委会?|居委会?|物业|村里|我们|俺们|咱们|自己|自个儿?|找人|花钱|家里|邻居|已经|现在|刚才|之前|"
    r"谢谢(?:你们|您)?|麻烦(?:你们|您)?|辛苦(?:了)?|好的|好了|没事了?|"
    r"你们|您|你|我|俺|就|都|也|了|吧|啊|呀|哈|哦|嗯|的"
)
_DECLINED = re.compile(r"(?:不用|不需要|不必|无需|用不着)(?:了|啦)")


def read(text: str) -> str | None:
    """The words naming the matter meant ("" when none is named) when a message says an open
    matter needs no more handling, else None."""
    plain = normalize(text)
    if _SETTLED.search(plain) is None or _NOT.search(plain) is not None:
        return None
    rest = about_only.left(plain, (_SETTLED,), _FILLER)
    return rest if about_only.names_at_most(rest) else None


def put_right(text: str) -> bool:
    """Whether the words say the matter was put right (修好了, 村里自己找人焊上了), not only that
    nobody need come, and go on about no trouble."""
    plain = normalize(text)
    return _PUT_RIGHT.search(plain) is not None and _NOT.search(plain) is None


def declined_only(text: str) -> bool:
    """Whether the words only decline (不用了，谢谢; 不需要了) and say nothing was put right: as
    likely the answer to a unit's offer (需要给您回个电话吗？) as that the matter is settled."""
    plain = normalize(text)
    return _DECLINED.search(plain) is not None and about_only.left(plain, (_DECLINED,),
                                                                     _FILLER) == ""
