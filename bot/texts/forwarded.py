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


def not_a_report() -> str:
    """A forwarded message that carries no request (a notice, an advert, a warning passed on):
    nothing filed, and the citizen asked what they want done."""
    return ("您转发的这条消息看起来是一则通知、广告或资讯，里面没有需要办理的具体诉求，所以没有登记。"
            "请问您希望我们为您做什么？如果您或身边的人遇到了其中说的问题，请用自己的话告诉我们："
            "什么问题、在哪里、从什么时候开始，我们会登记并转给责任单位。")


# The unit


def content(text: str, origin: Origin | None, names: Sequence[str]) -> str:
    """A ticket's words as anyone but its citizen reads them (`text`, masked), saying where
    forwarded ones came from: a person's name masked with the ticket's `names`, a chat's title as
    it is. Not escaped: the caller's template escapes it."""
    if origin is None:
        return text
    name = mask(origin.name, names) if origin.person else origin.name
    return f"{text}\n转发自：{_from(origin.kind, name)}（市民转发的消息，非其本人所写）"


from bot.texts import forwarded_en  # noqa: E402  (the twins wrap what is defined above)
from bot.texts.twins import twin  # noqa: E402

twin(globals(), forwarded_en)
