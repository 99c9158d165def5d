"""English twins of what a citizen reads of numbers /status, /cancel and a chase cannot show
as they are (bot.texts.lookup; refs #10). Staff and supervisors read the Chinese."""

from __future__ import annotations

from bot.render import esc
from bot.texts.for_citizen_en import row_in_english


def status_too_many(most: int) -> str:
    return (f"You can look up at most {most} cases at a time; please send them in several "
            "goes, or send /my to see all your cases.")


def status_not_a_number(word: str) -> str:
    return (f"\"{esc(word)}\" is not a case number. A case number looks like 20261127-0001; the "
            "last digits alone also work, e.g. /status 0001. Send /my to see your cases.")


def status_ambiguous(sequence: str, numbers: list[str], count: int,
                     command: str = "status") -> str:
    listed = ", ".join(f"<code>{esc(n)}</code>" for n in numbers)
    more = f" ({count} in all)" if count > len(numbers) else ""
    return (f"Several of your cases end in {esc(sequence)}: {listed}{more}. Please send the "
            f"whole number, e.g. /{command} " + esc(numbers[0]))


def ticket_row(number: str, state: str, summary: str) -> str:
    return row_in_english(number, state, summary)


def chase_which(sequence: str, rows: list[tuple[str, str, str]], count: int) -> str:
    listed = "\n".join(row_in_english(*row) for row in rows)
    more = f"\n({count} in all, the latest {len(rows)} listed here)" if count > len(rows) else ""
    example = esc(rows[0][0])
    return (f"Several of your cases end in {esc(sequence)}; which one shall we chase?\n"
            f"{listed}{more}\nPlease send the whole number, e.g. \"{example} any news?\"; send "
            f"/status {example} for details.")
