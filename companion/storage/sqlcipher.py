"""Open a SQLCipher 4 database with a raw 256-bit key and the pragmas the journal relies on."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path
from typing import Any

from companion.storage.errors import (
    Damaged,
    DiskFull,
    Locked,
    ReadOnly,
    StorageError,
    WrongKey,
)

KEY_BYTES = 32
#: Rollback journal, not WAL: committed pages live only in the main file, where every page's
#: HMAC is checked on read. A damaged WAL is silently cut short at the damage by SQLite (its
#: frame checksums decide where the log "ends"), losing later commits without an error.
#: TRUNCATE with synchronous=FULL also syncs the emptied journal, so a commit is durable.
JOURNAL_MODE = "truncate"


def _dbapi() -> Any:
    import sqlcipher3

    return sqlcipher3


def connect(path: Path | str, key: bytes, *, check_same_thread: bool = False) -> Any:
    """Return an open sqlcipher3 connection keyed with ``key`` (raw, no second KDF).

    Raises WrongKey when the key does not open the file, Damaged when it is not a database,
    StorageError when the driver is not SQLCipher.
    """
    if len(key) != KEY_BYTES:
        raise ValueError("the data key must be 32 bytes")
    dbapi = _dbapi()
    try:
        conn = dbapi.connect(str(path), check_same_thread=check_same_thread, isolation_level=None)
    except dbapi.DatabaseError as exc:  # e.g. the folder is missing or cannot be written
        raise translate_error(exc, opening=True) from None
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise StorageError("the database driver is not SQLCipher; refusing to run")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        apply_pragmas(conn)
    except dbapi.DatabaseError as exc:
        conn.close()
        raise translate_error(exc, opening=True) from None
    except Locked:  # the journal mode could not change: a read-only folder, or another window
        conn.close()
        raise disk_trouble(Path(path).parent) or Locked(
            "the journal is busy in another Companion window"
        ) from None
    except BaseException:
        conn.close()
        raise
    return conn


def apply_pragmas(conn: Any) -> None:
    """Durability and privacy settings; the first read also proves the key is right."""
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    # A journal written by an older Companion is still in WAL mode: switching folds its WAL in.
    mode = conn.execute(f"PRAGMA journal_mode = {JOURNAL_MODE}").fetchone()
    if mode is None or str(mode[0]).lower() != JOURNAL_MODE:
        raise Locked("the journal is busy in another Companion window")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA foreign_keys = ON")


def check_integrity(conn: Any, *, encrypted: bool = True) -> None:
    """Damaged unless every page's HMAC verifies and SQLite's own integrity check says 'ok'
    (``encrypted=False``: the structural check only, for the benchmarks' plain files)."""
    try:
        cipher_rows = conn.execute("PRAGMA cipher_integrity_check").fetchall() if encrypted else []
        sqlite_rows = conn.execute("PRAGMA integrity_check").fetchall()
    except Exception as exc:
        error = _as_storage_error(exc)
        if type(error) is StorageError:  # e.g. a search index it cannot even load
            raise Damaged("the journal file is damaged") from None
        raise error from None
    if cipher_rows or [tuple(row) for row in sqlite_rows] != [("ok",)]:
        raise Damaged("the journal file is damaged")


def check_snapshot(path: Path, key: bytes) -> None:
    """The full check of ``path`` without holding it up: its bytes are copied to a private
    hidden file under a short read lock (writers wait only for the copy), then both checks
    run on the copy, which is removed. Damaged if anything is off; a disk too full for the
    copy checks in place instead (writers then wait for the whole check)."""
    import secrets
    import shutil

    from companion.storage.atomic import create_private, remove_quietly

    snap = path.with_name(f".{path.name}.{secrets.token_hex(6)}.db")
    conn = _open_checked(path, key)
    try:
        try:
            conn.execute("BEGIN")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the read lock
            with path.open("rb") as source, os.fdopen(create_private(snap), "wb") as out:
                shutil.copyfileobj(source, out, 1024 * 1024)
        except OSError:
            remove_quietly(snap)
            check_integrity(conn)  # in place, holding the lock
            return
        finally:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
    finally:
        conn.close()
    try:
        copy = _open_checked(snap, key)
        try:
            check_integrity(copy)
        finally:
            copy.close()
    finally:
        for suffix in ("", "-journal"):
            remove_quietly(snap.with_name(snap.name + suffix))


def _open_checked(path: Path, key: bytes) -> Any:
    """A connection to a journal whose key the vault proved: refusing it is damage."""
    try:
        return connect(path, key)
    except WrongKey:
        raise Damaged("the journal file is damaged") from None


def copy_database(source: Any, dest: Path, key: bytes) -> None:
    """Copy an open journal into a new file keyed with the same key (SQLite backup API).

    The copy is one self-contained file, integrity-checked before this returns.
    """
    target = connect(dest, key)
    try:
        try:
            source.backup(target)
        except Exception as exc:
            raise _as_storage_error(exc) from None
        check_integrity(target)
    finally:
        target.close()


def count_entries(conn: Any) -> int:
    """The journal's entries: rows of the ``entry`` index (schema 0002 on), or before it the
    rows of every table but Alembic's."""
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    if "entry" in names:
        return int(conn.execute("SELECT count(*) FROM entry").fetchone()[0])
    tables = [n for n in names if n != "alembic_version" and not n.startswith("sqlite_")]
    return sum(int(conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in tables)


def schema_version(conn: Any) -> str | None:
    """The Alembic revision recorded in the database, or None when there is none."""
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except Exception:  # no such table: not a journal
        return None
    return str(row[0]) if row else None


def peek(path: Path, key: bytes) -> tuple[int, str | None]:
    """(entries, schema version) of a journal file, opened read-only (nothing is written,
    not even a hot journal rolled back). Raises the typed errors when it does not open."""
    dbapi = _dbapi()
    if len(key) != KEY_BYTES:
        raise ValueError("the data key must be 32 bytes")
    try:
        uri = Path(path).absolute().as_uri() + "?mode=ro"
        conn = dbapi.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
    except dbapi.DatabaseError as exc:
        raise translate_error(exc, opening=True) from None
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        return count_entries(conn), schema_version(conn)
    except dbapi.DatabaseError as exc:
        raise translate_error(exc, opening=True) from None
    finally:
        conn.close()


def disk_trouble(folder: Path) -> StorageError | None:
    """ReadOnly or DiskFull when the folder's file system says so, else None.

    SQLite often reports a read-only folder or a full disk only as "unable to open database
    file" or "disk I/O error"; the file system itself can tell which it is.
    """
    try:
        stats = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs on Windows
        return None
    if stats.f_flag & os.ST_RDONLY or not os.access(folder, os.W_OK):
        return ReadOnly("the data folder cannot be written to")
    if stats.f_bavail == 0:
        return DiskFull("the disk is full")
    return None


def _as_storage_error(exc: Exception) -> StorageError:
    if isinstance(exc, StorageError):
        return exc
    return translate_error(exc)


def translate_error(exc: BaseException, *, opening: bool = False) -> StorageError:
    """Map a driver or OS error to one of the typed errors. The message carries no user data."""
    text = str(exc).lower()
    os_errno = getattr(exc, "errno", None)
    if os_errno == errno.ENOSPC or "database or disk is full" in text:
        return DiskFull("the disk is full")
    if (
        os_errno in (errno.EROFS, errno.EACCES, errno.EPERM)
        or "readonly" in text
        or ("read-only" in text)
    ):
        return ReadOnly("the data folder cannot be written to")
    if "file is not a database" in text or "hmac" in text:
        return (
            WrongKey("the key does not open this journal")
            if opening
            else Damaged("the journal file is damaged")
        )
    if "malformed" in text or "corrupt" in text:
        return Damaged("the journal file is damaged")
    if isinstance(exc, sqlite3.Error) or opening:
        return StorageError("the journal could not be opened")
    return StorageError("the journal could not be written")
