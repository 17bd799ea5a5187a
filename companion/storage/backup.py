"""Encrypted, self-contained backups of the journal: the file's layout, writing, reading,
and the daily rotation (restoring is :mod:`companion.storage.restore`).

Format 2 (written now)::

    MAGIC (16 bytes) | header length (4 bytes, big-endian) | header (canonical JSON)
    | SHA-256 of everything before it (32) | HMAC-SHA256 of the same, keyed (32) | payload

The payload is a copy of the journal encrypted with its data key, page by page, like the live
database; the header carries the passphrase and recovery slots (so a backup opens on a new
computer with either secret alone), the entry count, and the payload's size and SHA-256, so
the MAC binds the payload too. The MAC key is HKDF-SHA256 of the data key: only someone
holding the key can make a backup that restores, and a header or payload from anywhere else
fails before anything is replaced. Format 1 (before) had no MAC or count; such backups still
restore, with the content checks and the entry-count confirmation of the restore.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import re
import secrets
import struct
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from companion.storage import sqlcipher
from companion.storage.atomic import atomic_writer, create_private, ensure_dir, fsync_file
from companion.storage.errors import Damaged, NewerSchema, from_os_error
from companion.storage.vault import Vault
from companion.storage.vaultformat import canonical

MAGIC = b"COMPANION-BACKUP"
FORMAT = 2
LEGACY_FORMAT = 1
SUFFIX = ".companion-backup"
CHUNK = 1024 * 1024
_PREFIX = struct.Struct(">16sI")
_MAX_HEADER = 256 * 1024
_DIGEST = 32
_MAC_INFO = b"companion backup authentication, format 2"
_KEYS_V1 = frozenset(
    {
        "format",
        "vault_id",
        "schema_version",
        "created_at",
        "vault",
        "payload_size",
        "payload_sha256",
    }
)
_KEYS = {LEGACY_FORMAT: _KEYS_V1, FORMAT: _KEYS_V1 | {"entries"}}
_TIME = "%Y-%m-%dT%H:%M:%SZ"


@dataclass(frozen=True)
class BackupHeader:
    """What a backup says about itself; readable without any secret (the MAC is not checked
    until :func:`check_mac` is given the data key)."""

    format: int
    vault_id: str
    schema_version: str
    created_at: datetime
    vault: dict[str, Any]  # Vault.export_slots() at backup time
    payload_size: int
    payload_sha256: str
    payload_offset: int
    entries: int | None  # format 1 did not record it
    signed: bytes  # the bytes the MAC covers
    mac: bytes | None


def mac_key(data_key: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_MAC_INFO).derive(data_key)


def encode_header(
    *,
    vault_id: str,
    schema_version: str,
    vault: dict[str, Any],
    payload_size: int,
    payload_sha256: str,
    entries: int,
    data_key: bytes,
) -> bytes:
    """Everything before the payload, hashed and MAC'd."""
    header = canonical(
        {
            "format": FORMAT,
            "vault_id": vault_id,
            "schema_version": schema_version,
            "created_at": datetime.now(UTC).strftime(_TIME),
            "vault": vault,
            "payload_size": payload_size,
            "payload_sha256": payload_sha256,
            "entries": entries,
        }
    )
    prefix = _PREFIX.pack(MAGIC, len(header)) + header
    tag = hmac.new(mac_key(data_key), prefix, hashlib.sha256).digest()
    return prefix + hashlib.sha256(prefix).digest() + tag


def check_mac(header: BackupHeader, data_key: bytes) -> None:
    """Damaged unless the MAC proves this backup was made with ``data_key`` (format 2)."""
    if header.mac is None:
        return  # format 1: no MAC to check
    expected = hmac.new(mac_key(data_key), header.signed, hashlib.sha256).digest()
    if not hmac.compare_digest(expected, header.mac):
        raise Damaged("the backup file is damaged")


@contextlib.contextmanager
def open_read(path: Path) -> Iterator[BinaryIO]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise from_os_error(exc) from None
    try:
        with handle:
            yield handle
    except OSError as exc:
        raise from_os_error(exc) from None


def read_backup_header(path: Path, *, verify_payload: bool = True) -> BackupHeader:
    """Parse and check a backup: header hash, exact size and (by default) the payload hash."""
    with open_read(path) as handle:
        header = parse_header(handle)
        handle.seek(0, os.SEEK_END)
        if handle.tell() != header.payload_offset + header.payload_size:
            raise Damaged("the backup file is damaged")
        if verify_payload:
            handle.seek(header.payload_offset)
            digest = hashlib.sha256()
            while chunk := handle.read(CHUNK):
                digest.update(chunk)
            if digest.hexdigest() != header.payload_sha256:
                raise Damaged("the backup file is damaged")
    return header


def parse_header(handle: BinaryIO) -> BackupHeader:
    prefix = handle.read(_PREFIX.size)
    if len(prefix) != _PREFIX.size:
        raise Damaged("the backup file is damaged")
    magic, length = _PREFIX.unpack(prefix)
    if magic != MAGIC or not 2 <= length <= _MAX_HEADER:
        raise Damaged("the backup file is damaged")
    raw = handle.read(length)
    check = handle.read(_DIGEST)
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
    if type(fmt) is not int or fmt not in _KEYS or set(doc) != _KEYS[fmt]:
        raise Damaged("the backup file is damaged")
    mac = handle.read(_DIGEST) if fmt == FORMAT else None
    if mac is not None and len(mac) != _DIGEST:
        raise Damaged("the backup file is damaged")
    size, digest, entries = doc["payload_size"], doc["payload_sha256"], doc.get("entries")
    if type(size) is not int or size < 0 or not isinstance(digest, str):
        raise Damaged("the backup file is damaged")
    if not re.fullmatch(r"[0-9a-f]{64}", digest):
        raise Damaged("the backup file is damaged")
    if fmt == FORMAT and (type(entries) is not int or entries < 0):
        raise Damaged("the backup file is damaged")
    texts = (doc["vault_id"], doc["schema_version"], doc["created_at"])
    if not all(isinstance(t, str) and 0 < len(t) <= 200 for t in texts):
        raise Damaged("the backup file is damaged")
    try:
        created = datetime.strptime(doc["created_at"], _TIME)
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
        payload_offset=_PREFIX.size + length + _DIGEST + (0 if mac is None else _DIGEST),
        entries=entries,
        signed=prefix + raw,
        mac=mac,
    )


_DAILY = re.compile(r"^journal-(\d{4}-\d{2}-\d{2})" + re.escape(SUFFIX) + r"$")
_BEFORE_MIGRATION = re.compile(
    r"^journal-before-migration-.+-(\d{8}T\d{6}Z)" + re.escape(SUFFIX) + r"$"
)
_STALE_TEMP_SECONDS = 3600
#: Hidden temp files: atomic writes (``.<name>.<hex>.tmp``), backup copies being made
#: (``.<name>.<hex>.db`` and SQLite's side files) and restores being checked.
LEFTOVER = re.compile(
    r"^\.(.+)\.[0-9a-f]{12}\.(?:tmp|db|db-journal|db-wal|db-shm)$"
    r"|^\.journal\.db\.restore-[0-9a-f]{12}(?:-journal|-wal|-shm)?$"
)


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
    remove_leftovers(dest.parent, older_than=_STALE_TEMP_SECONDS, name=dest.name)
    copy = dest.with_name(f".{dest.name}.{secrets.token_hex(6)}.db")
    try:
        os.close(create_private(copy))  # 0600 before SQLite writes a byte of it
    except OSError as exc:
        raise from_os_error(exc) from None
    try:
        sqlcipher.copy_database(source, copy, data_key)
        try:
            fsync_file(copy)
        except OSError as exc:
            raise from_os_error(exc) from None
        digest, size = _hash_file(copy)
        prefix = encode_header(
            vault_id=vault.vault_id,
            schema_version=schema_version,
            vault=vault.export_slots(),
            payload_size=size,
            payload_sha256=digest,
            entries=sqlcipher.count_entries(source),
            data_key=data_key,
        )
        with atomic_writer(dest) as out, open_read(copy) as payload:
            out.write(prefix)
            while chunk := payload.read(CHUNK):
                out.write(chunk)
    finally:
        remove_db_files(copy)


def rotate_backups(
    conn: Any,
    data_key: bytes,
    vault: Vault,
    schema_version: str,
    backups_dir: Path,
    *,
    keep: int = 7,
    now: datetime | None = None,
    before_writing: Callable[[], object] | None = None,
) -> Path | None:
    """Make today's backup if there is none yet, then keep only the newest ``keep`` days.

    ``before_writing`` runs only when a backup is about to be written (the full integrity
    check); if it raises, nothing is written or rotated. Returns the new file, or None when
    today's backup already existed.
    """
    if keep < 1:
        raise ValueError("keep at least one backup")
    moment = now if now is not None else datetime.now().astimezone()
    ensure_dir(backups_dir)
    remove_leftovers(backups_dir, older_than=_STALE_TEMP_SECONDS)
    dest = backups_dir / f"journal-{moment:%Y-%m-%d}{SUFFIX}"
    created: Path | None = None
    if not dest.exists():
        if before_writing is not None:
            before_writing()
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


def _hash_file(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with open_read(path) as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def remove_db_files(db: Path) -> None:
    """A temporary database copy and any side file SQLite made for it."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            db.with_name(db.name + suffix).unlink(missing_ok=True)


def remove_leftovers(folder: Path, *, older_than: float = 0.0, name: str = "") -> int:
    """Remove what a killed backup or restore left in ``folder`` (hidden temp copies, never a
    finished file), last changed more than ``older_than`` seconds ago; ``name`` limits it to
    one backup's. Returns how many were removed; a folder that cannot be read is skipped."""
    cutoff = time.time() - older_than
    removed = 0
    try:
        items = list(folder.iterdir())
    except OSError:
        return 0
    for item in items:
        match = LEFTOVER.match(item.name)
        if match is None or (name and match.group(1) != name):
            continue
        with contextlib.suppress(OSError):
            if item.stat().st_mtime <= cutoff:
                item.unlink()
                removed += 1
    return removed
