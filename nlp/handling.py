"""What a citizen says about how their matter was handled, not about a matter: its speed (下次能
不能快一点, 等得有点久, 效率太低), the staff (态度挺好, 辛苦师傅了) and wishes for next time (希望以后
及时一点).

Told after the 回访 answers it is a remark on the visit (市民回访留言), not a new report: the
actions set these words aside and ask the router whether a matter is left (办事效率 or 有点 name
a unit to the router, and say nothing of a problem here). A matter told with a wish (另外下水道堵了，
希望快点修) keeps its matter when the wish is set aside.
"""

from __future__ import annotations

import re

__all__ = ["about_handling", "without_handling"]

_HANDLING = re.compile(
    # next time, and the wish for it: 下次能不能, 以后最好, 希望今后
    r"(下次|下回|以后|今后|往后|将来)|(能不能|能否|可不可以|可否|希望|最好|建议|但愿)"
    # speed: 快一点, 再快点, 及时些, 抓紧点, 早点儿
    r"|(再|更)?(快(?!递)|早(?![上晨市饭餐])|及时|迅速|抓紧|尽快|麻利)(一)?(点|些)?(儿)?"
    # efficiency: 办事效率太低, 效率再高一点, 速度有点慢
    r"|(办事|工作|处理|办理)?(效率|速度|进度)(太|有点|有些|比较|再|还|也)?(低|慢|高|快|提高|提升)?"
    # slow or late: 有点慢, 太晚了, 拖拉, 等得有点久, 等了好几天
    r"|(太|有点|有些|比较|稍微|稍)?(慢|晚(?![上饭餐间])|拖拉|拖沓|磨蹭)(了|点|些)?"
    r"|等(了)?(得|很|太|好)?(有点|有些|比较)?(久|长|半天|几天|好几天|好久|老半天)"
    # the staff and encouragement: 态度挺好, 服务周到, 辛苦了, 继续努力, 点赞
    r"|(态度|服务)(也|还|都)?(是)?(挺|很|蛮|非常|比较|特别|不太|太|真|有点)?"
    r"(好|一般|差|不错|还行|可以|热情|耐心|周到|冷淡|不好|生硬)?"
    r"|辛苦|继续(保持|努力|加油)?|加油|点赞|表扬")


def about_handling(text: str) -> bool:
    """Whether `text` says anything about the handling (its speed, the staff, next time)."""
    return _HANDLING.search(text) is not None


def without_handling(text: str) -> str:
    """`text` with what it says about the handling set aside."""
    return _HANDLING.sub("", text)
