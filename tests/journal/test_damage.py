"""A flipped byte anywhere in the database is caught as Damaged; nothing else escapes."""

from __future__ import annotations

import random
import threading
from pathlib import Path

import pytest

from companion.journal import Journal
from companion.paths import resolve_paths
from companion.storage.errors import Damaged, Locked
from tests.support.journals import create_journal, unlock_journal

PAGE = 4096


def _filled(data_dir: Path) -> Path:
    journal, _code = create_journal(data_dir)
    child = journal.add_child("Page filler")
    for i in range(300):
        journal.add_note(f"note {i} " + "words to fill pages " * 10, child.id)
    journal.close()
    return resolve_paths(data_dir).journal_db


def _use(journal: Journal) -> None:
    """Everything a session would read, then the full check."""
    journal.timeline(limit=1000)
    journal.search("words")
    journal.list_notes()
    journal.check_integrity()


def _offsets(size: int) -> list[int]:
    rng = random.Random(20240601)
    pages = size // PAGE
    picks = [0, 5, 40, PAGE + 100, size - 1]  # salt, page 1, header area, page 2, last byte
    picks += [rng.randrange(PAGE, size) for _ in range(6)]
    picks += [(pages // 2) * PAGE + rng.randrange(PAGE)]
    return picks


def test_every_flipped_byte_is_detected(data_dir: Path) -> None:
    db_path = _filled(data_dir)
    pristine = db_path.read_bytes()
    assert len(pristine) > 20 * PAGE
    for offset in _offsets(len(pristine)):
        damaged = bytearray(pristine)
        damaged[offset] ^= 0x10
        db_path.write_bytes(bytes(damaged))
        with pytest.raises(Damaged):
            journal = unlock_journal(data_dir)
            try:
                _use(journal)
            finally:
                journal.close()
    db_path.write_bytes(pristine)
    journal = unlock_journal(data_dir)
    _use(journal)
    journal.close()


def test_a_truncated_database_is_damaged(data_dir: Path) -> None:
    db_path = _filled(data_dir)
    raw = db_path.read_bytes()
    db_path.write_bytes(raw[: len(raw) // 2 + 123])
    with pytest.raises(Damaged):
        journal = unlock_journal(data_dir)
        try:
            _use(journal)
        finally:
            journal.close()


def test_garbage_instead_of_a_database_is_damaged(data_dir: Path) -> None:
    db_path = _filled(data_dir)
    db_path.write_bytes(random.Random(7).randbytes(8 * PAGE))
    with pytest.raises(Damaged):
        unlock_journal(data_dir)


def _damage_last_page(db_path: Path) -> None:
    raw = bytearray(db_path.read_bytes())
    raw[len(raw) - PAGE // 2] ^= 0x01  # a page unlock does not read
    db_path.write_bytes(bytes(raw))


def test_no_backup_is_made_of_a_damaged_journal(data_dir: Path, tmp_path: Path) -> None:
    db_path = _filled(data_dir)
    _damage_last_page(db_path)
    journal = unlock_journal(data_dir)
    try:
        with pytest.raises(Damaged):
            journal.backup(tmp_path / "out" / "a.companion-backup")
        with pytest.raises(Damaged):
            journal.daily_backup()
        with pytest.raises(Damaged):
            journal.check_integrity_apart()
    finally:
        journal.close()
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())
    assert not list(resolve_paths(data_dir).backups_dir.iterdir())


def test_the_full_check_runs_apart_while_the_journal_is_used(data_dir: Path) -> None:
    _filled(data_dir)
    journal = unlock_journal(data_dir)
    child = journal.list_children()[0]
    errors: list[BaseException] = []
    checks = 0

    def check_in_a_worker() -> None:
        nonlocal checks
        try:
            for _ in range(3):
                journal.check_integrity_apart()
                checks += 1
        except BaseException as exc:  # reported below
            errors.append(exc)

    worker = threading.Thread(target=check_in_a_worker)
    worker.start()
    added = []
    while worker.is_alive() or len(added) < 5:
        added.append(journal.add_note("written during the check", child.id))
        journal.timeline(limit=50)
    worker.join()
    assert errors == [] and checks == 3
    assert sorted(p.name for p in data_dir.iterdir() if p.name.startswith(".")) == []
    assert all(journal.get("note", note.id) for note in added)
    journal.close()
    with pytest.raises(Locked):
        journal.check_integrity_apart()
