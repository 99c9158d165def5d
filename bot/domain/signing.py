"""How long a unit has to sign (签收) a ticket before it is reminded, and the supervisors alerted.

A normal ticket waits `[deadlines] accept_hours` (24 by default), reminded by day only. An
emergency cannot wait a day for its unit to notice it (T24: seven unsigned 14 hours, the digest
saying 超时未签收（无）): an urgent ticket's unit is reminded after URGENT_REMIND, and the
supervisors alerted after URGENT_ALERT, night or day, at the manual-dispatch hotline too — and
never later than `accept_hours` would have. Fixed here rather than new config keys: SPEC names
none for it, and one hour to sign for an emergency is a rule, not a county's preference.
Pure: no clock is read.
"""

from __future__ import annotations

import datetime as dt

URGENT_REMIND = dt.timedelta(hours=1)
URGENT_ALERT = dt.timedelta(hours=2)


def sign_within(urgent: bool, accept_hours: float) -> dt.timedelta:
    """How long the unit has to sign before it is reminded (and the digest lists it)."""
    normal = dt.timedelta(hours=accept_hours)
    return min(normal, URGENT_REMIND) if urgent else normal


def alert_after(accept_hours: float) -> dt.timedelta:
    """How long an urgent ticket may wait unsigned before the supervisors are alerted: twice
    its time to sign, two hours by default."""
    return 2 * sign_within(True, accept_hours)


def hours(span: dt.timedelta) -> float:
    """A span in hours, as the texts name it (1, 2, 0.5)."""
    return span.total_seconds() / 3600
