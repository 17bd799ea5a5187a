"""The journal page's More menu, and its exports and import: each guarded, each reported in
the status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, SignalInstance
from PySide6.QtWidgets import QMenu, QWidget

from companion.journal.records import Kind
from companion.ui.widgets.error_sentences import Doing, guarded

if TYPE_CHECKING:
    from companion.journal import Journal


class JournalPage(Protocol):
    """What the exports need of the journal page."""

    journal: Journal
    status_message: SignalInstance

    def refresh_all(self) -> None: ...
    def open_form(self, kind: str, entry_id: str | None = None) -> object: ...
    def edit_child(self) -> None: ...
    def export_calendar(self) -> None: ...
    def export_csv(self, path: str | None = None, *, confirm: bool = True) -> int | None: ...
    def export_json(self, path: str | None = None, *, confirm: bool = True) -> int | None: ...
    def import_json(self, path: str | None = None) -> int | None: ...


translate = QCoreApplication.translate


class ExportCount(QObject):
    """How many went out or came in. Plurals are worded through a class's ``tr``:
    ``pyside6-lupdate`` reads a plural only there."""

    def entries_exported(self, n: int) -> str:
        return self.tr("Exported %n entries (not encrypted).", "", n)

    def records_exported(self, n: int) -> str:
        return self.tr("Exported %n records (not encrypted).", "", n)

    def records_imported(self, n: int) -> str:
        return self.tr("Imported %n records.", "", n)


def more_menu(page: JournalPage) -> QMenu:
    """Less frequent actions, behind the quick-add row's More button."""
    menu = QMenu(_widget(page))
    menu.addAction(translate("JournalPage", "Add a child"), lambda: page.open_form(Kind.CHILD))
    menu.addAction(translate("JournalPage", "Edit this child"), page.edit_child)
    menu.addAction(
        translate("JournalPage", "Add a medicine"), lambda: page.open_form(Kind.MEDICINE)
    )
    menu.addSeparator()
    menu.addAction(
        translate("JournalPage", "Export appointments to a calendar…"), page.export_calendar
    )
    menu.addAction(
        translate("JournalPage", "Export entries to a spreadsheet (CSV)…"), page.export_csv
    )
    menu.addAction(translate("JournalPage", "Export the whole journal (JSON)…"), page.export_json)
    menu.addAction(translate("JournalPage", "Import a journal file (JSON)…"), page.import_json)
    return menu


def export_csv(page: JournalPage, path: str | None, confirm: bool) -> int | None:
    from companion.ui.journal.export import export_csv

    widget = _widget(page)
    _done, count = guarded(
        widget, Doing.EXPORT, lambda: export_csv(page.journal, widget, path=path, confirm=confirm)
    )
    if count is not None:
        page.status_message.emit(ExportCount().entries_exported(count))
    return count


def export_json(page: JournalPage, path: str | None, confirm: bool) -> int | None:
    from companion.ui.journal.export import export_json

    widget = _widget(page)
    _done, count = guarded(
        widget, Doing.EXPORT, lambda: export_json(page.journal, widget, path=path, confirm=confirm)
    )
    if count is not None:
        page.status_message.emit(ExportCount().records_exported(count))
    return count


def import_json(page: JournalPage, path: str | None) -> int | None:
    from companion.ui.journal.export import import_json

    widget = _widget(page)
    _done, count = guarded(
        widget, Doing.IMPORT, lambda: import_json(page.journal, widget, path=path)
    )
    if count is not None:
        page.refresh_all()
        page.status_message.emit(ExportCount().records_imported(count))
    return count


def _widget(page: JournalPage) -> QWidget:
    assert isinstance(page, QWidget)
    return page
