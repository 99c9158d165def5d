"""CLI subcommands for binding people: `invite --unit CODE` / `invite --supervisor`, and
`people [--remove USER_ID]` to list who is bound and release someone who left."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from typing import Any

from bot.actions import group_moves, invites
from bot.actions.desk import Desk
from bot.cli.common import CliError, NoRouter, config_from, open_store
from bot.domain.permissions import Role
from bot.domain.unit_names import find_unit
from bot.store import people
from bot.texts import for_operators
from bot.texts.common import unit_label, when


def _invite(args: argparse.Namespace) -> int:
    """Create a single-use invite code; the code alone on the last stdout line."""
    config = config_from(args)
    unit = None
    if args.unit:  # a code, or a unit's name (县水务局) or short name (住建局)
        found, could_be = find_unit(config.units, config.county.name, args.unit)
        if found is None:
            codes = ", ".join(f"{u.code} ({u.name})" for u in could_be or config.units)
            raise CliError(f"unit {args.unit!r} names no single unit; it could be: {codes}"
                           if could_be else f"unknown unit {args.unit!r}; valid codes: {codes}")
        unit = found.code
    role = Role.SUPERVISOR if args.supervisor else Role.STAFF
    store = open_store(config)
    try:
        with store.atomic() as db:
            invite = invites.create(db, config, role, unit, store.now())
    except sqlite3.Error as exc:
        raise CliError(f"database {config.storage.database}: {exc}") from None
    finally:
        store.close()
    print(for_operators.invite_created(unit_label(config, unit) if unit else None, unit,
                                       when(invite.expires_at, config.county.tz)))
    print(invite.code)
    return 0


def _people(args: argparse.Namespace) -> int:
    """List bound staff and supervisors, or release one (`--remove USER_ID`)."""
    config = config_from(args)
    store = open_store(config, reading=args.remove is None)  # a listing only reads
    try:
        if args.remove is not None:
            desk = Desk(store, group_moves.current(store.db, config), NoRouter())
            was, unstaffed = invites.remove(desk, args.remove, store.now())
            if was is None:
                raise CliError(f"--remove {args.remove}: not bound to a unit or the supervisors")
            of = f" of {was['unit']}" if was["unit"] else ""
            print(f"{args.remove}: released ({was['role']}{of}); now a citizen; they and the"
                  " supervisors are told")
            if unstaffed:
                print(for_operators.unit_unstaffed(was["unit"], unit_label(config, was["unit"])),
                      file=sys.stderr)
            return 0
        rows = people.bound(store.db)
    finally:
        store.close()
    supervisors = sorted(config.people.supervisors)
    for user_id in supervisors:
        print(f"{user_id}\tsupervisor\t\t(config)")
    codes = {u.code for u in config.units}
    for row in rows:
        flag = f"\t{for_operators.UNKNOWN_UNIT_FLAG}" \
            if row["role"] == Role.STAFF.value and row["unit"] not in codes else ""
        print(f"{row['user_id']}\t{row['role']}\t{row['unit'] or ''}\t{row['first_name'] or ''}"
              f"{flag}")
    if not rows and not supervisors:
        print("nobody is bound yet: `python -m bot invite --unit CODE` makes an invite code")
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    invite = sub.add_parser("invite", parents=[common],
                            help="create a single-use invite code for staff or a supervisor")
    who = invite.add_mutually_exclusive_group(required=True)
    who.add_argument("--unit", metavar="CODE", help="bind the user who redeems it to this unit")
    who.add_argument("--supervisor", action="store_true", help="make the user a supervisor")
    invite.set_defaults(func=_invite)
    listing = sub.add_parser("people", parents=[common],
                             help="list bound staff and supervisors, or release one")
    listing.add_argument("--remove", type=int, metavar="USER_ID",
                         help="release this Telegram user id (back to a citizen)")
    listing.set_defaults(func=_people)
