"""A temperature typed without the password: one line in front of the journal.

On the locked screen (the reading is then sealed for the next unlock) and on a first start,
before the journal exists (the reading waits in memory and is saved when setup finishes).
What the reading means is shown by the journal's own card (``ui/journal/reading_result.py``).
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout, QWidget

from companion.journal import fever
from companion.journal.records import PLAUSIBLE, TemperatureReading
from companion.ui.gate.gate_widgets import BODY_SCALE, body_label, gate_button
from companion.ui.widgets.entry_forms import TARGET_HEIGHT
from companion.ui.widgets.fit.fitting import FittingPlaceholder
from companion.ui.widgets.fit.flow_layout import FlowLayout
from companion.ui.widgets.typography import scaled_font


def unit_for(region: str) -> fever.Unit:
    """The unit thermometers show where the family lives: °F in the United States."""
    return "F" if region in ("US", "PR", "GU", "VI", "AS", "MP", "LR", "BS", "KY", "PW") else "C"


def _plausible(value: float, unit: str) -> bool:
    low, high = PLAUSIBLE[unit]
    return low <= value <= high


class QuickReading(QWidget):
    """One line: the number, the unit, how it was taken, Check. Emits ``checked(reading)``.

    ``children`` are the (id, first name) pairs the family chose to show; with two or more a
    choice of child comes first.
    """

    checked = Signal(object, object)  # TemperatureReading, child id or None

    def __init__(
        self,
        unit: str,
        parent: QWidget | None = None,
        *,
        children: tuple[tuple[str, str], ...] = (),
        intro: str = "",
    ) -> None:
        super().__init__(parent)
        self.intro = body_label(
            intro or self.tr("Is your child hot? Check a temperature here. No password needed."),
            self,
        )
        self.intro.setFont(scaled_font(self, BODY_SCALE, bold=True))
        self.child = QComboBox(self)
        self.child.setAccessibleName(self.tr("Which child"))
        self.child.setMinimumHeight(TARGET_HEIGHT)
        for child_id, name in children:
            self.child.addItem(name, child_id)
        self.value = QLineEdit(self)
        self.value.setAccessibleName(self.tr("Temperature"))
        example = self._example(unit)
        self.hint = FittingPlaceholder(
            self.value, self.tr("e.g. %1").replace("%1", example), example
        )
        self.value.setMinimumHeight(TARGET_HEIGHT)
        self.value.setMinimumWidth(110)
        self.value.setMaximumWidth(150)
        self.value.setFont(scaled_font(self, 1.3, bold=True))
        self.value.returnPressed.connect(self.submit)
        self.unit = QComboBox(self)
        self.unit.setAccessibleName(self.tr("Unit"))
        self.unit.addItem("°C", "C")
        self.unit.addItem("°F", "F")
        self.unit.setCurrentIndex(0 if unit == "C" else 1)
        self.unit.setMinimumHeight(TARGET_HEIGHT)
        self.method = QComboBox(self)
        self.method.setAccessibleName(self.tr("How it was taken"))
        for key, label in (
            ("armpit", self.tr("Under the arm")),
            ("mouth", self.tr("Mouth")),
            ("ear", self.tr("Ear")),
            ("forehead", self.tr("Forehead")),
        ):
            self.method.addItem(label, key)
        self.method.setMinimumHeight(TARGET_HEIGHT)
        self.check_button = gate_button(
            self.tr("Check"), self.tr("Check this temperature"), parent=self
        )
        self.check_button.clicked.connect(self.submit)
        self.message = body_label("", self)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()
        self.intro.setBuddy(self.value)
        fields = QWidget(self)  # one line when there is room, folded onto two if not
        row = FlowLayout(fields, spacing=8)
        for widget in (self.child, self.value, self.unit, self.method, self.check_button):
            widget.setParent(fields)
            row.addWidget(widget)
        self.child.setVisible(len(children) > 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.intro)
        layout.addWidget(fields)
        layout.addWidget(self.message)
        self.setFocusProxy(self.value)

    @staticmethod
    def _example(unit: str) -> str:
        return QLocale().toString(38.5 if unit == "C" else 101.3, "f", 1)

    def reading(self) -> TemperatureReading | None:
        """The reading typed, or None (with a sentence saying what to fix)."""
        unit = str(self.unit.currentData())
        text = self.value.text().strip().replace(",", ".")
        try:
            value = round(float(text), 1)
        except ValueError:
            value = float("nan")
        other = fever.other_unit(unit)
        if not _plausible(value, unit) and _plausible(value, other):
            # 38.6 can only be °C, 101.3 only °F: take the unit the number says.
            unit = other
            self.unit.setCurrentIndex(self.unit.findData(unit))
        low, high = PLAUSIBLE[unit]
        if not low <= value <= high:
            self._say(
                self.tr("Type the number the thermometer shows, between %1 and %2 °%3.")
                .replace("%1", f"{low:g}")
                .replace("%2", f"{high:g}")
                .replace("%3", unit)
            )
            return None
        self.message.hide()
        return TemperatureReading(
            child_id=str(self.child.currentData() or ""),
            value=value,
            unit=unit,
            method=str(self.method.currentData()),
            taken_at=datetime.now(UTC),
        )

    def submit(self) -> None:
        reading = self.reading()
        if reading is not None:
            self.checked.emit(reading, self.child.currentData())

    def clear(self) -> None:
        self.value.clear()
        self.message.hide()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.value.setFocus()
        self.value.selectAll()
