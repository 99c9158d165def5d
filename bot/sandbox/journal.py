"""Queued updates kept on disk, as Telegram keeps them on its servers: one file per update, with
the files it refers to, written before the user is told the message went out and removed once a
`getUpdates` with a higher offset confirms it. A fake started again on the folder delivers what
the last one had not had confirmed (the demo keeps it in its --data folder)."""

from __future__ import annotations

import base64
import contextlib
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from bot.sandbox.rules import JSON


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


def save(folder: Path, update: JSON, files: dict[str, JSON]) -> None:
    """Keep one update (and the files it names, their bytes as base64), whole or not at all,
    and on disk: a machine that goes down right after still has it."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    final = _name(folder, int(update["update_id"]))
    partial = final.with_suffix(".tmp")
    data = json.dumps({"update": update, "files": files}, ensure_ascii=False).encode()
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


def load(folder: Path) -> list[tuple[JSON, dict[str, JSON]]]:
    """The kept updates, oldest first, each with its files; a damaged one is skipped."""
    kept = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
            kept.append((dict(entry["update"]), {fid: dict(f) for fid, f in
                                                 entry.get("files", {}).items()}))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            continue
    return kept


def encode(kind: str, path: str, name: str, data: bytes) -> JSON:
    return {"kind": kind, "path": path, "name": name,
            "data": base64.b64encode(data).decode("ascii")}
