"""Work done to a thing, said in the citizen's own words at a 回访 (T25 finding 16).

At 问题是否解决, 换了 (the railing was replaced), 栏杆是换了, 都给修了, 换了个新的 say the work
was done: 已解决 — when the work done is all the clause says. 换了个地方还是漏 (the trouble goes
on) and 换了人也没用 (something else was changed) are no such answer. The work is nlp.settled's
(the words 护栏弄上了 is read by). How the work was done (焊得太糙了, 活儿干得挺细) answers no
question: it is a remark on the result, kept on the ticket with the answers around it.
Patterns work on a clause with its punctuation taken out (bot.domain.visit).
"""

from __future__ import annotations

import re

from nlp.settled import WORK

__all__ = ["WORKED", "WORKMANSHIP"]

# A thing named before the work (栏杆, 路灯, 井盖): a few characters, no negation nor 还/又, and
# no person (换了人 is no work on the matter).
_THING = r"[^\W\d_没未不还又说次把被谢你我他她们人]{0,8}?"
WORKED = re.compile(rf"^{_THING}(?:是|已经|已|都|也)?(?:给|帮(?:我们|俺们?|咱们)?)?"
                    rf"(?:{WORK})(?:过)?了(?:个?新的?)?$")
# How the work was done: 焊得太糙了, 修得挺好, 活儿干得不错.
WORKMANSHIP = (rf"(?:活儿?)?(?:{WORK}|做|干)得(?:也|还|太|很|有点|有些|真|挺|比较|特别|不太|不怎么)?"
               r"(?:粗糙|糙|粗|差|马虎|潦草|毛糙|难看|不好|不行|不结实|不牢|凑合|一般|好|不错|漂亮"
               r"|结实|细致?|仔细)(?:了|的|啊|呀)?")
