"""Thanks that only open a message, and a matter of the writer's own told after them.

Citizens are polite: 谢谢你们！ or 谢谢你们平时辛苦！ opens many a report (…俺村后头天天一帮人
赌钱, …有个事不知道归谁管, …俺娘的药刷不了). A letter of thanks tells the help given (是你们帮俺…,
修好了, 要回来了) and keeps praising; a report opened by thanks goes on to the writer's own place
or matter with no praise, help or resolution in it. Read by nlp.noise, where the thanks would
otherwise make the message a letter of thanks.

Thanks for an earlier matter and a new one told after them in the same message (上次路灯修好了谢谢
你们，还有俺村东头的桥栏杆断了) are split by `thanks_then`: the thanks are for the ticket finished
before, the rest is read as a report (bot/actions/earlier.py).

Patterns work on normalised text (nlp.tokenizer.normalize).
"""

from __future__ import annotations

import re

__all__ = ["matter_after_thanks", "tells_done", "thanks_then"]

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


_THANKED = re.compile(r"谢谢|多谢|感谢|谢了|辛苦(?:你们|您|大家)?了|给你们点赞|点个赞|\bthanks?\b|"
                      r"\bthank you\b|\bappreciated?\b", re.IGNORECASE)
# What turns from the thanks to the new matter (还有, 另外, by the way), taken off the rest.
_TURN = (r"(?:还有(?:个|件|一件|一个)?(?:事|问题)?|另外|另|再就是|再有|顺便(?:说一下|问一下|反映一下)?|"
         r"也想反映一下|also|and also|another thing|btw|by the way)")
_CUT = re.compile(rf"[，,。.!！;；~～\n]+\s*(?:{_TURN}[，,:：\s]*)?|(?<=[了们您啊呀])\s*{_TURN}[，,:：\s]*",
                  re.IGNORECASE)
_TURN_START = re.compile(rf"^(?:{_TURN})[，,:：\s]*", re.IGNORECASE)


def thanks_then(text: str) -> tuple[str, str] | None:
    """(the thanks, what follows them) when a message opens with thanks and goes on to say
    something else (上次路灯修好了谢谢你们，还有俺村东头的桥栏杆断了 → (上次路灯修好了谢谢你们,
    俺村东头的桥栏杆断了)); None when it thanks for nothing or says nothing after its thanks."""
    last = None
    for cut in _CUT.finditer(text):
        if _THANKED.search(text[:cut.start()]):
            last = cut
            if not _THANKED.search(text[cut.end():]):
                break
    if last is None:
        return None
    thanks, rest = text[:last.start()].strip(), _TURN_START.sub("", text[last.end():].strip())
    return (thanks, rest) if rest.strip(" ，,。.!！") else None


_DONE = re.compile(r"(?:修|办|处理|弄|搞|清|装|换|补)(?:好|完|妥)了|解决了|到账了|(?:通|亮|来水|来电)了|"
                   r"\b(?:fixed|repaired|solved|sorted|done)\b", re.IGNORECASE)


def tells_done(thanks: str) -> bool:
    """Whether thanks say what was done for the writer (路灯修好了谢谢你们, thanks for fixing…
    fixed): thanks for a matter finished, not the courtesy that opens a letter (谢谢你们！)."""
    return _DONE.search(thanks) is not None or "for fixing" in thanks.lower()
