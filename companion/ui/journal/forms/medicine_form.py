"""A medicine on the child's list, and one dose given (for fixing a dose logged by mistake)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from companion.journal.records import DOSE, MEDICINE, DoseGiven, Medicine
from companion.ui.journal.forms.form_fields import WhenField, multiline
from companion.ui.widgets.entry_forms import EntryForm

DOSE_ROLE = Qt.ItemDataRole.UserRole + 3


class MedicineForm(EntryForm):
    kind = MEDICINE

    def heading_text(self, editing: bool) -> str:
        return self.tr("Edit medicine") if editing else self.tr("Add a medicine to the list")

    def build(self) -> None:
        self.add_child_row()
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("As written on the label"))
        self.add_row(self.tr("&Name:"), self.name)
        self.dose = QLineEdit(self)
        self.dose.setPlaceholderText(self.tr("For example: 1 tablet, 5 ml"))
        self.add_row(self.tr("&Dose:"), self.dose)
        self.schedule = QLineEdit(self)
        self.schedule.setPlaceholderText(self.tr("For example: twice a day, with food"))
        self.add_row(self.tr("&When to give:"), self.schedule)
        self.as_needed = QCheckBox(self.tr("Only when needed"), self)
        self.add_row(self.tr("As needed:"), self.as_needed)
        self.as_needed.setAccessibleName(self.tr("Only when needed"))
        self.active = QCheckBox(self.tr("Still taking it"), self)
        self.active.setChecked(True)
        self.add_row(self.tr("Current:"), self.active)
        self.active.setAccessibleName(self.tr("Still taking it"))

    def first_field(self) -> QWidget:
        return self.name

    def load(self, record: Any) -> None:
        assert isinstance(record, Medicine)
        self.name.setText(record.name)
        self.dose.setText(record.dose)
        self.schedule.setText(record.schedule)
        self.as_needed.setChecked(record.as_needed)
        self.active.setChecked(record.active)

    def validate(self) -> tuple[str, QWidget] | None:
        if not self.name.text().strip():
            return self.tr("Type the medicine's name."), self.name
        return None

    def write(self) -> object:
        values: dict[str, Any] = {
            "name": self.name.text().strip(),
            "dose": self.dose.text().strip(),
            "schedule": self.schedule.text().strip(),
            "as_needed": self.as_needed.isChecked(),
            "active": self.active.isChecked(),
        }
        if self.existing is None:
            return self.journal.add_medicine(self.chosen_child(), **values).id
        values["child_id"] = self.chosen_child()
        return self.journal.update(replace(self.existing, **values)).id


class DoseForm(EntryForm):
    """One dose given: which medicine, how much, when."""

    kind = DOSE

    def heading_text(self, editing: bool) -> str:
        return self.tr("Edit dose given") if editing else self.tr("Log a dose given")

    def build(self) -> None:
        self._auto_amount = ""
        child = self.add_child_row()
        self.medicine = QComboBox(self)
        self.add_row(self.tr("&Medicine:"), self.medicine)
        self.amount = QLineEdit(self)
        self.add_row(self.tr("&Amount:"), self.amount)
        self.when = WhenField(self.tr("When given"), self)
        self.add_row(self.tr("&When:"), self.when)
        self.notes = multiline(self.tr("Notes"))
        self.add_row(self.tr("&Notes:"), self.notes)
        child.currentIndexChanged.connect(self._fill_medicines)
        self.medicine.currentIndexChanged.connect(self._default_amount)
        self._fill_medicines()

    def _fill_medicines(self) -> None:
        self.medicine.blockSignals(True)
        self.medicine.clear()
        try:
            child_id = self.chosen_child()
        except LookupError:
            child_id = None
        for medicine in self.journal.list_medicines(child_id) if child_id else []:
            self.medicine.addItem(medicine.name, medicine.id)
            self.medicine.setItemData(self.medicine.count() - 1, medicine.dose, DOSE_ROLE)
        self.medicine.blockSignals(False)
        self._default_amount()

    def _default_amount(self) -> None:
        """The medicine's usual dose, unless the family typed an amount of their own."""
        if self.amount.text() in ("", self._auto_amount):
            self._auto_amount = str(self.medicine.currentData(DOSE_ROLE) or "")
            self.amount.setText(self._auto_amount)

    def first_field(self) -> QWidget:
        return self.medicine

    def load(self, record: Any) -> None:
        assert isinstance(record, DoseGiven)
        index = self.medicine.findData(record.medicine_id)
        if index >= 0:
            self.medicine.setCurrentIndex(index)
        self.amount.setText(record.amount)
        self.when.set_value(record.given_at)
        self.notes.setPlainText(record.notes)

    def validate(self) -> tuple[str, QWidget] | None:
        if self.medicine.currentData() is None:
            return self.tr("Add the medicine to the list first."), self.medicine
        return None

    def write(self) -> object:
        values: dict[str, Any] = {
            "medicine_id": str(self.medicine.currentData()),
            "amount": self.amount.text().strip(),
            "given_at": self.when.value(),
            "notes": self.notes.toPlainText().strip(),
        }
        if self.existing is None:
            return self.journal.add_dose(self.chosen_child(), **values).id
        values["child_id"] = self.chosen_child()
        return self.journal.update(replace(self.existing, **values)).id
