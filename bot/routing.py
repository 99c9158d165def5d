"""The bot's router, built once from the config (the units' keywords or a learned table)."""

from __future__ import annotations

from bot.config import Config
from nlp.router import Router


def load_router(config: Config) -> Router:
    """A router for the configured units (placeholder until the learned-table loader lands)."""
    return Router.from_units([(u.code, u.name, u.keywords) for u in config.units])
