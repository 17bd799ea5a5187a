"""Record a temperature: the number, the unit, how it was taken, when, any fever medicine.

The journal view checks the family's fever rules after every save; this form only stores.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QWidget

from companion.journal import fever
from companion.journal.fever import sources as fever_sources
from companion.journal.records import PLAUSIBLE, TEMPERATURE, TemperatureReading
from companion.ui.journal.forms.form_fields import ChoiceButtons, WhenField, multiline
from companion.ui.widgets.entry_forms import TARGET_HEIGHT, EntryForm, heading_font

#: Qt's translation function; pyside6-lupdate reads its calls (context first).
translate = QCoreApplication.translate

UNIT_SETTING = "temperature_unit"
METHOD_SETTING = "temperature_method"
NORMAL = {"C": 37.0, "F": 98.6}


def method_labels() -> list[tuple[str, str]]:
    """How a temperature was taken, as the family says it (never rectal)."""
    return [
        ("mouth", translate("TemperatureForm", "Mouth")),
        ("armpit", translate("TemperatureForm", "Under the arm")),
        ("ear", translate("TemperatureForm", "Ear")),
        ("forehead", translate("TemperatureForm", "Forehead")),
    ]


class TemperatureForm(EntryForm):
    kind = TEMPERATURE

    def heading_text(self, editing: bool) -> str:
        return self.tr("Edit temperature") if editing else self.tr("New temperature")

    def build(self) -> None:
        self.add_child_row()
        unit = self._setting(UNIT_SETTING, ("C", "F")) or self._rules_unit()
        self.value = QDoubleSpinBox(self)
        self.value.setDecimals(1)
        self.value.setSingleStep(0.1)
        self.value.setFont(heading_font(self, 1.3))
        self.value.setMinimumWidth(170)
        self.value.setMinimumHeight(TARGET_HEIGHT)
        self.unit = ChoiceButtons(self.tr("Unit"), [("C", "°C"), ("F", "°F")], self)
        for button in self.unit.buttons.values():
            button.setMinimumWidth(90)
        self.unit.set_value(unit)
        self._set_range(unit)
        self.value.setValue(NORMAL[unit])
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.value)
        layout.addWidget(self.unit)
        layout.addStretch(1)
        caption = self.add_row(self.tr("&Temperature:"), row)
        caption.setBuddy(self.value)
        row.setFocusProxy(self.value)
        self._unit_shown = unit
        for button in self.unit.buttons.values():
            button.toggled.connect(self._convert)

        self.method = ChoiceButtons(self.tr("How it was taken"), method_labels(), self)
        self.method.set_value(self._setting(METHOD_SETTING, fever.METHODS) or "armpit")
        self.add_row(self.tr("How was it taken?"), self.method)
        rectal = translate("Fever", fever_sources.NO_RECTAL_TEXT)
        source = self.tr("(Source: %1)").replace("%1", fever_sources.NO_RECTAL_SOURCE.name)
        self.never_rectal = QLabel(f"{rectal} {source}", self)
        self.never_rectal.setWordWrap(True)
        self.never_rectal.setFont(heading_font(self, 1.0))
        self.never_rectal.setToolTip(fever_sources.NO_RECTAL_SOURCE.url)
        self.never_rectal.setAccessibleName(self.tr("Never take the temperature in the bottom"))
        self.form.addRow("", self.never_rectal)

        self.when = WhenField(self.tr("When"), self)
        self.add_row(self.tr("&When:"), self.when)
        self.medicine = QComboBox(self)
        self.medicine.setEditable(True)
        medicine_line = self.medicine.lineEdit()
        if medicine_line is not None:
            medicine_line.setPlaceholderText(self.tr("None (or type what was given)"))
        self._fill_medicines()
        self.medicine.setCurrentIndex(-1)
        self.add_row(self.tr("Fever &medicine given:"), self.medicine)
        self.notes = multiline(self.tr("Notes"), self.tr("How does your child seem?"))
        self.add_row(self.tr("&Notes:"), self.notes)

    def _setting(self, key: str, allowed: tuple[str, ...]) -> str | None:
        value = self.journal.get_setting(key)
        return value if value in allowed else None

    def _rules_unit(self) -> str:
        return fever.load_rules(self.journal.get_setting(fever.SETTINGS_KEY)).unit

    def _fill_medicines(self) -> None:
        try:
            child_id = self.chosen_child()
        except LookupError:
            return
        for medicine in self.journal.list_medicines(child_id, active_only=True):
            if medicine.as_needed:
                text = f"{medicine.name} {medicine.dose}".strip()
                self.medicine.addItem(text)

    def _set_range(self, unit: str) -> None:
        # One range covering both units, so a number typed in the wrong unit is never
        # silently replaced by the spin box; ``validate`` sorts out which unit it was.
        self.value.setRange(PLAUSIBLE["C"][0], PLAUSIBLE["F"][1])
        self.value.setSuffix(f" °{unit}")
        self.value.setAccessibleName(self.tr("Temperature in degrees %1").replace("%1", unit))

    def _convert(self, checked: bool) -> None:
        unit = self.unit.value()
        if not checked or unit == self._unit_shown:
            return
        shown = self.value.value()
        if not self._fits(shown, unit):
            shown = fever.convert(shown, self._unit_shown, unit)
        self._set_range(unit)
        self.value.setValue(shown)
        self._unit_shown = unit

    @staticmethod
    def _fits(value: float, unit: str) -> bool:
        low, high = PLAUSIBLE[unit]
        return low <= value <= high

    def first_field(self) -> QWidget:
        return self.value

    def validate(self) -> tuple[str, QWidget] | None:
        """The °C and °F ranges do not overlap, so 38.4 typed with °F chosen means °C."""
        value = round(self.value.value(), 1)
        unit = self.unit.value()
        if self._fits(value, unit):
            return None
        other = fever.other_unit(unit)
        if self._fits(value, other):
            self._unit_shown = other
            self.unit.set_value(other)
            self._set_range(other)
            self.value.setValue(value)
            return None
        return (
            self.tr("Type the temperature as the thermometer shows it, like 37.5 °C or 99.5 °F."),
            self.value,
        )

    def load(self, record: Any) -> None:
        assert isinstance(record, TemperatureReading)
        self.unit.set_value(record.unit)
        self._set_range(record.unit)
        self._unit_shown = record.unit
        self.value.setValue(record.value)
        self.method.set_value(record.method)
        self.when.set_value(record.taken_at)
        self.medicine.setCurrentText(record.fever_medicine)
        self.notes.setPlainText(record.notes)

    def write(self) -> object:
        unit = self.unit.value()
        values: dict[str, Any] = {
            "child_id": self.chosen_child(),
            "value": round(self.value.value(), 1),
            "unit": unit,
            "method": self.method.value(),
            "taken_at": self.when.value(),
            "fever_medicine": self.medicine.currentText().strip(),
            "notes": self.notes.toPlainText().strip(),
        }
        self.journal.set_setting(UNIT_SETTING, unit)
        self.journal.set_setting(METHOD_SETTING, values["method"])
        if self.existing is None:
            return self.journal.add_temperature(**values).id
        return self.journal.update(replace(self.existing, **values)).id
