"""Making, opening and restoring the journal's files: the steps before a :class:`Journal`.

Each returns the open engine, the vault and the data key; the facade wraps them. Storage is
imported inside each call, when first needed.
"""

from __future__ import annotations

import contextlib
import secrets
from pathlib import Path
from typing import TYPE_CHECKING

from companion.journal.backups import backup_before_migration
from companion.paths import AppPaths
from companion.storage.errors import (
    Damaged,
    KeyringUnavailable,
    StorageError,
    WrongKey,
    from_os_error,
)

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from companion.storage.vault import KdfParams, Vault


def create(
    paths: AppPaths, passphrase: str | None, use_keyring: bool, kdf: KdfParams | None
) -> tuple[Engine, Vault, bytes, str]:
    """A new, empty journal, all or nothing; the last item is the recovery code."""
    from companion.storage import engine as db
    from companion.storage import keystore, migrate
    from companion.storage.vault import DEFAULT_KDF, Vault, generate_data_key

    if passphrase is None and not use_keyring:
        raise ValueError("a passphrase or the keyring is required")
    if passphrase is not None and not passphrase.strip():
        raise ValueError("the passphrase must not be empty")
    if paths.vault_file.exists():
        raise FileExistsError("a journal already exists in this folder")
    if use_keyring and keystore.secure_backend() is None:
        raise KeyringUnavailable("no secure keyring is available")
    ensure_folders(paths)
    # Left by an interrupted create: no key for it was ever saved, nobody can open it.
    db.remove_database(paths.journal_db)
    data_key = generate_data_key()
    device_key = secrets.token_bytes(keystore.DEVICE_KEY_BYTES) if use_keyring else None
    engine = db.open_engine(paths.journal_db, data_key)
    vault: Vault | None = None
    try:
        migrate.upgrade(engine)
        install_capture(engine)
        vault, code = Vault.create(
            paths.vault_file,
            data_key,
            passphrase=passphrase,
            device_key=device_key,
            kdf=kdf or DEFAULT_KDF,
        )
        if device_key is not None:
            keystore.store_device_key(vault.vault_id, device_key, key_id=vault.device_slot_id())
    except BaseException:
        engine.dispose()
        db.remove_database(paths.journal_db)
        if vault is not None:
            paths.vault_file.unlink(missing_ok=True)
        raise
    return engine, vault, data_key, code


def unlock(
    paths: AppPaths, passphrase: str | None, recovery_code: str | None
) -> tuple[Engine, Vault, bytes]:
    """Open with the passphrase, the recovery code, or (with neither) the device key."""
    from companion.storage import keystore
    from companion.storage.vault import Vault

    if not paths.vault_file.exists():
        if paths.journal_db.exists():
            raise Damaged("the journal's key file is missing")
        raise FileNotFoundError("there is no journal in this folder")
    _finish_interrupted_restore(paths)  # a database and a vault from two journals never meet
    vault = Vault.load(paths.vault_file)
    if passphrase is not None:
        data_key = vault.unlock_with_passphrase(passphrase)
    elif recovery_code is not None:
        data_key = vault.unlock_with_recovery_code(recovery_code)
    else:
        slot_id = vault.device_slot_id()
        device_key = keystore.load_device_key(vault.vault_id, key_id=slot_id)
        data_key = vault.unlock_with_device_key(device_key)
        if slot_id is not None:  # an older journal's key moves to its own account
            with contextlib.suppress(KeyringUnavailable):
                keystore.settle_device_key(vault.vault_id, device_key, slot_id)
    engine = open_database(paths, vault, data_key)
    add_sealing_key(engine, vault, data_key)
    return engine, vault, data_key


def restore(
    backup_path: Path,
    paths: AppPaths,
    passphrase: str | None,
    recovery_code: str | None,
    confirm_replace: bool = False,
) -> tuple[Engine, Vault, bytes]:
    """Replace the journal's files with a verified backup, then open it."""
    from companion.storage import migrate, restore
    from companion.storage.vault import Vault

    if passphrase is None and recovery_code is None:
        raise ValueError("a passphrase or a recovery code is required")
    ensure_folders(paths)
    data_key = restore.restore_backup(
        backup_path,
        paths,
        passphrase=passphrase,
        recovery_code=recovery_code,
        known_schemas=migrate.known_revisions(),
        confirm_replace=confirm_replace,
    )
    # The backup's vault, now in place, proved this key: no second key derivation.
    vault = Vault.load(paths.vault_file)
    engine = open_database(paths, vault, data_key, checked=True)
    add_sealing_key(engine, vault, data_key)
    return engine, vault, data_key


def add_sealing_key(engine: Engine, vault: Vault, data_key: bytes) -> None:
    """A vault from before the sealing key gets its key pair (format 2) once the journal's
    file has passed its full check (at open after a migration, else when it is locked): the
    files of a damaged journal are kept aside as they were. A full or read-only disk leaves
    it for the next time."""
    from companion.storage import engine as db

    if db.is_checked(engine):
        with contextlib.suppress(StorageError):
            vault.ensure_sealing(data_key)


def clean_leftovers(paths: AppPaths) -> int:
    """Remove what killed backups and restores left (hidden temp copies in the data and
    backups folders); call it at start-up, before any journal is opened. Never raises;
    returns how many files went. Finished backups and replaced journals are never touched.
    """
    from companion.storage.backup import remove_leftovers

    with contextlib.suppress(StorageError):
        _finish_interrupted_restore(paths)
    return sum(remove_leftovers(folder) for folder in (paths.data_dir, paths.backups_dir))


def _finish_interrupted_restore(paths: AppPaths) -> None:
    from companion.storage.restore import finish_interrupted_restore

    if paths.data_dir.is_dir():
        finish_interrupted_restore(paths.data_dir, paths.journal_db.name, paths.vault_file.name)


def ensure_folders(paths: AppPaths) -> None:
    """The data, settings and backups folders, private; ReadOnly / DiskFull without a path."""
    try:
        paths.ensure()
    except OSError as exc:
        raise from_os_error(exc) from None


def open_database(
    paths: AppPaths, vault: Vault, data_key: bytes, *, checked: bool = False
) -> Engine:
    """Open ``journal.db`` with a key the vault proved, migrating it (after a backup).

    Nothing is written into it until its full check has passed (``checked``: it just did, a
    restored copy): opening reads, and the storage engine runs the check before the first
    write, a migration or a missing trigger. So a damaged file is kept aside as it was found.
    """
    from companion.storage import engine as db
    from companion.storage import migrate

    ensure_folders(paths)
    if not paths.journal_db.exists() or paths.journal_db.stat().st_size == 0:
        raise Damaged("the journal file is missing or empty")
    try:
        engine = db.open_engine(paths.journal_db, data_key, checked=checked)
    except WrongKey:
        # The vault proved the key, so a database that refuses it is damaged.
        raise Damaged("the journal file is damaged") from None

    def backup_first(revision: str) -> None:
        backup_before_migration(engine, paths, vault, data_key, revision)

    try:
        migrate.upgrade(engine, backup_first)
        install_capture(engine)
    except BaseException:
        engine.dispose()
        raise
    db.protect_files(paths.journal_db)
    return engine


def install_capture(engine: Engine) -> None:
    """Make sure every exchanged table notes its changes for the shared folder (looked at in
    a read; written, after the file's check, only when a trigger is missing)."""
    from companion.journal.sync import capture
    from companion.storage import engine as db

    with db.read(engine) as conn:
        missing = capture.missing(conn.connection.driver_connection)
    if missing:
        with db.write(engine) as conn:
            capture.install(conn.connection.driver_connection, missing)
