"""The fake's world: the bot, users, chats, messages, files and queued updates, and the helpers
every part of the fake shares. One condition variable (`_cond`) guards all of it; methods with a
leading underscore expect it held."""

from __future__ import annotations

import base64
import itertools
import json
import math
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.sandbox import journal
from bot.sandbox.rules import JSON, ApiError, bad

# Where getFile puts each kind of file, as Telegram does.
FOLDERS = {"photo": "photos", "video": "videos", "voice": "voice", "audio": "music",
           "document": "documents", "sticker": "stickers", "animation": "animations"}


@dataclass(frozen=True)
class RequestRecord:
    """One call the bot made: method as spelled, coerced params, HTTP status (0 = dropped)."""

    method: str
    params: JSON
    status: int
    description: str = ""
    injected: bool = False
    content_type: str = ""


@dataclass(frozen=True)
class StoredFile:
    """A file the fake holds: a citizen's upload or the bot's, by file_id."""

    kind: str  # a key of FOLDERS
    path: str  # file_path, as getFile answers
    data: bytes
    name: str


@dataclass
class _Bucket:
    capacity: float
    rate: float  # tokens per second
    stamp: float
    tokens: float = 0.0

    def __post_init__(self) -> None:
        self.tokens = self.capacity

    def wait(self, now: float) -> float:
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        return 0.0 if self.tokens >= 1 else (1 - self.tokens) / self.rate


def copy(obj: JSON) -> JSON:
    copied: JSON = json.loads(json.dumps(obj))
    return copied


class World:
    """State and shared helpers; `FakeBotAPI` puts the parts together."""

    def __init__(self, token: str, flood_limits: bool, port: int, bot_username: str,
                 callback_timeout: float, first_id: int) -> None:
        self.token, self.flood_limits, self.port = token, flood_limits, port
        self.callback_timeout = callback_timeout
        self.clock: Callable[[], float] = time.monotonic  # flood limits and query age; patchable
        # Unix time stamped on messages (`date`, `edit_date`), as Telegram's servers keep it;
        # the demo sets the county's clock, which `tick --now` moves.
        self.wall: Callable[[], float] = time.time
        self.bot_user: JSON = {"id": int(token.split(":")[0]), "is_bot": True,
                               "first_name": "金来办", "username": bot_username}
        self._cond = threading.Condition(threading.RLock())
        self._stopping = threading.Event()
        self._local = threading.local()  # per request: has the client hung up?
        self._revoked = False
        self._first_id = first_id
        self._ids = itertools.count(first_id + 1)
        self._update_ids = itertools.count(first_id + 100_000)
        self._users: dict[int, JSON] = {}
        self._chats: dict[int, JSON] = {}
        self._msg_ids: dict[int, int] = {}
        self._messages: dict[tuple[int, int], JSON] = {}
        self._updates: list[JSON] = []
        self._journal: Path | None = None  # where queued updates are kept, if anywhere
        self._kept_files: set[str] = set()  # file ids kept there
        self._allowed: set[str] | None = None
        self._confirmed = 0
        self._poll_gen = 0
        self._polls_open = 0  # getUpdates calls waiting for an update now
        self._hang_until = 0.0
        self._sent: list[JSON] = []
        self._requests: list[RequestRecord] = []
        self._answers: list[JSON] = []
        self._queries: dict[str, list[float | bool]] = {}
        self._blocked: set[int] = set()
        self._files: dict[str, StoredFile] = {}
        self._buckets: dict[int | str, _Bucket] = {}
        self._commands: dict[str, list[JSON]] = {}
        self._version = 0  # grows with every message sent, edited or deleted in any chat

    # -- chats and messages ----------------------------------------------------------------------
    def _chat(self, value: Any) -> JSON:
        if isinstance(value, str) and value.startswith("@"):
            value = next((c["id"] for c in self._chats.values()
                          if c.get("username", "").lower() == value[1:].lower()), None)
        chat = self._chats.get(value) if isinstance(value, int) else None
        if chat is None:
            raise bad("chat not found")
        if chat["type"] == "private" and value in self._blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        if "migrated_to" in chat:
            raise ApiError(400, "Bad Request: group chat was upgraded to a supergroup chat",
                           migrate_to_chat_id=chat["migrated_to"])
        return chat

    def _flood(self, chat: JSON) -> None:
        if not self.flood_limits:
            return
        now, cid = self.clock(), chat["id"]
        private = chat["type"] == "private"
        buckets = [self._buckets.setdefault("all", _Bucket(30, 30, now)), self._buckets.setdefault(
            cid, _Bucket(3, 1, now) if private else _Bucket(20, 20 / 60, now))]
        wait = max(b.wait(now) for b in buckets)
        if wait > 0:
            retry = max(1, math.ceil(wait))
            raise ApiError(429, f"Too Many Requests: retry after {retry}", retry)
        for b in buckets:
            b.tokens -= 1

    def _ref(self, chat_id: int, message: JSON | int) -> JSON:
        if isinstance(message, int):
            return self._messages[(chat_id, message)]
        cid = message["chat"]["id"] if "chat" in message else message["chat_id"]
        return self._messages[(cid, message["message_id"])]

    def _new_message(self, chat: JSON, sender: JSON | None, content: JSON) -> JSON:
        cid = chat["id"]
        self._msg_ids[cid] = self._msg_ids.get(cid, self._first_id) + 1
        msg: JSON = {"message_id": self._msg_ids[cid], "date": int(self.wall()), "chat": dict(chat)}
        if chat["type"] == "channel":
            msg["sender_chat"] = dict(chat)
        elif sender is not None:
            msg["from"] = dict(sender)
        msg.update(content)
        self._messages[(cid, msg["message_id"])] = msg
        self._changed()
        return msg

    def _changed(self) -> None:
        self._version += 1
        self._cond.notify_all()

    def _own_message(self, p: JSON, verb: str) -> JSON:
        msg = self._messages.get((self._chat(p.get("chat_id"))["id"], p.get("message_id", 0)))
        if msg is None:
            raise bad(f"message to {verb} not found")
        if msg.get("from", {}).get("id") != self.bot_user["id"] and "sender_chat" not in msg:
            raise bad(f"message can't be {verb}ed")
        return msg

    def _push(self, kind: str, obj: JSON) -> None:
        update = {"update_id": next(self._update_ids), kind: copy(obj)}
        if self._journal is not None:  # kept before the user is told it went out
            for fid in journal.file_ids(update):
                if fid not in self._kept_files and (f := self._files.get(fid)):
                    journal.save_file(self._journal, fid,
                                      journal.encode(f.kind, f.path, f.name, f.data))
                    self._kept_files.add(fid)
            journal.save(self._journal, update)
        self._updates.append(update)
        self._cond.notify_all()

    def _forget(self, updates: Iterable[JSON]) -> None:
        """Queued updates confirmed by a higher offset (or discarded): never delivered again."""
        if self._journal is not None:
            journal.drop(self._journal, [int(u["update_id"]) for u in updates])

    def _record(self, method: str, chat_id: int, message_id: int, **extra: Any) -> None:
        """What the bot did, as tests and the demo page read it (see `FakeBotAPI.sent`)."""
        self._sent.append({"at": time.monotonic(), "method": method, "chat_id": chat_id,
                           "message_id": message_id, "kind": None,
                           "text": None, "raw": None, "entities": [], "caption": None,
                           "parse_mode": None, "reply_markup": None, "reply_to_message_id": None,
                           "file": None, "filename": None, "file_id": None, "location": None,
                           "media_group_id": None, **extra})
        self._changed()

    # -- files -------------------------------------------------------------------------------------
    def _store_file(self, kind: str, data: bytes, name: str) -> JSON:
        """Keep a file under a new file_id; returns its Bot API metadata."""
        n = next(self._ids)
        file_id = f"AgAC{kind}{n:08d}"
        self._files[file_id] = StoredFile(kind, f"{FOLDERS[kind]}/file_{n}_{name}", data, name)
        return {"file_id": file_id, "file_unique_id": f"AQAD{n:08d}", "file_size": len(data)}

    # -- keeping the chats -------------------------------------------------------------------------
    def snapshot(self) -> JSON:
        """The chats as their members see them now, and the files in them, as plain JSON: what
        `restore` puts back in a fake started later (the demo keeps it with a --data folder)."""
        with self._cond:
            return {"messages": [copy(m) for _, m in sorted(self._messages.items())],
                    "blocked": sorted(self._blocked),  # Telegram remembers who blocked the bot
                    "files": {file_id: {"kind": f.kind, "path": f.path, "name": f.name,
                                        "data": base64.b64encode(f.data).decode("ascii")}
                              for file_id, f in self._files.items()}}

    def restore(self, saved: JSON) -> None:
        """Put back the messages, files and blocks of a `snapshot`: they show as they were, edits
        and all, a button still on one can be pressed, and who blocked the bot still has. New
        ids go on above the saved ones (a later fake's `first_id` is larger, as Telegram never
        reuses an id)."""
        with self._cond:
            for msg in saved.get("messages", []):
                cid, mid = msg["chat"]["id"], msg["message_id"]
                self._messages[(cid, mid)] = msg
                self._msg_ids[cid] = max(self._msg_ids.get(cid, self._first_id), mid)
            for file_id, f in saved.get("files", {}).items():
                self._files[file_id] = StoredFile(f["kind"], f["path"],
                                                  base64.b64decode(f["data"]), f["name"])
            self._blocked.update(int(user) for user in saved.get("blocked", []))
            self._changed()

    def keep_updates(self, folder: Path) -> int:
        """Keep queued updates and the files users send in `folder` from now on (see
        `journal`), after taking back the files and queuing again the updates a fake before
        this one kept there unconfirmed; returns how many updates. Their messages show in their
        chats again if a `restore` did not bring them back, a button press among them can still
        be answered, and new update ids go on above theirs."""
        with self._cond:
            kept, files = journal.load(folder)
            for file_id, f in files.items():
                self._files.setdefault(file_id, StoredFile(
                    f["kind"], f["path"], base64.b64decode(f["data"]), f["name"]))
            self._kept_files.update(files)
            for update in kept:
                body = next(v for k, v in update.items() if k != "update_id")
                if "message_id" in body and "chat" in body:
                    cid, mid = body["chat"]["id"], body["message_id"]
                    self._messages.setdefault((cid, mid), copy(body))
                    self._msg_ids[cid] = max(self._msg_ids.get(cid, self._first_id), mid)
                elif "data" in body and "id" in body:  # a callback query
                    self._queries[str(body["id"])] = [self.clock(), False]
                self._updates.append(update)
            if kept:
                later = next(self._update_ids)
                self._update_ids = itertools.count(max(later, kept[-1]["update_id"] + 1))
                self._updates.sort(key=lambda u: int(u["update_id"]))
                self._changed()
            self._journal = folder
            return len(kept)

    def file(self, file_id: str) -> StoredFile | None:
        """A file the fake holds (uploaded by a user or by the bot), or None."""
        with self._cond:
            return self._files.get(file_id)
