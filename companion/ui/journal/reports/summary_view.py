"""The visit summary tab: pick the dates (since the last appointment by default), then save the
PDF (a plain file: the family is told first) or preview it and print it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QDate, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from companion.ui.journal.export import Plain, choose_plain_file
from companion.ui.journal.reports.visit_summary import render_visit_summary, write_visit_summary
from companion.ui.widgets.entry_forms import (
    TARGET_HEIGHT,
    big_button,
    from_utc,
    heading_font,
    to_utc,
)
from companion.ui.widgets.error_sentences import Doing, guarded
from companion.ui.widgets.language import current_language, in_english

if TYPE_CHECKING:
    from companion.journal import Journal

DEFAULT_DAYS = 30
T = TypeVar("T")


class SummaryView(QWidget):
    """``status_message`` reports where the PDF went."""

    status_message = Signal(str)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.child_id: str | None = None
        self.last_path: Path | None = None
        title = QLabel(self.tr("Visit summary"), self)
        title.setFont(heading_font(self, 1.25))
        intro = QLabel(
            self.tr(
                "One printable PDF for the care team: appointments, symptoms with how bad they "
                "were, a temperature chart, fever alerts, medicines given and your open "
                "questions. It starts from the last appointment unless you choose other dates."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.start = QDateEdit(self)
        self.end = QDateEdit(QDate.currentDate(), self)
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("ddd d MMM yyyy")
            edit.setAccessibleName(name)
            edit.setMinimumHeight(TARGET_HEIGHT)
            edit.setMinimumWidth(240)
            edit.setMaximumWidth(320)
        self.since_label = QLabel(self)
        self.since_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&From:"), self.start)
        form.addRow(self.tr("&To:"), self.end)
        form.addRow("", self.since_label)
        # The family reads the app in their language; the care team may read only English.
        self.in_english = QCheckBox(self.tr("Make it in English, for the care team"), self)
        self.in_english.setMinimumHeight(TARGET_HEIGHT)
        self.in_english.setVisible(current_language() != "en")
        form.addRow("", self.in_english)
        self.make_button = big_button(
            self.tr("Make the PDF…"), self.tr("Make the visit summary PDF")
        )
        self.open_button = big_button(self.tr("Open it"), self.tr("Open the visit summary PDF"))
        self.open_button.setEnabled(False)
        self.preview_button = big_button(
            self.tr("Preview and print…"), self.tr("Preview the visit summary and print it")
        )
        for button in (self.make_button, self.preview_button, self.open_button):
            button.setMinimumWidth(180)
        self.make_button.clicked.connect(lambda: self.make_summary())
        self.preview_button.clicked.connect(lambda: self.preview())
        self.open_button.clicked.connect(self.open_last)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Visit summary result"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addStretch(1)

    def set_child(self, child_id: str | None) -> None:
        self.child_id = child_id
        self.reset_dates()

    def reset_dates(self) -> None:
        """From the last appointment that already started (else 30 days back) to today."""
        today = QDate.currentDate()
        self.end.setDate(today)
        last = None
        if self.child_id is not None:
            last = self.journal.last_appointment_before(self.child_id, datetime.now(UTC))
        if last is not None:
            self.start.setDate(from_utc(last.starts_at).date())
            self.since_label.setText(
                self.tr("Since the last appointment (%1).").replace(
                    "%1", last.purpose or self.tr("appointment")
                )
            )
        else:
            self.start.setDate(today.addDays(-DEFAULT_DAYS))
            self.since_label.setText(self.tr("No earlier appointment: the last 30 days."))

    def bounds(self) -> tuple[datetime, datetime]:
        first, last = sorted((self.start.date(), self.end.date()))
        return to_utc(first.startOfDay()), to_utc(last.addDays(1).startOfDay())

    def make_summary(self, path: str | Path | None = None, *, confirm: bool = True) -> int | None:
        """Write the PDF (after saying it is not encrypted, and asking where unless ``path``
        is given); returns the page count."""
        if self.child_id is None:
            return None
        target = choose_plain_file(
            self,
            Plain.PDF,
            self.tr("Save the visit summary"),
            "visit-summary.pdf",
            "PDF (*.pdf)",
            path=path,
            confirm=confirm,
        )
        if target is None:
            return None
        path = target
        start, end = self.bounds()
        child_id, target = self.child_id, path
        _done, pages = guarded(
            self,
            Doing.EXPORT,
            lambda: self._words(
                lambda: write_visit_summary(self.journal, child_id, start, end, target)
            ),
        )
        if pages is None:
            return None
        self.last_path = Path(path)
        self.open_button.setEnabled(True)
        message = self.tr("Saved the visit summary (%n page(s)):", "", pages) + f" {path}"
        self.result.setText(message)
        self.status_message.emit(message)
        return pages

    def preview_dialog(self) -> QPrintPreviewDialog | None:
        """The print preview (pages as they will print; its Print button opens the system's
        print dialog). Nothing is written to disk."""
        if self.child_id is None:
            return None
        start, end = self.bounds()
        child_id = self.child_id
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("Visit summary: preview"))

        def paint(device: QPrinter) -> None:
            guarded(
                dialog,
                Doing.EXPORT,
                lambda: self._words(
                    lambda: render_visit_summary(self.journal, child_id, start, end, device)
                ),
            )

        dialog.paintRequested.connect(paint)
        return dialog

    def _words(self, make: Callable[[], T]) -> T:
        """Make the printout in the family's language, or in English when they ask."""
        if not self.in_english.isChecked():
            return make()
        with in_english():
            return make()

    def preview(self) -> None:
        dialog = self.preview_dialog()
        if dialog is not None:
            dialog.exec()

    def open_last(self) -> None:
        if self.last_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_path)))
