"""Files that hold personal data belong to the bot's user alone: created 0600, in folders
created 0700 (the database and its -wal/-shm, backups, ledgers, charts)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from sqlite_utils import Database

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def private_folder(path: Path) -> None:
    """Create `path` and any missing parents as 0700; a folder that exists is left as it is
    (it may be the operator's, shared on purpose)."""
    missing = []
    while not path.exists():
        missing.append(path)
        path = path.parent
    for folder in reversed(missing):
        folder.mkdir(mode=FOLDER_MODE, exist_ok=True)
        os.chmod(folder, FOLDER_MODE)  # mkdir's mode is masked by the umask


def private_file(path: Path) -> None:
    """Make sure `path` exists and only its owner may read it, before anything is written: a
    file created 0644 and tightened later would be readable in between. A file that exists
    loses what group and others may do, nothing else (a read-only database stays read-only)."""
    private_folder(path.parent)
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE))
    except FileExistsError:
        mode = path.stat().st_mode
        if mode & 0o077:
            with contextlib.suppress(PermissionError):  # someone else's file: theirs to set
                os.chmod(path, mode & 0o700)


def waiting_documents(db: Database) -> set[str]:
    """Paths of files the outbox still has to send (a row not yet sent or given up)."""
    rows = db.query("SELECT json_extract(params, '$.document') AS path FROM outbox"
                    " WHERE method = 'sendDocument' AND state NOT IN ('sent', 'failed')")
    return {r["path"] for r in rows if r["path"]}
