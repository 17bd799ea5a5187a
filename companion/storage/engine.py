"""The SQLAlchemy engine over one SQLCipher file: one pooled connection, explicit transactions.

A desktop app needs exactly one connection: a ``QueuePool`` of size one hands it to whichever
thread asks (others wait), keeps SQLite's page cache warm, and is disposed on lock. The raw key
is applied by :func:`companion.storage.sqlcipher.connect`; nothing else sees it.

An existing file is opened read-only (``PRAGMA query_only``) until its full integrity check has
passed: :func:`write` (and a migration) runs the check first when nobody has yet, so nothing
is ever written into a damaged file, and the copy kept aside is the file as it was found.
"""

from __future__ import annotations

import os
import threading
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.dialects import registry
from sqlalchemy.dialects.sqlite.pysqlcipher import SQLiteDialect_pysqlcipher
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool

from companion.storage import sqlcipher
from companion.storage.errors import Damaged, Locked, StorageError, from_os_error

#: Companion files next to the database; all private to the user. The journal runs with a
#: rollback journal (``-journal``); ``-wal``/``-shm`` are left by older versions until the
#: first open folds them in.
SIDE_SUFFIXES = ("", "-journal", "-wal", "-shm")
_POOL_WAIT_SECONDS = 30.0
CACHE_KIB = 64 * 1024
WRITE_OPTION = "companion_write"
#: Each open engine's database file, so an unclear driver error can be checked against its
#: folder (read-only? full?).
_FILES: weakref.WeakKeyDictionary[Engine, Path] = weakref.WeakKeyDictionary()
_QUERY_ONLY = "companion_query_only"


class CheckGate:
    """Whether an engine's file has passed the full integrity check, and how to check it.

    Until it has, every connection is read-only (``PRAGMA query_only``); the first write runs
    the check (or waits for one already running), then the connection may write. Damage found
    stays found: later writes raise Damaged without checking again.
    """

    def __init__(self, check: Callable[[], None], *, checked: bool) -> None:
        self._check = check
        self._lock = threading.Lock()
        self.checked = checked
        self.damaged = False

    def run(self, *, again: bool, check: Callable[[], None] | None = None) -> None:
        """The full check (``again=False``: only if it has not passed yet; ``check``: another
        way to run it, e.g. on the engine's own connection). Damaged if it fails.

        Writers wait for a first check; a check run again on a file already found healthy
        holds nobody up."""
        if self.checked:
            if again:
                self._record(check or self._check)
            return
        with self._lock:
            if self.damaged and not again:
                raise Damaged("the journal file is damaged")
            if again or not self.checked:  # else it passed while this thread waited
                self._record(check or self._check)

    def _record(self, check: Callable[[], None]) -> None:
        try:
            check()
        except Damaged:
            self.checked, self.damaged = False, True
            raise
        self.checked, self.damaged = True, False


_GATES: weakref.WeakKeyDictionary[Engine, CheckGate] = weakref.WeakKeyDictionary()


class RawKeyDialect(SQLiteDialect_pysqlcipher):
    """The pysqlcipher dialect without its own ``PRAGMA key`` from the URL.

    The connection arrives already keyed (raw 256-bit key, no second KDF); the stock dialect
    would send an empty ``PRAGMA key`` that SQLCipher rejects.
    """

    supports_statement_cache = True

    def on_connect_url(self, url: URL) -> Any:
        return super(SQLiteDialect_pysqlcipher, self).on_connect_url(url)


registry.register("sqlite.companion_sqlcipher", __name__, "RawKeyDialect")


def open_engine(
    path: Path | str, key: bytes | None, *, checked: bool = False, _plaintext: bool = False
) -> Engine:
    """Open (creating if needed) the encrypted journal database and prove the key.

    An existing file stays read-only until its full check passes (see :func:`write`);
    ``checked=True`` says it already has (a restored copy), and a new, empty file has nothing
    to check. ``key=None`` is refused unless ``_plaintext=True``: a test- and benchmark-only
    mode that opens an unencrypted file with the same driver, so encryption cost can be
    measured.
    """
    path = Path(path)
    if key is None and not _plaintext:
        raise ValueError("an encryption key is required")
    if _plaintext and key is not None:
        raise ValueError("plaintext mode takes no key")
    fresh = not path.exists() or path.stat().st_size == 0
    create_private_file(path)
    gate = CheckGate(lambda: _check_file(path, key), checked=checked or fresh)

    def creator() -> Any:
        conn = _connect_plain(path) if key is None else sqlcipher.connect(path, key)
        # Decrypted pages stay in this process's memory, so hot pages are not decrypted again.
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        return conn  # read-only or not: set by checkout, before any use

    def checkout(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        """Each time the connection is handed out: writable only if the file passed."""
        read_only = not gate.checked
        if record.info.get(_QUERY_ONLY) is not read_only:
            dbapi_conn.execute(f"PRAGMA query_only = {'ON' if read_only else 'OFF'}")
            record.info[_QUERY_ONLY] = read_only

    engine = create_engine(
        "sqlite+companion_sqlcipher://",
        creator=creator,
        poolclass=QueuePool,
        pool_size=1,
        max_overflow=0,
        pool_timeout=_POOL_WAIT_SECONDS,
    )
    event.listen(engine, "begin", _begin)
    event.listen(engine, "checkout", checkout)
    _FILES[engine] = path
    _GATES[engine] = gate
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except StorageError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        raise sqlcipher.translate_error(exc.orig or exc, opening=True) from None
    protect_files(path)
    return engine


def _connect_plain(path: Path) -> Any:
    conn = sqlcipher._dbapi().connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        sqlcipher.apply_pragmas(conn)
    except Exception as exc:
        conn.close()
        raise sqlcipher.translate_error(exc, opening=True) from None
    return conn


def _check_file(path: Path, key: bytes | None) -> None:
    if key is not None:
        sqlcipher.check_snapshot(path, key)
        return
    conn = _connect_plain(path)
    try:
        sqlcipher.check_integrity(conn, encrypted=False)
    finally:
        conn.close()


def ensure_checked(engine: Engine) -> None:
    """Before the first write into an opened file: its full check, once (Damaged if it
    fails). Every writer comes through here (:func:`write`, migrations), so a damaged file is
    never written to; the check runs on a snapshot, so readers are not held up."""
    gate = _GATES.get(engine)
    if gate is not None:
        gate.run(again=False)


def check_now(engine: Engine, check: Callable[[], None] | None = None) -> None:
    """The full check of the engine's file, run even if it passed before (on a snapshot, or
    by ``check``); Damaged if it fails. A first write waiting for the file's check waits for
    this one instead of running its own."""
    gate = _GATES.get(engine)
    if gate is None:
        raise ValueError("not an open journal engine")
    gate.run(again=True, check=check)


def is_checked(engine: Engine) -> bool:
    """Has the file passed its full check since it was opened (may it be written to)?"""
    gate = _GATES.get(engine)
    return gate is None or gate.checked


def _begin(conn: Connection) -> None:
    """Start every transaction explicitly; writers take the write lock up front."""
    mode = "IMMEDIATE" if conn.get_execution_options().get(WRITE_OPTION) else "DEFERRED"
    conn.exec_driver_sql(f"BEGIN {mode}")


@contextmanager
def write(engine: Engine) -> Iterator[Connection]:
    """One user action = one committed transaction (durable when the block exits).

    The first write after opening waits for the file's full check (:func:`ensure_checked`).
    """
    with guard(engine):
        ensure_checked(engine)
    with guard(engine), engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
        yield conn


@contextmanager
def read(engine: Engine) -> Iterator[Connection]:
    """A read-only transaction: one consistent snapshot for the queries inside."""
    with guard(engine), engine.begin() as conn:
        yield conn


@contextmanager
def guard(engine: Engine | None = None) -> Iterator[None]:
    """Turn driver and OS failures into the typed storage errors (no user data in messages).

    With ``engine``, an error SQLite words vaguely is checked against the database's folder,
    so a read-only folder or a full disk still comes out as ReadOnly or DiskFull.
    """
    try:
        yield
    except DBAPIError as exc:
        if exc.orig is None:
            raise StorageError("the journal could not be used") from None
        if "database is locked" in str(exc.orig).lower():
            raise Locked("the journal is busy in another Companion window") from None
        raise _sharpen(sqlcipher.translate_error(exc.orig), engine) from None
    except OSError as exc:
        raise _sharpen(sqlcipher.translate_error(exc), engine) from None


def _sharpen(error: StorageError, engine: Engine | None) -> StorageError:
    path = _FILES.get(engine) if engine is not None else None
    if type(error) is StorageError and path is not None:
        return sqlcipher.disk_trouble(path.parent) or error
    return error


def close_engine(engine: Engine) -> None:
    """Close the pooled connection. Every commit is already in the main file (rollback
    journal), so there is nothing to fold in and nothing here can fail on a full disk."""
    engine.dispose()


def integrity_problems(engine: Engine, *, encrypted: bool = True) -> list[str]:
    """Run SQLCipher's page HMAC check and SQLite's structural check on the engine's own
    connection; [] means healthy (and the file may be written to)."""
    problems: list[str] = []

    def check() -> None:
        try:
            with engine.connect() as conn:
                if encrypted:
                    rows = conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()
                    problems.extend(str(row[0]) for row in rows)
                rows = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
                problems.extend(str(row[0]) for row in rows if row[0] != "ok")
        except DBAPIError as exc:
            raise Damaged("the journal file is damaged") from exc.orig
        if problems:
            raise Damaged("the journal file is damaged")

    try:
        check_now(engine, check)
    except Damaged:
        if not problems:
            raise
    return problems


def create_private_file(path: Path) -> None:
    """Create the database file 0600 before SQLite does, so it is never briefly readable.

    A read-only folder or a full disk is ReadOnly / DiskFull (the OS message names the path).
    """
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise from_os_error(exc) from None
    os.close(fd)


def protect_files(path: Path) -> None:
    """Make the database and its side files private (0600) on POSIX.

    Best effort: they were created 0600, and a read-only folder must not stop a lock.
    """
    if os.name != "posix":
        return
    for suffix in SIDE_SUFFIXES:
        side = Path(f"{path}{suffix}")
        try:
            if side.stat().st_mode & 0o077:
                side.chmod(0o600)
        except OSError:
            continue


def remove_database(path: Path) -> None:
    """Delete the database and its side files (used only for files no key can open)."""
    for suffix in SIDE_SUFFIXES:
        Path(f"{path}{suffix}").unlink(missing_ok=True)
