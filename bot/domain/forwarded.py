"""Where a message forwarded to the bot came from (Telegram's `forward_origin`): a person (their
name: personal data, masked wherever anyone but the citizen reads it), or a group or channel (its
title, shown as it is). A citizen forwarding their own message is not forwarding anyone's words."""

from __future__ import annotations

from dataclasses import dataclass

PERSON_KINDS = frozenset({"user", "hidden_user"})  # Bot API MessageOrigin types of a person


@dataclass(frozen=True)
class Origin:
    """`kind`: user, hidden_user (privacy settings hide the account: a name only), chat (a group
    posting as itself) or channel; `name`: the person's name or the chat's title."""

    kind: str
    name: str

    @property
    def person(self) -> bool:
        return self.kind in PERSON_KINDS

    @property
    def names(self) -> tuple[str, ...]:
        """The names this origin adds to the ticket's names to mask."""
        return (self.name,) if self.person and self.name else ()
