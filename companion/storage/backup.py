"""Encrypted, self-contained backups of the journal, restore, and daily rotation.

File layout::

    MAGIC (16 bytes) | header length (4 bytes, big-endian) | header (canonical JSON)
    | SHA-256 of everything before it (32 bytes) | payload (a SQLCipher database copy)

The header carries the vault id, schema version, the passphrase and recovery slots and the
payload's SHA-256, so a backup opens on a new computer with the passphrase or the recovery
code alone. The payload is encrypted with the journal's data key, page by page, like the
live database. Any flipped byte or truncation fails a hash: Damaged.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
import struct
import time
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from companion.paths import AppPaths
from companion.storage import sqlcipher
from companion.storage.atomic import (
    atomic_writer,
    create_private,
    ensure_dir,
    fsync_dir,
    fsync_file,
    remove_quietly,
    temp_name,
    write_all,
)
from companion.storage.errors import Damaged, NewerSchema, WrongKey, from_os_error
from companion.storage.vault import Vault
from companion.storage.vaultformat import canonical

MAGIC = b"COMPANION-BACKUP"
FORMAT = 1
SUFFIX = ".companion-backup"
_PREFIX = struct.Struct(">16sI")
_MAX_HEADER = 256 * 1024
_CHUNK = 1024 * 1024
_HEADER_KEYS = {
    "format",
    "vault_id",
    "schema_version",
    "created_at",
    "vault",
    "payload_size",
    "payload_sha256",
}
_DAILY = re.compile(r"^journal-(\d{4}-\d{2}-\d{2})" + re.escape(SUFFIX) + r"$")
_BEFORE_MIGRATION = re.compile(
    r"^journal-before-migration-.+-(\d{8}T\d{6}Z)" + re.escape(SUFFIX) + r"$"
)
_STALE_TEMP_SECONDS = 3600


@dataclass(frozen=True)
class BackupHeader:
    """What a backup says about itself; readable without any secret."""

    format: int
    vault_id: str
    schema_version: str
    created_at: datetime
    vault: dict[str, Any]  # Vault.export_slots() at backup time
    payload_size: int
    payload_sha256: str
    payload_offset: int


def write_backup(
    conn: Any, vault: Vault, schema_version: str, dest: Path, *, data_key: bytes
) -> None:
    """Write an encrypted backup of the open journal ``conn`` to ``dest`` (atomic, 0600).

    ``conn`` is the live sqlcipher3 connection (or a SQLAlchemy pool connection that has a
    ``driver_connection``); ``data_key`` keys the copy. Call it from the thread that owns the
    connection. DiskFull / ReadOnly leave any existing ``dest`` untouched.
    """
    vault.check_data_key(data_key)
    driver = getattr(conn, "driver_connection", None)
    source = conn if driver is None else driver
    ensure_dir(dest.parent)
    copy = dest.with_name(f".{dest.name}.{secrets.token_hex(6)}.db")
    try:
        sqlcipher.copy_database(source, copy, data_key)
        try:
            fsync_file(copy)
        except OSError as exc:
            raise from_os_error(exc) from None
        digest, size = _hash_file(copy)
        header = canonical(
            {
                "format": FORMAT,
                "vault_id": vault.vault_id,
                "schema_version": schema_version,
                "created_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "vault": vault.export_slots(),
                "payload_size": size,
                "payload_sha256": digest,
            }
        )
        prefix = _PREFIX.pack(MAGIC, len(header)) + header
        with atomic_writer(dest) as out, _open_read(copy) as payload:
            out.write(prefix)
            out.write(hashlib.sha256(prefix).digest())
            while chunk := payload.read(_CHUNK):
                out.write(chunk)
    finally:
        _remove_db_files(copy)


def read_backup_header(path: Path, *, verify_payload: bool = True) -> BackupHeader:
    """Parse and check a backup: header hash, exact size and (by default) the payload hash."""
    with _open_read(path) as handle:
        header = _parse_header(handle)
        handle.seek(0, os.SEEK_END)
        if handle.tell() != header.payload_offset + header.payload_size:
            raise Damaged("the backup file is damaged")
        if verify_payload:
            handle.seek(header.payload_offset)
            digest = hashlib.sha256()
            while chunk := handle.read(_CHUNK):
                digest.update(chunk)
            if digest.hexdigest() != header.payload_sha256:
                raise Damaged("the backup file is damaged")
    return header


def restore_backup(
    path: Path,
    paths: AppPaths,
    *,
    passphrase: str | None = None,
    recovery_code: str | None = None,
    known_schemas: Collection[str] | None = None,
) -> bytes:
    """Replace the journal and vault in ``paths.data_dir`` with a verified backup; return the
    data key it opened with (so the caller need not derive it again).

    The journal must be closed. The copy is written and checked beside the live files first;
    the live files are only replaced once it opens and passes both integrity checks. Raises
    WrongKey, Damaged, DiskFull, ReadOnly, and NewerSchema when ``known_schemas`` is given
    and does not contain the backup's schema version; on any error the live files are
    unchanged.
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
    ensure_dir(paths.data_dir)
    new_db = paths.data_dir / f".journal.db.restore-{secrets.token_hex(6)}"
    try:
        _extract_payload(path, header, new_db)
        _verify_database(new_db, data_key)
        _swap_in(new_db, vault.to_bytes(), paths.journal_db, paths.vault_file)
    finally:
        _remove_db_files(new_db)
    return data_key


def rotate_backups(
    conn: Any,
    data_key: bytes,
    vault: Vault,
    schema_version: str,
    backups_dir: Path,
    *,
    keep: int = 7,
    now: datetime | None = None,
) -> Path | None:
    """Make today's backup if there is none yet, then keep only the newest ``keep`` days.

    Returns the new file, or None when today's backup already existed.
    """
    if keep < 1:
        raise ValueError("keep at least one backup")
    moment = now if now is not None else datetime.now().astimezone()
    ensure_dir(backups_dir)
    _remove_stale_temps(backups_dir)
    dest = backups_dir / f"journal-{moment:%Y-%m-%d}{SUFFIX}"
    created: Path | None = None
    if not dest.exists():
        write_backup(conn, vault, schema_version, dest, data_key=data_key)
        created = dest
    daily = sorted((p for p in backups_dir.iterdir() if _DAILY.match(p.name)), reverse=True)
    for old in daily[keep:]:
        try:
            old.unlink()
        except OSError as exc:
            raise from_os_error(exc) from None
    return created


def prune_before_migration(backups_dir: Path, *, keep: int = 3) -> None:
    """Keep the newest ``keep`` pre-migration backups (by the time in their names).

    Each schema upgrade leaves a full copy of the journal as it was; the daily backups cover
    everyday mistakes, so only the last few upgrades need theirs. Other files are left alone.
    """
    if keep < 1:
        raise ValueError("keep at least one backup")
    try:
        stamped = [
            (match.group(1), path)
            for path in backups_dir.iterdir()
            if (match := _BEFORE_MIGRATION.match(path.name))
        ]
        for _stamp, old in sorted(stamped, reverse=True)[keep:]:
            old.unlink()
    except OSError as exc:
        raise from_os_error(exc) from None


def list_backups(backups_dir: Path) -> list[Path]:
    """The daily backups in ``backups_dir``, newest first (unverified)."""
    if not backups_dir.is_dir():
        return []
    return sorted((p for p in backups_dir.iterdir() if _DAILY.match(p.name)), reverse=True)


# ----- internals ----------------------------------------------------------------------------


@contextlib.contextmanager
def _open_read(path: Path) -> Iterator[BinaryIO]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise from_os_error(exc) from None
    try:
        with handle:
            yield handle
    except OSError as exc:
        raise from_os_error(exc) from None


def _parse_header(handle: BinaryIO) -> BackupHeader:
    prefix = handle.read(_PREFIX.size)
    if len(prefix) != _PREFIX.size:
        raise Damaged("the backup file is damaged")
    magic, length = _PREFIX.unpack(prefix)
    if magic != MAGIC or not 2 <= length <= _MAX_HEADER:
        raise Damaged("the backup file is damaged")
    raw = handle.read(length)
    check = handle.read(32)
    if len(raw) != length or hashlib.sha256(prefix + raw).digest() != check:
        raise Damaged("the backup file is damaged")
    try:
        doc = json.loads(raw.decode("ascii"))
    except (ValueError, RecursionError):
        raise Damaged("the backup file is damaged") from None
    if not isinstance(doc, dict):
        raise Damaged("the backup file is damaged")
    fmt = doc.get("format")
    if type(fmt) is int and fmt > FORMAT:
        raise NewerSchema("the backup was written by a newer version of Companion")
    if set(doc) != _HEADER_KEYS or fmt != FORMAT or type(fmt) is not int:
        raise Damaged("the backup file is damaged")
    size, digest = doc["payload_size"], doc["payload_sha256"]
    if type(size) is not int or size < 0 or not isinstance(digest, str):
        raise Damaged("the backup file is damaged")
    if not re.fullmatch(r"[0-9a-f]{64}", digest):
        raise Damaged("the backup file is damaged")
    texts = (doc["vault_id"], doc["schema_version"], doc["created_at"])
    if not all(isinstance(t, str) and 0 < len(t) <= 200 for t in texts):
        raise Damaged("the backup file is damaged")
    try:
        created = datetime.strptime(doc["created_at"], "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        raise Damaged("the backup file is damaged") from None
    if not isinstance(doc["vault"], dict):
        raise Damaged("the backup file is damaged")
    return BackupHeader(
        format=fmt,
        vault_id=doc["vault_id"],
        schema_version=doc["schema_version"],
        created_at=created.replace(tzinfo=UTC),
        vault=doc["vault"],
        payload_size=size,
        payload_sha256=digest,
        payload_offset=_PREFIX.size + length + 32,
    )


def _hash_file(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with _open_read(path) as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _extract_payload(path: Path, header: BackupHeader, new_db: Path) -> None:
    """Copy the payload out, re-hashing it: the file may have changed since it was checked."""
    digest = hashlib.sha256()
    try:
        fd = create_private(new_db)
    except OSError as exc:
        raise from_os_error(exc) from None
    try:
        with _open_read(path) as handle:
            handle.seek(header.payload_offset)
            while chunk := handle.read(_CHUNK):
                digest.update(chunk)
                write_all(fd, chunk)
        os.fsync(fd)
    except OSError as exc:
        raise from_os_error(exc) from None
    finally:
        os.close(fd)
    if digest.hexdigest() != header.payload_sha256:
        raise Damaged("the backup file is damaged")


def _verify_database(db: Path, data_key: bytes) -> None:
    """Open the extracted copy and run both integrity checks before it may replace anything."""
    try:
        conn = sqlcipher.connect(db, data_key)
    except WrongKey:
        raise Damaged("the backup file is damaged") from None
    try:
        sqlcipher.check_integrity(conn)
    finally:
        conn.close()
    try:
        fsync_file(db)
    except OSError as exc:
        raise from_os_error(exc) from None


def _swap_in(new_db: Path, vault_bytes: bytes, live_db: Path, live_vault: Path) -> None:
    """Put the verified database and its vault in place of the live pair.

    The old pair is kept under ``.pre-restore`` names (hard links, so the live names never
    disappear) until both renames are done, and put back if the second rename fails. Stale
    -wal/-shm files of the old database are moved aside too, so they cannot be replayed
    into the new one.
    """
    new_vault = temp_name(live_vault)
    db_aside = live_db.with_name(live_db.name + ".pre-restore")
    vault_aside = live_vault.with_name(live_vault.name + ".pre-restore")
    sidecars = [live_db.with_name(live_db.name + s) for s in ("-wal", "-shm")]
    linked: list[Path] = []
    moved: list[tuple[Path, Path]] = []
    db_replaced = False
    try:
        fd = create_private(new_vault)
        try:
            write_all(fd, vault_bytes)
            os.fsync(fd)
        finally:
            os.close(fd)
        for live, aside in ((live_db, db_aside), (live_vault, vault_aside)):
            remove_quietly(aside)
            if live.exists():
                with contextlib.suppress(OSError):  # no hard links here: no rollback copy
                    os.link(live, aside)
                    linked.append(aside)
        for sidecar in sidecars:
            if sidecar.exists():
                aside = sidecar.with_name(sidecar.name + ".pre-restore")
                os.replace(sidecar, aside)
                moved.append((aside, sidecar))
        os.replace(new_db, live_db)
        db_replaced = True
        os.replace(new_vault, live_vault)
        fsync_dir(live_db.parent)
    except OSError as exc:
        if db_replaced and db_aside in linked:
            with contextlib.suppress(OSError):
                os.replace(db_aside, live_db)
                linked.remove(db_aside)
                db_replaced = False
        if not db_replaced:  # the old pair is live again: put everything back as it was
            for aside, sidecar in moved:
                with contextlib.suppress(OSError):
                    os.replace(aside, sidecar)
            for aside in linked:
                remove_quietly(aside)
        raise from_os_error(exc) from None
    finally:
        remove_quietly(new_vault)
    for aside in [*linked, *(a for a, _ in moved)]:
        remove_quietly(aside)
    with contextlib.suppress(OSError):
        fsync_dir(live_db.parent)


def _remove_db_files(db: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        remove_quietly(db.with_name(db.name + suffix))


def _remove_stale_temps(folder: Path) -> None:
    """Temp copies left by a crash (never a finished backup) older than an hour."""
    cutoff = time.time() - _STALE_TEMP_SECONDS
    for item in folder.iterdir():
        if item.name.startswith(".journal-") and (
            item.name.endswith((".tmp", ".db", ".db-wal", ".db-shm", ".db-journal"))
        ):
            with contextlib.suppress(OSError):
                if item.stat().st_mtime < cutoff:
                    item.unlink()
