"""What a citizen reads about a photo, video or place sent just before a new problem was
described (bot/actions/media.take_trailers; HTML parse mode): which ticket got it."""

from __future__ import annotations

from collections.abc import Sequence

from bot.render import esc
from bot.texts.for_citizen import media_names


def media_copied(first: str, number: str, kinds: Sequence[str]) -> str:
    """The photo went to the first ticket's unit at once (an urgent ticket's is never held):
    it stays there and goes with the new ticket as well."""
    return (f"📎 您刚才发的{esc(media_names(kinds))}也附到新工单 <code>{esc(number)}</code>，"
            f"一并转给新问题的责任单位；工单 <code>{esc(first)}</code> 的责任单位已经收到，仍保留在该工单。")


from bot.texts import trailers_en  # noqa: E402  (the twins wrap what is defined above)
from bot.texts.twins import twin  # noqa: E402

twin(globals(), trailers_en)
