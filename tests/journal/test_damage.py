"""A flipped byte anywhere in the database is caught as Damaged; nothing else escapes."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from companion.journal import Journal
from companion.paths import resolve_paths
from companion.storage.errors import Damaged
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
