"""Deleted means gone: past the Undo window, a deleted entry leaves every page of the file."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from companion.journal import DiskFull, Journal, facade
from companion.paths import resolve_paths
from companion.storage import engine as db
from tests.support.journals import PASSPHRASE, create_journal, unlock_journal
from tests.support.pages import plain_pages

CANARY = "zebracanary7041"


def _tables_holding(journal: Journal, word: str) -> list[str]:
    """Every table, FTS shadow tables included, whose rows mention ``word``."""
    engine = journal._repo().engine
    found = []
    with db.read(engine) as conn:
        names = [
            r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        for name in names:
            rows = conn.execute(sa.text(f'SELECT * FROM "{name}"')).all()
            if any(word in str(value) for row in rows for value in row):
                found.append(name)
    return found


def _file_holds(journal_db: Path, key: bytes, word: str) -> bool:
    return word.encode() in plain_pages(journal_db, key)


def test_a_deleted_note_is_erased_from_every_page_when_the_journal_locks(data_dir: Path) -> None:
    journal, _code = create_journal(data_dir)
    key = journal._key
    assert key is not None
    child = journal.add_child("Maya")
    note = journal.add_note(f"the {CANARY} slept badly", child.id)
    journal.add_note("a note that stays", child.id)
    journal.close()
    journal_db = resolve_paths(data_dir).journal_db
    assert _file_holds(journal_db, key, CANARY)  # the check can see it while it is there

    journal = unlock_journal(data_dir)
    journal.delete("note", note.id)
    assert _tables_holding(journal, CANARY) != []  # still there for Undo
    journal.close()

    assert not _file_holds(journal_db, key, CANARY)
    reopened = unlock_journal(data_dir)
    try:
        assert _tables_holding(reopened, CANARY) == []
        assert [n.text for n in reopened.list_notes()] == ["a note that stays"]
        target = data_dir.parent / "after.companion-backup"
        reopened.backup(target)
    finally:
        reopened.close()
    restored = Journal.restore(target, data_dir.parent / "restored", PASSPHRASE)
    try:
        assert _tables_holding(restored, CANARY) == []
        restored_key = restored._key
    finally:
        restored.close()
    assert restored_key is not None
    assert not _file_holds(data_dir.parent / "restored" / "journal.db", restored_key, CANARY)


def test_a_backup_erases_what_can_no_longer_be_undone(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal, _code = create_journal(data_dir)
    child = journal.add_child("Maya")
    kept = journal.add_note(f"{CANARY} deleted a moment ago", child.id)
    old = journal.add_note(f"{CANARY}old deleted long ago", child.id)
    journal.delete("note", old.id)
    journal.delete("note", kept.id)
    # Only the first delete is older than the Undo window by now.
    engine = journal._repo().engine
    with db.write(engine) as conn:
        conn.execute(
            sa.text("UPDATE note SET deleted_at = datetime(deleted_at, '-1 hour') WHERE id = :i"),
            {"i": old.id},
        )
    journal.backup(data_dir.parent / "now.companion-backup")
    assert _tables_holding(journal, f"{CANARY}old") == []
    journal.undo_delete("note", kept.id)  # still within the window: Undo works
    assert journal.get("note", kept.id).text.startswith(CANARY)
    journal.close()


def test_a_full_disk_never_stops_the_journal_from_locking(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal, _code = create_journal(data_dir)
    note = journal.add_note(CANARY)
    journal.delete("note", note.id)

    def full(before: object = None) -> int:
        raise DiskFull("the disk is full")

    monkeypatch.setattr(journal._repo(), "purge_deleted", full)
    journal.close()
    assert not journal.is_open and journal.purge_pending
    monkeypatch.undo()
    reopened = unlock_journal(data_dir)
    reopened.close()  # tried again, and this time it works
    assert not reopened.purge_pending
    again = unlock_journal(data_dir)
    try:
        assert _tables_holding(again, CANARY) == []
    finally:
        again.close()


def test_the_undo_window_is_minutes_not_seconds() -> None:
    assert timedelta(minutes=1) <= facade.UNDO_WINDOW
