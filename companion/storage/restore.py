"""Restoring a backup: verify everything, ask before replacing more, keep the old journal aside.

1. The backup's hashes and size are checked, its slots open with the secret, and (format 2)
   its MAC proves it was made with that data key.
2. The payload is copied beside the live files (0600, hashed again while copying), opened,
   integrity-checked, and must be a journal of the schema its header names.
3. If a journal is already there and holds more entries than the backup, or cannot be read
   with the backup's key (another journal, or damaged), the restore stops with
   :class:`ReplaceNeedsConfirmation` unless the family confirmed. An empty folder needs none.
4. Only then are the live files replaced; the old database and vault (and any side file) are
   renamed to ``journal.db.replaced-<time>`` / ``journal.vault.replaced-<time>``, never deleted.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
from collections.abc import Collection
from datetime import UTC, datetime
from pathlib import Path

from companion.paths import AppPaths
from companion.storage import sqlcipher
from companion.storage.atomic import (
    create_private,
    ensure_dir,
    fsync_dir,
    fsync_file,
    remove_quietly,
    write_all,
)
from companion.storage.backup import (
    CHUNK,
    BackupHeader,
    check_mac,
    open_read,
    read_backup_header,
    remove_db_files,
)
from companion.storage.errors import (
    Damaged,
    NewerSchema,
    ReplaceNeedsConfirmation,
    StorageError,
    WrongKey,
    from_os_error,
)
from companion.storage.vault import Vault

#: Name of the copy being checked in the data folder (removed by ``clean_leftovers``).
RESTORE_PREFIX = ".journal.db.restore-"
REPLACED = ".replaced-"
RESTORING = ".restoring-"
_SIDE_FILES = ("-journal", "-wal", "-shm")


def restore_backup(
    path: Path,
    paths: AppPaths,
    *,
    passphrase: str | None = None,
    recovery_code: str | None = None,
    known_schemas: Collection[str] | None = None,
    confirm_replace: bool = False,
) -> bytes:
    """Replace the journal and vault in ``paths.data_dir`` with a verified backup; return the
    data key it opened with (so the caller need not derive it again).

    The journal must be closed. Raises WrongKey, Damaged, DiskFull, ReadOnly, NewerSchema
    (a schema not in ``known_schemas``), and ReplaceNeedsConfirmation (see the module). On
    any error the live files are unchanged.
    """
    if passphrase is None and recovery_code is None:
        raise ValueError("a passphrase or a recovery code is required")
    header = read_backup_header(path)
    if known_schemas is not None and header.schema_version not in known_schemas:
        raise NewerSchema("the backup was made by a newer version of Companion")
    vault = Vault.from_export(paths.vault_file, header.vault)
    if vault.vault_id != header.vault_id:
        raise Damaged("the backup file is damaged")
    if passphrase is not None:
        data_key = vault.unlock_with_passphrase(passphrase)
    else:
        assert recovery_code is not None
        data_key = vault.unlock_with_recovery_code(recovery_code)
    check_mac(header, data_key)
    ensure_dir(paths.data_dir)
    new_db = paths.data_dir / f"{RESTORE_PREFIX}{secrets.token_hex(6)}"
    try:
        _extract_payload(path, header, new_db)
        entries = _verify_database(new_db, data_key, header)
        if not confirm_replace:
            _refuse_to_replace_more(paths, header, entries, data_key)
        _swap_in(new_db, vault.to_bytes(), paths.journal_db, paths.vault_file)
    finally:
        remove_db_files(new_db)
    return data_key


def _extract_payload(path: Path, header: BackupHeader, new_db: Path) -> None:
    """Copy the payload out, re-hashing it: the file may have changed since it was checked."""
    digest = hashlib.sha256()
    try:
        fd = create_private(new_db)
    except OSError as exc:
        raise from_os_error(exc) from None
    try:
        with open_read(path) as handle:
            handle.seek(header.payload_offset)
            while chunk := handle.read(CHUNK):
                digest.update(chunk)
                write_all(fd, chunk)
        os.fsync(fd)
    except OSError as exc:
        raise from_os_error(exc) from None
    finally:
        os.close(fd)
    if digest.hexdigest() != header.payload_sha256:
        raise Damaged("the backup file is damaged")


def _verify_database(db: Path, data_key: bytes, header: BackupHeader) -> int:
    """Open the extracted copy, run both integrity checks, and make sure it is a journal of
    the schema the header names (an empty or foreign payload is not). Returns its entries."""
    if db.stat().st_size == 0:
        raise Damaged("the backup file is damaged")
    try:
        conn = sqlcipher.connect(db, data_key)
    except WrongKey:
        raise Damaged("the backup file is damaged") from None
    try:
        sqlcipher.check_integrity(conn)
        if sqlcipher.schema_version(conn) != header.schema_version:
            raise Damaged("the backup file is damaged")
        entries = sqlcipher.count_entries(conn)
    finally:
        conn.close()
    if header.entries is not None and header.entries != entries:
        raise Damaged("the backup file is damaged")
    try:
        fsync_file(db)
    except OSError as exc:
        raise from_os_error(exc) from None
    return entries


def _refuse_to_replace_more(
    paths: AppPaths, header: BackupHeader, backup_entries: int, data_key: bytes
) -> None:
    """ReplaceNeedsConfirmation when the live journal holds more, or cannot be read."""
    live = paths.journal_db
    has_db = live.exists() and live.stat().st_size > 0
    if not has_db and not paths.vault_file.exists():
        return  # an empty folder: nothing to lose
    changed = datetime.fromtimestamp(live.stat().st_mtime, tz=UTC) if has_db else None
    current: int | None = None
    other = False
    try:
        other = Vault.load(paths.vault_file).vault_id != header.vault_id
        if has_db and not other:
            current = sqlcipher.peek(live, data_key)[0]
    except (StorageError, OSError):
        current = None  # damaged or unreadable: the family decides
    if current is not None and current <= backup_entries:
        return
    raise ReplaceNeedsConfirmation(
        backup_made=header.created_at,
        backup_entries=backup_entries,
        current_changed=changed,
        current_entries=current,
        other_journal=other,
    )


def finish_interrupted_restore(data_dir: Path, db_name: str, vault_name: str) -> bool:
    """Finish or undo a restore killed between its renames (so the database and the vault
    never stay a mismatched pair): if the database was already replaced, the new vault goes
    in; otherwise the new vault is dropped and moved side files come back. Returns True when
    there was one. Call it before opening the journal."""
    live_db, live_vault = data_dir / db_name, data_dir / vault_name
    found = False
    for pending in data_dir.glob(f".{vault_name}{RESTORING}*"):
        found = True
        stamp = pending.name.removeprefix(f".{vault_name}{RESTORING}")
        db_aside = live_db.with_name(f"{db_name}{REPLACED}{stamp}")
        try:
            replaced = db_aside.exists() and (
                not live_db.exists() or not os.path.samefile(live_db, db_aside)
            )
            if replaced and live_db.exists():
                os.replace(pending, live_vault)  # roll forward
            else:  # roll back: the old pair is still (or again) the live one
                vault_aside = live_vault.with_name(f"{vault_name}{REPLACED}{stamp}")
                for aside, live in ((db_aside, live_db), (vault_aside, live_vault)):
                    if aside.exists() and not live.exists():  # renamed away, not replaced
                        os.replace(aside, live)
                for suffix in _SIDE_FILES:
                    side = db_aside.with_name(db_aside.name + suffix)
                    if side.exists():
                        os.replace(side, live_db.with_name(db_name + suffix))
                pending.unlink()
            fsync_dir(data_dir)
        except OSError as exc:
            raise from_os_error(exc) from None
    return found


def _swap_in(new_db: Path, vault_bytes: bytes, live_db: Path, live_vault: Path) -> None:
    """Put the verified database and its vault in place of the live pair.

    The old pair is kept under ``.replaced-<time>`` names: hard links where the folder allows
    (the live names never disappear), else renames. A hot rollback journal (or an older
    version's -wal/-shm) goes with it, so it cannot be replayed into the new database. If a
    rename fails, everything is put back as it was.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S") + f"-{secrets.token_hex(2)}"
    # Named after the stamp, so a restore killed between the renames can be finished.
    new_vault = live_vault.with_name(f".{live_vault.name}{RESTORING}{stamp}")
    db_aside = live_db.with_name(f"{live_db.name}{REPLACED}{stamp}")
    vault_aside = live_vault.with_name(f"{live_vault.name}{REPLACED}{stamp}")
    linked: list[Path] = []
    moved: list[tuple[Path, Path]] = []  # (aside, live) renamed away
    db_replaced = False
    try:
        fd = create_private(new_vault)
        try:
            write_all(fd, vault_bytes)
            os.fsync(fd)
        finally:
            os.close(fd)
        for live, aside in ((live_db, db_aside), (live_vault, vault_aside)):
            if live.exists():
                try:
                    os.link(live, aside)
                    linked.append(aside)
                except OSError:  # no hard links here: move it aside instead
                    os.replace(live, aside)
                    moved.append((aside, live))
        for suffix in _SIDE_FILES:
            side = live_db.with_name(live_db.name + suffix)
            if side.exists():
                aside = db_aside.with_name(db_aside.name + suffix)
                os.replace(side, aside)
                moved.append((aside, side))
        os.replace(new_db, live_db)
        db_replaced = True
        os.replace(new_vault, live_vault)
        fsync_dir(live_db.parent)
    except OSError as exc:
        if db_replaced:  # the old database is only under its aside name now
            with contextlib.suppress(OSError):
                os.replace(db_aside, live_db)
                db_replaced = False
                linked = [p for p in linked if p != db_aside]
                moved = [m for m in moved if m[0] != db_aside]
        if not db_replaced:  # the old pair is live again: put everything back as it was
            for aside, live in moved:
                with contextlib.suppress(OSError):
                    os.replace(aside, live)
            for aside in linked:
                remove_quietly(aside)
        raise from_os_error(exc) from None
    finally:
        remove_quietly(new_vault)
    with contextlib.suppress(OSError):
        fsync_dir(live_db.parent)
