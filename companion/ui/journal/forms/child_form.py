"""A child's profile: a name, and if the family wishes, a birth date and the diagnosis."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLineEdit, QWidget

from companion.journal.records import CHILD, Child
from companion.ui.widgets.entry_forms import TARGET_HEIGHT, EntryForm


class BirthDateField(QWidget):
    """An optional date: a "Known" tick box switches the date on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known = QCheckBox(self.tr("I want to add it"), self)
        self.known.setAccessibleName(self.tr("Add a birth date"))
        self.known.setMinimumHeight(TARGET_HEIGHT)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("d MMM yyyy")
        self.edit.setMaximumDate(QDate.currentDate())
        self.edit.setDate(QDate.currentDate().addYears(-6))
        self.edit.setAccessibleName(self.tr("Birth date"))
        self.edit.setMinimumHeight(TARGET_HEIGHT)
        self.edit.setEnabled(False)
        self.known.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.known)

    def value(self) -> date | None:
        if not self.known.isChecked():
            return None
        chosen: date = self.edit.date().toPython()  # type: ignore[assignment]
        return chosen

    def set_value(self, value: date | None) -> None:
        self.known.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))


class ChildForm(EntryForm):
    kind = CHILD

    def heading_text(self, editing: bool) -> str:
        return self.tr("Edit child") if editing else self.tr("Add a child")

    def build(self) -> None:
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("First name or nickname"))
        self.add_row(self.tr("&Name:"), self.name)
        self.birth = BirthDateField(self)
        self.add_row(self.tr("Birth date (optional):"), self.birth)
        self.diagnosis = QLineEdit(self)
        self.diagnosis.setPlaceholderText(self.tr("For example: relapsed neuroblastoma"))
        self.add_row(self.tr("&Diagnosis (optional):"), self.diagnosis)

    def first_field(self) -> QWidget:
        return self.name

    def load(self, record: Any) -> None:
        assert isinstance(record, Child)
        self.name.setText(record.name)
        self.birth.set_value(record.birth_date)
        self.diagnosis.setText(record.diagnosis)

    def validate(self) -> tuple[str, QWidget] | None:
        if not self.name.text().strip():
            return self.tr("Type your child's name."), self.name
        return None

    def write(self) -> object:
        name = self.name.text().strip()
        birth = self.birth.value()
        diagnosis = self.diagnosis.text().strip()
        if self.existing is None:
            return self.journal.add_child(name, birth, diagnosis).id
        updated = replace(self.existing, name=name, birth_date=birth, diagnosis=diagnosis)
        return self.journal.update(updated).id
