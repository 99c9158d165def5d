"""Texts in the citizen's language: a Chinese text carrying its English twin (refs #10).

A citizen who writes in English is answered in English. Each module of citizen texts has an
English twin module with the same names (``for_citizen`` → ``for_citizen_en``); `twin` makes the
Chinese module's functions and string constants return a `Twin`: a ``str`` that *is* the Chinese
text (so everything that builds, compares or stores texts works as before, and staff read
Chinese) and carries the English one as ``.en``. The language is chosen where a message is
queued for its reader (bot.actions.desk.Desk.send_new), by the citizen's stored language.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterable
from types import ModuleType
from typing import Any

log = logging.getLogger(__name__)

ENGLISH = "en"
CHINESE = "zh"


class Twin(str):
    """A Chinese text (the ``str`` itself) with its English twin in ``en``."""

    en: str

    def __new__(cls, zh: str, en: str) -> Twin:
        made = super().__new__(cls, zh)
        made.en = str(en)
        return made

    def __getnewargs__(self) -> tuple[str, str]:  # type: ignore[override]
        return str(self), self.en

    def __copy__(self) -> Twin:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> Twin:
        return self

    def __add__(self, other: object) -> Twin:
        if not isinstance(other, str):
            return NotImplemented
        return Twin(str.__add__(self, other), self.en + english(other))

    def __radd__(self, other: object) -> Twin:
        if not isinstance(other, str):
            return NotImplemented
        return Twin(str.__add__(other, self), english(other) + self.en)


def english(text: Any) -> str:
    """The English of a text that has one; any other text (a citizen's own words, a unit's
    reply) as it was written."""
    return getattr(text, "en", text) if text is not None else ""


def joined(separator: str, parts: Iterable[str]) -> str:
    """`parts` joined as ``str.join`` joins them, keeping their English: a `Twin` when any part
    is one (an f-string or ``str.join`` of twins keeps only the Chinese)."""
    parts = list(parts)
    text = separator.join(parts)
    if not any(isinstance(part, Twin) for part in parts):
        return text
    return Twin(text, english(separator).join(english(part) for part in parts))


def in_language(text: str, language: str) -> str:
    """`text` as a reader of `language` reads it."""
    return english(text) if language == ENGLISH else text


def _twinned(zh: Callable[..., str], en: Callable[..., str]) -> Callable[..., str]:
    @functools.wraps(zh)
    def both(*args: Any, **kwargs: Any) -> str:
        text = zh(*args, **kwargs)
        if not isinstance(text, str):  # lines to build a text from: the caller twins the text
            return text
        try:
            return Twin(text, en(*args, **kwargs))
        except Exception:  # an English slip must never cost the Chinese reader their answer
            log.exception("English twin of %s failed", zh.__qualname__)
            return text
    both.english = en  # type: ignore[attr-defined]
    return both


def twin(namespace: dict[str, Any], en_module: ModuleType) -> None:
    """Give every public function and string constant of a Chinese texts module (its
    `namespace`, globals()) that `en_module` has a twin of its English."""
    for name, en in vars(en_module).items():
        if name.startswith("_") or name not in namespace:
            continue
        zh = namespace[name]
        if isinstance(zh, str) and isinstance(en, str):
            namespace[name] = Twin(zh, en)
        elif callable(zh) and callable(en) and not isinstance(zh, type) \
                and getattr(en, "__module__", None) == en_module.__name__:
            namespace[name] = _twinned(zh, en)


def twins_missing(zh_module: ModuleType, en_module: ModuleType) -> list[str]:
    """The public texts (functions and string constants) defined in `zh_module` with no twin
    in `en_module`, or a twin taking other arguments."""
    import inspect

    missing = []
    for name, zh in vars(zh_module).items():
        if name.startswith("_") or not _defined_in(zh, zh_module):
            continue
        en = getattr(en_module, name, None)
        if en is None or isinstance(zh, str) != isinstance(en, str):
            missing.append(name)
        elif callable(zh) and list(inspect.signature(zh).parameters) \
                != list(inspect.signature(en).parameters):
            missing.append(f"{name} (arguments differ)")
    return missing


def _defined_in(value: Any, module: ModuleType) -> bool:
    if isinstance(value, str):
        return True
    if isinstance(value, type) or not callable(value):
        return False
    return getattr(value, "__module__", None) == module.__name__
