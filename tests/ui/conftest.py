"""Fixtures the screen tests share: a real encrypted journal (quick to make) and its page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from companion.journal import Journal
from companion.journal.records import Child
from companion.paths import AppPaths, resolve_paths
from companion.storage.vault import MINIMUM_KDF
from companion.ui.journal.journal_page import JournalPage


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    """An empty, unlocked journal in tmp_path (the cheapest key derivation, for speed)."""
    opened, _code = Journal.create(
        tmp_path / "data", passphrase="test passphrase", _kdf=MINIMUM_KDF
    )
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def maya(journal: Journal) -> Child:
    return journal.add_child("Maya")


@pytest.fixture
def page(qtbot, journal: Journal, maya: Child) -> Iterator[JournalPage]:  # type: ignore[no-untyped-def]
    """The unlocked journal screen for one child, shown at the screenshot size."""
    shown = JournalPage(journal, lambda: None)
    qtbot.addWidget(shown)
    shown.resize(1200, 800)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.shutdown()


@pytest.fixture
def paths(data_dir: Path) -> AppPaths:
    """The app's paths for a fresh portable data folder, created."""
    result = resolve_paths(data_dir)
    result.ensure()
    return result
