"""Backups and restores killed mid-way leave only private temp files, which the next start-up
removes; the journal and every finished backup stay whole."""

from __future__ import annotations

import os
import random
import stat
from pathlib import Path

import pytest

from companion.journal.opening import clean_leftovers
from companion.paths import AppPaths, resolve_paths
from companion.storage.backup import LEFTOVER, read_backup_header
from tests.support.faults import Writer
from tests.support.journals import create_journal, unlock_journal

KILLS = 12
NOTES = 150


def _leftovers(paths: AppPaths) -> list[Path]:
    return [
        item
        for folder in (paths.data_dir, paths.backups_dir)
        for item in folder.iterdir()
        if LEFTOVER.match(item.name)
    ]


def test_start_up_removes_only_what_killed_work_left(data_dir: Path) -> None:
    journal, _code = create_journal(data_dir)
    journal.daily_backup()
    journal.close()
    paths = resolve_paths(data_dir)
    left = [
        paths.data_dir / ".journal.db.restore-0123456789ab",
        paths.data_dir / ".journal.db.restore-0123456789ab-journal",
        paths.data_dir / ".journal.vault.0123456789ab.tmp",
        paths.backups_dir / ".journal-2026-01-02.companion-backup.abcdef012345.db",
        paths.backups_dir / ".journal-2026-01-02.companion-backup.abcdef012345.db-journal",
        paths.backups_dir / ".journal-2026-01-02.companion-backup.abcdef012345.tmp",
    ]
    kept = [
        paths.data_dir / "journal.db.replaced-20260102T030405-ab12",
        paths.data_dir / "journal.vault.replaced-20260102T030405-ab12",
        paths.data_dir / "notes.txt",
        paths.data_dir / ".hidden-by-the-family",
        paths.backups_dir / "journal-2026-01-02.companion-backup",
    ]
    for item in [*left, *kept]:
        item.write_bytes(b"left here")
    before = {p.name for folder in (paths.data_dir, paths.backups_dir) for p in folder.iterdir()}
    assert clean_leftovers(paths) == len(left)
    after = {p.name for folder in (paths.data_dir, paths.backups_dir) for p in folder.iterdir()}
    assert after == before - {p.name for p in left}
    assert clean_leftovers(paths) == 0
    unlock_journal(data_dir).close()


@pytest.mark.slow
@pytest.mark.parametrize("operation", ["backup", "restore"])
def test_killed_backups_and_restores_leave_private_temps_that_start_up_removes(
    data_dir: Path, tmp_path: Path, operation: str
) -> None:
    journal, _code = create_journal(data_dir)
    child = journal.add_child("Kill test")
    for i in range(NOTES):
        journal.add_note(f"note {i} " + "words to fill pages " * 40, child.id)
    source = tmp_path / "source.companion-backup"
    journal.backup(source)
    journal.close()
    paths = resolve_paths(data_dir)

    flag = "--backup" if operation == "backup" else f"--restore={source}"
    writer = Writer(data_dir, child.id, flag)
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    found = 0
    try:
        for _ in range(KILLS):
            writer.round(rng, anytime=False)
            left = _leftovers(paths)
            assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in left)
            found += len(left)
            assert clean_leftovers(paths) == len(left)
            assert _leftovers(paths) == []
            reopened = unlock_journal(data_dir)
            try:
                assert len(reopened.list_notes()) == NOTES
                reopened.check_integrity()
            finally:
                reopened.close()
            for finished in paths.backups_dir.glob("*.companion-backup"):
                read_backup_header(finished)
        # And a few kills timed to land while a temp file is there.
        for _ in range(3):
            assert writer.kill_when(lambda: bool(_leftovers(paths)))
            left = _leftovers(paths)
            assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in left)
            found += len(left)
            clean_leftovers(paths)
            assert _leftovers(paths) == []
            unlock_journal(data_dir).close()
    finally:
        writer.close()
    assert found > 0
