"""The Journal section: locked and unlocked states, glossary words in notes, reminders."""

from __future__ import annotations

import datetime as dt
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon, QToolTip

from companion.glossary.terms import Glossary, Source, Term
from companion.journal import Journal
from companion.journal.records import Child
from companion.paths import resolve_paths
from companion.ui.journal.journal_page import JournalPage
from companion.ui.journal.journal_view import JournalView
from companion.ui.journal.reminders import SHOWN_SETTING
from companion.ui.widgets.session import JournalSession
from tests.ui.helpers import unnamed_controls

SUMMARY = "A low number of neutrophils, the white blood cells that fight infection."


def tiny_glossary() -> Glossary:
    term = Term(
        id="neutropenia",
        term="Neutropenia",
        aliases=("low neutrophils",),
        pronunciation=None,
        summary=SUMMARY,
        explanation="When neutrophils are low, infections can start quickly.",
        why_it_matters=None,
        questions=(),
        category="blood",
        related=(),
        sources=(Source("National Cancer Institute", "Cancer.gov", url="https://www.cancer.gov"),),
        reviewed=dt.date(2024, 1, 1),
    )
    return Glossary([term])


@pytest.fixture
def view(qtbot, journal: Journal, maya: Child, tmp_path: Path):  # type: ignore[no-untyped-def]
    paths = resolve_paths(tmp_path / "data")
    session = JournalSession(paths)
    glossary = tiny_glossary()
    shown = JournalView(paths, session, lambda: glossary)
    qtbot.addWidget(shown)
    shown.resize(1200, 800)
    shown.show()
    qtbot.waitExposed(shown)
    session.open_with(journal)
    yield shown
    if shown.page is not None:
        shown.page.shutdown()


def test_locked_shows_unlock_and_unlocked_shows_the_journal(qtbot, view: JournalView, journal):
    from companion.ui.gate.unlock_view import UnlockView

    assert isinstance(view.page, JournalPage)
    assert view.section_title() == "Journal"
    view.session.lock()
    assert view.page is None
    assert isinstance(view.gate, UnlockView)
    assert view.stack.currentWidget() is view.gate


def test_first_run_shows_the_setup_wizard(qtbot, tmp_path: Path):
    from companion.ui.gate.setup_wizard import SetupWizard

    paths = resolve_paths(tmp_path / "fresh")
    shown = JournalView(paths, JournalSession(paths), lambda: None)
    qtbot.addWidget(shown)
    assert isinstance(shown.gate, SetupWizard)
    assert shown.page is None


def test_ctrl_f_goes_to_the_journal_search(qtbot, view: JournalView):
    assert view.page is not None
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.focus_search()
    assert view.page.timeline.search.hasFocus()


def test_ctrl_f_never_throws_away_a_half_typed_form(qtbot, view: JournalView):
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    assert view.page is not None
    form = view.page.open_form("note")
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    editors = form.findChildren(QPlainTextEdit) or form.findChildren(QTextEdit)
    editors[0].setFocus()
    qtbot.keyClicks(editors[0], "Fever came down after an hour")
    messages: list[str] = []
    view.status_message.connect(messages.append)
    view.focus_search()
    assert view.page.form is form
    assert "Fever came down" in editors[0].toPlainText()
    assert messages and "Save or cancel" in messages[-1]


def test_glossary_words_in_a_note_are_links(qtbot, view: JournalView, journal, maya):
    journal.add_note("Counts are low again. Neutropenia, so no visitors with colds.", maya.id)
    page = view.page
    assert page is not None
    page.refresh_all()
    page.timeline.table.selectRow(0)
    detail = page.timeline.detail
    assert "glossary:neutropenia" in detail.toHtml()
    cursor = detail.document().find("Neutropenia", 0, QTextDocument.FindFlag.FindCaseSensitively)
    assert not cursor.isNull()
    cursor.setPosition(cursor.selectionStart() + 3, QTextCursor.MoveMode.MoveAnchor)
    point = detail.cursorRect(cursor).center()
    assert detail.anchorAt(point) == "glossary:neutropenia"

    tip = QHelpEvent(QEvent.Type.ToolTip, point, detail.viewport().mapToGlobal(point))
    QApplication.sendEvent(detail.viewport(), tip)
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == SUMMARY
    plain = detail.document().find("visitors")
    plain_point = detail.cursorRect(plain).center()
    assert detail.anchorAt(plain_point) == ""

    with qtbot.waitSignal(view.open_glossary_term) as opened:
        qtbot.mouseClick(detail.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert opened.args == ["neutropenia"]


def test_reminder_without_a_tray_uses_status_bar_and_dialog(
    qtbot, view: JournalView, journal: Journal, maya: Child, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    page = view.page
    assert page is not None
    assert page.watcher.timer.isActive()
    starts = datetime.now(UTC) + timedelta(minutes=30)
    journal.add_appointment(
        maya.id, starts, "UTC", purpose="Scan results", with_whom="Dr. Patel", reminder_minutes=60
    )
    journal.add_appointment(maya.id, starts + timedelta(days=3), "UTC", reminder_minutes=60)
    with qtbot.waitSignal(view.status_message) as status:
        fired = page.watcher.check()
    assert [a.purpose for a in fired] == ["Scan results"]
    assert status.args[0].startswith("Appointment reminder: Maya: Scan results · Dr. Patel")
    [box] = page.notifier.dialogs
    assert box.isVisible() and not box.isModal()
    assert "Scan results" in box.text()
    assert page.watcher.check() == []  # shown once
    assert len(journal.get_setting(SHOWN_SETTING)) == 1
    click_ok = box.button(QMessageBox.StandardButton.Ok)
    qtbot.mouseClick(click_ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.notifier.dialogs)


def test_reminder_uses_the_tray_when_there_is_one(
    qtbot, view: JournalView, journal: Journal, maya: Child, monkeypatch: pytest.MonkeyPatch
):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "show", lambda self: None)
    monkeypatch.setattr(
        QSystemTrayIcon, "showMessage", lambda self, title, text, *a: shown.append((title, text))
    )
    journal.add_appointment(
        maya.id, datetime.now(UTC) + timedelta(minutes=10), "UTC", reminder_minutes=15
    )
    page = view.page
    assert page is not None
    page.watcher.check()
    assert shown and shown[0][0] == "Appointment reminder"
    assert page.notifier.dialogs == []


def test_every_tab_control_has_a_name(qtbot, view: JournalView, journal, maya):
    journal.add_medicine(maya.id, "Mouthwash")
    journal.add_appointment(maya.id, datetime.now(UTC) + timedelta(days=1), "UTC", questions=["Q?"])
    page = view.page
    assert page is not None
    page.refresh_all()
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        assert unnamed_controls(page.tabs.currentWidget()) == [], page.tabs.tabText(index)
    assert unnamed_controls(page) == []


def test_changes_elsewhere_refresh_the_journal(qtbot, view: JournalView, journal, maya):
    page = view.page
    assert page is not None
    journal.add_note("Written by another screen", maya.id)
    view.session.notify_changed("note")
    assert page.timeline.model.total == 1
    with qtbot.waitSignal(view.session.changed) as changed:
        page.medicines.give_now(journal.add_medicine(maya.id, "Mouthwash").id)
    assert changed.args == ["dose"]
