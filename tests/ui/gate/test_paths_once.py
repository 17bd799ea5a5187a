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
