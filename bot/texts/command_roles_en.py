"""English twin of what a citizen reads when they type a command their role does not give them
(bot.texts.command_roles; refs #10)."""

from __future__ import annotations


def for_citizen(supervision: bool) -> str:
    who = "supervisors" if supervision else "staff of the responsible units"
    return (f"This command is only for {who}. To see how your report is going, send "
            "/status NUMBER; /my lists all your cases. To add something, just reply to my "
            "message about that case.")
