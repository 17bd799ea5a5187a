"""Backups: self-contained, tamper-evident, restorable with one secret; restore is all or none."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.paths import AppPaths
from companion.storage import sqlcipher
from companion.storage.backup import (
    list_backups,
    read_backup_header,
    rotate_backups,
    write_backup,
)
from companion.storage.errors import (
    Damaged,
    DiskFull,
    NewerSchema,
    ReadOnly,
    StorageError,
    WrongKey,
)
from companion.storage.restore import restore_backup
from companion.storage.vault import MINIMUM_KDF, Vault, generate_data_key

PASSPHRASE = "lighthouse on a quiet morning"
CANARY = "canary-7f3a-entry-text"
SCHEMA = "0001_initial"


class Journal:
    """A small live journal: data folder, vault, open SQLCipher connection."""

    def __init__(self, root: Path) -> None:
        self.paths = AppPaths(root, root / "config", root / "backups")
        self.paths.ensure()
        self.key = generate_data_key()
        self.vault, self.code = Vault.create(
            self.paths.vault_file,
            self.key,
            passphrase=PASSPHRASE,
            device_key=generate_data_key(),
            kdf=MINIMUM_KDF,
        )
        self.conn = sqlcipher.connect(self.paths.journal_db, self.key)
        self.conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
        self.conn.execute("INSERT INTO alembic_version VALUES (?)", (SCHEMA,))
        self.conn.execute("CREATE TABLE entry (body TEXT)")
        self.conn.execute("INSERT INTO entry VALUES (?)", (CANARY,))

    def backup(self, dest: Path) -> Path:
        write_backup(self.conn, self.vault, SCHEMA, dest, data_key=self.key)
        return dest

    def live_bytes(self) -> dict[str, bytes]:
        folder = self.paths.data_dir
        return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    live = Journal(tmp_path / "live")
    try:
        yield live
    finally:
        live.conn.close()


def fresh_paths(root: Path) -> AppPaths:
    return AppPaths(root, root / "config", root / "backups")


def read_entries(paths: AppPaths, key: bytes) -> list[Any]:
    conn = sqlcipher.connect(paths.journal_db, key)
    try:
        return [row[0] for row in conn.execute("SELECT body FROM entry")]
    finally:
        conn.close()


def test_backup_is_encrypted_private_and_self_describing(journal: Journal, tmp_path: Path) -> None:
    dest = journal.backup(tmp_path / "out" / "a.companion-backup")
    raw = dest.read_bytes()
    assert CANARY.encode() not in raw
    assert PASSPHRASE.encode() not in raw and journal.code.encode() not in raw
    assert journal.key not in raw and journal.key.hex().encode() not in raw
    if os.name == "posix":
        assert stat.S_IMODE(dest.stat().st_mode) == 0o600
    header = read_backup_header(dest)
    assert header.vault_id == journal.vault.vault_id
    assert header.schema_version == SCHEMA
    assert {slot["kind"] for slot in header.vault["slots"]} == {"passphrase", "recovery"}
    assert header.payload_offset + header.payload_size == len(raw)
    assert [p.name for p in dest.parent.iterdir()] == [dest.name]  # no temp copies left


@pytest.mark.parametrize("secret", ["passphrase", "recovery"])
def test_restore_on_a_new_computer(journal: Journal, tmp_path: Path, secret: str) -> None:
    dest = journal.backup(tmp_path / "a.companion-backup")
    target = fresh_paths(tmp_path / "new-computer" / "data")
    if secret == "passphrase":
        restore_backup(dest, target, passphrase=PASSPHRASE)
    else:
        restore_backup(dest, target, recovery_code=journal.code.lower().replace("-", " "))
    assert sorted(p.name for p in target.data_dir.iterdir()) == ["journal.db", "journal.vault"]
    vault = Vault.load(target.vault_file)
    assert vault.vault_id == journal.vault.vault_id
    assert not vault.has_device_slot()
    key = vault.unlock_with_recovery_code(journal.code)
    assert vault.unlock_with_passphrase(PASSPHRASE) == key
    assert read_entries(target, key) == [CANARY]
    if os.name == "posix":
        for name in ("journal.db", "journal.vault"):
            assert stat.S_IMODE((target.data_dir / name).stat().st_mode) == 0o600


@pytest.mark.parametrize("side", ["-journal", "-wal"])
def test_restore_replaces_live_journal_and_stale_side_file(
    journal: Journal, tmp_path: Path, side: str
) -> None:
    dest = journal.backup(tmp_path / "a.companion-backup")
    journal.conn.execute("INSERT INTO entry VALUES ('written after the backup')")
    journal.conn.close()
    stale = journal.paths.data_dir / f"journal.db{side}"
    stale.write_bytes(b"stale side file from a crash")
    restore_backup(dest, journal.paths, passphrase=PASSPHRASE, confirm_replace=True)
    assert not stale.exists()
    kept = sorted(p.name for p in journal.paths.data_dir.glob("*.replaced-*"))
    assert {name.split(".replaced-")[0] for name in kept} == {"journal.db", "journal.vault"}
    assert list(journal.paths.data_dir.glob(f"journal.db.replaced-*{side}"))  # kept with it
    assert read_entries(journal.paths, journal.key) == [CANARY]
    journal.conn = sqlcipher.connect(journal.paths.journal_db, journal.key)


def test_wrong_secret_leaves_live_files_alone(journal: Journal, tmp_path: Path) -> None:
    dest = journal.backup(tmp_path / "a.companion-backup")
    before = journal.live_bytes()
    with pytest.raises(WrongKey):
        restore_backup(dest, journal.paths, passphrase="not it")
    with pytest.raises(WrongKey):
        restore_backup(dest, journal.paths, recovery_code="AAAA-BBBB")
    assert journal.live_bytes() == before


def test_every_kind_of_damage_is_detected_and_live_files_stay(
    journal: Journal, tmp_path: Path
) -> None:
    dest = journal.backup(tmp_path / "a.companion-backup")
    original = dest.read_bytes()
    header = read_backup_header(dest)
    before = journal.live_bytes()
    damaged = tmp_path / "damaged.companion-backup"
    mac = header.payload_offset - 32  # checked only with the key, when restoring
    spots = [0, 17, 20, mac - 40, mac - 1, mac, header.payload_offset - 1]
    spots += [header.payload_offset, header.payload_offset + 100, len(original) - 1]
    variants = [original[:i] + bytes([original[i] ^ 0x04]) + original[i + 1 :] for i in spots]
    variants += [original[:-1], original[: header.payload_offset], original[:10], b""]
    variants += [original + b"\0", os.urandom(len(original))]
    for spot, blob in zip([*spots, *[None] * 6], variants, strict=True):
        damaged.write_bytes(blob)
        if spot is None or not mac <= spot < header.payload_offset:
            with pytest.raises(Damaged):
                read_backup_header(damaged)
        with pytest.raises(Damaged):
            restore_backup(damaged, journal.paths, passphrase=PASSPHRASE)
        assert journal.live_bytes() == before


def test_swapped_payload_with_fixed_hashes_fails_verification(
    journal: Journal, tmp_path: Path
) -> None:
    """Someone who recomputes the hashes still cannot slip in a payload of another journal."""
    import json
    import struct

    dest = journal.backup(tmp_path / "a.companion-backup")
    other = Journal(tmp_path / "other")
    try:
        foreign = other.backup(tmp_path / "b.companion-backup")
    finally:
        other.conn.close()
    own_header = read_backup_header(dest)
    payload = foreign.read_bytes()[read_backup_header(foreign).payload_offset :]
    doc = json.loads(dest.read_bytes()[20 : own_header.payload_offset - 64])
    doc["payload_sha256"] = hashlib.sha256(payload).hexdigest()
    doc["payload_size"] = len(payload)
    text = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()
    prefix = b"COMPANION-BACKUP" + struct.pack(">I", len(text)) + text
    forged = tmp_path / "forged.companion-backup"
    forged.write_bytes(prefix + hashlib.sha256(prefix).digest() + bytes(32) + payload)
    read_backup_header(forged)  # the hashes are consistent...
    before = journal.live_bytes()
    with pytest.raises(Damaged):  # ...but the MAC needs this journal's key
        restore_backup(forged, journal.paths, passphrase=PASSPHRASE, confirm_replace=True)
    assert journal.live_bytes() == before


@pytest.fixture(scope="module")
def real_backup(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, bytes]]:
    live = Journal(tmp_path_factory.mktemp("fuzz-live"))
    try:
        dest = live.backup(tmp_path_factory.mktemp("fuzz") / "a.companion-backup")
    finally:
        live.conn.close()
    yield dest, dest.read_bytes()


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_fuzzed_backup_only_raises_damaged(
    real_backup: tuple[Path, bytes], data: st.DataObject
) -> None:
    path, original = real_backup
    mutated = bytearray(original)
    index = data.draw(st.integers(0, len(mutated) - 1))
    mutated[index] ^= data.draw(st.integers(1, 255))
    cut = data.draw(st.integers(0, len(mutated)))
    path.write_bytes(bytes(mutated[:cut]))
    with pytest.raises(Damaged):
        read_backup_header(path)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(blob=st.binary(max_size=4096), magic=st.booleans())
def test_garbage_backup_only_raises_typed_errors(tmp_path: Path, blob: bytes, magic: bool) -> None:
    path = tmp_path / "garbage.companion-backup"
    path.write_bytes((b"COMPANION-BACKUP" if magic else b"") + blob)
    with pytest.raises(StorageError):
        read_backup_header(path)


def test_disk_full_during_backup_keeps_previous_backup(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dest = journal.backup(tmp_path / "out" / "a.companion-backup")
    before = dest.read_bytes()
    real_write = os.write
    calls = {"n": 0}

    def filling(fd: int, data: Any) -> int:
        calls["n"] += 1
        if calls["n"] > 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", filling)
    with pytest.raises(DiskFull):
        journal.backup(dest)
    monkeypatch.undo()
    assert dest.read_bytes() == before
    assert [p.name for p in dest.parent.iterdir()] == [dest.name]


def test_read_only_backup_folder(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()

    def refuse(src: Any, dst: Any) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ReadOnly):
        journal.backup(folder / "a.companion-backup")
    monkeypatch.undo()
    assert list(folder.iterdir()) == []


def test_backup_under_a_file_is_a_typed_error(journal: Journal, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_bytes(b"")
    with pytest.raises(StorageError):
        journal.backup(blocker / "a.companion-backup")


@pytest.mark.parametrize("failing", ["write", "replace"])
def test_restore_failure_leaves_live_files_alone(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    dest = journal.backup(tmp_path / "a.companion-backup")
    journal.conn.close()
    before = journal.live_bytes()
    code = errno.ENOSPC if failing == "write" else errno.EROFS

    def broken(*args: Any) -> Any:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, failing, broken)
    with pytest.raises(DiskFull if failing == "write" else ReadOnly):
        restore_backup(dest, journal.paths, passphrase=PASSPHRASE)
    monkeypatch.undo()
    assert journal.live_bytes() == before
    journal.conn = sqlcipher.connect(journal.paths.journal_db, journal.key)


def test_failed_vault_rename_puts_the_old_database_back(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = Journal(tmp_path / "other")
    try:
        dest = other.backup(tmp_path / "other.companion-backup")
    finally:
        other.conn.close()
    journal.conn.close()
    (journal.paths.data_dir / "journal.db-journal").write_bytes(b"left by a crash")
    before = journal.live_bytes()
    real_replace = os.replace

    def second_fails(src: Any, dst: Any) -> None:
        if Path(dst).name == "journal.vault":
            raise OSError(errno.EROFS, "Read-only file system")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", second_fails)
    with pytest.raises(ReadOnly):
        restore_backup(dest, journal.paths, passphrase=PASSPHRASE, confirm_replace=True)
    monkeypatch.undo()
    assert journal.live_bytes() == before  # database, vault and the crash's journal all back


def test_rotation_makes_one_a_day_and_keeps_seven(journal: Journal) -> None:
    folder = journal.paths.backups_dir
    start = datetime(2025, 3, 1, 9, 30).astimezone()
    made = []
    for day in range(10):
        now = start + timedelta(days=day)
        made.append(
            rotate_backups(journal.conn, journal.key, journal.vault, SCHEMA, folder, now=now)
        )
        again = rotate_backups(
            journal.conn, journal.key, journal.vault, SCHEMA, folder, now=now + timedelta(hours=8)
        )
        assert again is None
    assert all(path is not None for path in made)
    kept = list_backups(folder)
    assert [p.name for p in kept] == [
        f"journal-2025-03-{day:02d}.companion-backup" for day in range(10, 3, -1)
    ]
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in kept)
    for path in kept:
        assert read_backup_header(path).vault_id == journal.vault.vault_id


def test_rotation_leaves_other_files_alone(journal: Journal) -> None:
    folder = journal.paths.backups_dir
    keepsake = folder / "my-notes.txt"
    keepsake.write_text("family file")
    rotate_backups(journal.conn, journal.key, journal.vault, SCHEMA, folder, keep=1)
    assert keepsake.read_text() == "family file"


def test_backup_needs_the_journal_key(journal: Journal, tmp_path: Path) -> None:
    with pytest.raises(WrongKey):
        write_backup(
            journal.conn, journal.vault, SCHEMA, tmp_path / "x", data_key=generate_data_key()
        )
    assert not (tmp_path / "x").exists()


def test_backup_from_a_newer_schema_is_refused(journal: Journal, tmp_path: Path) -> None:
    dest = journal.backup(tmp_path / "a.companion-backup")
    before = journal.live_bytes()
    with pytest.raises(NewerSchema):
        restore_backup(dest, journal.paths, passphrase=PASSPHRASE, known_schemas={"0000_older"})
    assert journal.live_bytes() == before
