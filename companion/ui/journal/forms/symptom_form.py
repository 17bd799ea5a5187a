"""Record a symptom or side effect: pick it from the plain-language list, rate it, save."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from companion.journal import symptoms
from companion.journal.records import SYMPTOM, SymptomEntry
from companion.ui.journal.forms.form_fields import (
    ChoiceButtons,
    ScaleField,
    WhenField,
    choice_button,
    multiline,
)
from companion.ui.widgets.entry_forms import TARGET_HEIGHT, EntryForm
from companion.ui.widgets.fit.flow_layout import FlowLayout

#: Qt's translation function; pyside6-lupdate reads its calls (context first). The symptom
#: list's words are marked in :mod:`companion.journal.symptoms` under "Symptoms".
translate = QCoreApplication.translate


def symptom_text(key: str, detail: str = "") -> str:
    """The entry's name as shown: "Pain (tummy)", or what was typed for "Other"."""
    return symptoms.describe(key, detail, QCoreApplication.translate)


def scale_words(words: tuple[str, ...]) -> list[str]:
    return [translate("Symptoms", word) for word in words]


class SymptomPicker(QWidget):
    """Every symptom as a big two-line button (name, then a plain hint); one is chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[str, QPushButton] = {}
        grid = FlowLayout(self, spacing=4, grid=True)  # fewer columns when narrow
        for kind in symptoms.SYMPTOMS:
            text = translate("Symptoms", kind.label)
            if kind.hint:
                text = text + "\n" + translate("Symptoms", kind.hint)
            accessible = self.tr("Symptom: %1").replace("%1", translate("Symptoms", kind.label))
            button = choice_button(text, accessible, self)
            grid.addWidget(button)
            self.buttons[kind.key] = button
        self._fit_heights()
        self.setFocusProxy(self.buttons[symptoms.SYMPTOMS[0].key])

    def _fit_heights(self) -> None:
        """Two lines of words and a margin, at whatever the text size is."""
        for button in self.buttons.values():
            lines = button.fontMetrics().lineSpacing() * 2 + 24
            button.setMinimumHeight(max(TARGET_HEIGHT + 12, lines))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_heights()

    def value(self) -> str | None:
        for key, button in self.buttons.items():
            if button.isChecked():
                return key
        return None

    def set_value(self, key: str) -> None:
        self.buttons.get(key, self.buttons["other"]).setChecked(True)


class SymptomForm(EntryForm):
    kind = SYMPTOM

    def heading_text(self, editing: bool) -> str:
        return self.tr("Edit symptom") if editing else self.tr("New symptom or side effect")

    def build(self) -> None:
        self.add_child_row()
        self.picker = SymptomPicker(self)
        self.add_row(self.tr("What is it?"), self.picker)
        self.picker.setAccessibleName(self.tr("What is it?"))
        self.where = QLineEdit(self)
        self.where_label = self.add_row(self.tr("&Where?"), self.where)
        self.severity = ScaleField(
            self.tr("How bad"),
            scale_words(symptoms.SEVERITY_WORDS),
            optional=False,
            parent=self,
        )
        self.add_row(translate("Symptoms", symptoms.SEVERITY_QUESTION), self.severity)
        self.frequency = ScaleField(
            self.tr("How often"),
            scale_words(symptoms.FREQUENCY_WORDS),
            optional=True,
            parent=self,
        )
        self.add_row(translate("Symptoms", symptoms.FREQUENCY_QUESTION), self.frequency)
        self.interference = ScaleField(
            self.tr("Got in the way"),
            scale_words(symptoms.INTERFERENCE_WORDS),
            optional=True,
            parent=self,
        )
        self.add_row(translate("Symptoms", symptoms.INTERFERENCE_QUESTION), self.interference)
        self.reporter = ChoiceButtons(
            self.tr("Who noticed it"),
            [(key, translate("Symptoms", text)) for key, text in symptoms.REPORTERS],
            self,
        )
        self.reporter.set_value("caregiver")
        self.add_row(self.tr("Who noticed it?"), self.reporter)
        self.when = WhenField(self.tr("When"), self)
        self.add_row(self.tr("&When:"), self.when)
        self.notes = multiline(self.tr("Notes"), self.tr("Anything else the team should know"))
        self.add_row(self.tr("&Notes:"), self.notes)
        for button in self.picker.buttons.values():
            button.toggled.connect(self._update_where)
        self._update_where()

    def _update_where(self) -> None:
        kind = symptoms.symptom_kind(self.picker.value() or "")
        asks = kind is not None and kind.asks_where
        self.set_row_visible(self.where, asks)
        if kind is not None and asks:
            prompt = translate("Symptoms", kind.detail_prompt)
            self.where_label.setText(prompt)
            self.where.setAccessibleName(prompt)

    def first_field(self) -> QWidget:
        return self.picker

    def load(self, record: Any) -> None:
        assert isinstance(record, SymptomEntry)
        self.picker.set_value(record.symptom)
        if symptoms.symptom_kind(record.symptom) is None:
            self.where.setText(record.symptom)  # a symptom this version does not list
        else:
            self.where.setText(record.detail)
        self.severity.set_value(record.severity)
        self.frequency.set_value(record.frequency)
        self.interference.set_value(record.interference)
        self.reporter.set_value(record.reporter)
        self.when.set_value(record.recorded_at)
        self.notes.setPlainText(record.notes)
        self._update_where()

    def validate(self) -> tuple[str, QWidget] | None:
        key = self.picker.value()
        if key is None:
            return self.tr("Choose what it is from the list."), self.picker
        if key == "other" and not self.where.text().strip():
            return self.tr("Say in a few words what it is."), self.where
        if self.severity.value() is None:
            return self.tr("Choose how bad it was, from None to Very severe."), self.severity
        return None

    def write(self) -> object:
        key = self.picker.value()
        severity = self.severity.value()
        assert key is not None and severity is not None
        kind = symptoms.symptom_kind(key)
        asks_where = kind is not None and kind.asks_where
        values: dict[str, Any] = {
            "child_id": self.chosen_child(),
            "symptom": key,
            "severity": severity,
            "detail": self.where.text().strip() if asks_where else "",
            "frequency": self.frequency.value(),
            "interference": self.interference.value(),
            "reporter": self.reporter.value(),
            "recorded_at": self.when.value(),
            "notes": self.notes.toPlainText().strip(),
        }
        if self.existing is None:
            return self.journal.add_symptom(**values).id
        return self.journal.update(replace(self.existing, **values)).id
