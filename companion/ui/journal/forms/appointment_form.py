"""An appointment: when (in a named time zone), where, with whom, why, the questions to take
along as a checklist, notes afterwards, and an optional reminder."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.journal.records import APPOINTMENT, Appointment, ChecklistItem
from companion.ui.journal.forms.form_fields import multiline
from companion.ui.journal.forms.zoned_when import ZonedWhen
from companion.ui.widgets.entry_forms import TARGET_HEIGHT, EntryForm, big_button

PLACE_KIND_ROLE = Qt.ItemDataRole.UserRole + 2


class Checklist(QWidget):
    """Questions to ask at the visit: tick each one off there, add or remove them here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setSpacing(3)
        self.list.setAccessibleName(self.tr("Questions to ask at the visit"))
        self.list.setMinimumHeight(TARGET_HEIGHT * 3)
        self.new_text = QLineEdit(self)
        self.new_text.setPlaceholderText(self.tr("Type a question, then press Enter"))
        self.new_text.setAccessibleName(self.tr("New question to ask"))
        self.new_text.setMinimumHeight(TARGET_HEIGHT)
        self.add_button = big_button(self.tr("Add"), self.tr("Add this question"), self)
        # Made in the order they are shown, so Tab goes left to right.
        self.open_button = big_button(self.tr("Add my open questions"), None, self)
        self.remove_button = big_button(self.tr("Remove ticked-off"), None, self)
        self.add_button.clicked.connect(self.add_typed)
        self.remove_button.clicked.connect(self.remove_done)
        row = QHBoxLayout()
        row.addWidget(self.new_text, 1)
        row.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addLayout(buttons)
        self.setFocusProxy(self.new_text)
        self.new_text.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the question box adds the question (the form saves only when it is empty)."""
        if (
            watched is self.new_text
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.new_text.text().strip()
        ):
            self.add_typed()
            return True
        return super().eventFilter(watched, event)

    def add(self, text: str, done: bool = False) -> None:
        text = text.strip()
        if not text:
            return
        item = QListWidgetItem(text, self.list)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsEditable
        )
        item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)

    def add_typed(self) -> None:
        self.add(self.new_text.text())
        self.new_text.clear()

    def remove_done(self) -> None:
        for row in reversed(range(self.list.count())):
            if self.list.item(row).checkState() == Qt.CheckState.Checked:
                self.list.takeItem(row)

    def items(self) -> tuple[ChecklistItem, ...]:
        found = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.text().strip():
                done = item.checkState() == Qt.CheckState.Checked
                found.append(ChecklistItem(item.text().strip(), done))
        return tuple(found)

    def set_items(self, items: Sequence[ChecklistItem]) -> None:
        self.list.clear()
        for item in items:
            self.add(item.text, item.done)


class AppointmentForm(EntryForm):
    kind = APPOINTMENT
    #: Centre names offered as places; the journal view fills this from the directory.
    centers: Sequence[str] = ()

    def heading_text(self, editing: bool) -> str:
        return self.tr("Edit appointment") if editing else self.tr("New appointment")

    def reminder_choices(self) -> list[tuple[str, int | None]]:
        return [
            (self.tr("No reminder"), None),
            (self.tr("15 minutes before"), 15),
            (self.tr("1 hour before"), 60),
            (self.tr("2 hours before"), 120),
            (self.tr("1 day before"), 24 * 60),
            (self.tr("2 days before"), 48 * 60),
        ]

    def build(self) -> None:
        self.add_child_row()
        self.when = ZonedWhen(self)
        self.add_row(self.tr("&When:"), self.when)
        self.duration = QSpinBox(self)
        self.when.all_day.toggled.connect(lambda day: self.duration.setEnabled(not day))
        self.duration.setRange(5, 24 * 60)
        self.duration.setSingleStep(15)
        self.duration.setValue(60)
        self.duration.setSuffix(self.tr(" minutes"))
        self.add_row(self.tr("How &long:"), self.duration)
        self.place = QComboBox(self)
        self.place.setEditable(True)
        self.place.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        place_line = self.place.lineEdit()
        if place_line is not None:
            place_line.setPlaceholderText(self.tr("A center, a contact, or type a place"))
        self._fill_places()
        self.add_row(self.tr("&Place:"), self.place)
        self.with_whom = QLineEdit(self)
        self.with_whom.setPlaceholderText(self.tr("For example: Dr. Patel, the nurse"))
        self.add_row(self.tr("With &whom:"), self.with_whom)
        self.purpose = QLineEdit(self)
        self.purpose.setPlaceholderText(self.tr("For example: scan results"))
        self.add_row(self.tr("What &for:"), self.purpose)
        self.questions = Checklist(self)
        self.questions.open_button.clicked.connect(self._add_open_questions)
        self.add_row(self.tr("&Questions to ask:"), self.questions)
        self.reminder = QComboBox(self)
        for text, minutes in self.reminder_choices():
            self.reminder.addItem(text, minutes)
        self.add_row(self.tr("&Reminder:"), self.reminder)
        self.after_notes = multiline(self.tr("After the visit"), self.tr("What did you learn?"))
        self.add_row(self.tr("&After the visit:"), self.after_notes)

    def _fill_places(self) -> None:
        for name in self.centers:
            self.place.addItem(name)
            self.place.setItemData(self.place.count() - 1, "center", PLACE_KIND_ROLE)
        for contact in self.journal.list_contacts():
            text = f"{contact.name} ({contact.role})" if contact.role else contact.name
            self.place.addItem(text)
            self.place.setItemData(self.place.count() - 1, "contact", PLACE_KIND_ROLE)
        self.place.setCurrentIndex(-1)

    def place_kind(self) -> str:
        index = self.place.findText(self.place.currentText().strip())
        kind = self.place.itemData(index, PLACE_KIND_ROLE) if index >= 0 else None
        return str(kind) if kind in ("center", "contact") else "free"

    def _add_open_questions(self) -> None:
        have = {item.text for item in self.questions.items()}
        for question in self.journal.list_questions(self.chosen_child(), open_only=True):
            if question.text not in have:
                self.questions.add(question.text)

    def first_field(self) -> QWidget:
        return self.when

    def load(self, record: Any) -> None:
        assert isinstance(record, Appointment)
        self.when.set_value(record.starts_at, record.tz, record.all_day)
        self.duration.setValue(record.duration_minutes)
        self.place.setCurrentText(record.place)
        self.with_whom.setText(record.with_whom)
        self.purpose.setText(record.purpose)
        self.questions.set_items(record.questions)
        self.after_notes.setPlainText(record.after_notes)
        index = self.reminder.findData(record.reminder_minutes)
        if index < 0:
            self.reminder.addItem(
                self.tr("%1 minutes before").replace("%1", str(record.reminder_minutes)),
                record.reminder_minutes,
            )
            index = self.reminder.count() - 1
        self.reminder.setCurrentIndex(index)

    def validate(self) -> tuple[str, QWidget] | None:
        if not self.when.is_valid_zone():
            return self.tr("Choose a time zone from the list."), self.when.zone
        if not self.when.exists():
            return (
                self.tr("That time does not exist on that day (the clocks jump forward)."),
                self.when.edit,
            )
        return None

    def write(self) -> object:
        self.questions.add_typed()  # a question typed but not yet added still counts
        values: dict[str, Any] = {
            "starts_at": self.when.value(),
            "tz": self.when.zone_name(),
            "all_day": self.when.all_day.isChecked(),
            "duration_minutes": 24 * 60 if self.when.all_day.isChecked() else self.duration.value(),
            "place": self.place.currentText().strip(),
            "place_kind": self.place_kind(),
            "with_whom": self.with_whom.text().strip(),
            "purpose": self.purpose.text().strip(),
            "questions": self.questions.items(),
            "after_notes": self.after_notes.toPlainText().strip(),
            "reminder_minutes": self.reminder.currentData(),
        }
        if self.existing is None:
            return self.journal.add_appointment(self.chosen_child(), **values).id
        values["child_id"] = self.chosen_child()
        return self.journal.update(replace(self.existing, **values)).id
