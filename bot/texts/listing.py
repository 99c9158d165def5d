"""The words for a ticket listed for 约谈/通报 (bot.domain.listing), as supervisors and staff read
them on /show and /list, in the digest's 名单, on /overdue and in the ledger's column."""

from __future__ import annotations

from bot.texts.urging import overdue_span

MARK = "约谈/通报"  # /list's and /show's mark, /show's field, the ledger's header
LISTED = "列入"  # the ledger's column: listed now …
WAS_LISTED = "曾列入"  # … or listed once, since finished or given more time


def show_field(days: int, hours: int | None) -> str:
    """/show's 约谈/通报 line of a ticket listed now, with how late it is as the push said it."""
    return f"已列入（{overdue_span(days, hours)}）"
