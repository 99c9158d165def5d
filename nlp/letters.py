"""A citizen's message written as a letter to the office: its courtesy opening (尊敬的领导：
您好！, 各位领导你们好, 打扰一下, Dear Sir or Madam,) says nothing of any matter, and its lead
(关于中心街下水道的问题，…, Regarding the water cut in my flat, …) names the matter the rest is
about. Pure text readers: bot/domain/visit_clauses.py reads a 回访 answer written this way as it
reads one told plainly (下水道那个，有人来过了…).
"""

from __future__ import annotations

import re

__all__ = ["ABOUT", "ABOUT_EN", "body"]

_GREETING = (r"(?:(?:尊敬的[^，,。.！!？?；;:：\s]{1,10}|各位(?:领导|同志|工作人员)|领导们?|工作人员|"
             r"同志们?)(?:(?:您|你|你们)?好(?:呀|啊)?)?|(?:您|你|你们|大家)好(?:呀|啊)?|"
             r"打扰(?:一下|了|您了?)?|麻烦(?:一下|了)?(?=[，,。！!]))")
# In English: Dear Sir or Madam, / To whom it may concern: / Hello, — up to its mark.
_EN_GREETING = (r"(?i:dear\s[^,，:：!！\n]{1,30}|to whom it may concern|hello|hi|good\s(?:morning|"
                r"afternoon|evening)|respected\s[^,，:：!！\n]{1,30})(?=[,，:：!！])")
_OPENING = re.compile(rf"^\s*(?:(?:{_GREETING}|{_EN_GREETING})[，,。.！!：:\s~～]*)+")
# 关于中心街下水道的问题，… / 关于上次反映的路灯的事：… / 对于西街停水一事，…
ABOUT = (r"\s*(?:关于|对于)(?:上次|之前|前几天|前段时间|我)?(?:反映|说|报|提)?(?:过)?的?"
         r"(?P<about>[^，,。.！!？?；;:：\s]{1,15}?)(?:的|一)?(?:问题|事情?|情况|诉求)"
         r"[，,:：。\s]*")
# The same lead in English: Regarding the water cut in my flat, … / About the water: …
ABOUT_EN = (r"\s*(?i:regarding|concerning|about|as for|as to|with regard to|re)\s+"
            r"(?i:the\s+|my\s+|our\s+)?(?P<about_en>[^，,。.！!？?；;:：]{2,40}?)\s*[，,:：]\s*")


def body(text: str) -> str:
    """`text` without its courtesy opening (尊敬的领导：您好！…): the words that say something."""
    found = _OPENING.match(text)
    return text[found.end():] if found and found.end() < len(text.rstrip()) else text
