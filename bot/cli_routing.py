"""CLI subcommands about routing: `route`, `eval`, `learn` (to be written)."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the routing subcommands to the CLI."""
