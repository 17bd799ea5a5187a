"""The timeline: every entry a row, a few pages held, filters, search, delete with Undo."""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from bench.datagen import write_records
from companion.journal import Journal
from companion.journal import records as rec
from companion.journal.records import Child, Note, TimelineEntry
from companion.ui.journal.forms.note_form import NoteForm
from companion.ui.journal.journal_page import JournalPage
from companion.ui.journal.timeline_model import ENTRY_ROLE, MAX_PAGES, PAGE_SIZE, TimelineModel
from companion.ui.shell.help_dialog import user_guide_markdown
from companion.ui.widgets.undo_bar import UNDO_SECONDS
from tests.ui.helpers import click, press, row_texts

#: Entries in the big journal: thirty pages, three times what the model may hold.
BIG = PAGE_SIZE * MAX_PAGES * 3
CAP = PAGE_SIZE * MAX_PAGES
T0 = datetime(2024, 1, 1, tzinfo=UTC)


@pytest.fixture
def big(journal: Journal, maya: Child) -> tuple[Journal, Child, Child]:
    """Two children and ``BIG`` notes, temperatures and symptoms, written in one go through
    the journal's tables (as the benchmark does); every tenth moment is shared by a cluster."""
    leo = journal.add_child("Leo")
    made: list[rec.Record] = []
    at = T0
    for n in range(BIG):
        if n % 10:
            at += timedelta(minutes=37)
        who = (maya if n % 3 else leo).id
        if n % 3 == 0:
            words = "slept badly" if n % 4 == 0 else "a calm day"
            made.append(rec.Note(text=f"Note {n}: {words}", child_id=who, written_at=at))
        elif n % 3 == 1:
            made.append(rec.TemperatureReading(child_id=who, value=36.5 + n % 20 / 10, taken_at=at))
        else:
            made.append(
                rec.SymptomEntry(child_id=who, symptom="nausea", severity=n % 5, recorded_at=at)
            )
    write_records(journal._repo().engine, made)
    return journal, maya, leo


def _walk(model: TimelineModel, rows: Iterable[int]) -> tuple[list[TimelineEntry | None], int]:
    """Ask for the text of each row in turn, as painting does; (entries, most rows held)."""
    seen: list[TimelineEntry | None] = []
    most = 0
    for row in rows:
        assert model.data(model.index(row, TimelineModel.WHAT)) is not None
        seen.append(model.data(model.index(row, 0), ENTRY_ROLE))
        most = max(most, model.rows_held())
    return seen, most


def test_scrolling_the_whole_journal_holds_only_a_few_pages(qtbot, big):
    journal, _maya, _leo = big
    model = TimelineModel(journal)
    everything = journal.timeline(limit=BIG + 10)
    assert model.rowCount() == model.total == len(everything) == BIG
    assert model.rows_held() == 0  # nothing is read before it is shown
    down, most = _walk(model, range(model.rowCount()))
    assert down == everything
    assert most == CAP
    assert model.jumps == 0  # each page continued from the one above it
    assert model.pages_fetched == BIG // PAGE_SIZE

    model.reload()
    up, most = _walk(model, reversed(range(model.rowCount())))
    assert up == everything[::-1]
    assert most == CAP
    assert model.jumps == 1  # the last row, once; then each page from the one below it


def test_rows_read_in_any_order_are_the_journals_rows(qtbot, big):
    journal, _maya, _leo = big
    model = TimelineModel(journal)
    everything = journal.timeline(limit=BIG + 10)
    rows = [*random.Random(7).choices(range(BIG), k=400), BIG - 1, 0, BIG // 2]
    seen, most = _walk(model, rows)
    assert seen == [everything[row] for row in rows]
    assert most <= CAP
    assert model.data(model.index(BIG, 0)) is None


@pytest.mark.parametrize(
    "changes",
    [
        {"kinds": ("note",)},
        {"child_id": "leo"},
        {"text": "slept bad"},
        {"start": T0 + timedelta(days=10), "end": T0 + timedelta(days=30), "kinds": ("symptom",)},
        {"text": "note", "child_id": "leo", "start": T0 + timedelta(days=5)},
    ],
)
def test_filters_and_search_show_the_journals_rows(qtbot, big, changes):
    journal, maya, leo = big
    if "child_id" in changes:
        changes = {**changes, "child_id": {"maya": maya.id, "leo": leo.id}[changes["child_id"]]}
    model = TimelineModel(journal)
    model.update_filter(**changes)
    expected = journal.timeline(filters=model.filter, limit=BIG + 10)
    assert PAGE_SIZE < len(expected) < BIG
    assert model.rowCount() == len(expected)
    shown, most = _walk(model, range(model.rowCount()))
    assert shown == expected
    assert most <= CAP


def test_the_table_scrolls_through_every_entry(qtbot, big):
    journal, _maya, _leo = big
    shown = JournalPage(journal, lambda: None)
    qtbot.addWidget(shown)
    shown.resize(1200, 800)
    shown.show()
    qtbot.waitExposed(shown)
    view = shown.timeline
    view.child.setCurrentIndex(view.child.findData(None))  # both children
    model, table = view.model, view.table
    bar = table.verticalScrollBar()
    assert view.count_label.text() == f"{BIG} entries"
    qtbot.waitUntil(lambda: bar.maximum() > BIG - 100)  # the bar spans the whole journal
    everything = journal.timeline(limit=BIG + 10)
    most = 0
    while True:
        table.viewport().repaint()
        top = table.rowAt(0)
        assert model.data(model.index(top, 0), ENTRY_ROLE) == everything[top]
        most = max(most, model.rows_held())
        if bar.value() == bar.maximum():
            break
        bar.setValue(bar.value() + bar.pageStep())
    assert most <= CAP
    assert model.jumps == 0
    last = table.rowAt(table.viewport().height() - 1)
    assert last in (BIG - 1, -1)
    assert model.data(model.index(BIG - 1, 0), ENTRY_ROLE) == everything[-1]
    shown.shutdown()


def test_end_jumps_once_and_selection_works_far_down(qtbot, big):
    journal, _maya, _leo = big
    shown = JournalPage(journal, lambda: None)
    qtbot.addWidget(shown)
    shown.resize(1200, 800)
    shown.show()
    qtbot.waitExposed(shown)
    view, everything = shown.timeline, journal.timeline(limit=BIG + 10)
    view.child.setCurrentIndex(view.child.findData(None))
    view.table.setFocus()
    view.table.selectRow(0)
    press(qtbot, view.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    view.table.viewport().repaint()
    assert view.table.currentIndex().row() == BIG - 1
    assert view.current_entry() == everything[-1]
    assert view.model.jumps == 1
    assert "Note 0: slept badly" in view.detail.toPlainText()
    press(qtbot, view.table, Qt.Key.Key_PageUp)
    view.table.viewport().repaint()
    assert view.model.jumps == 1  # the page above was read from the one below it
    row = view.table.currentIndex().row()
    assert 0 < row < BIG - 1 and view.current_entry() == everything[row]
    shown.shutdown()


def test_edit_delete_and_undo_far_down_keep_the_selection_sane(qtbot, big):
    journal, _maya, _leo = big
    shown = JournalPage(journal, lambda: None)
    qtbot.addWidget(shown)
    shown.resize(1200, 800)
    shown.show()
    qtbot.waitExposed(shown)
    view, table = shown.timeline, shown.timeline.table
    view.child.setCurrentIndex(view.child.findData(None))
    everything = journal.timeline(limit=BIG + 10)
    row = next(r for r in range(BIG - 200, BIG) if everything[r].kind == "note")
    note = everything[row]
    assert view.select_entry("note", note.id)  # far from any page held: found by position
    assert table.currentIndex().row() == row
    table.setFocus()
    press(qtbot, table, Qt.Key.Key_Return)
    form = shown.form
    assert isinstance(form, NoteForm)
    form.text.selectAll()
    qtbot.keyClicks(form.text, "Edited far down")
    press(qtbot, form.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert journal.get(Note, note.id).text == "Edited far down"
    assert table.currentIndex().row() == row  # same time, same place
    assert view.current_entry() is not None and view.current_entry().id == note.id
    assert "Edited far down" in view.detail.toPlainText()
    assert table.visualRect(view.model.index(row, 0)).isValid()  # still in view

    table.setFocus()
    press(qtbot, table, Qt.Key.Key_Delete)
    assert view.model.total == BIG - 1
    assert view.current_entry() is None and not view.delete_button.isEnabled()
    assert view.model.entry(row) == everything[row + 1]
    assert table.rowAt(0) > BIG - 300  # the view stayed where the family was
    click(qtbot, shown.undo_bar.button)
    assert view.model.total == BIG
    assert view.model.entry(row) is not None and view.model.entry(row).id == note.id
    assert table.currentIndex().row() == row  # chosen again, where it was
    assert table.visualRect(view.model.index(row, 0)).isValid()
    assert "Edited far down" in view.detail.toPlainText()
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


def test_undo_chooses_the_entry_it_brought_back(qtbot, page: JournalPage, journal, maya):
    now = datetime.now(UTC)
    for minutes, text in ((3, "Oldest"), (2, "Middle"), (1, "Newest")):
        journal.add_note(text, maya.id, now - timedelta(minutes=minutes))
    page.refresh_all()
    view = page.timeline
    view.table.selectRow(1)
    middle = view.current_entry()
    assert middle is not None and middle.title == "Middle"
    click(qtbot, view.delete_button)
    assert view.current_entry() is None
    page.show_tab(page.trends)  # Ctrl+Z can come from another tab while the offer stands
    page.trends.setFocus()
    press(qtbot, page.trends, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentWidget() is view
    assert view.table.currentIndex().row() == 1
    chosen = view.current_entry()
    assert chosen is not None and chosen.id == middle.id
    assert "Middle" in view.detail.toPlainText()
    assert view.delete_button.isEnabled()


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


def test_the_user_guide_names_the_journal_tabs_and_buttons_as_they_read(qtbot, page):
    """The guide lists the tabs in the order the journal shows them, and the add buttons."""
    guide = " ".join(user_guide_markdown().split())
    sentence = re.search(r"Below them are the tabs: (.+?)\.", guide)
    assert sentence is not None
    named = re.findall(r"\*\*(.+?)\*\*", sentence.group(1))
    assert named == [page.tabs.tabText(i) for i in range(page.tabs.count())]
    buttons = re.search(r"The buttons at the top of the journal add a new entry: (.+?)\.", guide)
    assert buttons is not None
    named = re.findall(r"\*\*(.+?)\*\*", buttons.group(1))
    assert named == [button.text() for button in page.add_buttons.values()]
