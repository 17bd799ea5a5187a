"""Taking entries out of the encrypted journal: a calendar, a spreadsheet, the full JSON file.

Every one of them is a plain file, so each export first says the file will not be encrypted
and goes on only if the family agrees; then the file is chosen; then the core writes it
(:mod:`companion.journal.exports`: ``calendar``, ``csvfile``, ``jsonfile``). The choosers are
separate from the writers so tests (and scripts) can pass a path.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from companion.journal.exports.calendar import Labels, write_ics
from companion.journal.records import Appointment

#: Qt's translation function; pyside6-lupdate reads its calls (context first).
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from companion.journal import Journal


class Plain(Enum):
    """The plain (not encrypted) files the journal can write."""

    CSV = "csv"
    CALENDAR = "ics"
    JSON = "json"
    PDF = "pdf"


def _warning_title(kind: Plain) -> str:
    return {
        Plain.CSV: translate("Export", "Export to a spreadsheet file?"),
        Plain.CALENDAR: translate("Export", "Export to a calendar file?"),
        Plain.JSON: translate("Export", "Export the whole journal to a file?"),
        Plain.PDF: translate("Export", "Save the visit summary as a file?"),
    }[kind]


def _warning_file(kind: Plain) -> str:
    return {
        Plain.CSV: translate("Export", "The CSV file will NOT be encrypted."),
        Plain.CALENDAR: translate("Export", "The calendar file will NOT be encrypted."),
        Plain.JSON: translate("Export", "The JSON file will NOT be encrypted."),
        Plain.PDF: translate("Export", "The PDF file will NOT be encrypted."),
    }[kind]


def confirm_plain_export(parent: QWidget | None, kind: Plain = Plain.CSV) -> bool:
    """Ask before writing family data to a file that is not encrypted."""
    answer = QMessageBox.warning(
        parent,
        _warning_title(kind),
        _warning_file(kind)
        + " "
        + translate(
            "Export",
            "Anyone who can open the file can read everything in it. Keep it somewhere "
            "private and delete it when you are done.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def choose_plain_file(
    parent: QWidget | None,
    kind: Plain,
    title: str,
    suggested: str,
    filter_text: str,
    *,
    path: str | Path | None = None,
    confirm: bool = True,
) -> Path | None:
    """Warn (unless ``confirm`` is False), then ask where (unless ``path`` is given)."""
    if confirm and not confirm_plain_export(parent, kind):
        return None
    if path is None:
        chosen, _filter = QFileDialog.getSaveFileName(parent, title, suggested, filter_text)
        if not chosen:
            return None
        path = chosen
    return Path(path)


def calendar_labels() -> Labels:
    return Labels(
        appointment=translate("Export", "Appointment"),
        purpose=translate("Export", "Purpose"),
        with_whom=translate("Export", "With"),
        questions=translate("Export", "Questions to ask"),
        reminder=translate("Export", "Reminder"),
    )


def write_calendar(appointments: Iterable[Any], path: str | Path) -> int:
    """Write an .ics file with these appointments; returns how many."""
    return write_ics(appointments, path, calendar_labels())


def export_csv(
    journal: Journal,
    parent: QWidget | None,
    child_id: str | None = None,
    *,
    path: str | Path | None = None,
    confirm: bool = True,
) -> int | None:
    """The CSV export action: warn, choose a file, write. None when the family stopped."""
    from companion.journal.exports.csvfile import write_csv

    target = choose_plain_file(
        parent,
        Plain.CSV,
        translate("Export", "Export entries"),
        "companion-journal.csv",
        translate("Export", "CSV files (*.csv)"),
        path=path,
        confirm=confirm,
    )
    return None if target is None else write_csv(journal, target, child_id=child_id)


def export_json(
    journal: Journal,
    parent: QWidget | None,
    *,
    path: str | Path | None = None,
    confirm: bool = True,
) -> int | None:
    """The full export: warn, choose a file, write everything. None when the family stopped."""
    from companion.journal.exports.jsonfile import write_json

    target = choose_plain_file(
        parent,
        Plain.JSON,
        translate("Export", "Export the whole journal"),
        "companion-journal.json",
        translate("Export", "JSON files (*.json)"),
        path=path,
        confirm=confirm,
    )
    return None if target is None else write_json(journal, target)


def import_json(
    journal: Journal, parent: QWidget | None, *, path: str | Path | None = None
) -> int | None:
    """Bring a full export into this (new) journal. None when the family stopped."""
    from companion.journal.exports.jsonfile import import_json as read_into

    if path is None:
        chosen, _filter = QFileDialog.getOpenFileName(
            parent,
            translate("Export", "Import a journal file"),
            "",
            translate("Export", "JSON files (*.json)"),
        )
        if not chosen:
            return None
        path = chosen
    return read_into(journal, Path(path))


def export_calendar(
    journal: Journal,
    parent: QWidget | None,
    child_id: str | None = None,
    *,
    appointment_id: str | None = None,
    path: str | Path | None = None,
    confirm: bool = True,
) -> int | None:
    """The calendar export action: one appointment, or all upcoming ones. None if cancelled."""
    target = choose_plain_file(
        parent,
        Plain.CALENDAR,
        translate("Export", "Add to calendar"),
        "companion-appointments.ics",
        translate("Export", "Calendar files (*.ics)"),
        path=path,
        confirm=confirm,
    )
    if target is None:
        return None
    if appointment_id is not None:
        return write_calendar([journal.get(Appointment, appointment_id)], target)
    return write_calendar(
        [*journal.upcoming_appointments(child_id), *upcoming_day_events(journal, child_id)],
        target,
    )


def upcoming_day_events(journal: Journal, child_id: str | None) -> list[Any]:
    """The planned treatment days from today on, as all-day calendar events."""
    from companion.journal.plan.calendar_days import day_events
    from companion.journal.plan.treatment_plan import cycle_name

    days = journal.upcoming_treatment_days(child_id, limit=200)
    names: dict[str, str] = {}
    for child in {d.child_id for d in days}:
        names.update({c.id: cycle_name(c, translate) for c in journal.list_cycles(child)})
    return list(day_events(days, names, translate))
