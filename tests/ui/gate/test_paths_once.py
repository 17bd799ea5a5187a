"""The journal uses the app's own paths: no second resolution, no stray folders."""

from __future__ import annotations

from pathlib import Path

from companion.paths import resolve_paths
from companion.storage.vault import MINIMUM_KDF
from companion.ui.gate.journal_jobs import create_call, unlock_call


def test_default_mode_makes_no_config_folder_inside_the_data_folder(isolated_home: Path) -> None:
    paths = resolve_paths(None)  # platformdirs, inside the test's HOME
    assert paths.config_dir != paths.data_dir / "config"
    journal, _code = create_call(paths, "a passphrase", False, MINIMUM_KDF)()
    journal.close()
    assert not (paths.data_dir / "config").exists()
    reopened = unlock_call(paths, "a passphrase", None, MINIMUM_KDF)()
    try:
        assert reopened.paths == paths
    finally:
        reopened.close()
    assert not (paths.data_dir / "config").exists()
    assert str(paths.data_dir).startswith(str(isolated_home))


def test_opening_the_journal_first_removes_what_a_killed_backup_left(data_dir: Path) -> None:
    paths = resolve_paths(data_dir)
    journal, _code = create_call(paths, "a passphrase", False, MINIMUM_KDF)()
    journal.close()
    left = [
        paths.data_dir / ".journal.db.restore-0123456789ab",
        paths.backups_dir / ".journal-2026-12-01.companion-backup.0123456789ab.tmp",
    ]
    mine = paths.data_dir / "notes for the nurse.txt"
    for path in [*left, mine]:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    unlock_call(paths, "a passphrase", None, MINIMUM_KDF)().close()
    assert not any(path.exists() for path in left)
    assert mine.exists()  # the family's own files are never touched
