"""Fixtures the Centers screen tests share: the section, as the window has it (its data folder
comes from tests/ui/conftest.py)."""

from __future__ import annotations

from datetime import date

import pytest

from companion.paths import AppPaths
from companion.ui.directory.directory_view import DirectoryView
from companion.ui.widgets.session import JournalSession

#: The day the tests pretend it is, so a source's age does not change with the calendar.
TODAY = date(2026, 11, 22)


@pytest.fixture
def directory_view(qtbot, paths: AppPaths) -> DirectoryView:  # type: ignore[no-untyped-def]
    """The Centers section at the screenshot size, not yet shown."""
    view = DirectoryView(paths, JournalSession(paths))
    view.today = lambda: TODAY
    qtbot.addWidget(view)
    view.resize(1200, 800)
    return view
