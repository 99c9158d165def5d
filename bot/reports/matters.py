"""The matter a ticket is about, as a supervisor or the public reads it: 路灯坏了 → 路灯, 没水 → 停水.

One reading for the digest's hot topics (热点诉求) and /publish's drafted post: a ticket's strongest
routing keyword, merged into the units' matter word it holds and the words of one matter into one
(nlp/topics.txt); a ticket no keyword routed, by the matter its text names by that table.
"""

from __future__ import annotations

from bot.config import Config
from bot.domain.tickets import topic_words
from nlp.result import parse_keyword
from nlp.topics import held_topic, topic_in, topic_of


def matter_words(config: Config) -> dict[str, float]:
    """The units' routing keywords (路灯:2 → 路灯) with their weights as the router reads them
    (nlp.result.parse_keyword: an unweighted word weighs by its length): the matters people
    name. A gapped word (停*水) is no word of a text."""
    words: dict[str, float] = {}
    for unit in config.units:
        for entry in unit.keywords:
            try:
                word, weight = parse_keyword(entry)
            except ValueError:
                continue
            if "*" not in word:
                words[word] = max(words.get(word, 0.0), weight)
    return words


def matter(word: str, matters: dict[str, float]) -> str:
    """`word` as the matter it names: by nlp/topics.txt when it knows the word (没水, 吃不上水 →
    停水) or one it holds (水龙头不出水 → 不出水 → 停水), else the matter word it holds (路灯坏了
    → 路灯; of 小区路灯's 小区 and 路灯 the weightier), else itself."""
    if (topic := topic_of(word) or topic_in(word)) is not None:
        return topic
    held = [m for m in matters if len(m) >= 2 and m != word and m in word]
    return held_topic(max(held, key=lambda m: (matters[m], -len(m), m))) if held else word


def ticket_matter(keywords: list[str], text: str, matters: dict[str, float]) -> str | None:
    """The matter of a ticket routed on `keywords` (strongest first) with `text`: under its first
    topic word; one with none (the hotline's 家里电没了) by the matter its text names, if any."""
    topics = topic_words(keywords)
    return matter(topics[0], matters) if topics else topic_in(text)


def told_matter(keywords: list[str], text: str, matters: dict[str, float]) -> str | None:
    """The matter of a ticket as a sentence names it (群众反映的…问题): its strongest topic word
    when that is a whole phrase (水表漏水, 停水), else the matter word it holds when the rest is a
    colloquial head cut short (路灯坏了, 井盖丢 → 路灯, 井盖); a phrase kept whole that ends on a
    state in one character has it written whole (排水沟堵 → 排水沟堵塞)."""
    topics = topic_words(keywords)
    if not topics:
        return topic_in(text)
    word = topics[0]
    if (topic := topic_of(word)) is not None:
        return topic
    held = matter(word, matters)
    rest = word.replace(held, "", 1)
    return held if held != word and (len(rest) == 1 or rest.endswith("了")) else _whole(word)


# A state a report tells with one character (堵, 坏, 漏) and the word a sentence names it with:
# 群众反映的排水沟堵问题 cuts a clause's verb into a noun phrase (T27 finding 22).
_STATES = {"堵": "堵塞", "坏": "损坏", "漏": "渗漏", "塌": "坍塌", "破": "破损", "裂": "开裂",
           "丢": "丢失", "歪": "倾斜", "翘": "翘起", "松": "松动", "缺": "缺失", "臭": "发臭"}
# A deed the state is the result of (压坏, 砸破, 撞歪): the pair is a verb, kept as it is.
_DONE_BY = frozenset("压弄砸撞摔踩刮吹冲烧碰挖拆打搞碾轧挤踢")


def _whole(word: str) -> str:
    """`word` with a state it ends on in one character written whole (排水沟堵 → 排水沟堵塞,
    护栏歪 → 护栏倾斜); as it is when it ends otherwise or on the whole word already (堵塞)."""
    state = _STATES.get(word[-1:])
    if state is None or word.endswith(state) or len(word) < 3 or word[-2] in _DONE_BY:
        return word
    return word[:-1] + state
