"""Whether a message tells of a ticket's own matter or of another one, by what the router finds
in each: the words of a unit's matter they share (路灯不亮 and 还是不亮 share 不亮; 窨井盖 and 路灯
share nothing, though both are the urban bureau's), or words that say the same trouble goes on
(还是, 依然, 仍然). Used where a message might join a ticket it is not a reply to: a 重办 ticket
(bot/actions/visit_typed.reopened_matter), a near-repeat of a report."""

from __future__ import annotations

import re

from bot.actions.desk import Desk
from bot.domain.tickets import Ticket
from nlp.router import RouteResult
from nlp.tokenizer import normalize

_GOES_ON = re.compile(r"还是|还没|还不|依然|依旧|仍然|仍旧|照样|一直")
_PLAIN = re.compile(r"\(.*?\)")  # 污水横流(污水流): the word, not how it was found


def another_matter(desk: Desk, ticket: Ticket, text: str, route: RouteResult | None) -> bool:
    """Whether `text` names a matter of its own that is not the ticket's: it has words of a
    unit's matter, none of them the ticket's, and says nothing of the same trouble going on."""
    route = route or desk.router.route(text)
    if route.kind != "report" or not route.keywords or _GOES_ON.search(normalize(text)):
        return False
    return not shares_words(desk, ticket, route)


def shares_words(desk: Desk, ticket: Ticket, route: RouteResult) -> bool:
    """Whether the message routed as `route` shares a word of a unit's matter with the ticket
    (either word inside the other, or found in the ticket's text)."""
    told = normalize(ticket.text)
    own = [_PLAIN.sub("", k) for k in desk.router.route(ticket.text).keywords]
    for word in (_PLAIN.sub("", k) for k in route.keywords):
        if word in told or any(word in k or k in word for k in own):
            return True
    return False
