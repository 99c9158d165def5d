"""The bot's router, built once from the config: a learned table or the units' keywords."""

from __future__ import annotations

from pathlib import Path

from bot.config import Config, ConfigError
from nlp.router import Router
from nlp.routes import RoutesError, build_router


def load_router(config: Config, routes: Path | None = None) -> Router:
    """The router for this config: `routes` if given, else `[nlp] routes`, else unit keywords.

    Problems come back as one ConfigError line naming where they are.
    """
    path = routes or config.nlp.routes
    try:
        return build_router([(u.code, u.name, u.keywords) for u in config.units], path)
    except RoutesError as exc:
        raise ConfigError([f"{'--routes' if routes else 'nlp.routes'}: {exc}"]) from None
    except ValueError as exc:
        raise ConfigError([f"units: {exc}"]) from None
