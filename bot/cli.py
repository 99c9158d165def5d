"""Command-line interface: `python -m bot SUBCOMMAND [ARGS] [--config PATH]`.

Each subcommand module exposes `register(subparsers, common)`; a subcommand's handler takes the
parsed arguments and returns an exit code. Any `CliError` or `ConfigError` becomes one line on
stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.config import Config, ConfigError, default_config_path, load_config, runtime_problems

USAGE_EXIT = 2


class CliError(Exception):
    """A user error: printed as one line, exit code 2."""


def config_from(args: argparse.Namespace) -> Config:
    """Load the config named by --config (or the default one)."""
    path = Path(args.config) if getattr(args, "config", None) else default_config_path()
    return load_config(path)


def _check_config(args: argparse.Namespace) -> int:
    """Validate the config; print each problem with its key path."""
    try:
        config = config_from(args)
    except ConfigError as exc:
        for problem in exc.problems:
            print(problem)
        return USAGE_EXIT
    problems = runtime_problems(config)
    try:  # keyword syntax and a learned table are only checked by building the router
        from bot.routing import load_router

        load_router(config)
    except ConfigError as exc:
        problems += exc.problems
    for problem in problems:
        print(problem)
    if problems:
        return USAGE_EXIT
    print(f"{config.path}: ok ({len(config.units)} units)")
    return 0


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
    sub.add_parser(
        "check-config", parents=[common], help="validate the config"
    ).set_defaults(func=_check_config)
    # Imported here: command modules import CliError and config_from from this module.
    from bot import cli_followup, cli_ops, cli_people, cli_routing

    for module in (cli_ops, cli_routing, cli_people, cli_followup):
        module.register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)  # it logs URLs, which hold the token
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
