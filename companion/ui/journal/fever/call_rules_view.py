"""The care team's other "call us if" rules, entered by the family from what the team gave them.

Nothing is filled in for them: the list starts empty. Examples other teams give are shown
below, labelled as examples, each with its publisher and page title.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.journal import symptoms
from companion.journal.callrules import COUNT_WORDS, CallRule, rule_text
from companion.journal.counts.examples import CALL_EXAMPLES
from companion.ui.widgets.accessible import name_combo_editor
from companion.ui.widgets.entry_forms import TARGET_HEIGHT, big_button, heading_font
from companion.ui.widgets.error_sentences import Doing, guarded

if TYPE_CHECKING:
    from companion.journal import Journal

#: Qt's translation function; pyside6-lupdate reads its calls (context first).
translate = QCoreApplication.translate


class CallRulesView(QWidget):
    """``saved`` after the list changed."""

    saved = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        title = QLabel(self.tr("“Call us if”: your care team's other rules"), self)
        title.setFont(heading_font(self, 1.25))
        title.setWordWrap(True)
        intro = QLabel(
            self.tr(
                "Besides fever, care teams tell families when to call: for example after "
                "vomiting many times, or when a count is very low. Copy your team's rules "
                "here. When an entry matches one, Companion shows the same card as for a "
                "fever, with the number to call. Companion adds no rules of its own."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Your care team's rules"))
        self.list.setMinimumHeight(90)
        self.list.setMaximumHeight(160)
        self.empty = QLabel(self.tr("No rules yet."), self)

        self.type = QComboBox(self)
        self.type.addItem(self.tr("A symptom at a severity or worse"), "severity")
        self.type.addItem(self.tr("A symptom a number of times within some hours"), "times")
        self.type.addItem(self.tr("A blood count below a number"), "count")
        self.symptom = QComboBox(self)
        self.symptom.setEditable(True)
        for kind in symptoms.SYMPTOMS:
            if kind.key != "other":
                self.symptom.addItem(symptoms.symptom_label(kind.key, translate), kind.key)
        self.symptom.setCurrentIndex(-1)
        self.symptom.setPlaceholderText(self.tr("Choose, or type the team's words"))
        self.severity = QSpinBox(self)
        self.severity.setRange(0, symptoms.SCALE_MAX)
        self.times = QSpinBox(self)
        self.times.setRange(1, 100)
        self.times.setValue(3)
        self.hours = QDoubleSpinBox(self)
        self.hours.setRange(1, 168)
        self.hours.setValue(24)
        self.hours.setDecimals(0)
        self.hours.setSuffix(self.tr(" hours"))
        self.count = QComboBox(self)
        for key, word in COUNT_WORDS.items():
            self.count.addItem(translate("CallRules", word), key)
        self.below = QDoubleSpinBox(self)
        self.below.setRange(0, 1000000)
        self.below.setDecimals(2)
        self.unit = QComboBox(self)
        self.words = QLineEdit(self)
        self.words.setPlaceholderText(self.tr("The rule as your team said it (optional)"))
        self.form = QFormLayout()
        # A long choice goes under its words rather than push the page wider than the window.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for label, field in (
            (self.tr("&Kind of rule:"), self.type),
            (self.tr("&Symptom:"), self.symptom),
            (self.tr("Se&verity (0-4) or more:"), self.severity),
            (self.tr("&Times or more:"), self.times),
            (self.tr("&Within:"), self.hours),
            (self.tr("C&ount:"), self.count),
            (self.tr("&Below:"), self.below),
            (self.tr("&Unit, as on the sheet:"), self.unit),
            (self.tr("In the team's wo&rds:"), self.words),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(field)
            field.setAccessibleName(label.replace("&", "").rstrip(":"))
            if isinstance(field, QComboBox):
                name_combo_editor(field)
            self.form.addRow(caption, field)
        for field in (self.type, self.symptom, self.count, self.unit, self.words):
            field.setMinimumHeight(TARGET_HEIGHT)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.hide()
        self.add_button = big_button(self.tr("Add this rule"), None, self)
        self.remove_button = big_button(self.tr("Remove the chosen rule"), None, self)
        self.add_button.clicked.connect(self.add_rule)
        self.remove_button.clicked.connect(self.remove_rule)
        self.type.currentIndexChanged.connect(self._show_fields)
        self.count.currentIndexChanged.connect(self._fill_units)
        examples = QLabel(self._examples_text(), self)
        examples.setWordWrap(True)
        examples.setAccessibleName(self.tr("Examples from other care teams"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.list)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addWidget(examples)
        layout.addStretch(1)
        self._fill_units()
        self._show_fields()
        self.refresh()

    def _examples_text(self) -> str:
        lines = [self.tr("Examples other care teams give (not your team's rules):")]
        for example in CALL_EXAMPLES:
            text = translate("Examples", example.text)
            source = self.tr("example from %1").replace("%1", example.source.label)
            lines.append("• " + text + " (" + source + ")")
        return "\n".join(lines)

    def _fill_units(self) -> None:
        self.unit.clear()
        hemoglobin = self.count.currentData() == "hemoglobin"
        for unit in ("g/dL", "g/L") if hemoglobin else ("10^9/L", "/uL"):
            self.unit.addItem(unit, unit)

    def _show_fields(self) -> None:
        kind = self.type.currentData()
        shown = {
            self.symptom: kind in ("severity", "times"),
            self.severity: kind == "severity",
            self.times: kind == "times",
            self.hours: kind == "times",
            self.count: kind == "count",
            self.below: kind == "count",
            self.unit: kind == "count",
        }
        for field, visible in shown.items():
            self.form.setRowVisible(field, visible)

    def refresh(self) -> None:
        self.list.clear()
        for rule in self.journal.call_rules():
            item = QListWidgetItem(rule_text(rule, translate), self.list)
            item.setData(256, rule.id)
        self.empty.setVisible(self.list.count() == 0)

    def _symptom_value(self) -> str:
        text = self.symptom.currentText().strip()
        index = self.symptom.findText(text)
        return str(self.symptom.itemData(index)) if index >= 0 else text

    def rule_from_fields(self) -> CallRule:
        return CallRule(
            self.type.currentData(),
            symptom=self._symptom_value(),
            severity=self.severity.value(),
            times=self.times.value(),
            hours=self.hours.value(),
            count=self.count.currentData() if self.type.currentData() == "count" else "",
            below=self.below.value(),
            unit=self.unit.currentData() if self.type.currentData() == "count" else "",
            words=self.words.text().strip(),
        )

    def add_rule(self) -> bool:
        try:
            rule = self.rule_from_fields()
        except ValueError:
            kind = self.type.currentData()
            self.error.setText(
                self.tr("Choose or type the symptom.")
                if kind != "count"
                else self.tr("Type the number the team gave, above zero.")
            )
            self.error.show()
            return False
        rules = [*self.journal.call_rules(), rule]
        done, _ = guarded(self, Doing.SAVE, lambda: self.journal.set_call_rules(rules))
        if done:
            self.error.hide()
            self.words.clear()
            self.refresh()
            self.saved.emit()
        return done

    def remove_rule(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        gone = str(item.data(256))
        rules = [r for r in self.journal.call_rules() if r.id != gone]
        guarded(self, Doing.CHANGE, lambda: self.journal.set_call_rules(rules))
        self.refresh()
        self.saved.emit()
