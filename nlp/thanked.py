"""Thanks that only open a message, and a matter of the writer's own told after them.

Citizens are polite: 谢谢你们！ or 谢谢你们平时辛苦！ opens many a report (…俺村后头天天一帮人
赌钱, …有个事不知道归谁管, …俺娘的药刷不了). A letter of thanks tells the help given (是你们帮俺…,
修好了, 要回来了) and keeps praising; a report opened by thanks goes on to the writer's own place
or matter with no praise, help or resolution in it. Read by nlp.noise, where the thanks would
otherwise make the message a letter of thanks.

Patterns work on normalised text (nlp.tokenizer.normalize).
"""

from __future__ import annotations

import re

__all__ = ["matter_after_thanks"]

# A short clause of thanks at the very start: 谢谢你们！, 感谢各位平时辛苦了，
_OPENING = re.compile(r"^(谢谢|感谢|多谢|辛苦)[^,，。!！?？]{0,12}[,，。!！~～\s]+")
# The writer's own place, people or matter: 俺村, 我家, 俺娘, 有个事.
_OWN = re.compile(r"(俺|我|咱)(们)?(村|家|娘|爹|妈|爸|这|那|小区|楼|孩子|闺女|儿子|老人|单位|厂)|"
                  r"有(个|件)事|这(个|件)事")
# What a letter of thanks goes on with: praise, the help given, the matter put right.
_THANKFUL = re.compile(
    r"谢|辛苦|满意|点赞|表扬|好人|热情|耐心|负责|及时|很快|真快|方便|顺利|感动|暖心|贴心|"
    r"是你们|多亏|幸亏|帮(我|俺|咱)|给(我|俺|咱)们?(把|办|修|解决|要|找)|要回|找回|"
    r"(修|办|处理|弄|搞)(好|完)了|解决了|(已经|终于)|好了|通了|来了|到账|(款|钱|补贴|补助|证)[^,，。]{0,3}"
    r"(到|下来|发)了|好政策|(真|真是|可)(好|不错)")
_BODY = 12  # characters of the writer's own after the thanks: a matter, not a closing


def matter_after_thanks(text: str) -> str:
    """What follows thanks that open the message when it is the writer's own place or matter
    told with no praise, help or resolution in it, else "": nlp.noise reads it for a problem."""
    opening = _OPENING.match(text)
    if not opening:
        return ""
    body = text[opening.end():]
    own = len(body) >= _BODY and bool(_OWN.search(body)) and not _THANKFUL.search(body)
    return body if own else ""
