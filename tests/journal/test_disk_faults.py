"""A real read-only folder and a real full disk: every entry point raises ReadOnly or DiskFull,
in words without a path, and nothing the family saved is lost."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from companion.journal import Journal
from companion.paths import resolve_paths
from companion.storage.errors import DiskFull, ReadOnly, StorageError
from tests.support.journals import PASSPHRASE, create_journal, unlock_journal
from tests.support.mounts import Mounts

pytestmark = pytest.mark.slow


def _hashes(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _says_no_path(exc: pytest.ExceptionInfo[StorageError], folder: Path) -> None:
    text = str(exc.value)
    assert "/" not in text and str(folder) not in text
    assert exc.value.__cause__ is None


def _journal_with_notes(data_dir: Path, n: int = 5) -> tuple[str, list[str]]:
    journal, _code = create_journal(data_dir)
    child = journal.add_child("Disk test")
    ids = [journal.add_note(f"saved before the disk changed {i}", child.id).id for i in range(n)]
    journal.close()
    return child.id, ids


def _all_there(data_dir: Path, ids: list[str]) -> None:
    journal = unlock_journal(data_dir)
    try:
        assert [journal.get("note", i).id for i in ids] == ids
        journal.check_integrity()
    finally:
        journal.close()


# ----- read-only folder ---------------------------------------------------------------------


def test_unlock_in_a_read_only_folder_is_read_only(data_dir: Path, mounts: Mounts) -> None:
    _child, ids = _journal_with_notes(data_dir)
    before = _hashes(data_dir)
    mounts.read_only(data_dir)
    with pytest.raises(ReadOnly) as caught:
        unlock_journal(data_dir)
    _says_no_path(caught, data_dir)
    mounts.undo(data_dir)
    assert _hashes(data_dir) == before
    _all_there(data_dir, ids)


def test_create_in_a_read_only_folder_leaves_nothing(data_dir: Path, mounts: Mounts) -> None:
    mounts.read_only(data_dir)
    with pytest.raises(ReadOnly) as caught:
        create_journal(data_dir)
    _says_no_path(caught, data_dir)
    mounts.undo(data_dir)
    assert list(data_dir.iterdir()) == []


def test_an_older_wal_journal_in_a_read_only_folder(data_dir: Path, mounts: Mounts) -> None:
    from companion.storage import sqlcipher

    _child, ids = _journal_with_notes(data_dir)
    journal = unlock_journal(data_dir)
    key = journal._vault_and_key()[1]
    journal.close()
    conn = sqlcipher._dbapi().connect(str(resolve_paths(data_dir).journal_db))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    assert conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"  # as before
    conn.close()
    mounts.read_only(data_dir)
    with pytest.raises(ReadOnly):
        unlock_journal(data_dir)
    mounts.undo(data_dir)
    _all_there(data_dir, ids)


def test_the_folder_turns_read_only_while_open(data_dir: Path, mounts: Mounts) -> None:
    child_id, ids = _journal_with_notes(data_dir)
    journal = unlock_journal(data_dir)
    journal.delete("note", ids[0])
    mounts.read_only(data_dir)
    with pytest.raises(ReadOnly) as caught:
        journal.add_note("cannot be written", child_id)
    _says_no_path(caught, data_dir)
    with pytest.raises(ReadOnly):
        journal.daily_backup()
    journal.close()  # locking never fails for the disk's sake
    assert not journal.is_open and journal.purge_pending
    mounts.undo(data_dir)
    _all_there(data_dir, ids[1:])


def test_backup_into_a_read_only_folder(data_dir: Path, tmp_path: Path, mounts: Mounts) -> None:
    _journal_with_notes(data_dir)
    out = tmp_path / "usb"
    out.mkdir()
    mounts.read_only(out)
    journal = unlock_journal(data_dir)
    try:
        with pytest.raises(ReadOnly) as caught:
            journal.backup(out / "a.companion-backup")
        _says_no_path(caught, out)
    finally:
        journal.close()


def test_restore_into_a_read_only_folder(data_dir: Path, tmp_path: Path, mounts: Mounts) -> None:
    _child, ids = _journal_with_notes(data_dir)
    journal = unlock_journal(data_dir)
    journal.backup(tmp_path / "a.companion-backup")
    journal.close()
    before = _hashes(data_dir)
    mounts.read_only(data_dir)
    with pytest.raises(ReadOnly) as caught:
        Journal.restore(tmp_path / "a.companion-backup", data_dir, PASSPHRASE)
    _says_no_path(caught, data_dir)
    mounts.undo(data_dir)
    assert _hashes(data_dir) == before
    _all_there(data_dir, ids)


# ----- full disk ----------------------------------------------------------------------------


def test_a_full_disk_while_open(data_dir: Path, mounts: Mounts) -> None:
    mounts.tiny_disk(data_dir)
    child_id, ids = _journal_with_notes(data_dir)
    journal = unlock_journal(data_dir)
    journal.delete("note", ids[0])
    filler = Mounts.fill(data_dir)
    with pytest.raises(DiskFull) as caught:
        for _ in range(50):  # until a page must be added
            journal.add_note("a longer note that needs room " * 40, child_id)
    _says_no_path(caught, data_dir)
    with pytest.raises(DiskFull):
        journal.daily_backup()
    assert not list(resolve_paths(data_dir).backups_dir.iterdir())
    journal.close()
    assert not journal.is_open
    unlock_journal(data_dir).close()  # a full disk does not stop unlocking
    filler.unlink()
    _all_there(data_dir, ids[1:])


def test_create_on_a_full_disk_leaves_nothing(data_dir: Path, mounts: Mounts) -> None:
    mounts.tiny_disk(data_dir)
    filler = Mounts.fill(data_dir)
    with pytest.raises(DiskFull) as caught:
        create_journal(data_dir)
    _says_no_path(caught, data_dir)
    filler.unlink()
    assert not (data_dir / "journal.vault").exists()


def test_backup_onto_a_full_disk(data_dir: Path, tmp_path: Path, mounts: Mounts) -> None:
    _journal_with_notes(data_dir)
    out = tmp_path / "usb"
    out.mkdir()
    mounts.tiny_disk(out, "64k")
    journal = unlock_journal(data_dir)
    try:
        with pytest.raises(DiskFull) as caught:
            journal.backup(out / "a.companion-backup")
        _says_no_path(caught, out)
    finally:
        journal.close()
    assert list(out.iterdir()) == []  # no half-written file, no temp copy


def test_restore_onto_a_full_disk(data_dir: Path, tmp_path: Path, mounts: Mounts) -> None:
    mounts.tiny_disk(data_dir)
    _child, ids = _journal_with_notes(data_dir)
    journal = unlock_journal(data_dir)
    journal.backup(tmp_path / "a.companion-backup")
    journal.close()
    before = _hashes(data_dir)
    filler = Mounts.fill(data_dir)
    with pytest.raises(DiskFull) as caught:
        Journal.restore(tmp_path / "a.companion-backup", data_dir, PASSPHRASE)
    _says_no_path(caught, data_dir)
    filler.unlink()
    assert _hashes(data_dir) == before
    _all_there(data_dir, ids)
