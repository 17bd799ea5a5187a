from __future__ import annotations

import os
from pathlib import Path

import pytest

from companion.paths import ENV_DATA_DIR, resolve_paths, resource_path


def test_explicit_data_dir_wins_and_nothing_is_created(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "portable")
    assert paths.data_dir == (tmp_path / "portable").resolve()
    assert paths.config_dir.is_relative_to(paths.data_dir)
    assert paths.backups_dir.is_relative_to(paths.data_dir)
    assert not paths.data_dir.exists()


def test_env_var_used_when_no_flag(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "env"))
    assert resolve_paths().data_dir == (tmp_path / "env").resolve()


def test_default_is_under_isolated_home(isolated_home: Path) -> None:
    paths = resolve_paths()
    assert paths.data_dir.is_relative_to(isolated_home)
    assert paths.config_dir.is_relative_to(isolated_home)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_ensure_makes_private_folders(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "d")
    paths.ensure()
    for folder in (paths.data_dir, paths.config_dir, paths.backups_dir):
        assert folder.stat().st_mode & 0o777 == 0o700


def test_resource_path_finds_bundled_files() -> None:
    assert resource_path("glossary.json").name == "glossary.json"
    with pytest.raises(FileNotFoundError):
        resource_path("no-such-resource.json")
