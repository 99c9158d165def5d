"""Text normalisation and a private jieba tokenizer with the domain user dictionary.

Nothing is loaded at import time: `make_tokenizer()` builds a tokenizer (about 0.3 s with a warm
cache) and `default_tokenizer()` shares one per process.
"""

from __future__ import annotations

import importlib
import logging
import os
import re
import sys
import tempfile
import unicodedata
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from nlp.calling import dialled

if TYPE_CHECKING:
    import jieba

__all__ = ["Tokenizer", "default_cache_dir", "default_tokenizer", "make_tokenizer", "normalize"]

CACHE_ENV = "JINLAIBAN_CACHE_DIR"
# Controls (Cc) and invisible format characters (Cf: zero-width joiners, bidi marks, BOM) carry no
# meaning for routing but break keyword matches; surrogates (Cs) arrive via argv and would make
# printing fail later.
_DROP_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})
_SPACES = re.compile(r"\s+")
# A space typed inside a phrase (俺家停 电了, 路 灯坏了, 我 要 反映): written Chinese has none. Only a
# space beside a run of one or two characters goes: longer runs are clauses or a poem's lines.
_STRAY_SPACE = re.compile(
    r"(?<=[\u4e00-\u9fff])(?<![\u4e00-\u9fff]{3}) (?=[\u4e00-\u9fff])"
    r"|(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff]{1,2}(?![\u4e00-\u9fff]))"
)
# Dialect spellings of 没有 (北方 木有, 西南 莫得/没得, 粤 冇) so "木有电" matches "没电"-style words,
# and the 俺 of 山东 for 我, so "打俺" is "打我" and "俺家" is "我家".
_DIALECT = re.compile(r"木有|木得|莫得|没得|冇")
_I = re.compile(r"俺")


@lru_cache(maxsize=1)
def _t2s_table() -> dict[int, str]:
    """Traditional → simplified character table shipped as nlp/t2s.txt, and curly apostrophes."""
    table: dict[int, str] = {}
    text = resources.files("nlp").joinpath("t2s.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            traditional, simplified = line.split("\t")
            table[ord(traditional)] = simplified
    # Curly apostrophes as a phone types them (won’t): English cues are written with a plain one.
    table.update({0x2018: "'", 0x2019: "'"})
    return table


def _keep(char: str) -> bool:
    return char in "\n\t" or unicodedata.category(char) not in _DROP_CATEGORIES


def normalize(text: str) -> str:
    """Fold a message to one canonical form: half-width, simplified, lower case, no controls.

    NFKC turns full-width letters, digits and punctuation into ASCII (，→, ！→!), so the rest of
    the engine deals with one spelling of each character.
    """
    text = unicodedata.normalize("NFKC", text).translate(_t2s_table()).casefold()
    if not text.isprintable():
        text = "".join(char for char in text if _keep(char))
    text = _STRAY_SPACE.sub("", _SPACES.sub(" ", text).strip())
    return dialled(_I.sub("我", _DIALECT.sub("没有", text)))  # 打我老婆手机 calls her: nlp.calling


def default_cache_dir() -> Path:
    """Where jieba's prefix-dictionary cache lives: $JINLAIBAN_CACHE_DIR, else the user cache."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "jinlaiban"


class Tokenizer:
    """A private jieba tokenizer (never the global one) with the domain words loaded once."""

    def __init__(self, jieba_tokenizer: jieba.Tokenizer) -> None:
        self._jieba = jieba_tokenizer

    def cut(self, text: str) -> list[str]:
        """Split already-normalised text into words (dictionary only, no HMM guessing)."""
        # HMM off: it is slower and invents words from unknown characters, which would hide the
        # word boundaries the router checks keyword hits against.
        return list(self._jieba.cut(text, HMM=False))

    def boundaries(self, text: str) -> frozenset[int]:
        """Character offsets where a word starts or ends."""
        return frozenset({0, *(end for _, end in self.spans(text))})

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each word, in order."""
        spans = []
        position = 0
        for word in self._jieba.cut(text, HMM=False):
            spans.append((position, position + len(word)))
            position += len(word)
        return spans

    def is_word(self, word: str) -> bool:
        """True when the dictionary knows this word."""
        return bool(self._jieba.FREQ.get(word))

    def frequency(self, word: str) -> int:
        """How common the dictionary says this word is (0 when unknown)."""
        return int(self._jieba.FREQ.get(word) or 0)


def _jieba() -> ModuleType:
    """jieba, imported without pkg_resources: jieba 0.42 imports it only to open its own
    dictionary, and opens the file itself where it is missing. Importing pkg_resources costs
    60 ms of start-up and is deprecated (https://github.com/fxsjy/jieba/issues/1043), so it is
    hidden while jieba is first imported, unless something loaded it already."""
    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        return importlib.import_module("jieba")
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # `import` raises ImportError
    try:
        return importlib.import_module("jieba")
    finally:
        del sys.modules["pkg_resources"]


def make_tokenizer(cache_dir: Path | None = None, *, domain: bool = True) -> Tokenizer:
    """Build a tokenizer: jieba's dictionary (cached under cache_dir) plus, with `domain`,
    nlp/userdict.txt (the routing lexicons' words)."""
    library = _jieba()
    library.setLogLevel(logging.WARNING)
    folder = cache_dir or default_cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        # A read-only home (containers, CI) must not stop routing: fall back to the temp folder.
        folder = Path(tempfile.gettempdir())
    tokenizer = library.Tokenizer()
    tokenizer.tmp_dir = str(folder)
    tokenizer.cache_file = f"jieba-{library.__version__}.cache"
    tokenizer.initialize()
    # An open file object: load_userdict(path) opens the file itself and never closes it. Each
    # line carries the frequency jieba would suggest for the word, so loading computes nothing.
    if domain:
        with resources.files("nlp").joinpath("userdict.txt").open("rb") as userdict:
            tokenizer.load_userdict(userdict)
    return Tokenizer(tokenizer)


@lru_cache(maxsize=1)
def default_tokenizer() -> Tokenizer:
    """The process-wide tokenizer, built on first use."""
    return make_tokenizer()
