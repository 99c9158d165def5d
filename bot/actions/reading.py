"""Each message in its reader's language (refs #10): a citizen who writes in English reads
English. Texts with an English twin (bot.texts.twins.Twin) are chosen here, as they are
queued or shown; everything else goes as it is. A message about one of the reader's tickets
goes in the language that ticket was written in (its words, else what the citizen added to
it), so a Chinese report is followed up in Chinese after an English one — unless it answers
words the citizen has just written in a language, which it is answered in (someone drowning,
said after 有人落水了, hears of that ticket in English); a message about no ticket, or about a
ticket whose words tell no language, in the language the person last wrote.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from sqlite_utils import Database

from bot.domain.language import written_in
from bot.domain.tickets import Ticket
from bot.render import Outgoing
from bot.store import outbox, people, tickets
from bot.texts import reader_language
from bot.texts.twins import ENGLISH, Twin, english


def note_language(db: Database, user_id: int, text: str) -> None:
    """Keep the language a citizen's message is written in, when it tells."""
    people.set_language(db, user_id, written_in(text))


def reader_note(db: Database, ticket: Ticket) -> str:
    """The line a unit's new-ticket push gets when its citizen reads it in English ("" otherwise)."""
    english_reader = ticket.citizen_id and language(db, ticket.citizen_id, ticket.id) == ENGLISH
    return f"\n{reader_language.ENGLISH_READER}" if english_reader else ""


_COMMAND = re.compile(r"^\s*/[A-Za-z0-9_]+(?:@\w+)?")  # /help tells no language: its words may


def language(db: Database, user_id: int, ticket_id: int | None = None,
             answers: str | None = None) -> str:
    """The language `user_id` reads a message in: the one of the words it `answers` (the
    message's, carried with the answer: nothing is read again), when they tell one; else,
    about their own ticket `ticket_id`, the one it was written in; otherwise (or when its words
    tell none) the one they last wrote in."""
    if answers and (said := written_in(_COMMAND.sub("", answers))):
        return said
    ticket = tickets.by_id(db, ticket_id) if ticket_id else None
    if ticket is not None and ticket.chat_id == user_id:
        told = (written_in(text) for text in (ticket.text, *tickets.citizen_texts(db, ticket.id)))
        if written := next((found for found in told if found), None):
            return written
    return people.language(db, user_id)


def for_reader(db: Database, message: Outgoing) -> Outgoing:
    """`message` in the language of the person it goes to."""
    if not (isinstance(message.text, Twin) or _twin_buttons(message.keyboard)):
        return message
    if language(db, message.chat_id, message.ticket_id, message.answers) != ENGLISH:
        return message
    label = message.label
    return replace(message, text=english(message.text),
                   keyboard=_english_keyboard(message.keyboard),
                   label=label and (lambda part, parts: english(label(part, parts))))


def text_for(db: Database, user_id: int, text: str, ticket_id: int | None = None) -> str:
    """A text (a toast, a note added to a sent message) in its reader's language."""
    if isinstance(text, Twin) and language(db, user_id, ticket_id) == ENGLISH:
        return text.en
    return text


def press_text(db: Database, user_id: int, text: str, chat_id: int, message_id: int) -> str:
    """The answer to a press on the bot's message `message_id` (a toast), in the language of
    the ticket that message was about, else in the presser's."""
    ticket_id = outbox.ticket_for_message(db, chat_id, message_id) if message_id else None
    return text_for(db, user_id, text, ticket_id)


def _twin_buttons(keyboard: dict[str, Any] | None) -> bool:
    rows = (keyboard or {}).get("inline_keyboard") or []
    return any(isinstance(button.get("text"), Twin) for row in rows for button in row)


def _english_keyboard(keyboard: dict[str, Any] | None) -> dict[str, Any] | None:
    if not keyboard or "inline_keyboard" not in keyboard:
        return keyboard
    return {**keyboard, "inline_keyboard": [
        [{**button, "text": english(button["text"])} for button in row]
        for row in keyboard["inline_keyboard"]]}
