"""Supervisors (督查), in private chat: extension approval, digest, overdue list, statistics,
written urging, publishing and the ledger. Roles are checked in the domain by `authorize`."""

from __future__ import annotations

from handlers.staff import command

# --- extension approval (issue 4) ------------------------------------------------------------
# /approve NUMBER: a pending /extend takes effect (bot.extensions.approve).
approve = command("approve")
# --- end of extension approval ---------------------------------------------------------------
