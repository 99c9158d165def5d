"""The words a decision is explained by, as staff read them (分派依据) and the digest counts them
(热点诉求): words of the matter, each in one form.

A keyword listed with its particle (停水了) is shown as the word (停水), so one matter is one topic.
A learned table weighs character pairs and everyday words too; of those it may show only the
dictionary words the message holds whole — at its own word boundaries, so 里面有个 shows no 面有
and 村东头 no 村东 — and not a word that only says where (东头, 门口, 附近; a name before 社区, 村,
路 … is a place's), when (上次), how much or
how long (半个, 五年, 一亩, 交钱) or only asks (怎么弄, 找谁: a question word carries no unit alone,
nlp.vague).
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Sequence

from nlp.tokenizer import Tokenizer
from nlp.vague import ASKING_WORDS

__all__ = ["EVERYDAY", "bare", "dictionary_words", "label", "matter_scores", "matter_words"]

EVERYDAY = 5000  # a word this frequent in jieba's dictionary (知道, 家里) explains no matter
_PARTICLE = re.compile(r"(?<=..)(了|啦|喽|咯)+$")  # 停水了 → 停水; 了 alone stays
_POSITION = re.compile(
    r"^([村庄屋院楼路街河]?[东西南北前后左右上下里外内][头边面侧部方首])$|"
    r"^(门口|门前|旁边|边上|附近|对面|周边|周围|跟前|(十字)?路口|那边|这边|那里|这里)$"
)
# A number says how much or how long, never what (报警半个小时了, 五年了, 十二个人, 一亩地), and
# paying says how much too: 交钱 is done at a land office, a hospital or a school alike.
_HOW_MUCH = re.compile(r"^[一二两三四五六七八九十百千万半几多]+[个年月天块米亩套层间户口人次回岁代]?$|"
                       r"^[一二三四五六七八九十]+年代$|^(交|花|掏|付)钱$")

# A time says when, never what (上次说好的，到现在也没来 names no unit's matter; nor does 啥时候).
_WHEN = re.compile(r"^(上|下|这|那|每)(次|回|趟)$|^(上|下|这|本)(个)?(月|周|星期|礼拜)$|"
                   r"^(前|昨|今|明|后)(天|儿|年)$|^(去|今|明)年$|"
                   r"^(现在|刚才|以前|之前|以后|后来|当时|最近|那时|平时)$|^(啥|什么|几)时候$|"
                   r"^(早上|上午|中午|下午|晚上|傍晚|夜里|半夜|凌晨|白天|早晨|大清早)$")

_ASKING = re.compile(rf"^({ASKING_WORDS}|怎么|咋|如何|怎样|为什么|为啥|什么|啥)[啊呀呢吗]?$")

# A name followed by what it names is a place's (金城社区, 王楼村, 文峰路): it says where, never what.
_PLACE_AFTER = re.compile(r"(社区|小区|花园|新村|村|镇|乡|街道|大道|路|街)")

# A negation with a light verb (没来, 没了, 不管, 还没, 没人): it says that something did not
# happen, never what; only its company names the matter (水没来, 警察没来).
_BARE = re.compile(r"^(?=.*[没不未])"
                   r"[没不未别还都也又就才已再总老一直来去了有管理修弄办人用到过成法吗呢吧啊]+$")


def bare(word: str) -> bool:
    """True for a word that only negates a light verb (没来, 没了, 不管): no matter of its own."""
    return bool(_BARE.match(word))


def matter_scores(scores: Sequence[float], parts: Iterable[tuple[str, dict[int, float]]]) -> list[float]:
    """A learned table's unit scores without what bare negations (没来, 没了) add: where the
    table decides alone, such a word carries no unit."""
    kept = list(scores)
    for word, part in parts:
        if bare(word):
            for unit, value in part.items():
                kept[unit] -= value
    return kept


def label(keyword: str, keywords: Container[str]) -> str:
    """How a keyword found is shown: a gapped one whole (停*水 as 停水), and one listed with its
    particle as the keyword it inflects (停水了 as 停水; 电梯坏了 stays, 电梯坏 being none)."""
    word = keyword.replace("*", "").replace("~", "")
    stem = _PARTICLE.sub("", word)
    return stem if stem != word and stem in keywords else word


def dictionary_words(words: Iterable[str], tokenizer: Tokenizer, *, asking: bool = True,
                     bare: bool = True) -> tuple[str, ...]:
    """Of a learned table's features, the dictionary words that are not everyday ones; without
    `asking`, not a question word either (怎么弄 names no matter to decide a unit by), and
    without `bare`, not a bare negation such as 没来."""
    return tuple(word for word in words if 0 < tokenizer.frequency(word) < EVERYDAY
                 and (asking or not _ASKING.match(word)) and (bare or not _BARE.match(word)))


def matter_words(words: Sequence[str], text: str, tokenizer: Tokenizer) -> tuple[str, ...]:
    """Of a learned table's words for clean text, those a reader takes for the matter: dictionary
    words, not everyday ones, found whole at the text's word boundaries, saying more than where,
    when or how much."""
    if not words:
        return ()
    bounds = tokenizer.boundaries(text)
    return tuple(word for word in words
                 if 0 < tokenizer.frequency(word) < EVERYDAY
                 and not (_POSITION.match(word) or _ASKING.match(word) or _WHEN.match(word)
                          or _HOW_MUCH.match(word))
                 and any(m.start() in bounds and m.end() in bounds
                         and not _PLACE_AFTER.match(text, m.end())
                         for m in re.finditer(re.escape(word), text)))
