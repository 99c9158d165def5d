"""The one place where text meets Telegram's rules: cleaning, HTML escaping, splitting, buttons.

Every outgoing text is HTML (parse_mode "HTML"). Templates in bot/texts escape what users typed
with `esc`; `split` cuts a finished message into parts Telegram accepts. What others may not read
of a person is removed by bot.domain.privacy before a template sees it.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.domain.delivery import Priority
from bot.domain.privacy.plain import visual

PARSE_MODE = "HTML"
TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
CALLBACK_LIMIT = 64

# Characters dropped from whatever people send and whatever is sent: C0/C1 controls except
# newline and tab (so "\r\n" becomes "\n"), lone surrogates (they cannot be stored or sent as
# UTF-8), bidi overrides and marks (they can reverse how a ticket number or a name reads), and
# the 66 noncharacters. Unassigned code points stay: they are tomorrow's emoji, and Python's
# Unicode tables are older than the phones people type on.
_BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"


_TURNED = re.compile("[\u202b\u202e\u2067]")  # right-to-left embedding, override, isolate


def _dropped(ch: str) -> bool:
    if ch in "\n\t":
        return False
    code = ord(ch)
    return (ch in _BIDI or unicodedata.category(ch) in ("Cc", "Cs")
            or 0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE)


# `_dropped` as one character class (Cc and Cs are fixed ranges): every text people send or are
# sent is cleaned, several times per message, so this runs in C rather than per character.
_DROPPED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef" + _BIDI + "".join(
    chr(plane << 16 | 0xFFFE) + chr(plane << 16 | 0xFFFF) for plane in range(17)) + "]")


def clean(text: str) -> str:
    """The text as it is stored and shown: `_dropped` characters removed, all else as typed.
    What a bidi override or embedding turned round is stored as its writer saw it
    (\u202e4321 7350 931\u202c is 139 0537 1234), so nobody reads it backwards, the masker
    included."""
    return _DROPPED.sub("", visual(text) if _TURNED.search(text) else text)


def esc(text: object) -> str:
    """Escape user-supplied text for parse_mode HTML."""
    return html.escape(clean(str(text)), quote=False)


# --- splitting --------------------------------------------------------------------------------

_TAG = re.compile(r"<(/?)([a-zA-Z-]+)[^>]*>")


def _units(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def split(text: str, limit: int = TEXT_LIMIT, between: str = "\n") -> list[str]:
    """Cut HTML into parts of at most `limit` units, between lines where possible — or only
    between the items `between` separates ("\n\n": a merged notice's, never inside one),
    an item too long for a part cut between its lines.

    Templates keep every tag within one line, so whole lines can be packed freely; a single line
    too long for one part is cut between tokens, closing the tags open at the cut and reopening
    them in the next part, so every part is valid HTML on its own.
    """
    if _units(text) <= limit:
        return [text]
    if between == "\n":
        return _pack(text.split("\n"), limit, "\n",
                     lambda current, line: _cut_line(f"{current}\n{line}" if current else line,
                                                     limit))
    return _pack(text.split(between), limit, between,
                 lambda current, item: [*([current] if current else []), *split(item, limit)])


def _pack(pieces: list[str], limit: int, joiner: str,
          too_long: Callable[[str, str], list[str]]) -> list[str]:
    """`pieces` joined by `joiner` into parts of at most `limit` units; `too_long(current,
    piece)` gives the parts for a piece longer than a part, the last of them still open."""
    parts: list[str] = []
    current = ""
    for piece in pieces:
        joined = f"{current}{joiner}{piece}" if current else piece
        if _units(joined) <= limit:
            current = joined
            continue
        if _units(piece) > limit:
            *whole, current = too_long(current, piece)
            parts.extend(whole)
            continue
        if current.strip():
            parts.append(current)
        current = piece
    return [*parts, current] if current.strip() else parts


def _cut_line(line: str, limit: int) -> list[str]:
    """Cut one long line into valid HTML pieces of at most `limit` units, after the last
    sentence end (。！？；) of a piece when it lies in its second half, else between characters."""
    pieces: list[str] = []
    stack: list[tuple[str, str]] = []  # (name, opening tag) of the tags open at this point
    current = ""
    cut: tuple[int, list[tuple[str, str]]] | None = None  # a sentence end: where, tags open there
    pos = 0
    while pos < len(line):
        token = _next_token(line, pos)
        if _units(token) * 4 > limit:  # a cluster too big for a part (zalgo text): cut it
            token = line[pos]
        if current and _units(current + token + _closing(stack)) > limit:
            if cut and _units(current[: cut[0]]) * 2 > limit:
                end, open_there = cut
                pieces.append(current[:end] + _closing(open_there))
                current = "".join(tag for _, tag in open_there) + current[end:]
            else:
                pieces.append(current + _closing(stack))
                current = "".join(tag for _, tag in stack)
            cut = None
        current += token
        match = _TAG.fullmatch(token)
        if match and match[1]:
            if stack and stack[-1][0] == match[2].lower():
                stack.pop()
        elif match:
            stack.append((match[2].lower(), token))
        elif token in _SENTENCE_ENDS:
            cut = (len(current), list(stack))
        pos += len(token)
    pieces.append(current)
    return pieces


_SENTENCE_ENDS = frozenset("。！？；!?;")


def _closing(stack: list[tuple[str, str]]) -> str:
    return "".join(f"</{name}>" for name, _ in reversed(stack))


def _next_token(text: str, pos: int) -> str:
    """A whole tag, a whole entity, or one character as a reader sees one (a grapheme cluster)."""
    if text[pos] == "<":
        end = text.find(">", pos)
        if end != -1:
            return text[pos : end + 1]
    if text[pos] == "&":
        end = text.find(";", pos, pos + 10)
        if end != -1:
            return text[pos : end + 1]
    return text[pos : _cluster_end(text, pos)]


_MAX_CLUSTER = 32  # code points: a family emoji has 7, a subdivision flag 7; zalgo text is cut


def _cluster_end(text: str, pos: int) -> int:
    """Where the character at `pos` ends with everything drawn with it: combining marks,
    variation selectors, skin tones, a keycap, tags, a zero-width joiner and what it joins
    (👨‍👩‍👧‍👦), and a flag's second regional indicator (🇨🇳). Never cut inside one: a
    family would reach the reader as four people, a flag as two letters (Unicode UAX #29, its
    extended grapheme clusters, enough of it for what people send)."""
    end = pos + 1
    if _regional(text[pos]) and end < len(text) and _regional(text[end]):
        end += 1
    while end < len(text) and end - pos < _MAX_CLUSTER:
        ch = text[end]
        if ch == "\u200d" and end + 1 < len(text):
            end += 2
        elif _extends(ch):
            end += 1
        else:
            break
    return end


def _regional(ch: str) -> bool:
    return "\U0001f1e6" <= ch <= "\U0001f1ff"


def _extends(ch: str) -> bool:
    return (unicodedata.category(ch) in ("Mn", "Me", "Mc") or "\ufe00" <= ch <= "\ufe0f"
            or "\U0001f3fb" <= ch <= "\U0001f3ff" or "\U000e0020" <= ch <= "\U000e007f"
            or "\U000e0100" <= ch <= "\U000e01ef" or ch == "\u200d")


# --- messages ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Media:
    """Something a citizen sent, passed on as it is: a Telegram file id, or a place."""

    kind: str  # photo | video | voice | audio | document | video_note | location
    file_id: str | None = None
    latitude: float | None = None
    longitude: float | None = None


@dataclass(frozen=True)
class Notice:
    """What to tell whom if a message is given up: an HTML text for `chat_id`."""

    chat_id: int
    text: str


@dataclass(frozen=True)
class Outgoing:
    """One message to send: finished HTML text, or a document or media with it as caption.

    `priority` orders it within its chat and between chats (bot.domain.delivery.Priority).
    `notice`, if set, is queued when this message is finally not delivered — refused (400,
    e.g. "chat not found"), blocked (403), retries exhausted, or unconfirmed after its marked
    resend — so the person who acted learns it did not arrive:

        Outgoing(f"publish:{ticket.id}", channel, post, notice=Notice(asker, not_posted_text))
    """

    key: str  # unique per logical message: "ack:tg:5:17", "push:42:accept", ...
    chat_id: int
    text: str
    keyboard: dict[str, Any] | None = None
    ticket_id: int | None = None
    document: str | None = None  # absolute path of a file to upload, text is its caption
    extra: dict[str, Any] = field(default_factory=dict)
    media: tuple[Media, ...] = ()  # passed on by file id; text is the caption
    delay: float = 0.0  # seconds before it may go (an album waits for its other items)
    priority: Priority = Priority.REPLY
    notice: Notice | None = None
    answers: str | None = None  # the words of the message it answers: read in their language
    # For a text too long for one message: the line that heads part i of n (whose it is).
    label: Callable[[int, int], str] | None = None
    between: str = "\n"  # where its text may be cut: between lines, or ("\n\n") only items

    def notice_calls(self) -> list[tuple[str, str, dict[str, Any]]]:
        """The Bot API calls of the failure notice (none without one)."""
        if self.notice is None:
            return []
        return api_calls(Outgoing(f"undelivered:{self.key}", self.notice.chat_id,
                                  self.notice.text, priority=Priority.STAFF))


def api_calls(message: Outgoing) -> list[tuple[str, str, dict[str, Any]]]:
    """The Bot API calls that send `message`: (dedupe key, method, parameters).

    A long text is split into several messages, its buttons under the last; a caption too long
    for a document goes after it as text.
    """
    if message.media:
        calls = media_calls(message.chat_id, message.media, message.text)
    elif message.document:
        params: dict[str, Any] = {"chat_id": message.chat_id, "document": message.document,
                                  "caption": message.text, "parse_mode": PARSE_MODE}
        calls = [("sendDocument", params)]
        if len(message.text) > CAPTION_LIMIT:
            params["caption"] = ""
            calls += [("sendMessage", _text_params(message.chat_id, part))
                      for part in _parts(message)]
    else:
        calls = [("sendMessage", _text_params(message.chat_id, part))
                 for part in _parts(message)]
        if message.keyboard:  # buttons go under the last part
            calls[-1][1]["reply_markup"] = message.keyboard
    for _, params in calls:
        params.update(message.extra)
    return [(message.key if index == 0 else f"{message.key}#{index}", method, params)
            for index, (method, params) in enumerate(calls)]


def too_long(message: Outgoing) -> bool:
    """Whether `message`'s text goes in more than one message (its label would show)."""
    limit = CAPTION_LIMIT if message.document else TEXT_LIMIT
    return not message.media and _units(message.text) > limit


def _parts(message: Outgoing) -> list[str]:
    """The text cut for sending; when it takes more than one message, each part headed by the
    message's label (with room kept for it)."""
    parts = split(message.text, between=message.between)
    if len(parts) == 1 or message.label is None:
        return parts
    parts = split(message.text, TEXT_LIMIT - _units(message.label(999, 999)), message.between)
    return [message.label(index, len(parts)) + part for index, part in enumerate(parts, 1)]


_SENDS = {"photo": "sendPhoto", "video": "sendVideo", "voice": "sendVoice", "audio": "sendAudio",
          "document": "sendDocument", "video_note": "sendVideoNote"}
_GROUPED = ("photo", "video")  # what Telegram shows together as an album
ALBUM_LIMIT = 10


def media_calls(chat_id: int, items: Sequence[Media], caption: str
                ) -> list[tuple[str, dict[str, Any]]]:
    """Bot API calls that pass `items` on as they are: photos and videos as albums of up to ten
    (one item alone as itself), everything else one by one; `caption` (HTML) on the first."""
    calls: list[tuple[str, dict[str, Any]]] = []
    grouped = [m for m in items if m.kind in _GROUPED]
    for start in range(0, len(grouped), ALBUM_LIMIT):
        chunk = grouped[start:start + ALBUM_LIMIT]
        if len(chunk) > 1:
            calls.append(("sendMediaGroup", {"chat_id": chat_id, "media": [
                {"type": m.kind, "media": m.file_id} for m in chunk]}))
        else:
            calls.append((_SENDS[chunk[0].kind], {"chat_id": chat_id,
                                                  chunk[0].kind: chunk[0].file_id}))
    for m in items:
        if m.kind == "location":
            calls.append(("sendLocation", {"chat_id": chat_id, "latitude": m.latitude,
                                           "longitude": m.longitude}))
        elif m.kind in _SENDS and m.kind not in _GROUPED:
            calls.append((_SENDS[m.kind], {"chat_id": chat_id, m.kind: m.file_id}))
    if caption and calls:
        method, params = calls[0]
        if method == "sendMediaGroup":
            params["media"][0].update(caption=caption, parse_mode=PARSE_MODE)
        elif method in ("sendLocation", "sendVideoNote"):  # no caption there: a line before it
            calls.insert(0, ("sendMessage", _text_params(chat_id, caption)))
        else:
            params.update(caption=caption, parse_mode=PARSE_MODE)
    return calls


def _text_params(chat_id: int, text: str) -> dict[str, Any]:
    return {"chat_id": chat_id, "text": text, "parse_mode": PARSE_MODE,
            "link_preview_options": {"is_disabled": True}}


# --- buttons ----------------------------------------------------------------------------------

Button = tuple[str, str]  # (label, callback data)


def keyboard(rows: Sequence[Sequence[Button]]) -> dict[str, object]:
    """An inline keyboard as Bot API JSON; callback data must fit Telegram's 64 bytes."""
    for row in rows:
        for _, data in row:
            if len(data.encode()) > CALLBACK_LIMIT:
                raise ValueError(f"callback data over {CALLBACK_LIMIT} bytes: {data!r}")
    return {
        "inline_keyboard": [
            [{"text": label, "callback_data": data} for label, data in row] for row in rows
        ]
    }


def truncate(text: str, limit: int) -> str:
    """Shorten plain text to `limit` characters with an ellipsis, never inside a Latin word
    (an English report listed by /my: "The street lamp…", not "The street la…")."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if _latin(cut[-1]) and _latin(text[limit - 1]) and " " in cut.strip():
        cut = cut.rstrip().rsplit(" ", 1)[0].rstrip(" ,;:")
    return cut + "…"


def _latin(char: str) -> bool:
    return char.isascii() and char.isalnum()
