"""A remark in English about life in the county (I moved here last spring and like the slow pace,
the sunset over the garlic fields was unreal, would love an English film at the cinema): no report.

It says something pleasant (love, enjoy, nice, miss, haha) and nothing that is wrong, wanted or
owed: a single word of lack, harm, a service, money, a request or a repair keeps it a report,
because an English report often tells its trouble with no trouble word (the streetlight is out,
would be nice if someone fixed it). Read on normalised text without Chinese (nlp.english).
"""

from __future__ import annotations

import re

__all__ = ["remark"]

_PLEASED = re.compile(
    r"\b(love|loved|(?<!sounds )(?<!looks )(?<!feels )(?<!seems )like(?! a | an | someone| somebody| "
    r"something)|liked|enjoy\w*|nice|beautiful|lovely|great|amazing|unreal|fun|funny|miss|haha\w*|lol|"
    r"curious|peaceful|sweet|fine|happy|glad|thanks?|thank you|wish|tips|delicious|tasty|cute|cool|"
    r"awesome|excited|proud)\b")
# Anything wrong, wanted, owed or urgent, a public service or money, a repair or a request.
_UNPLEASED = re.compile(
    r"\b(please (?!disregard|ignore)|quick\w*|send (officers|someone|help|people|an?|the)|shout\w*|"
    r"scream\w*|knock\w*|cry\w*|inside|right now|not|no|never|nobody|nothing|without|can'?t|won'?t|"
    r"don'?t|doesn'?t|didn'?t|isn'?t|aren'?t|wasn'?t|haven'?t|hasn'?t|broken|broke|dirty|noisy|noise|"
    r"loud|bad|worse|worst|late|smell\w*|stink\w*|dangerous|danger|problem\w*|complain\w*|pile\w*|"
    r"overflow\w*|out of|missing|lost|stolen|fees?|charg\w+|pay|paid|money|price|refund|wait\w*|still|"
    r"again|always|every|too|dark|holes?|crack\w*|leak\w*|block\w*|flood\w*|dust\w*|smoke|trash|garbage|"
    r"rubbish|sewage|mess\w*|fix\w*|repair\w*|clean\w*|install\w*|should|need\w*|must|nice if|great if|"
    r"better if|love it if|help|hurt|sick|ill|pain|afraid|scared|worr\w+|angry|upset|unfair|cheat\w*|"
    r"rude|refus\w*|owe\w*|salary|wages?|landlord|deposit|rent|fine[ds]|ticket|police|fight\w*|"
    r"attack\w*|stuck|trapped|fell|fall\w*|bit|bitten|bleed\w*|fire|burn\w*|gas|water|power|electric\w*|"
    r"heating|cold|freez\w*|hot|dead|die\w*|died|stray|barking|construction|drill\w*|closed|cancel\w*|"
    r"delay\w*|expired?|denied|reject\w*)\b")


def remark(text: str) -> bool:
    """Whether English text is a pleasant remark with nothing wrong, wanted or owed in it."""
    return bool(_PLEASED.search(text)) and not _UNPLEASED.search(text)
