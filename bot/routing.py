"""The bot's router, built once from the config: a learned table or the units' keywords."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from bot.config import Config, ConfigError
from nlp.router import Router, RouteResult
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


class RoutingAhead:
    """A router that can route messages ahead of their turn (the same answers, earlier).

    The running bot's process loop handles a group of updates inside the database lock, and
    routing is most of the work of a report. `ahead` routes the texts of updates that have
    arrived before the loop takes the lock, while another loop's commit (an fsync, in a worker
    thread) holds it; `route` then hands the answer over instead of routing again. Only a
    cache: a text not routed ahead is routed as it comes, and a routed text is used once.
    """

    LIMIT = 1024  # texts kept routed ahead at most (those never asked for are dropped)

    def __init__(self, router: Router) -> None:
        self.router = router
        self._ready: dict[str, RouteResult] = {}

    def ahead(self, texts: Iterable[str]) -> None:
        if len(self._ready) > self.LIMIT:
            self._ready.clear()
        for text in texts:
            if text not in self._ready:
                self._ready[text] = self.router.route(text)

    def route(self, text: str) -> RouteResult:
        found = self._ready.pop(text, None)
        return found if found is not None else self.router.route(text)

    def noise_topic(self, text: str) -> str:
        return self.router.noise_topic(text)
