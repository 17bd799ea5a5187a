"""A medicine on the child's list, and one dose given (for fixing a dose logged by mistake)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLineEdit, QWidget

from companion.journal.medicines import too_soon
from companion.journal.records import DOSE, MEDICINE, DoseGiven, Medicine
from companion.ui.journal.doses.caregivers import fill_given_by
from companion.ui.journal.doses.dose_check import too_soon_text
from companion.ui.journal.forms.form_fields import WhenField, multiline
from companion.ui.widgets.entry_forms import EntryForm
from companion.ui.widgets.fit.fitting import FittingPlaceholder


def optional_number(parent: QWidget, suffix: str, top: float, decimals: int = 1) -> QDoubleSpinBox:
    """A number the family may leave empty (shown as "Not given" at zero)."""
    box = QDoubleSpinBox(parent)
    box.setRange(0, top)
    box.setDecimals(decimals)
    box.setSuffix(suffix)
    box.setSpecialValueText(QCoreApplication.translate("MedicineForm", "Not given"))
    return box


def number_or_none(box: QDoubleSpinBox) -> float | None:
    return box.value() or None


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
        FittingPlaceholder(
            self.schedule,
            self.tr("For example: twice a day, with food"),
            self.tr("e.g. twice a day"),
        )
        self.add_row(self.tr("&When to give:"), self.schedule)
        self.as_needed = QCheckBox(self.tr("Only when needed"), self)
        self.add_row(self.tr("As needed:"), self.as_needed)
        self.as_needed.setAccessibleName(self.tr("Only when needed"))
        self.active = QCheckBox(self.tr("Still taking it"), self)
        self.active.setChecked(True)
        self.add_row(self.tr("Current:"), self.active)
        self.active.setAccessibleName(self.tr("Still taking it"))
        self.interval = optional_number(self, self.tr(" hours"), 168)
        self.add_row(
            self.tr("At least this long between doses (from your care team):"), self.interval
        )
        self.dose_amount = optional_number(self, "", 100000, 2)
        self.add_row(self.tr("One dose, as a number (for the supply):"), self.dose_amount)
        self.dose_unit = QLineEdit(self)
        self.dose_unit.setPlaceholderText(self.tr("For example: mL, tablets"))
        self.add_row(self.tr("Unit:"), self.dose_unit)
        self.on_hand = optional_number(self, "", 1000000, 2)
        self.add_row(self.tr("Amount at home:"), self.on_hand)
        self.per_day = optional_number(self, "", 48)
        self.add_row(self.tr("Doses a day:"), self.per_day)

    def first_field(self) -> QWidget:
        return self.name

    def load(self, record: Any) -> None:
        assert isinstance(record, Medicine)
        self.name.setText(record.name)
        self.dose.setText(record.dose)
        self.schedule.setText(record.schedule)
        self.as_needed.setChecked(record.as_needed)
        self.active.setChecked(record.active)
        self.interval.setValue(record.min_interval_hours or 0)
        self.dose_amount.setValue(record.dose_amount or 0)
        self.dose_unit.setText(record.dose_unit)
        self.on_hand.setValue(record.on_hand or 0)
        self.per_day.setValue(record.doses_per_day or 0)

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
            "min_interval_hours": number_or_none(self.interval),
            "dose_amount": number_or_none(self.dose_amount),
            "dose_unit": self.dose_unit.text().strip(),
            "on_hand": number_or_none(self.on_hand),
            "doses_per_day": number_or_none(self.per_day),
        }
        if self.existing is None:
            return self.journal.add_medicine(self.chosen_child(), **values).id
        values["child_id"] = self.chosen_child()
        if values["on_hand"] != self.existing.on_hand:  # counted again: doses count from now
            values["on_hand_at"] = None if values["on_hand"] is None else datetime.now(UTC)
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
        self.given_by = QComboBox(self)
        self.add_row(self.tr("&Given by:"), self.given_by)
        fill_given_by(self.given_by, self.journal)
        self._confirmed: tuple[str, str] | None = None
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
        fill_given_by(self.given_by, self.journal, record.given_by or "")
        self.notes.setPlainText(record.notes)

    def validate(self) -> tuple[str, QWidget] | None:
        if self.medicine.currentData() is None:
            return self.tr("Add the medicine to the list first."), self.medicine
        if self.existing is None:
            return self._too_soon()
        return None

    def _too_soon(self) -> tuple[str, QWidget] | None:
        """The first Save of a dose inside the team's interval asks; the second records it."""
        medicine = self.journal.get(Medicine, str(self.medicine.currentData()))
        last = self.journal.last_dose(self.chosen_child(), medicine.id)
        wait = too_soon(medicine, last, self.when.value())
        if wait is None or last is None or self._confirmed == (medicine.id, last.id):
            return None
        self._confirmed = (medicine.id, last.id)
        names = {c.id: c.name for c in self.journal.caregivers()}
        question = too_soon_text(medicine, last, names, wait)
        return question + " " + self.tr("Press Save again to record it."), self.save_button

    def write(self) -> object:
        values: dict[str, Any] = {
            "medicine_id": str(self.medicine.currentData()),
            "amount": self.amount.text().strip(),
            "given_at": self.when.value(),
            "notes": self.notes.toPlainText().strip(),
            "given_by": self.given_by.currentData(),
        }
        if self.existing is None:
            return self.journal.add_dose(self.chosen_child(), **values).id
        values["child_id"] = self.chosen_child()
        return self.journal.update(replace(self.existing, **values)).id
