"""Where the family types in their care team's fever rules (the default shown with its source)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.journal import fever
from companion.journal.fever import sources as fever_sources
from companion.ui.journal.forms.form_fields import ChoiceButtons
from companion.ui.widgets.entry_forms import TARGET_HEIGHT, big_button, heading_font
from companion.ui.widgets.error_sentences import Doing, guarded

if TYPE_CHECKING:
    from companion.journal import Journal


class FeverRulesView(QWidget):
    """Edit and save ``FeverRules`` in the journal's settings; ``saved`` after a save."""

    saved = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        title = QLabel(self.tr("Fever rules"), self)
        title.setFont(heading_font(self, 1.25))
        intro = QLabel(
            self.tr(
                "Your care team tells you when to call them about a temperature. Type their "
                "rules here. After each temperature you save, Companion checks these rules and "
                "shows a “Call your care team now” card when one is met."
            ),
            self,
        )
        intro.setWordWrap(True)
        default = fever.FeverRules.default()
        self.default_label = QLabel(
            self.tr(
                "If you have not entered your team's rules, Companion uses: call for one "
                "reading of %1 °C (%2 °F) or more. Source: %3."
            )
            .replace("%1", f"{default.high:.1f}")
            .replace("%2", f"{fever.convert(default.high, 'C', 'F'):.1f}")
            .replace("%3", fever_sources.DEFAULT_RULES_SOURCE.name),
            self,
        )
        self.default_label.setWordWrap(True)
        self.default_label.setToolTip(fever_sources.DEFAULT_RULES_SOURCE.url)
        self.default_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.unit = ChoiceButtons(self.tr("Unit"), [("C", "°C"), ("F", "°F")], self)
        self.unit.setMaximumWidth(260)
        for button in self.unit.buttons.values():
            button.setMinimumWidth(90)
        self.high = self._spin(self.tr("Call at this temperature or above"))
        self.use_sustained = QCheckBox(self.tr("Also call when it stays at or above"), self)
        self.sustained = self._spin(self.tr("Lower temperature that must not last"))
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, fever.MAX_SUSTAINED_MINUTES)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" minutes"))
        self.minutes.setAccessibleName(self.tr("For this long"))
        self.minutes.setMinimumHeight(TARGET_HEIGHT)
        self.use_low = QCheckBox(self.tr("Also call at this temperature or below"), self)
        self.low = self._spin(self.tr("Low temperature to call about"))
        for box in (self.use_sustained, self.use_low):
            box.setMinimumHeight(TARGET_HEIGHT)
            box.setAccessibleName(box.text())
        self.use_sustained.toggled.connect(self._enable)
        self.use_low.toggled.connect(self._enable)
        for button in self.unit.buttons.values():
            button.toggled.connect(self._unit_changed)

        sustained_row = QHBoxLayout()
        sustained_row.addWidget(self.sustained)
        sustained_row.addWidget(QLabel(self.tr("for"), self))
        sustained_row.addWidget(self.minutes)
        sustained_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Unit:"), self.unit)
        form.addRow(self.tr("Call at or &above:"), self.high)
        form.addRow(self.use_sustained)
        form.addRow("", sustained_row)
        form.addRow(self.use_low)
        form.addRow("", self.low)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Fever rules status"))
        self.save_button = big_button(self.tr("Save fever rules"), None, self)
        self.reset_button = big_button(self.tr("Use the default"), None, self)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.default_label)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._unit_shown = "C"
        self.load()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter saves the rules, as in every journal form."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save()
            event.accept()
            return
        super().keyPressEvent(event)

    def _spin(self, name: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setDecimals(1)
        spin.setSingleStep(0.1)
        spin.setAccessibleName(name)
        spin.setMinimumHeight(TARGET_HEIGHT)
        spin.setMinimumWidth(170)
        spin.setMaximumWidth(220)
        return spin

    def _set_unit_ranges(self, unit: str) -> None:
        low, high = (30.0, 45.0) if unit == "C" else (86.0, 113.0)
        for spin in (self.high, self.sustained, self.low):
            spin.setRange(low, high)
            spin.setSuffix(f" °{unit}")

    def _unit_changed(self, checked: bool) -> None:
        unit = self.unit.value()
        if not checked or unit == self._unit_shown:
            return
        values = [spin.value() for spin in (self.high, self.sustained, self.low)]
        self._set_unit_ranges(unit)
        for spin, value in zip((self.high, self.sustained, self.low), values, strict=True):
            spin.setValue(fever.convert(value, self._unit_shown, unit))
        self._unit_shown = unit

    def _enable(self) -> None:
        self.sustained.setEnabled(self.use_sustained.isChecked())
        self.minutes.setEnabled(self.use_sustained.isChecked())
        self.low.setEnabled(self.use_low.isChecked())

    def current_rules(self) -> fever.FeverRules:
        return fever.load_rules(self.journal.get_setting(fever.SETTINGS_KEY))

    def show_rules(self, rules: fever.FeverRules) -> None:
        self._unit_shown = rules.unit
        self.unit.set_value(rules.unit)
        self._set_unit_ranges(rules.unit)
        self.high.setValue(rules.high)
        c_or_f = rules.unit
        self.sustained.setValue(
            rules.sustained if rules.sustained is not None else rules.high - 0.5
        )
        self.minutes.setValue(rules.sustained_minutes)
        self.low.setValue(rules.low if rules.low is not None else (36.0 if c_or_f == "C" else 96.8))
        self.use_sustained.setChecked(rules.sustained is not None)
        self.use_low.setChecked(rules.low is not None)
        self._enable()

    def load(self) -> None:
        stored = self.journal.get_setting(fever.SETTINGS_KEY)
        self.show_rules(self.current_rules())
        self.message.setText(
            self.tr("These are your team's rules.")
            if stored
            else self.tr("Using the default rule. Enter your team's rules if they differ.")
        )

    def rules_from_fields(self) -> fever.FeverRules:
        return fever.FeverRules(
            unit=self.unit.value(),  # type: ignore[arg-type]
            high=round(self.high.value(), 1),
            sustained=round(self.sustained.value(), 1) if self.use_sustained.isChecked() else None,
            sustained_minutes=self.minutes.value(),
            low=round(self.low.value(), 1) if self.use_low.isChecked() else None,
        )

    def save(self) -> bool:
        try:
            rules = self.rules_from_fields()
        except fever.FeverRulesError as exc:
            self.message.setText(self._problem(exc.problem))
            return False
        saved, _ = guarded(
            self,
            Doing.CHANGE,
            lambda: self.journal.set_setting(fever.SETTINGS_KEY, rules.to_json()),
        )
        if not saved:
            self.message.setText(self.tr("Not saved. The rules you had before still apply."))
            return False
        self.message.setText(self.tr("Saved. New temperatures are checked against these rules."))
        self.saved.emit()
        return True

    def _problem(self, problem: str) -> str:
        if problem == "order":
            return self.tr("The “stays at or above” temperature must be lower than the first one.")
        if problem == "low-order":
            return self.tr("The low temperature must be below the fever temperatures.")
        return self.tr("These numbers do not look like body temperatures. Check them again.")

    def reset(self) -> None:
        saved, _ = guarded(
            self, Doing.CHANGE, lambda: self.journal.set_setting(fever.SETTINGS_KEY, None)
        )
        if not saved:
            return
        self.load()
        self.saved.emit()
