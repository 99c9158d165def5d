"""SQLite storage: connection settings, the single-instance lock, backup, storage health.

One writer (the bot process) holds the database; WAL with synchronous=FULL, so a committed row
survives a crash or power loss. Callers group writes in `store.atomic()` and never `await` inside
one (a transaction must not span an event-loop switch). The running bot's loops use
`store.transaction()` instead: the same, but the commit — the fsync, the slow part — runs in a
worker thread so the event loop keeps serving the network; they hold a lock that keeps the
other loops off the connection until it is done.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import fcntl
import functools
import json
import logging
import os
import sqlite3
from collections.abc import AsyncIterator, Generator, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from sqlite_utils import Database
from sqlite_utils.utils import dedupe_keys

from bot.store.files import private_file
from bot.store.schema import migrations

log = logging.getLogger(__name__)
STORAGE_RETRY_CAP = 10.0  # seconds between attempts while the database refuses writes
CLOCK_KEY = "clock_offset"  # seconds the county's clock runs ahead of real time


class _Database(Database):
    """sqlite-utils' Database, with `query` running a plain SELECT as it is.

    sqlite-utils 4 wraps every `query` in SAVEPOINT … RELEASE, so that a statement that turns
    out to return no rows can be undone before it raises; a SELECT changes nothing, and the guard
    cost two extra statements per query: half of all the statements an update runs.
    """

    @contextlib.contextmanager
    def atomic(self) -> Generator[Database, None, None]:
        """sqlite-utils' `atomic`, with one savepoint name for every nested block.

        sqlite-utils names each savepoint with 32 random hex digits: a new SQL text every time,
        so SQLite prepares SAVEPOINT and RELEASE afresh for each block and each pushes a hot
        statement out of the connection's statement cache. Savepoints of one name nest (each
        RELEASE or ROLLBACK TO takes the innermost), so a constant name does the same.
        """
        if not self.conn.in_transaction:
            with super().atomic() as db:
                yield db
            return
        self.conn.execute("SAVEPOINT nested")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:  # an error may have ended the whole transaction
                self.conn.execute("ROLLBACK TO SAVEPOINT nested")
                self.conn.execute("RELEASE SAVEPOINT nested")
            raise
        self.conn.execute("RELEASE SAVEPOINT nested")

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None
              ) -> Generator[dict[str, Any], None, None]:
        if sql.lstrip()[:6].upper() != "SELECT":
            return super().query(sql, params)
        cursor = self.conn.execute(sql, () if params is None else params)
        keys = dedupe_keys(d[0] for d in cursor.description)
        return (dict(zip(keys, row, strict=True)) for row in cursor)


class InstanceLocked(Exception):
    """Another bot process holds this database; `holder` is its process id where the system
    tells (Linux's /proc/locks), else None."""

    def __init__(self, path: str, holder: int | None = None) -> None:
        super().__init__(path)
        self.holder = holder


def lock_holder(path: Path) -> int | None:
    """The process holding the one-instance flock on `path`, from /proc/locks (Linux)."""
    try:
        st = path.stat()
        lines = Path("/proc/locks").read_text().splitlines()
    except OSError:
        return None
    where = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
    for line in lines:
        fields = line.split()  # "1: FLOCK ADVISORY WRITE PID MAJ:MIN:INODE 0 EOF"; "->" waits
        if len(fields) >= 6 and fields[1] == "FLOCK" and fields[5] == where:
            return int(fields[4]) if fields[4].isdigit() else None
    return None


class NewerDatabase(sqlite3.DatabaseError):
    """The database carries migrations this code does not know: a newer version made it, and
    this older code would read (and write) a schema it does not understand."""

    def __init__(self, unknown: list[str]) -> None:
        super().__init__(
            f"made by a newer version of the bot (migrations this code does not know:"
            f" {', '.join(unknown[:5])}); the running code is older than the database: upgrade"
            " the code, or restore a backup made by this version")


@functools.cache
def _known_migrations() -> frozenset[str]:
    return frozenset(m.name for m in migrations.pending(Database(memory=True)))


def _refuse_newer(db: Database) -> None:
    """Raise NewerDatabase when `db` has applied migrations of ours that this code lacks."""
    known = _known_migrations()
    unknown = [m.name for m in migrations.applied(db) if m.name not in known]
    if unknown:
        raise NewerDatabase(unknown)


class Store:
    """The database of one county: a sqlite-utils Database with this project's settings."""

    def __init__(self, db: Database, lock: IO[bytes] | None = None) -> None:
        self.db = db
        self._lock = lock

    @classmethod
    def open(cls, path: Path, *, exclusive: bool = False) -> Store:
        """Open (creating and migrating) the database; `exclusive` takes the one-instance lock.

        The database holds what citizens wrote: it and its -wal and -shm files (SQLite creates
        those with the database's own mode) are the owner's only, 0600, in a 0700 folder.

        The lock is an flock on the database file itself, so it belongs to the file (its device
        and inode), not to the path: a symlink or a hard link to a database in use is refused
        too. flock and SQLite's own fcntl locks do not interact on Linux; the descriptor stays
        open until `close`, after SQLite's (closing another descriptor of the file would drop
        SQLite's fcntl locks).
        """
        for name in (path.name, path.name + "-wal", path.name + "-shm"):
            if name == path.name or (path.parent / name).exists():
                private_file(path.parent / name)
        lock = None
        if exclusive:
            lock = path.open("ab")
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                lock.close()  # before SQLite opened the file: no fcntl lock of ours to lose
                raise InstanceLocked(str(path), lock_holder(path)) from None
        conn = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
        try:
            return cls._prepare(_Database(conn), lock)
        except BaseException:
            conn.close()
            if lock is not None:
                lock.close()
            raise

    @classmethod
    def read_only(cls, path: Path) -> Store:
        """The database at `path` only to read, where it cannot be written (a read-only file or
        mount): no lock, no migration (one its schema still needs is refused). Without a -wal
        file beside it the file holds everything and is opened immutable: on a read-only mount
        SQLite cannot create the -shm file it otherwise needs to read a WAL database."""
        flags = "mode=ro" if path.with_name(path.name + "-wal").exists() else "immutable=1"
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True, timeout=30,
                               check_same_thread=False)
        db = _Database(conn)
        try:
            _refuse_newer(db)
        except sqlite3.Error:
            conn.close()
            raise
        if migrations.pending(db):
            conn.close()
            raise sqlite3.OperationalError("read-only, and older than this version: it needs its"
                                           " migrations, which only a writable open applies")
        return cls(db, None)

    @classmethod
    def memory(cls) -> Store:
        """An in-memory store for tests."""
        conn = sqlite3.connect(":memory:", check_same_thread=False)  # commits run in a thread
        return cls._prepare(_Database(conn), None)

    @classmethod
    def _prepare(cls, db: Database, lock: IO[bytes] | None) -> Store:
        _refuse_newer(db)  # before anything is written
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA busy_timeout=30000")
        migrations.apply(db)
        return cls(db, lock)

    def close(self) -> None:
        self.db.close()
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction; never `await` inside it.

        It takes the write lock at once (BEGIN IMMEDIATE): a deferred transaction that reads,
        then writes after another process (`tick` beside the running bot) committed, fails at
        once with "database is locked" instead of waiting its turn (SQLite's snapshot rule in
        WAL mode; busy_timeout does not apply to it). Nested blocks are savepoints.
        """
        if self.db.conn.in_transaction:
            with self.db.atomic() as db:
                yield db
            return
        self.db.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.conn.rollback()  # a no-op when an error already ended the transaction
            raise
        self.db.conn.execute("COMMIT")

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[Database]:
        """One transaction committed off the event loop (see the module docstring).

        The caller holds the lock that keeps every other user of the connection out until this
        returns. A cancellation during the commit waits for it to finish, so the caller knows
        what was committed: everything, unless an exception other than the cancellation says so.
        """
        before = self.db.conn.total_changes
        self.db.execute("BEGIN")
        try:
            yield self.db
        except BaseException:
            self.db.rollback()
            raise
        if self.db.conn.total_changes == before:  # nothing written: nothing to wait for
            self._commit()
            return
        commit = asyncio.ensure_future(asyncio.to_thread(self._commit))
        try:
            await asyncio.shield(commit)
        except asyncio.CancelledError:
            await commit
            raise

    def _commit(self) -> None:
        try:
            self.db.execute("COMMIT")
        except BaseException:
            self.db.rollback()
            raise

    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        return list(self.db.query(sql, params))

    def one(self, sql: str, params: Any = ()) -> dict[str, Any] | None:
        return next(iter(self.db.query(sql, params)), None)

    def get_meta(self, key: str, default: str = "") -> str:
        row = self.one("SELECT value FROM meta WHERE key = ?", [key])
        return row["value"] if row else default

    def set_meta(self, key: str, value: str) -> None:
        self.db.table("meta").upsert({"key": key, "value": value}, pk="key")

    def now(self) -> dt.datetime:
        """The county's clock: real time, unless `tick --now` or the demo's time control moved
        it ahead. Every process reads the same offset here, so the running bot, `tick`, the
        digest and the ledger agree on what time it is."""
        offset = float(self.get_meta(CLOCK_KEY, "0"))
        return dt.datetime.now(dt.UTC) + dt.timedelta(seconds=offset)

    def wall(self) -> dt.datetime:
        """Real time, not the county's clock: for what the operating system stamps in real time
        (file ages), which a simulated clock ahead must not make look old."""
        return dt.datetime.now(dt.UTC)

    def advance_clock(self, moment: dt.datetime) -> None:
        """Move the clock forward to `moment` (never back: what happened stays in the past)."""
        if moment > self.now():
            offset = (moment - dt.datetime.now(dt.UTC)).total_seconds()
            with self.atomic():
                self.set_meta(CLOCK_KEY, repr(offset))

    def backup(self, target: Path) -> None:
        """Write a consistent copy of the live database to `target` (safe while the bot runs)."""
        partial = target.with_name(target.name + ".partial")
        partial.unlink(missing_ok=True)
        private_file(partial)  # a backup is the whole database: 0600 from the first byte
        with contextlib.closing(sqlite3.connect(str(partial))) as copy:
            self.db.conn.backup(copy)
        os.replace(partial, target)


def held_by_a_bot(path: Path) -> bool:
    """Whether a bot process (`run`, the demo) holds the one-instance lock on the database at
    `path`. Call it with no SQLite connection of this process open on the file: closing the
    probe's descriptor would drop that connection's fcntl locks (see `Store.open`)."""
    try:
        with path.open("rb") as probe:
            try:
                fcntl.flock(probe, fcntl.LOCK_SH | fcntl.LOCK_NB)
            except BlockingIOError:
                return True
            fcntl.flock(probe, fcntl.LOCK_UN)
    except OSError:
        pass
    return False


def read_clock(path: Path) -> dt.datetime:
    """The county's clock of the database at `path`, read without creating or migrating it
    (`calendar` and `check-config` run before the first start and on other machines): real
    time when there is no database file, or none that can be read."""
    offset = 0.0
    if path.exists():
        try:
            uri = f"{path.resolve().as_uri()}?mode=ro"
            with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=5)) as conn:
                row = conn.execute("SELECT value FROM meta WHERE key = ?", [CLOCK_KEY]).fetchone()
            offset = float(row[0]) if row else 0.0
        except (sqlite3.Error, ValueError):
            log.debug("no clock in %s; real time it is", path)
    return dt.datetime.now(dt.UTC) + dt.timedelta(seconds=offset)


class StorageWatch:
    """Whether the database takes writes, as the running bot's loops find out (disk full,
    read-only file): one alert line per outage, whichever loop meets it first."""

    def __init__(self) -> None:
        self.failures = 0

    def failed(self, doing: str, exc: Exception) -> float:
        """Note a refused write; returns how long to wait before trying again."""
        self.failures += 1
        if self.failures == 1:
            log.error("ALERT database not writable while %s (%s): updates stay unconfirmed at"
                      " Telegram and replies wait; retrying until it takes writes again",
                      doing, exc)
        return min(STORAGE_RETRY_CAP, 2.0 ** min(self.failures - 1, 8))

    def wrote(self) -> None:
        """A write went through: the outage, if there was one, is over."""
        if self.failures:
            log.warning("database writable again after %d refused writes; resuming",
                        self.failures)
            self.failures = 0


def dumps(value: Any) -> str:
    """JSON for storage: compact, keeps Chinese readable.

    A lone surrogate (a forged or broken client) cannot be stored as UTF-8: such a value is
    written with \\u escapes instead, so one bad update can never stop the inbox.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(value, separators=(",", ":"))
    return text
