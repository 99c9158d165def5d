"""Words that only take back what was reported (T21 finding 9: a report edited into 算了，不反映了
replaced the report): giving it up (算了, 不反映了, 不投诉了, never mind), a wish to withdraw that
names no ticket and no other matter (nlp.withdrawal: cancel it, 撤了吧), or the matter said to need
no more handling (nlp.settled: 不用了，已经好了). Read for an edited message only
(bot/actions/amend.py), whose ticket is the one meant; a new message keeps its own readers.
Anything else said (算了，停水三天了也没人管) makes it no such words. This reader is new and feeds
no learned model (nlp/*.json). Patterns work on normalised text (nlp.tokenizer.normalize).
"""

from __future__ import annotations

import re

from nlp import settled, withdrawal
from nlp.tokenizer import normalize

__all__ = ["only_takes_back"]

# Giving the matter up: 算了, 罢了, 不反映了, 不再投诉了, 当我没说; never mind, forget it.
_GIVE_UP = re.compile(r"算了|罢了|不(?:再|想|要)?(?:反映|投诉|举报|告|找你们|麻烦你们)了|当我没说|"
                      r"never ?mind|forget (?:about )?it")
_FILLER = re.compile(r"[\s\W_]+|我|俺|就|先|还是|吧|了|啊|呀|哈|哦|嗯|的|这个|那个|事|谢谢|please|"
                     r"\b(?:ok|okay|sorry|thanks|just|it)\b")


def only_takes_back(text: str) -> bool:
    """Whether `text` says nothing but that what was reported is taken back."""
    plain = normalize(text)
    rest = _GIVE_UP.sub(",", plain)
    if rest != plain and not _FILLER.sub("", rest):
        return True  # 算了，不反映了
    wish = withdrawal.read(rest)
    if wish is not None:
        return not (wish.numbers or wish.about or wish.instead)  # cancel it; 撤回吧
    return settled.read(rest) == ""  # 不用了，已经好了
