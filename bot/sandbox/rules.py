"""Telegram's rules for what a bot sends, reduced to what a bot can get wrong: parse modes (with
the entities Telegram derives from them), inline keyboards, and the error replies."""

from __future__ import annotations

import re
from typing import Any

JSON = dict[str, Any]


class ApiError(Exception):
    """A Telegram error reply: HTTP status, description, optional retry_after."""

    def __init__(self, code: int, description: str, retry_after: int | None = None,
                 migrate_to_chat_id: int | None = None) -> None:
        super().__init__(description)
        self.code, self.description, self.retry_after = code, description, retry_after
        self.migrate_to_chat_id = migrate_to_chat_id  # a group upgraded to a supergroup


def bad(description: str) -> ApiError:
    return ApiError(400, "Bad Request: " + description)


def u16(text: str) -> int:
    """Length in UTF-16 code units, the unit of Telegram's entity offsets."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


# -- HTML --------------------------------------------------------------------------------------
# Tag → entity type; https://core.telegram.org/bots/api#html-style
_HTML_TAGS = {"b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underline",
              "ins": "underline", "s": "strikethrough", "strike": "strikethrough",
              "del": "strikethrough", "span": "spoiler", "tg-spoiler": "spoiler", "a": "text_link",
              "code": "code", "pre": "pre", "blockquote": "blockquote", "tg-emoji": "custom_emoji"}
_HTML_ENTITY = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ATTR = re.compile(r"""([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))""")
_MD_MARKS = {"```": "Pre", "`": "Code", "__": "Underline", "_": "Italic", "*": "Bold",
             "~": "Strikethrough", "||": "Spoiler"}


def _entities_error(text: str, i: int, what: str) -> ApiError:
    offset = len(text[:i].encode("utf-8", "surrogatepass"))
    return bad(f"can't parse entities: {what} at byte offset {offset}")


def _decode_entity(text: str, i: int) -> tuple[str, int]:
    m = _HTML_ENTITY.match(text, i)
    code = m.group(1) if m else ""
    num = int(code[2:], 16) if code[:2].lower() == "#x" else int(code[1:] or 0) \
        if code.startswith("#") else -1
    decoded = _NAMED.get(code) or (chr(num) if 0 < num <= 0x10FFFF else None)
    if m is None or decoded is None:  # stricter than Telegram, which keeps a bare "&"
        raise _entities_error(text, i, "unsupported HTML entity")
    return decoded, m.end()


def _entity(name: str, attrs: dict[str, str], offset: int, length: int,
            inside: list[tuple[str, int, dict[str, str]]]) -> JSON | None:
    kind = _HTML_TAGS[name]
    entity: JSON = {"type": kind, "offset": offset, "length": length}
    if kind == "text_link":
        if not attrs.get("href"):
            return None
        entity["url"] = attrs["href"]
    elif kind == "custom_emoji":
        entity["custom_emoji_id"] = attrs.get("emoji-id", "")
    elif kind == "blockquote" and "expandable" in attrs:
        entity["type"] = "expandable_blockquote"
    elif kind == "code" and inside and inside[-1][0] == "pre":  # <pre><code class="language-x">
        language = attrs.get("class", "").removeprefix("language-")
        if language:
            inside[-1][2]["language"] = language
        return None
    elif kind == "pre" and attrs.get("language"):
        entity["language"] = attrs["language"]
    return entity


def _parse_html(text: str) -> tuple[str, list[JSON]]:
    out: list[str] = []
    stack: list[tuple[str, int, dict[str, str]]] = []  # tag, UTF-16 start, attributes
    entities: list[JSON] = []
    at = 0  # UTF-16 length of the output so far
    i = 0
    while i < len(text):
        ch = text[i]
        if ch != "<":
            piece, i = _decode_entity(text, i) if ch == "&" else (ch, i + 1)
            out.append(piece)
            at += u16(piece)
            continue
        end = text.find(">", i)
        if end == -1:
            raise _entities_error(text, i, "Unclosed start tag")
        tag = text[i + 1:end].strip()
        if tag.startswith("/"):
            name = tag[1:].strip().lower()
            if not stack:
                raise _entities_error(text, i, f'Unexpected end tag "{name}"')
            if name != stack[-1][0]:
                raise _entities_error(text, i, f'Unmatched end tag, expected "</{stack[-1][0]}>", '
                                      f'found "</{name}>"')
            name, start, attrs = stack.pop()
            entity = _entity(name, attrs, start, at - start, stack)
            if entity is not None and entity["length"] > 0:
                entities.append(entity)
        else:
            name = re.split(r"\s", tag, maxsplit=1)[0].lower()
            attrs = {k.lower(): a or b or c for k, a, b, c in _ATTR.findall(tag[len(name):])}
            if re.search(r"(?:^|\s)expandable(?:\s|$)", tag[len(name):]):
                attrs["expandable"] = ""
            if name not in _HTML_TAGS:
                raise _entities_error(text, i, f'Unsupported start tag "{name}"')
            if name == "span" and attrs.get("class") != "tg-spoiler":
                raise _entities_error(text, i, 'Tag "span" must have class "tg-spoiler"')
            stack.append((name, at, attrs))
        i = end + 1
    if stack:
        raise bad(f'can\'t parse entities: Can\'t find end tag corresponding to start tag '
                  f'"{stack[-1][0]}"')
    return "".join(out), entities


def _parse_markdown_v2(text: str) -> str:
    out: list[str] = []
    stack: list[tuple[str, int]] = []
    i = 0
    while i < len(text):
        ch, top = text[i], stack[-1][0] if stack else ""
        if ch == "\\" and i + 1 < len(text) and 0 < ord(text[i + 1]) < 127:
            out.append(text[i + 1])
            i += 2
        elif top in ("`", "```") and not text.startswith(top, i):
            out.append(ch)
            i += 1
        elif mark := next((m for m in _MD_MARKS if text.startswith(m, i)), ""):
            if mark == "__" and top == "_":  # closing italic followed by another "_"
                mark = "_"
            if top == mark:
                stack.pop()
            else:
                stack.append((mark, i))
            if mark == "```" and top != mark:
                i = text.find("\n", i) + 1 or len(text)  # skip the language line
            else:
                i += len(mark)
        elif ch == "[":
            stack.append(("[", i))
            i += 1
        elif ch == "]" and top == "[":
            stack.pop()
            close = text.find(")", i)
            if not text.startswith("(", i + 1) or close == -1:
                raise _entities_error(text, i, "Can't find end of a url")
            i = close + 1
        elif ch == ">" and (i == 0 or text[i - 1] == "\n"):
            i += 1  # block quotation
        elif ch in "_*[]()~`>#+-=|{}.!\\":
            raise bad(f"can't parse entities: Character '{ch}' is reserved and must be escaped "
                      "with the preceding '\\'")
        else:
            out.append(ch)
            i += 1
    if stack:
        mark, at = stack[-1]
        raise _entities_error(text, at, f"Can't find end of {_MD_MARKS.get(mark, 'TextUrl')} "
                              "entity")
    return "".join(out)


def parse_text(text: Any, parse_mode: Any, limit: int, what: str,
               allow_empty: bool = False) -> tuple[str, list[JSON]]:
    """The text the person sees and its entities (HTML only; MarkdownV2 is checked, shown plain),
    or the ApiError Telegram gives for it."""
    raw = "" if text is None else str(text)
    try:
        raw.encode("utf-8")
    except UnicodeEncodeError:
        raise bad("text must be encoded in UTF-8") from None
    mode = str(parse_mode or "").lower()
    entities: list[JSON] = []
    if mode == "html":
        shown, entities = _parse_html(raw)
    elif mode == "markdownv2":
        shown = _parse_markdown_v2(raw)
    elif mode == "markdown":  # legacy mode: markers stripped, not validated
        shown = re.sub(r"[*_`\[\]]", "", raw)
    elif mode:
        raise bad("unsupported parse_mode")
    else:
        shown = raw
    stripped = shown.strip()
    if not stripped and not allow_empty:
        raise bad(f"{what} is empty")
    if len(stripped) > limit:  # code points after entity parsing, as tdlib counts
        raise bad("message is too long" if what == "message text" else f"{what} is too long")
    lead, size = u16(shown[:len(shown) - len(shown.lstrip())]), u16(stripped)
    kept = []
    for entity in entities:  # offsets follow the trimmed text, as Telegram's do
        start = max(0, entity["offset"] - lead)
        end = min(size, entity["offset"] + entity["length"] - lead)
        if end > start:
            kept.append({**entity, "offset": start, "length": end - start})
    return stripped, sorted(kept, key=lambda e: (e["offset"], -e["length"]))


def visible_text(text: Any, parse_mode: Any, limit: int, what: str,
                 allow_empty: bool = False) -> str:
    """The text the person sees, or the ApiError Telegram gives for it."""
    return parse_text(text, parse_mode, limit, what, allow_empty)[0]


# -- keyboards ---------------------------------------------------------------------------------
_BUTTON_KINDS = {"url", "callback_data", "switch_inline_query", "web_app", "login_url", "pay",
                 "switch_inline_query_current_chat", "switch_inline_query_chosen_chat",
                 "callback_game", "copy_text"}


def check_markup(markup: Any) -> JSON | None:
    """Validate reply_markup as Telegram does; returns it parsed."""
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad("can't parse reply keyboard markup JSON object")
    rows = markup.get("inline_keyboard", markup.get("keyboard"))
    if rows is None:
        if markup.get("remove_keyboard") or markup.get("force_reply"):
            return markup
        raise bad("can't parse reply keyboard markup JSON object")
    inline = "inline_keyboard" in markup
    if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
        raise bad("BUTTON_DATA_INVALID")
    for button in (b for row in rows for b in row):
        if not inline and isinstance(button, str):
            continue
        if not isinstance(button, dict) or not str(button.get("text") or "").strip():
            raise bad("BUTTON_DATA_INVALID" if inline else "BUTTON_TEXT_INVALID")
        if not inline:
            continue
        if len(_BUTTON_KINDS & button.keys()) != 1:
            raise bad("BUTTON_DATA_INVALID")
        data = button.get("callback_data")
        if "callback_data" in button and not (
                isinstance(data, str) and 1 <= len(data.encode("utf-8", "surrogatepass")) <= 64):
            raise bad("BUTTON_DATA_INVALID")
        if "url" in button and not re.match(r"(https?|tg)://\S", str(button["url"])):
            raise bad("BUTTON_URL_INVALID")
    return markup
