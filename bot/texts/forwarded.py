"""What is said of a message the citizen forwarded (someone else's words, a group's or a
channel's post): to the citizen, and to the unit with the ticket (a person's name masked by the
caller, a chat's title as it is)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.domain.forwarded import Origin
from bot.domain.privacy import mask

_KINDS = {"user": "他人", "hidden_user": "他人", "chat": "群组", "channel": "频道"}


def _from(kind: str, name: str) -> str:
    what = _KINDS.get(kind, "他人")
    return f"{what}「{name}」" if name else what


# The citizen


def received_line(kind: str, name: str) -> str:
    """Added to the acknowledgement of a ticket opened by a forwarded message."""
    return (f"这条是您转发的{_from(kind, name)}的消息，已按转发内容登记，并告知责任单位这是转发的。"
            "您如了解具体位置、开始时间等情况，请回复本消息补充。")


def not_a_report(topic_reply: str) -> str:
    """A forwarded message that is no report (a notice, an advert, a greeting card)."""
    return ("您转发的这条消息看起来是一则通知、广告或资讯，不是需要办理的具体诉求，所以没有登记。"
            f"{topic_reply}")


NOT_A_REPORT_OWN = "如果您遇到了其中说的问题，请用自己的话告诉我们：什么问题、在哪里、从什么时候开始。"


# The unit


def content(text: str, origin: Origin | None, names: Sequence[str]) -> str:
    """A ticket's words as anyone but its citizen reads them (`text`, masked), saying where
    forwarded ones came from: a person's name masked with the ticket's `names`, a chat's title as
    it is. Not escaped: the caller's template escapes it."""
    if origin is None:
        return text
    name = mask(origin.name, names) if origin.person else origin.name
    return f"{text}\n来源：市民转发的{_from(origin.kind, name)}消息（非市民本人所写）"
