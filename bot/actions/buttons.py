"""The buttons under a new-ticket push: 接单 (`acc:ID`) and 退单 (`ret:ID`); and 撤回登记
(`unlog:ID`) under a /log confirmation (bot/actions/unlog.py).

Callback data comes from the client and is untrusted: anything but exactly these shapes is
refused like a press on someone else's ticket, and every valid-looking press is authorized again.
"""

from __future__ import annotations

import datetime as dt
import html
import re

from bot.actions import transfers, unlog
from bot.actions.desk import Desk, Incoming
from bot.actions.staff import accept_button
from bot.texts import common

_DATA = re.compile(r"(acc|ret|unlog):([1-9][0-9]{0,17})")
_TAG = re.compile(r"<[^>]*>")
TOAST_LIMIT = 200  # answerCallbackQuery text


def toast(text: str) -> str:
    """An HTML answer as a toast: plain text (toasts have no parse mode), within the limit."""
    plain = html.unescape(_TAG.sub("", text))
    return plain if len(plain) <= TOAST_LIMIT else plain[: TOAST_LIMIT - 1] + "…"


def press(desk: Desk, press: Incoming, data: str, now: dt.datetime) -> str:
    """Act on a button press; returns the toast to answer it with."""
    match = _DATA.fullmatch(data)
    if match is None:
        return common.BUTTON_REFUSED
    ticket_id = int(match[2])
    if match[1] == "acc":
        return toast(accept_button(desk, press, ticket_id, now).text)
    if match[1] == "unlog":
        return toast(unlog.press(desk, press, ticket_id, now))
    return toast(transfers.decline(desk, press, ticket_id, now).text)
