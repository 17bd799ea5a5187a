"""A cycle or phase from the team's roadmap sheet: its name, number, first day, length, and the
day numbers with what the team wrote for each. The app computes no dose: it keeps the words."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from companion.journal.plan.treatment_plan import PlannedDay, local_day
from companion.journal.records import CYCLE, TreatmentCycle
from companion.ui.journal.forms.form_fields import multiline
from companion.ui.journal.forms.zoned_when import system_zone
from companion.ui.widgets.entry_forms import EntryForm, big_button
from companion.ui.widgets.fit.fitting import FittingPlaceholder

DAY, DRUGS, COUNTS = range(3)


class CycleForm(EntryForm):
    kind = CYCLE

    def heading_text(self, editing: bool) -> str:
        return self.tr("Edit a cycle of the plan") if editing else self.tr("Add a cycle or phase")

    def build(self) -> None:
        self.add_child_row()
        self.name = QLineEdit(self)
        # Never narrower than its example: the row puts the box under its words instead.
        FittingPlaceholder(
            self.name, self.tr("As on the roadmap, for example: Cycle 3"), hold_last=True
        )
        self.add_row(self.tr("&Name:"), self.name)
        self.number = QSpinBox(self)
        self.number.setRange(0, 99)
        self.number.setSpecialValueText(self.tr("No number"))
        self.add_row(self.tr("Cycle n&umber:"), self.number)
        self.first_day = QDateEdit(self)
        self.first_day.setCalendarPopup(True)
        self.first_day.setDate(QDate.currentDate())
        self.add_row(self.tr("&Day 1 is:"), self.first_day)
        self.length = QSpinBox(self)
        self.length.setRange(0, 1000)
        self.length.setSpecialValueText(self.tr("Not given"))
        self.length.setSuffix(self.tr(" days"))
        self.add_row(self.tr("&Length:"), self.length)
        self.days = QTableWidget(0, 3, self)
        self.days.setHorizontalHeaderLabels(
            [
                self.tr("Day"),
                self.tr("Treatment (as the team wrote it)"),
                self.tr("If counts allow"),
            ]
        )
        self.days.horizontalHeader().setStretchLastSection(False)
        self.days.horizontalHeader().setSectionResizeMode(
            DRUGS, self.days.horizontalHeader().ResizeMode.Stretch
        )
        self.days.setMinimumHeight(180)
        self.add_row(self.tr("Treatment days:"), self.days)
        self.add_day_button = big_button(self.tr("Add a day"), None, self)
        self.remove_day_button = big_button(self.tr("Remove the chosen day"), None, self)
        self.add_day_button.clicked.connect(lambda: self.add_day())
        self.remove_day_button.clicked.connect(self.remove_day)
        buttons = QWidget(self)
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.add_day_button)
        row.addWidget(self.remove_day_button)
        row.addStretch(1)
        self.add_row("", buttons)
        self.notes = multiline(self.tr("Notes"))
        self.add_row(self.tr("N&otes:"), self.notes)

    def add_day(self, day: int | None = None, drugs: str = "", needs_counts: bool = False) -> None:
        row = self.days.rowCount()
        self.days.insertRow(row)
        number = QSpinBox(self.days)
        number.setRange(1, 1000)
        number.setValue(day if day is not None else self._next_day())
        number.setAccessibleName(self.tr("Day number"))
        self.days.setCellWidget(row, DAY, number)
        self.days.setItem(row, DRUGS, QTableWidgetItem(drugs))
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        check.setCheckState(Qt.CheckState.Checked if needs_counts else Qt.CheckState.Unchecked)
        self.days.setItem(row, COUNTS, check)
        self.days.setCurrentCell(row, DRUGS)

    def _next_day(self) -> int:
        planned = self.planned()
        return max((p.day for p in planned), default=0) + 1

    def remove_day(self) -> None:
        row = self.days.currentRow()
        if row >= 0:
            self.days.removeRow(row)

    def planned(self) -> list[PlannedDay]:
        found = []
        for row in range(self.days.rowCount()):
            number = self.days.cellWidget(row, DAY)
            assert isinstance(number, QSpinBox)
            drugs = self.days.item(row, DRUGS)
            check = self.days.item(row, COUNTS)
            found.append(
                PlannedDay(
                    number.value(),
                    drugs.text().strip() if drugs is not None else "",
                    check is not None and check.checkState() == Qt.CheckState.Checked,
                )
            )
        return sorted(found, key=lambda p: p.day)

    def first_field(self) -> QWidget:
        return self.name

    def load(self, record: Any) -> None:
        assert isinstance(record, TreatmentCycle)
        self.name.setText(record.name)
        self.number.setValue(record.number or 0)
        first = local_day(record.starts_at, record.tz)
        self.first_day.setDate(QDate(first.year, first.month, first.day))
        self.length.setValue(record.length_days or 0)
        self.notes.setPlainText(record.notes)
        for day in self.journal.cycle_days(record.id):
            self.add_day(day.day, day.drugs, day.needs_counts)

    def validate(self) -> tuple[str, QWidget] | None:
        if not self.name.text().strip():
            return self.tr("Type the cycle's name, as on the roadmap."), self.name
        numbers = [p.day for p in self.planned()]
        if len(set(numbers)) != len(numbers):
            return self.tr("Each day number can be listed once."), self.days
        if self.length.value() and any(n > self.length.value() for n in numbers):
            return self.tr("A day number is past the cycle's length."), self.days
        return None

    def write(self) -> object:
        first: date = self.first_day.date().toPython()  # type: ignore[assignment]
        name = self.name.text().strip()
        number = self.number.value() or None
        length = self.length.value() or None
        notes = self.notes.toPlainText().strip()
        if self.existing is None:
            return self.journal.add_cycle(
                self.chosen_child(),
                name,
                first,
                system_zone(),
                number=number,
                length_days=length,
                notes=notes,
                days=self.planned(),
            ).id
        from dataclasses import replace

        from companion.journal.plan.treatment_plan import midnight

        old: TreatmentCycle = self.existing
        edited = replace(
            old,
            child_id=self.chosen_child(),
            name=name,
            number=number,
            length_days=length,
            notes=notes,
            starts_at=midnight(first, old.tz),
        )
        return self.journal.update_cycle(edited, self.planned()).id
