"""The docs cannot rot: every command and config key is documented where people look."""

from __future__ import annotations

import argparse
import re

from telegram.ext import ApplicationBuilder, CommandHandler

from bot.cli.main import build_parser
from bot.config import SCHEMA, UNIT_SCHEMA
from handlers.app import register
from tests.harness import EXAMPLE, REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_every_cli_subcommand_is_in_the_readme() -> None:
    parser = build_parser()
    [sub] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    for name in sub.choices:
        assert f"`python -m bot {name}" in README, name


def test_every_telegram_command_is_in_the_readme() -> None:
    application = ApplicationBuilder().token("1:x").updater(None).job_queue(None).build()
    register(application)
    commands = {c for group in application.handlers.values() for h in group
                if isinstance(h, CommandHandler) for c in h.commands}
    assert {"start", "my", "join", "accept", "digest", "approve"} <= commands
    for command in commands:
        assert re.search(rf"`/{command}\b", README), command


def test_every_config_key_is_in_the_example_with_a_comment() -> None:
    example = EXAMPLE.read_text(encoding="utf-8")
    for section, keys in SCHEMA.items():
        assert f"[{section}]" in example, section
        for key in keys:
            assert re.search(rf"^{key} = .*#", example, re.M), f"{section}.{key}"
    for key in UNIT_SCHEMA:
        assert re.search(rf"^{key} = ", example, re.M), f"units.{key}"
