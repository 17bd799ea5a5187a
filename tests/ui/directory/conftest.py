"""Fixtures the Centers screen tests share: a data folder and the section, as the window has it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from companion.paths import AppPaths, resolve_paths
from companion.ui.directory.directory_view import DirectoryView
from companion.ui.widgets.session import JournalSession

#: The day the tests pretend it is, so a source's age does not change with the calendar.
TODAY = date(2026, 11, 22)


@pytest.fixture
def paths(data_dir: Path) -> AppPaths:
    paths = resolve_paths(data_dir)
    paths.ensure()
    return paths


@pytest.fixture
def directory_view(qtbot, paths: AppPaths) -> DirectoryView:  # type: ignore[no-untyped-def]
    """The Centers section at the screenshot size, not yet shown."""
    view = DirectoryView(paths, JournalSession(paths))
    view.today = lambda: TODAY
    qtbot.addWidget(view)
    view.resize(1200, 800)
    return view
