"""Which of a citizen's open tickets a chase's matter word names best (refs #10: 刚才那个水的事有人管吗
pressed a 下水道 ticket seconds old, through the character 水, instead of the 自来水 one).

A Chinese compound is named by its last part (自来水 is a kind of 水, 下水道 a kind of 道), so a
word names best the ticket whose own matter — its first routing keyword — has a word ending in
it, then one whose words have such a word anywhere (污水 in a 下水道 report), and only last one
holding it inside a word (下水道). A word of the same matter by the topics table (nlp/topics.txt:
燃气 for a 煤气 ticket, 没水 for a 停水 one) names it as its own word would (refs #10: 上午燃气的事
pressed the newest ticket, not the 煤气 leak). Among equals the newest is taken, as before."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.domain.tickets import Ticket
from nlp.tokenizer import default_tokenizer, normalize
from nlp.topics import topic_in, topic_of

# What refers back without naming the matter: when, who told it, and 那个事/的问题/单子.
_FILLER = re.compile(
    r"刚才|刚刚|方才|上午|下午|早上|早晨|中午|晚上|昨天|昨晚|前天|之前|先前|上次|上回|前几天|前两天|"
    r"前面|前边|那会儿?|(?:我|俺|咱)们?家?|(?:打电话)?(?:说|反映|报|提|讲|投诉|举报|发)(?:过|了)?的|"
    r"那个|那件|这个|这件|那张|这张|事情|事儿|那事|的事|问题|情况|单子|工单|的|了|\W|\s")


def core(span: str) -> str:
    """The matter word a reference names (刚才那个水的事 → 水), or "" when it names none."""
    return _FILLER.sub("", normalize(span))


def closeness(ticket: Ticket, word: str) -> int:
    """3 when a word of the ticket's own matter (its first routing keyword) ends with `word` or
    is of its matter by the topics table, 2 when a word of its text or keywords does or its text
    names that matter, 1 when `word` is only inside one, else 0."""
    word = normalize(word)
    if not word:
        return 0
    tokens = default_tokenizer().spans
    keywords = [normalize(k) for k in ticket.keyword_list]
    topic = topic_of(word) or topic_in(word)
    if keywords and (_ends(keywords[0], word, tokens) or (
            topic is not None and topic == (topic_of(keywords[0]) or topic_in(keywords[0])))):
        return 3
    told = normalize(ticket.text)
    if _ends(told, word, tokens) or any(_ends(k, word, tokens) for k in keywords) or (
            topic is not None and topic == topic_in(told)):
        return 2
    return int(word in told or any(word in k for k in keywords))


def _ends(text: str, word: str, spans: Callable[[str], list[tuple[int, int]]]) -> bool:
    """Whether a word of `text` ends with `word`."""
    return any(text[a:b].endswith(word) for a, b in spans(text))


def named_best(tickets: Sequence[Ticket], words: Sequence[str], anyhow: bool = False
               ) -> Ticket | None:
    """The ticket (newest first in `tickets`) that `words` name best; None when they name none
    — or, with `anyhow` (the tickets are already known to be of the matter), the newest."""
    best, found = 0, None
    for ticket in tickets:
        rank = max((closeness(ticket, w) for w in words), default=0)
        if rank > best:
            best, found = rank, ticket
    if found is None and anyhow and tickets:
        return tickets[0]
    return found
