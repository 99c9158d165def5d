"""Whether a 办结 result only says the matter was passed on to someone else (T24 finding 11):
`/done 9 已转综合执法局处理` left no unit holding the problem while its citizen read it was
finished. Such a result is no 办结: the ticket moves with /transfer. Pure."""

from __future__ import annotations

import re

__all__ = ["only_passed_on"]

# 已转综合执法局处理, 已经转交给城管, 转给住建局了, 已移交镇政府办理, 已转到热线: a verb of passing
# on — never 转告/转达 (told someone) or 转账 (money paid) — then who to, then at most "to handle".
_PASSED = re.compile(
    r"^(?:本单位|我们|我局|我单位)?(?:已经?|已)?(?:转交|转给|转到|转至|转往|移交|移送|转由|转|交由|交给)"
    r"(?!告|达|账|发|载|述|变|好|正|入|移|运|弯|动)"
    r"(?:给|至|到)?(?P<who>[^，,。；;！!、\s]{1,20}?)"
    r"(?:进行|负责|依法|继续)?(?:处理|办理|处置|查处|核实|解决|跟进)?(?:了)?$")
# … and who to is a body: a bureau, an office, a town, the hotline (never 交给市民 a new meter).
_BODY = re.compile(r"局|所|站|办|中心|公司|部门|单位|委|政府|街道|镇|乡|队|院|处|科|热线|城管|执法|"
                   r"物业|社区|村委|居委|供电|供水|燃气|厅|部|会")
_END = "。.！!~～ "


def only_passed_on(result: str) -> bool:
    """True when `result` says no more than that the matter went to another body."""
    words = result.strip().strip(_END)
    found = _PASSED.match(words)
    return found is not None and _BODY.search(found["who"]) is not None
