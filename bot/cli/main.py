"""The dispatcher of `python -m bot SUBCOMMAND [ARGS] [--config PATH]`.

Each subcommand module exposes `register(subparsers, common)`; a subcommand's handler takes the
parsed arguments and returns an exit code. Any `CliError` or `ConfigError` becomes one line on
stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from bot.cli import calendar, demo, followup, ops, people, routing
from bot.cli.common import USAGE_EXIT, CliError
from bot.config import ConfigError


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        """Bad arguments: one line naming the problem and where help is, exit 2."""
        self.exit(USAGE_EXIT, f"error: {message} (see: {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--config", default=argparse.SUPPRESS, metavar="PATH",
        help="config file (default: config.toml, else config.example.toml)",
    )
    parser = _Parser(prog="python -m bot", parents=[common], description="金来办 citizen intake")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for module in (ops, routing, people, followup, calendar, demo):
        module.register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)  # it logs URLs, which hold the token
    logging.getLogger("matplotlib").setLevel(logging.WARNING)  # a font cache built: not news
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except (CliError, ConfigError) as exc:
        print(f"error: {exc}".replace("\n", "; "), file=sys.stderr)
        return USAGE_EXIT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
