"""The medicines tab: the child's list with a one-click "Given now", and what was given today."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from companion.journal.records import DoseGiven, Kind, Medicine
from companion.ui.widgets.entry_forms import TARGET_HEIGHT, big_button, heading_font, local_text
from companion.ui.widgets.error_sentences import Doing, guarded

if TYPE_CHECKING:
    from companion.journal import Journal


class MedicineRow(QFrame):
    """One medicine: name, dose and schedule, and the buttons a parent needs at the cupboard."""

    given = Signal(str)
    edit = Signal(str)

    def __init__(self, medicine: Medicine, parent: QWidget | None = None) -> None:
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
        layout = QHBoxLayout(self)
        layout.addLayout(text, 1)
        layout.addWidget(self.edit_button)
        layout.addWidget(self.given_button)


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
        self.list_box = QWidget(self)
        self.list_layout = QVBoxLayout(self.list_box)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(self.tr("No medicines on the list yet."), self)
        scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget(scroll)
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.empty)
        holder_layout.addWidget(self.list_box)
        holder_layout.addStretch(1)
        scroll.setWidget(holder)

        today_title = QLabel(self.tr("Given today"), self)
        today_title.setFont(heading_font(self, 1.25))
        self.today = QListWidget(self)
        self.today.setSpacing(4)
        self.today.setAccessibleName(self.tr("Medicines given today"))
        self.today.setMinimumWidth(320)

        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.show_stopped)
        top.addWidget(self.other_dose_button)
        top.addWidget(self.add_button)
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(scroll, 1)
        right = QVBoxLayout()
        right.addWidget(today_title)
        right.addWidget(self.today, 1)
        layout = QHBoxLayout(self)
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
        if self.child_id is None:
            self.empty.show()
            return
        medicines = self.journal.list_medicines(
            self.child_id, active_only=not self.show_stopped.isChecked()
        )
        self.empty.setVisible(not medicines)
        for medicine in medicines:
            row = MedicineRow(medicine, self.list_box)
            row.given.connect(self.give_now)
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
        for dose in reversed(doses):
            QListWidgetItem(self.dose_text(dose, names.get(dose.medicine_id, "")), self.today)

    def dose_text(self, dose: DoseGiven, name: str) -> str:
        clock = local_text(dose.given_at, with_date=False)
        return f"{clock}  {name}" + (f" — {dose.amount}" if dose.amount else "")

    def row_for(self, medicine_name: str) -> MedicineRow:
        for row in self.rows:
            if row.medicine.name == medicine_name:
                return row
        raise KeyError(medicine_name)

    def give_now(self, medicine_id: str, when: datetime | None = None) -> None:
        assert self.child_id is not None
        child_id = self.child_id
        medicine = self.journal.get(Medicine, medicine_id)
        saved, dose = guarded(
            self,
            Doing.CHANGE,
            lambda: self.journal.add_dose(
                child_id, medicine_id, given_at=when, amount=medicine.dose
            ),
        )
        self.refresh()
        if not saved or dose is None:
            return
        self.dose_logged.emit(dose.id, self.dose_text(dose, medicine.name))
