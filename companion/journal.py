"""The encrypted family journal: create, unlock, lock, keys and backups (Qt-free).

One SQLCipher database (``journal.db``) encrypted with a random data key; the key is wrapped
in ``journal.vault`` by the passphrase, the recovery code and optionally a device key kept in
the OS keyring. Entry methods come from :class:`companion.journal_entries.JournalEntries`.
Storage modules are imported when a journal is opened, never when this module is imported,
so the first window does not pay for SQLAlchemy.
"""

from __future__ import annotations

import atexit
import contextlib
import hmac
import os
import secrets
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from companion.journal_entries import JournalEntries
from companion.paths import AppPaths, resolve_paths
from companion.storage.errors import (
    Damaged,
    DiskFull,
    KeyringUnavailable,
    Locked,
    NewerSchema,
    ReadOnly,
    StorageError,
    WrongKey,
)

# The UI may not import companion.storage; it catches these from here.
__all__ = [
    "Damaged",
    "DiskFull",
    "Journal",
    "KeyringUnavailable",
    "Locked",
    "NewerSchema",
    "ReadOnly",
    "StorageError",
    "WrongKey",
    "preload",
]

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from companion.storage.repository import Repository
    from companion.storage.vault import KdfParams, Vault

PathLike = str | os.PathLike[str]
#: File the benchmark's unencrypted baseline uses; never the real journal.
PLAINTEXT_DB = "journal-plaintext-benchmark.db"
_OPEN: weakref.WeakSet[Journal] = weakref.WeakSet()


def _close_all_at_exit() -> None:
    """Checkpoint and close journals still open when the interpreter exits."""
    for journal in list(_OPEN):
        try:
            journal.close()
        except Exception:  # exiting anyway; the WAL is replayed on next open
            continue


atexit.register(_close_all_at_exit)


def preload() -> None:
    """Import the storage stack ahead of unlock; call it from a worker thread at start-up."""
    from companion.storage import backup, keystore, repository, timeline, vault  # noqa: F401


class Journal(JournalEntries):
    """An unlocked journal. Build it with :meth:`create`, :meth:`unlock` or :meth:`restore`."""

    def __init__(
        self,
        paths: AppPaths,
        engine: Engine,
        vault: Vault | None,
        data_key: bytes | None,
        kdf: KdfParams | None = None,
    ) -> None:
        from companion.storage.repository import Repository

        self.paths = paths
        self._engine: Engine | None = engine
        self._repository: Repository | None = Repository(engine)
        self._vault = vault
        self._key = data_key
        self._kdf = kdf
        # Held by close() and by backups, which may run on a worker thread: a lock waits for
        # a backup in progress, and a backup never starts on (or reopens) a closed engine.
        self._closing = threading.RLock()
        _OPEN.add(self)

    # ----- opening ------------------------------------------------------------------------

    @staticmethod
    def exists(data_dir: PathLike | None) -> bool:
        """Is there a journal in this folder (its vault file)?"""
        return resolve_paths(data_dir).vault_file.exists()

    @staticmethod
    def secure_keyring() -> str | None:
        """The OS keyring backend that can hold a device key, or None (asks with a timeout).

        "Unlock automatically on this computer" is offered only when this names one.
        """
        from companion.storage import keystore

        return keystore.secure_backend()

    @classmethod
    def create(
        cls,
        data_dir: PathLike | None,
        passphrase: str | None = None,
        use_keyring: bool = False,
        *,
        _kdf: KdfParams | None = None,
    ) -> tuple[Journal, str]:
        """Make a new, empty journal; returns it with the recovery code to show once.

        ``use_keyring`` also stores a device key in the OS keyring (KeyringUnavailable when
        there is no secure keyring). ``_kdf`` is for tests and benchmarks only.
        """
        from companion.storage import engine as db
        from companion.storage import keystore, migrate
        from companion.storage.vault import DEFAULT_KDF, Vault, generate_data_key

        if passphrase is None and not use_keyring:
            raise ValueError("a passphrase or the keyring is required")
        if passphrase is not None and not passphrase.strip():
            raise ValueError("the passphrase must not be empty")
        paths = resolve_paths(data_dir)
        if paths.vault_file.exists():
            raise FileExistsError("a journal already exists in this folder")
        if use_keyring and keystore.secure_backend() is None:
            raise KeyringUnavailable("no secure keyring is available")
        paths.ensure()
        # Left by an interrupted create: no key for it was ever saved, nobody can open it.
        db.remove_database(paths.journal_db)
        data_key = generate_data_key()
        device_key = secrets.token_bytes(keystore.DEVICE_KEY_BYTES) if use_keyring else None
        engine = db.open_engine(paths.journal_db, data_key)
        vault: Vault | None = None
        try:
            migrate.upgrade(engine)
            vault, code = Vault.create(
                paths.vault_file,
                data_key,
                passphrase=passphrase,
                device_key=device_key,
                kdf=_kdf or DEFAULT_KDF,
            )
            if device_key is not None:
                keystore.store_device_key(vault.vault_id, device_key)
        except BaseException:
            engine.dispose()
            db.remove_database(paths.journal_db)
            if vault is not None:
                paths.vault_file.unlink(missing_ok=True)
            raise
        return cls(paths, engine, vault, data_key, _kdf), code

    @classmethod
    def unlock(
        cls,
        data_dir: PathLike | None,
        passphrase: str | None = None,
        recovery_code: str | None = None,
        *,
        _kdf: KdfParams | None = None,
    ) -> Journal:
        """Open with the passphrase, the recovery code, or (with neither) the device key.

        Raises WrongKey, KeyringUnavailable, Damaged, NewerSchema, DiskFull, ReadOnly.
        An older journal is backed up into the backups folder, then migrated.
        """
        from companion.storage import keystore
        from companion.storage.vault import Vault

        paths = resolve_paths(data_dir)
        if not paths.vault_file.exists():
            if paths.journal_db.exists():
                raise Damaged("the journal's key file is missing")
            raise FileNotFoundError("there is no journal in this folder")
        vault = Vault.load(paths.vault_file)
        if passphrase is not None:
            data_key = vault.unlock_with_passphrase(passphrase)
        elif recovery_code is not None:
            data_key = vault.unlock_with_recovery_code(recovery_code)
        else:
            data_key = vault.unlock_with_device_key(keystore.load_device_key(vault.vault_id))
        return cls._open(paths, vault, data_key, _kdf)

    @classmethod
    def restore(
        cls,
        backup_path: PathLike,
        data_dir: PathLike | None,
        passphrase: str | None = None,
        recovery_code: str | None = None,
        *,
        _kdf: KdfParams | None = None,
    ) -> Journal:
        """Replace the journal in ``data_dir`` with a backup, then open it.

        Close any open journal on that folder first. The live files change only once the
        backup has been verified; a backup from a newer Companion is refused (NewerSchema).
        Device unlock must be turned on again afterwards.
        """
        from companion.storage import backup, migrate
        from companion.storage.vault import Vault

        if passphrase is None and recovery_code is None:
            raise ValueError("a passphrase or a recovery code is required")
        paths = resolve_paths(data_dir)
        paths.ensure()
        data_key = backup.restore_backup(
            Path(backup_path),
            paths,
            passphrase=passphrase,
            recovery_code=recovery_code,
            known_schemas=migrate.known_revisions(),
        )
        # The backup's vault, now in place, proved this key: no second key derivation.
        return cls._open(paths, Vault.load(paths.vault_file), data_key, _kdf)

    @classmethod
    def _open(
        cls, paths: AppPaths, vault: Vault, data_key: bytes, kdf: KdfParams | None
    ) -> Journal:
        from companion.storage import engine as db
        from companion.storage import migrate

        paths.ensure()
        if not paths.journal_db.exists() or paths.journal_db.stat().st_size == 0:
            raise Damaged("the journal file is missing or empty")
        try:
            engine = db.open_engine(paths.journal_db, data_key)
        except WrongKey:
            # The vault proved the key, so a database that refuses it is damaged.
            raise Damaged("the journal file is damaged") from None

        def backup_first(revision: str) -> None:
            _backup_before_migration(engine, paths, vault, data_key, revision)

        try:
            migrate.upgrade(engine, backup_first)
        except BaseException:
            engine.dispose()
            raise
        db.protect_files(paths.journal_db)
        return cls(paths, engine, vault, data_key, kdf)

    @classmethod
    def _open_plaintext(cls, data_dir: PathLike) -> Journal:
        """Benchmark baseline only: the same schema in an UNENCRYPTED file. Never for data."""
        from companion.storage import engine as db
        from companion.storage import migrate

        paths = resolve_paths(data_dir)
        paths.ensure()
        engine = db.open_engine(paths.data_dir / PLAINTEXT_DB, None, _plaintext=True)
        migrate.upgrade(engine)
        return cls(paths, engine, None, None)

    # ----- state --------------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    def _repo(self) -> Repository:
        if self._repository is None:
            raise Locked("the journal is locked")
        return self._repository

    def _unlocked(self) -> tuple[Engine, Vault, bytes]:
        if self._engine is None or self._key is None:
            raise Locked("the journal is locked")
        if self._vault is None:
            raise ValueError("this journal has no key vault")
        return self._engine, self._vault, self._key

    def close(self) -> None:
        """Lock: fold the WAL into the file, close the connection, forget the key.

        A backup running on another thread finishes first.
        """
        with self._closing:
            engine = self._engine
            self._engine = None
            self._repository = None
            self._key = None
            _OPEN.discard(self)
            if engine is not None:
                from companion.storage import engine as db

                db.close_engine(engine)
                db.protect_files(self.paths.journal_db)

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def check_integrity(self) -> None:
        """Read every page and check it (HMAC and structure): Damaged if anything is off."""
        from companion.storage import engine as db

        self._repo()
        assert self._engine is not None
        if db.integrity_problems(self._engine, encrypted=self._vault is not None):
            raise Damaged("the journal file is damaged")

    # ----- keys ---------------------------------------------------------------------------

    @property
    def has_passphrase(self) -> bool:
        return self._unlocked()[1].has_passphrase()

    @property
    def device_unlock_enabled(self) -> bool:
        return self._unlocked()[1].has_device_slot()

    def change_passphrase(self, old: str | None, new: str) -> None:
        """Re-wrap the data key under a new passphrase; the database bytes do not change.

        ``old`` must be the current passphrase (WrongKey otherwise); it may be None only for
        a journal that has none yet (device unlock only).
        """
        from companion.storage.vault import DEFAULT_KDF

        _engine, vault, key = self._unlocked()
        if not new.strip():
            raise ValueError("the passphrase must not be empty")
        needs_old = old is not None or vault.has_passphrase()
        if needs_old and (
            old is None or not hmac.compare_digest(vault.unlock_with_passphrase(old), key)
        ):
            raise WrongKey("the current passphrase is not right")
        vault.set_passphrase(key, new, self._kdf or DEFAULT_KDF)

    def new_recovery_code(self) -> str:
        """Replace the recovery code (the old one stops working); show the new one once."""
        _engine, vault, key = self._unlocked()
        return vault.new_recovery_code(key)

    def enable_device_unlock(self) -> None:
        """Keep a device key in the OS keyring so this computer unlocks without typing."""
        from companion.storage import keystore

        _engine, vault, key = self._unlocked()
        if keystore.secure_backend() is None:
            raise KeyringUnavailable("no secure keyring is available")
        device_key = secrets.token_bytes(keystore.DEVICE_KEY_BYTES)
        keystore.store_device_key(vault.vault_id, device_key)
        vault.add_device_slot(key, device_key)

    def disable_device_unlock(self) -> None:
        """Remove the device slot; the key left in the keyring then opens nothing."""
        from companion.storage import keystore

        _engine, vault, _key = self._unlocked()
        vault.remove_device_slot()
        # The slot is gone, so a key left in a failing keyring unwraps nothing.
        with contextlib.suppress(KeyringUnavailable):
            keystore.delete_device_key(vault.vault_id)

    # ----- backups ------------------------------------------------------------------------

    def backup(self, path: PathLike) -> None:
        """Write an encrypted backup that opens with the passphrase or the recovery code."""
        from companion.storage import backup, migrate

        with self._closing:
            engine, vault, key = self._unlocked()
            with _driver_connection(engine) as conn:
                backup.write_backup(conn, vault, migrate.head_revision(), Path(path), data_key=key)

    def daily_backup(self, keep: int = 7) -> Path | None:
        """Today's backup in the backups folder if missing; keeps the newest ``keep`` days."""
        from companion.storage import backup, migrate

        with self._closing:
            engine, vault, key = self._unlocked()
            with _driver_connection(engine) as conn:
                return backup.rotate_backups(
                    conn, key, vault, migrate.head_revision(), self.paths.backups_dir, keep=keep
                )

    def list_backups(self) -> list[tuple[Path, datetime]]:
        """The daily backups, newest first, each with when it was written (UTC).

        Reads only the folder, so it works locked or unlocked; files are not verified.
        """
        from companion.storage import backup
        from companion.storage.errors import from_os_error

        found: list[tuple[Path, datetime]] = []
        try:
            for path in backup.list_backups(self.paths.backups_dir):
                with contextlib.suppress(FileNotFoundError):  # rotated away meanwhile
                    found.append((path, datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)))
        except OSError as exc:
            raise from_os_error(exc) from None
        return found


@contextmanager
def _driver_connection(engine: Engine) -> Iterator[Any]:
    """The pooled sqlcipher3 connection, checked out for the length of a with-block."""
    from companion.storage.engine import guard

    with guard(), engine.connect() as conn:
        yield conn.connection.driver_connection


def _backup_before_migration(
    engine: Engine, paths: AppPaths, vault: Vault, data_key: bytes, revision: str
) -> None:
    """An encrypted copy of the journal as it was, kept outside the daily rotation (the
    newest three such copies are kept)."""
    from companion.storage import backup

    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    dest = paths.backups_dir / f"journal-before-migration-{revision}-{stamp}{backup.SUFFIX}"
    with _driver_connection(engine) as conn:
        backup.write_backup(conn, vault, revision, dest, data_key=data_key)
    # Housekeeping: a copy that cannot be removed must not stop the journal from opening.
    with contextlib.suppress(StorageError):
        backup.prune_before_migration(paths.backups_dir)
