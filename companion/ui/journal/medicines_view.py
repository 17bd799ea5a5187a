"""The medicines tab: the child's list with a one-click "Given now", and what was given today."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion.journal.medicines import too_soon
from companion.journal.records import DoseGiven, Kind, Medicine
from companion.ui.journal.doses.caregivers import CaregiversPanel, fill_given_by
from companion.ui.journal.doses.dose_check import since_text, supply_text, too_soon_text
from companion.ui.widgets.entry_forms import TARGET_HEIGHT, big_button, heading_font, local_text
from companion.ui.widgets.error_sentences import Doing, guarded
from companion.ui.widgets.fit.down_scroll import DownScroll
from companion.ui.widgets.fit.row_or_column import RowOrColumn, title_and_actions

if TYPE_CHECKING:
    from companion.journal import Journal


class MedicineRow(QFrame):
    """One medicine: name, dose and schedule, and the buttons a parent needs at the cupboard."""

    given = Signal(str)
    confirmed = Signal(str)
    edit = Signal(str)

    def __init__(self, medicine: Medicine, status: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.medicine = medicine
        self.setFrameShape(QFrame.Shape.StyledPanel)
        name = QLabel(medicine.name, self)
        name.setFont(heading_font(self, 1.15))
        details = " · ".join(
            part
            for part in (
                medicine.dose,
                medicine.schedule,
                self.tr("only when needed") if medicine.as_needed else "",
                "" if medicine.active else self.tr("stopped"),
            )
            if part
        )
        info = QLabel(details, self)
        info.setWordWrap(True)
        self.status = QLabel(status, self)
        self.status.setWordWrap(True)
        self.status.setVisible(bool(status))
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.give_anyway = big_button(self.tr("Give anyway"), None, self)
        self.dont_give = big_button(self.tr("Don't give"), None, self)
        self.give_anyway.clicked.connect(lambda: self.confirmed.emit(medicine.id))
        self.dont_give.clicked.connect(self.hide_question)
        ask = QHBoxLayout()
        ask.addWidget(self.question, 1)
        ask.addWidget(self.dont_give)
        ask.addWidget(self.give_anyway)
        self.ask_box = QWidget(self)
        self.ask_box.setLayout(ask)
        self.ask_box.hide()
        self.given_button = big_button(
            self.tr("Given now"), self.tr("%1: given now").replace("%1", medicine.name), self
        )
        self.given_button.setMinimumWidth(150)
        self.given_button.setEnabled(medicine.active)
        self.edit_button = big_button(
            self.tr("Edit"), self.tr("Edit %1").replace("%1", medicine.name), self
        )
        self.given_button.clicked.connect(lambda: self.given.emit(medicine.id))
        self.edit_button.clicked.connect(lambda: self.edit.emit(medicine.id))
        text = QVBoxLayout()
        text.addWidget(name)
        text.addWidget(info)
        text.addWidget(self.status)
        row = QHBoxLayout()
        row.addLayout(text, 1)
        row.addWidget(self.edit_button)
        row.addWidget(self.given_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.ask_box)

    def ask(self, question: str) -> None:
        """Ask before a dose inside the team's minimum interval (answered on the row)."""
        self.question.setText(question)
        self.ask_box.show()
        self.dont_give.setFocus()

    def hide_question(self) -> None:
        self.ask_box.hide()


class MedicinesView(QWidget):
    """``dose_logged(dose_id, text)`` after "Given now"; the page offers Undo."""

    dose_logged = Signal(str, str)
    edit_requested = Signal(str, str)
    add_requested = Signal()
    log_dose_requested = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.child_id: str | None = None
        self.rows: list[MedicineRow] = []

        title = QLabel(self.tr("Medicines"), self)
        title.setFont(heading_font(self, 1.25))
        self.show_stopped = QCheckBox(self.tr("Show stopped medicines"), self)
        self.show_stopped.setMinimumHeight(TARGET_HEIGHT)
        self.show_stopped.toggled.connect(self.refresh)
        self.add_button = big_button(self.tr("Add a medicine"), None, self)
        self.add_button.clicked.connect(self.add_requested)
        self.other_dose_button = big_button(self.tr("Log a dose at another time"), None, self)
        self.other_dose_button.clicked.connect(self.log_dose_requested)
        self.given_by = QComboBox(self)
        self.given_by.setAccessibleName(self.tr("Doses given by"))
        self.given_by.setMinimumHeight(TARGET_HEIGHT)
        self.caregivers_button = big_button(self.tr("Caregivers…"), None, self)
        self.caregivers_button.clicked.connect(self.edit_caregivers)
        self.list_box = QWidget(self)
        self.list_layout = QVBoxLayout(self.list_box)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(self.tr("No medicines on the list yet."), self)
        holder = QWidget(self)
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.empty)
        holder_layout.addWidget(self.list_box)
        holder_layout.addStretch(1)
        scroll = DownScroll(holder, self)

        today_title = QLabel(self.tr("Given today"), self)
        today_title.setFont(heading_font(self, 1.25))
        self.today = QListWidget(self)
        self.today.setSpacing(4)
        self.today.setAccessibleName(self.tr("Medicines given today"))
        self.today.setMinimumWidth(320)

        top = title_and_actions(self, title, self.show_stopped, self.other_dose_button,
                                self.add_button)  # fmt: skip
        by_row = QHBoxLayout()
        by_row.addWidget(QLabel(self.tr("Given by:"), self))
        by_row.addWidget(self.given_by, 1)
        by_row.addWidget(self.caregivers_button)
        left = QVBoxLayout()
        left.addLayout(top)
        left.addLayout(by_row)
        left.addWidget(scroll, 1)
        right = QVBoxLayout()
        right.addWidget(today_title)
        right.addWidget(self.today, 1)
        layout = RowOrColumn(self, squeeze=True)  # "Given today" goes below when narrow
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

    def set_child(self, child_id: str | None) -> None:
        self.child_id = child_id
        self.refresh()

    def refresh(self) -> None:
        for row in self.rows:
            self.list_layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        self.today.clear()
        fill_given_by(self.given_by, self.journal, self.given_by.currentData())
        if self.child_id is None:
            self.empty.show()
            return
        medicines = self.journal.list_medicines(
            self.child_id, active_only=not self.show_stopped.isChecked()
        )
        self.empty.setVisible(not medicines)
        names = {c.id: c.name for c in self.journal.caregivers()}
        now = datetime.now(UTC)
        for medicine in medicines:
            row = MedicineRow(medicine, self._status(medicine, names, now), self.list_box)
            row.given.connect(self.ask_then_give)
            row.confirmed.connect(self.give_now)
            row.edit.connect(lambda mid: self.edit_requested.emit(Kind.MEDICINE, mid))
            self.list_layout.addWidget(row)
            self.rows.append(row)
        self._fill_today()

    def _fill_today(self) -> None:
        assert self.child_id is not None
        names = {m.id: m.name for m in self.journal.list_medicines(self.child_id)}
        today: date = QDate.currentDate().toPython()  # type: ignore[assignment]
        doses = self.journal.doses_on(self.child_id, today)
        if not doses:
            item = QListWidgetItem(self.tr("Nothing logged yet today."), self.today)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            return
        givers = {c.id: c.name for c in self.journal.caregivers()}
        for dose in reversed(doses):
            text = self.dose_text(dose, names.get(dose.medicine_id, ""))
            if dose.given_by in givers:
                text += " · " + self.tr("by %1").replace("%1", givers[dose.given_by])
            QListWidgetItem(text, self.today)

    def dose_text(self, dose: DoseGiven, name: str) -> str:
        clock = local_text(dose.given_at, with_date=False)
        return f"{clock}  {name}" + (f" — {dose.amount}" if dose.amount else "")

    def row_for(self, medicine_name: str) -> MedicineRow:
        for row in self.rows:
            if row.medicine.name == medicine_name:
                return row
        raise KeyError(medicine_name)

    def _status(self, medicine: Medicine, names: dict[str, str], now: datetime) -> str:
        """Time since the last dose and who gave it (as-needed medicines), supply left."""
        assert self.child_id is not None
        parts = []
        if medicine.as_needed or medicine.min_interval_hours:
            parts.append(since_text(self.journal.last_dose(self.child_id, medicine.id), names, now))
        parts.append(supply_text(self.journal.supply(medicine)))
        return " · ".join(part for part in parts if part)

    def ask_then_give(self, medicine_id: str) -> None:
        """ "Given now": straight away, unless it comes sooner than the team's interval."""
        assert self.child_id is not None
        medicine = self.journal.get(Medicine, medicine_id)
        last = self.journal.last_dose(self.child_id, medicine_id)
        wait = too_soon(medicine, last, datetime.now(UTC))
        if wait is None or last is None:
            self.give_now(medicine_id)
            return
        names = {c.id: c.name for c in self.journal.caregivers()}
        self.row_for(medicine.name).ask(too_soon_text(medicine, last, names, wait))

    def edit_caregivers(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Caregivers"))
        panel = CaregiversPanel(self.journal, dialog)
        layout = QVBoxLayout(dialog)
        layout.addWidget(panel)
        close = big_button(self.tr("Close"), None, dialog)
        close.clicked.connect(dialog.accept)
        layout.addWidget(close)
        dialog.resize(520, 460)
        dialog.finished.connect(self.refresh)
        dialog.open()

    def give_now(self, medicine_id: str, when: datetime | None = None) -> None:
        assert self.child_id is not None
        child_id = self.child_id
        medicine = self.journal.get(Medicine, medicine_id)
        saved, dose = guarded(
            self,
            Doing.CHANGE,
            lambda: self.journal.add_dose(
                child_id,
                medicine_id,
                given_at=when,
                amount=medicine.dose,
                given_by=self.given_by.currentData(),
            ),
        )
        self.refresh()
        if not saved or dose is None:
            return
        self.dose_logged.emit(dose.id, self.dose_text(dose, medicine.name))
