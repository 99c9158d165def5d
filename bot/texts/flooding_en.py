"""English twins of what a citizen reads about a flood of their messages (bot.texts.flooding;
refs #10). The hotline and supervisors read the Chinese."""

from __future__ import annotations

from bot.render import esc
from bot.texts.twins import english


def held_for_citizen(number: str, hotline: str, deadline: str) -> str:
    return (f"✅ We have received your report. Case number: <code>{esc(number)}</code>.\n"
            "You have sent several reports in a short time, so staff of the "
            f"<b>{esc(english(hotline))}</b> check this one first and pass it to the responsible "
            f"unit if it needs handling.\nDue by: {esc(english(deadline))}\n"
            "We will tell you here how it is going.")


def flood_reply(commands: int) -> str:
    return ("You have sent a lot of messages in a short time. We have received and saved them "
            "all and will go through each; every problem reported in them gets a case. When many "
            "come at once, hotline staff check the later ones first and pass on those that need "
            "handling.\nTo avoid flooding your chat we will not answer each one now; the numbers "
            "of the cases registered are sent to you together about a minute after you stop (at "
            f"most about three minutes). /my, /status and other commands are still answered (up "
            f"to {commands} a minute).")


def flood_receipts(rows: list[tuple[str, str, str, bool, bool]], total: int, hotline: str) -> str:
    lines = [f"📋 You sent many messages in a row, so we did not answer each. {total} problems "
             "in them are registered as cases:"]
    lines += [f"<code>{esc(number)}</code> "
              + (f"being checked by the {esc(english(hotline))}, passed on if it needs handling"
                 if held else f"passed to {esc(english(unit))}")
              + f" | {esc(summary)}"
              + (" (what you sent again is part of this case, not a new one)" if joined else "")
              for number, unit, summary, joined, held in rows]
    if total > len(rows):
        lines.append(f"{total - len(rows)} more are not listed; send /my to see them.")
    lines.append("We will tell you here how they are going; send /status NUMBER for details.")
    return "\n".join(lines)
