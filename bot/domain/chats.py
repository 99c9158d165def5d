"""Chat ids in the config that would send messages to the wrong people: a unit's group that is
the public channel (refused), two units sharing one chat, a unit chat that is a supervisor's
private chat, a group or channel id that is positive (a private chat), or a supergroup's or
channel's -100… id with its minus sign lost (refused)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.config import Config


@dataclass(frozen=True)
class Clash:
    kind: str  # channel, unsigned (refused) | shared | supervisor | positive (warnings)
    path: str  # the key path of the chat id at fault
    chat_id: int
    other: str  # what else it is: a key path, or a user id

    @property
    def refused(self) -> bool:
        return self.kind in ("channel", "unsigned")


def clashes(config: Config) -> list[Clash]:
    """Every dangerous chat id in the config, in key order."""
    found: list[Clash] = []
    channel = config.publish.channel_id
    first: dict[int, str] = {}
    for index, unit in enumerate(config.units):
        chat, path = unit.chat_id, f"units[{index}].chat_id"
        if not chat:
            continue
        if chat == channel:
            found.append(Clash("channel", path, chat, "publish.channel_id"))
        if chat in first:
            found.append(Clash("shared", path, chat, first[chat]))
        first.setdefault(chat, path)
        if chat in config.people.supervisors:
            found.append(Clash("supervisor", path, chat, "people.supervisors"))
        elif chat > 0:
            found.append(Clash(_positive(chat), path, chat, ""))
    if channel > 0:
        found.append(Clash(_positive(channel), "publish.channel_id", channel, ""))
    return found


def _positive(chat: int) -> str:
    """A positive id where a group or channel belongs: a person's chat, or (100 and ten more
    digits, far past any user id) a supergroup's or channel's -100… id without its minus."""
    digits = str(chat)
    return "unsigned" if digits.startswith("100") and len(digits) >= 13 else "positive"
