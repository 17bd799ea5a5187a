"""The journal's keys work wherever focus is in the window (the sidebar, after a form was
closed), and Esc on a form brings focus back to the timeline."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from companion.journal import Journal
from companion.paths import resolve_paths
from companion.storage.vault import MINIMUM_KDF
from companion.ui.journal.forms.temperature_form import TemperatureForm
from companion.ui.shell.main_window import JOURNAL, MainWindow
from companion.ui.widgets.session import JournalSession


@pytest.fixture
def window(qtbot, data_dir: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    paths = resolve_paths(data_dir)
    paths.ensure()
    journal, _code = Journal.create(data_dir, passphrase="a long test passphrase", _kdf=MINIMUM_KDF)
    journal.add_child("Maya")
    session = JournalSession(paths)
    shown = MainWindow(paths, session)
    qtbot.addWidget(shown)
    session.open_with(journal)
    shown.show()
    shown.show_section(JOURNAL)
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    yield shown
    session.lock()


def test_quick_add_key_works_from_the_sidebar_and_esc_returns_to_the_timeline(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    page = window.journal_view.page
    assert page is not None
    window.nav.setFocus()
    qtbot.waitUntil(window.nav.hasFocus)
    qtbot.keyClick(window.nav, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert isinstance(page.form, TemperatureForm)
    focused = QApplication.focusWidget()
    assert focused is not None and page.form.isAncestorOf(focused)
    qtbot.keyClick(focused, Qt.Key.Key_Escape)
    assert page.form is None
    qtbot.waitUntil(page.timeline.table.hasFocus)
    # And again after the form closed: the keys still work.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert isinstance(page.form, TemperatureForm)
