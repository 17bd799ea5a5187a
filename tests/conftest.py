"""Test isolation: offscreen Qt, private HOME/XDG folders, an in-memory keyring, no network."""

from __future__ import annotations

import os

# Before anything can import Qt or keyring.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # tripwire
os.environ.pop("COMPANION_DATA_DIR", None)

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from tests.support.memkeyring import MemoryKeyring

# Speed is measured in bench/, never here: on a busy machine an example may take longer than
# hypothesis's default 200 ms, which says nothing about the property being tested.
settings.register_profile("companion", deadline=None)
settings.load_profile("companion")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point HOME and every XDG folder into tmp_path so no test touches the real user's files."""
    home = tmp_path / "home"
    for sub in ("", ".config", ".local/share", ".cache", ".local/state", "runtime"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local/state"))
    (home / "runtime").chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(home / "runtime"))
    monkeypatch.delenv("COMPANION_DATA_DIR", raising=False)
    return home


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every test gets a fresh in-memory keyring; the real one is never reached."""
    import keyring

    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh data folder for the app (like --data-dir)."""
    path = tmp_path / "data"
    path.mkdir(mode=0o700)
    return path
