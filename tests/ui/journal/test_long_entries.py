"""Very long notes stay smooth: one short line per row, a page of text in the detail pane
with "Show all" for the rest, and a clear limit on new notes."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from bench.datagen import write_records
from companion.journal import Journal
from companion.journal import records as rec
from companion.journal.entries import MAX_NOTE_CHARS
from companion.journal.records import Child, Note
from companion.ui.journal.entry_details import PAGE_CHARS
from companion.ui.journal.forms.note_form import NoteForm
from companion.ui.journal.journal_page import JournalPage
from companion.ui.journal.timeline_model import ROW_CHARS, TIP_CHARS, TimelineModel

#: A note written before the limit existed (about 2 MB), stored as the benchmark stores it.
OLD_NOTE = "Day one. " + "We waited for the counts and talked with the nurse. " * 40_000


@pytest.fixture
def long_note(journal: Journal, maya: Child) -> Note:
    note = rec.Note(text=OLD_NOTE + "\nThe last line.", child_id=maya.id)
    write_records(journal._repo().engine, [note])
    return note


def test_a_row_shows_one_short_line_of_a_long_note(
    qtbot, page: JournalPage, long_note: Note
) -> None:
    timeline = page.timeline
    timeline.reload()
    model = timeline.model
    row = model.row_of("note", long_note.id)
    assert row >= 0
    shown = model.data(model.index(row, TimelineModel.WHAT))
    assert shown.startswith("Day one.") and len(shown) <= ROW_CHARS + 1
    tip = model.data(model.index(row, TimelineModel.WHAT), Qt.ItemDataRole.ToolTipRole)
    assert len(tip) <= TIP_CHARS + 1


def test_the_detail_pane_shows_a_page_and_show_all_the_rest(
    qtbot, page: JournalPage, long_note: Note
) -> None:
    timeline = page.timeline
    timeline.reload()
    assert timeline.select_entry("note", long_note.id)
    shown = timeline.detail.toPlainText()
    assert "Day one." in shown and "The last line." not in shown
    assert len(shown) < PAGE_CHARS + 500
    assert timeline.show_all_button.isVisible()
    qtbot.mouseClick(timeline.show_all_button, Qt.MouseButton.LeftButton)
    assert "The last line." in timeline.detail.toPlainText()
    assert not timeline.show_all_button.isVisible()
    timeline.apply_filters()  # nothing chosen: no button
    assert not timeline.show_all_button.isVisible()


def test_a_short_note_has_no_show_all(qtbot, page: JournalPage, maya: Child) -> None:
    note = page.journal.add_note("A short note.", maya.id)
    page.timeline.reload()
    assert page.timeline.select_entry("note", note.id)
    assert not page.timeline.show_all_button.isVisible()


def test_a_note_past_the_limit_is_refused_calmly_and_the_text_stays(
    qtbot, page: JournalPage, journal: Journal, maya: Child
) -> None:
    form = page.open_form("note")
    assert isinstance(form, NoteForm)
    too_long = "word " * (MAX_NOTE_CHARS // 5 + 1)
    form.text.setPlainText(too_long)
    assert not form.save()
    assert "too long to save" in form.error.text() and "split it" in form.error.text()
    assert form.text.toPlainText() == too_long
    assert journal.list_notes() == []
    with pytest.raises(ValueError, match="text"):
        journal.add_note("x" * (MAX_NOTE_CHARS + 1), maya.id)
    longest = journal.add_note("x" * MAX_NOTE_CHARS, maya.id)
    with pytest.raises(ValueError, match="text"):
        journal.update(replace(longest, text=longest.text + "x"))


def test_a_long_note_saved_before_the_limit_can_still_be_read(
    journal: Journal, long_note: Note
) -> None:
    assert journal.get(Note, long_note.id).text == long_note.text
