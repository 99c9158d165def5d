"""Queued updates kept on disk, as Telegram keeps them on its servers: one file per update,
written before the user is told the message went out and removed once a `getUpdates` with a
higher offset confirms it, and the files users sent with them (in `files/`, kept for good, as
the bot may send a file on by its id long after it confirmed the update). A fake started again
on the folder delivers what the last one had not had confirmed (the demo keeps it in its --data
folder)."""

from __future__ import annotations

import base64
import contextlib
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from bot.sandbox.rules import JSON

FILES = "files"  # under the folder: the files users sent, by file_id


def _name(folder: Path, update_id: int) -> Path:
    return folder / f"{update_id:020d}.json"


def file_ids(obj: Any) -> Iterator[str]:
    """Every file_id an update refers to (a photo's sizes, a voice note, a document …)."""
    if isinstance(obj, dict):
        for key, value in obj.items():
            if key == "file_id" and isinstance(value, str):
                yield value
            else:
                yield from file_ids(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from file_ids(value)


def save(folder: Path, update: JSON) -> None:
    """Keep one update (the files it names must be kept first)."""
    _write(_name(folder, int(update["update_id"])), {"update": update})


def save_file(folder: Path, file_id: str, kept: JSON) -> None:
    """Keep a file a user sent, under its id (see `encode`)."""
    _write(folder / FILES / f"{file_id}.json", kept)


def _write(final: Path, entry: JSON) -> None:
    """Whole or not at all, and on disk: a machine that goes down right after still has it."""
    for folder in reversed([final.parent, *final.parent.parents][:2]):
        folder.mkdir(mode=0o700, exist_ok=True)
    partial = final.with_suffix(".tmp")
    data = json.dumps(entry, ensure_ascii=False).encode()
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # what users wrote
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(partial, final)


def drop(folder: Path, update_ids: Iterable[int]) -> None:
    """Forget confirmed (or discarded) updates, oldest first."""
    for update_id in sorted(update_ids):
        with contextlib.suppress(FileNotFoundError):
            _name(folder, update_id).unlink()


def load(folder: Path) -> tuple[list[JSON], dict[str, JSON]]:
    """The kept updates, oldest first, and the kept files by id; a damaged one is skipped."""
    updates, files = [], {}
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
            updates.append(dict(json.loads(path.read_text(encoding="utf-8"))["update"]))
    for path in (folder / FILES).glob("*.json") if (folder / FILES).is_dir() else []:
        with contextlib.suppress(OSError, ValueError, TypeError):
            files[path.stem] = dict(json.loads(path.read_text(encoding="utf-8")))
    return updates, files


def encode(kind: str, path: str, name: str, data: bytes) -> JSON:
    return {"kind": kind, "path": path, "name": name,
            "data": base64.b64encode(data).decode("ascii")}
