"""Privacy and backups: the emergency information on the locked screen (off until turned on).

Like a phone's medical ID: each child the family chooses, by first name, with what they add
(central line type, allergies), the fever rule and the fever contact's number, readable by
anyone at the computer without the password. Changed or turned off here at any time; turning
it off erases the file (:mod:`companion.journal.locked.emergency`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QWidget

from companion.journal.locked.emergency import MAX_TEXT, ChildChoice, EmergencyChoices
from companion.ui.gate.gate_widgets import BODY_SCALE, gate_button
from companion.ui.journal.unlock_settings import SettingsSection
from companion.ui.widgets.entry_forms import TARGET_HEIGHT
from companion.ui.widgets.error_sentences import Doing, guarded
from companion.ui.widgets.typography import scaled_font

if TYPE_CHECKING:
    from companion.journal import Journal


class ChildRow(QWidget):
    """One child: shown or not, and what to add."""

    def __init__(self, child_id: str, name: str, choice: ChildChoice | None, parent: QWidget):
        super().__init__(parent)
        self.child_id = child_id
        self.shown = QCheckBox(self.tr("Show %1").replace("%1", name), self)
        self.shown.setAccessibleName(self.tr("Show %1 on the locked screen").replace("%1", name))
        self.shown.setChecked(choice is not None)
        self.central_line = self._field(self.tr("Central line type for %1").replace("%1", name))
        self.allergies = self._field(self.tr("Allergies of %1").replace("%1", name))
        if choice is not None:
            self.central_line.setText(choice.central_line)
            self.allergies.setText(choice.allergies)
        self.central_line.setPlaceholderText(self.tr("e.g. port, PICC line, Hickman line"))
        self.allergies.setPlaceholderText(self.tr("e.g. penicillin; or none known"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.shown)
        form.addRow(self.tr("Central line:"), self.central_line)
        form.addRow(self.tr("Allergies:"), self.allergies)
        self.shown.toggled.connect(self._update)
        self._update()

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setAccessibleName(name)
        field.setMaxLength(MAX_TEXT)
        field.setMinimumHeight(TARGET_HEIGHT)
        return field

    def _update(self) -> None:
        for field in (self.central_line, self.allergies):
            field.setEnabled(self.shown.isChecked())

    def choice(self) -> ChildChoice | None:
        if not self.shown.isChecked():
            return None
        return ChildChoice(
            self.child_id, self.central_line.text().strip(), self.allergies.text().strip()
        )


class EmergencySection(SettingsSection):
    """On or off, which children, what to add; Save writes the locked screen's file."""

    def __init__(self, journal: Journal, parent: QWidget | None) -> None:
        super().__init__(journal, "", parent)
        self.heading.setText(self.tr("Emergency information on the locked screen"))
        self.column.addWidget(
            self.text(
                self.tr(
                    "Like the medical ID on a phone: the first names you choose, the fever "
                    "rule and your fever contact's number, and what you add below, so a "
                    "grandparent or a babysitter can see them while the journal is locked. "
                    "Anyone at this computer can read them, without the password. Everything "
                    "else stays locked. You can change this or turn it off here at any time."
                )
            )
        )
        self.enabled = QCheckBox(self.tr("Show emergency information on the locked screen"), self)
        self.enabled.setAccessibleName(self.tr("Show emergency information on the locked screen"))
        self.enabled.setFont(scaled_font(self, BODY_SCALE, bold=True))
        self.enabled.toggled.connect(self._update)
        self.column.addWidget(self.enabled)
        self.children_box = QWidget(self)
        self.children_layout = QFormLayout(self.children_box)
        self.children_layout.setContentsMargins(28, 0, 0, 0)
        self.column.addWidget(self.children_box)
        self.save_button = gate_button(
            self.tr("Save"), self.tr("Save the emergency information"), self
        )
        self.save_button.clicked.connect(self.save)
        self.add_row(self.save_button)
        self.column.addWidget(self.message)
        self.rows: list[ChildRow] = []
        self.refresh()

    def refresh(self) -> None:
        """Read the choices and the children again (a child may have been renamed)."""
        ok, choices = guarded(self, Doing.CHANGE, self.journal.emergency_choices)
        ok_children, children = guarded(self, Doing.CHANGE, self.journal.list_children)
        if not ok or not ok_children or choices is None or children is None:
            return
        for row in self.rows:
            self.children_layout.removeRow(row)
        chosen = {choice.id: choice for choice in choices.children}
        self.rows = [ChildRow(c.id, c.name, chosen.get(c.id), self.children_box) for c in children]
        for row in self.rows:
            self.children_layout.addRow(row)
        self.enabled.setChecked(choices.enabled)
        self._update()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.message.text():
            self.refresh()

    def _update(self) -> None:
        self.children_box.setEnabled(self.enabled.isChecked())

    def choices(self) -> EmergencyChoices:
        chosen = tuple(choice for row in self.rows if (choice := row.choice()) is not None)
        return EmergencyChoices(self.enabled.isChecked(), chosen)

    def save(self) -> None:
        choices = self.choices()
        ok, info = guarded(self, Doing.CHANGE, lambda: self.journal.set_emergency_choices(choices))
        if not ok:
            return
        if info is not None:
            text = self.tr("Saved. The locked screen shows it from now on.")
        elif choices.enabled:
            text = self.tr("Saved, but no child is chosen, so the locked screen shows nothing.")
        else:
            text = self.tr("Turned off. The locked screen shows nothing from the journal.")
        self.message.setText(text)
        self.status_message.emit(text)
