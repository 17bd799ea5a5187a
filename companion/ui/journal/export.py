"""Taking entries out of the encrypted journal: appointments to a calendar, entries to CSV.

Both write plain files, so the CSV export asks first and says the file is not encrypted.
The file choosers are separate from the writers so tests (and scripts) can pass a path.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from companion.journal.calendar import Labels, appointments_to_ics
from companion.journal.records import Appointment, TimelineEntry
from companion.ui.journal.timeline_model import kind_label

if TYPE_CHECKING:
    from companion.journal import Journal

PAGE = 500
#: Cells starting with these are formulas to a spreadsheet; a leading apostrophe defuses them.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


def calendar_labels() -> Labels:
    return Labels(
        appointment=_tr("Appointment"),
        purpose=_tr("Purpose"),
        with_whom=_tr("With"),
        questions=_tr("Questions to ask"),
        reminder=_tr("Reminder"),
    )


def write_calendar(appointments: Iterable[Appointment], path: str | Path) -> int:
    """Write an .ics file with these appointments; returns how many."""
    chosen = list(appointments)
    Path(path).write_text(appointments_to_ics(chosen, calendar_labels()), encoding="utf-8")
    return len(chosen)


def export_upcoming(journal: Journal, path: str | Path, child_id: str | None = None) -> int:
    """Every appointment still to come (optionally one child's) into one .ics file."""
    return write_calendar(journal.upcoming_appointments(child_id), path)


def export_one(journal: Journal, appointment_id: str, path: str | Path) -> int:
    return write_calendar([journal.get(Appointment, appointment_id)], path)


def safe_cell(text: str) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _entries(journal: Journal, child_id: str | None) -> Iterable[TimelineEntry]:
    """Every entry, newest first, a page at a time. Each page continues after the last entry
    of the one before (keyset), so the last page of a long journal costs what the first does;
    an offset would make each page step over every row already written."""
    page = journal.timeline(child_id=child_id, limit=PAGE)
    while page:
        yield from page
        if len(page) < PAGE:
            return
        page = journal.timeline(child_id=child_id, limit=PAGE, after=page[-1])


def write_csv(journal: Journal, path: str | Path, child_id: str | None = None) -> int:
    """Every timeline entry as a row (when, child, kind, entry, details); returns the count."""
    names = {child.id: child.name for child in journal.list_children()}
    count = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([_tr("When"), _tr("Child"), _tr("Type"), _tr("Entry"), _tr("Details")])
        for entry in _entries(journal, child_id):
            title, detail = entry.title, entry.detail
            when = entry.at.astimezone().strftime("%Y-%m-%d %H:%M")
            child = names.get(entry.child_id or "", "")
            row = [when, child, kind_label(entry.kind), title, detail]
            writer.writerow([safe_cell(cell) for cell in row])
            count += 1
    return count


def confirm_plain_export(parent: QWidget | None) -> bool:
    """Ask before writing family data to a file that is not encrypted."""
    answer = QMessageBox.warning(
        parent,
        _tr("Export to a spreadsheet file?"),
        _tr(
            "The CSV file will NOT be encrypted. Anyone who can open the file can read "
            "everything in it. Keep it somewhere private and delete it when you are done."
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def export_csv(
    journal: Journal,
    parent: QWidget | None,
    child_id: str | None = None,
    *,
    path: str | Path | None = None,
    confirm: bool = True,
) -> int | None:
    """The CSV export action: warn, choose a file, write. None when the family stopped."""
    if confirm and not confirm_plain_export(parent):
        return None
    if path is None:
        chosen, _filter = QFileDialog.getSaveFileName(
            parent, _tr("Export entries"), "companion-journal.csv", _tr("CSV files (*.csv)")
        )
        if not chosen:
            return None
        path = chosen
    return write_csv(journal, path, child_id)


def export_calendar(
    journal: Journal,
    parent: QWidget | None,
    child_id: str | None = None,
    *,
    appointment_id: str | None = None,
    path: str | Path | None = None,
) -> int | None:
    """The calendar export action: one appointment, or all upcoming ones. None if cancelled."""
    if path is None:
        chosen, _filter = QFileDialog.getSaveFileName(
            parent,
            _tr("Add to calendar"),
            "companion-appointments.ics",
            _tr("Calendar files (*.ics)"),
        )
        if not chosen:
            return None
        path = chosen
    if appointment_id is not None:
        return export_one(journal, appointment_id, path)
    return export_upcoming(journal, path, child_id)
