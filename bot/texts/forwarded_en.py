"""English twins of what a citizen reads of a message they forwarded (bot.texts.forwarded;
refs #10). The unit reads Chinese."""

from __future__ import annotations

from bot.render import esc

_KINDS = {"user": "someone else", "hidden_user": "someone else", "chat": "a group",
          "channel": "a channel"}


def _from(kind: str, name: str) -> str:
    what = _KINDS.get(kind, "someone else")
    return f"{what} (“{esc(name)}”)" if name else what


def received_line(kind: str, name: str) -> str:
    return (f"This is a message you forwarded from {_from(kind, name)}: it is recorded as "
            "forwarded, and the unit is told so. If you know the exact place, when it started "
            "and so on, reply to this message to add them.")


def not_a_report() -> str:
    return ("The message you forwarded looks like a notice, an advert or a piece of news; it asks "
            "for nothing to be done, so nothing was recorded. What would you like us to do? If "
            "you or someone near you has the problem it speaks of, tell us in your own words: "
            "what the problem is, where, and since when, and we will record it and pass it on "
            "to the unit responsible.")
