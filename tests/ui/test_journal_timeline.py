"""The timeline: pages on demand, filters, search, delete with Undo."""

# ruff: noqa: F811 (pytest fixtures imported from tests.ui.journal_support)

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from companion.journal import Journal
from companion.records import Child
from companion.ui.journal_page import JournalPage
from companion.ui.timeline_model import PAGE_SIZE
from companion.ui.undo_bar import UNDO_SECONDS
from tests.ui.journal_support import (  # noqa: F401 (fixtures)
    click,
    journal,
    maya,
    page,
    press,
    row_texts,
)


def test_pages_are_fetched_only_as_the_family_scrolls(
    qtbot, journal: Journal, maya: Child, monkeypatch: pytest.MonkeyPatch
):
    now = datetime.now(UTC)
    for index in range(PAGE_SIZE * 2 + 30):
        journal.add_note(f"Note {index}", maya.id, now - timedelta(hours=index))
    asked: list[int] = []
    real = journal.timeline

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(kwargs["limit"])
        return real(*args, **kwargs)

    monkeypatch.setattr(journal, "timeline", spy)
    shown = JournalPage(journal, lambda: None)
    qtbot.addWidget(shown)
    shown.resize(1200, 800)
    shown.show()
    qtbot.waitExposed(shown)
    model = shown.timeline.model
    assert model.total == PAGE_SIZE * 2 + 30
    assert model.rowCount() == PAGE_SIZE
    assert row_texts(shown)[0].endswith("Note | Note 0")
    shown.timeline.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE * 2)
    assert model.rowCount() < model.total
    assert set(asked) == {PAGE_SIZE}
    assert shown.timeline.count_label.text() == f"{PAGE_SIZE * 2 + 30} entries"
    shown.shutdown()


def test_filter_by_kind_date_and_search(qtbot, page: JournalPage, journal: Journal, maya: Child):
    now = datetime.now(UTC)
    journal.add_temperature(maya.id, 37.2, taken_at=now - timedelta(minutes=5))
    journal.add_symptom(maya.id, "mouth_sores", 2, recorded_at=now - timedelta(minutes=4))
    journal.add_note("Old news about the port", maya.id, now - timedelta(days=40))
    page.refresh_all()
    view = page.timeline
    assert len(row_texts(page)) == 3

    view.kind.setCurrentIndex(view.kind.findText("Temperature"))
    assert [r.split(" | ")[1] for r in row_texts(page)] == ["Temperature"]
    assert "37.2 °C: under the arm" in row_texts(page)[0]
    view.kind.setCurrentIndex(0)

    view.range.setCurrentIndex(view.range.findText("Last 30 days"))
    assert len(row_texts(page)) == 2
    view.range.setCurrentIndex(view.range.findText("Choose dates"))
    assert view.start_date.isVisible() and view.end_date.isVisible()
    view.start_date.setDate(QDate.currentDate().addDays(-45))
    view.end_date.setDate(QDate.currentDate().addDays(-35))
    assert [r.split(" | ")[2] for r in row_texts(page)] == ["Old news about the port"]
    view.range.setCurrentIndex(0)

    qtbot.keyClicks(view.search, "sore")
    assert [r.split(" | ")[2] for r in row_texts(page)] == ["Mouth sores"]
    assert view.count_label.text() == "1 entry matches"
    view.search.clear()
    qtbot.keyClicks(view.search, "nothing like this")
    assert row_texts(page) == []


def test_child_filter_follows_the_switcher(qtbot, page: JournalPage, journal: Journal, maya):
    leo = journal.add_child("Leo")
    journal.add_note("Maya's note", maya.id)
    journal.add_note("Leo's note", leo.id)
    page.refresh_children()
    view = page.timeline
    assert view.child.isVisible()
    page.child_switch.setCurrentIndex(page.child_switch.findData(leo.id))
    assert [r.split(" | ")[2] for r in row_texts(page)] == ["Leo · Leo's note"]
    view.child.setCurrentIndex(view.child.findData(None))
    assert len(row_texts(page)) == 2


def test_delete_then_undo_with_the_button(qtbot, page: JournalPage, journal: Journal, maya):
    journal.add_note("Keep me", maya.id)
    page.refresh_all()
    view = page.timeline
    view.table.selectRow(0)
    assert "Keep me" in view.detail.toPlainText()
    click(qtbot, view.delete_button)
    assert row_texts(page) == []
    assert journal.list_notes(maya.id) == []
    assert page.undo_bar.isVisible()
    assert page.undo_bar.label.text() == "Deleted: note."
    assert page.undo_bar.timer.isActive()
    assert page.undo_bar.timer.interval() == UNDO_SECONDS * 1000
    click(qtbot, page.undo_bar.button)
    assert [n.text for n in journal.list_notes(maya.id)] == ["Keep me"]
    assert "Keep me" in row_texts(page)[0]
    assert not page.undo_bar.isVisible()


def test_delete_key_and_ctrl_z(qtbot, page: JournalPage, journal: Journal, maya):
    journal.add_symptom(maya.id, "cough", 1)
    page.refresh_all()
    table = page.timeline.table
    table.setFocus()
    table.selectRow(0)
    with qtbot.waitSignal(page.status_message) as status:
        press(qtbot, table, Qt.Key.Key_Delete)
    assert "Deleted: symptom." in status.args[0]
    assert journal.timeline_count() == 0
    press(qtbot, table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert journal.timeline_count() == 1
    assert "Cough" in row_texts(page)[0]
    with qtbot.waitSignal(page.status_message) as status:
        press(qtbot, table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert status.args[0] == "Nothing to undo."


def test_undo_offer_disappears_after_its_time(qtbot, page: JournalPage, journal, maya):
    journal.add_note("Gone", maya.id)
    page.refresh_all()
    page.timeline.table.selectRow(0)
    page.timeline.delete_current()
    assert page.undo_bar.isVisible()
    page.undo_bar.timer.timeout.emit()  # what the ten-second timer does
    assert not page.undo_bar.isVisible()


def test_fever_events_open_read_only(qtbot, page: JournalPage, journal: Journal, maya):
    journal.add_fever_event(maya.id, "high", "38.5 °C under the arm.")
    page.refresh_all()
    page.timeline.table.selectRow(0)
    assert "Fever: at or above the fever rule" in row_texts(page)[0]
    assert not page.timeline.edit_button.isEnabled()
    page.timeline.edit_current()
    assert page.form is None
