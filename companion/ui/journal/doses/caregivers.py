"""Caregivers on screen: the "Given by" chooser, this computer's usual caregiver, and the small
list where the family adds, renames and removes them.

Which caregiver usually gives doses here is a choice of this computer (two parents, two
laptops), so it lives in the window's settings (``QSettings``, inside the data folder), not in
the journal that both computers share.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion.ui.widgets.entry_forms import TARGET_HEIGHT, big_button, heading_font
from companion.ui.widgets.error_sentences import Doing, guarded

if TYPE_CHECKING:
    from companion.journal import Journal

#: Settings key (this computer only): the id of the caregiver who usually gives doses here.
THIS_COMPUTER_SETTING = "doses/this_computer_caregiver"


def this_computer_caregiver() -> str | None:
    value = QSettings().value(THIS_COMPUTER_SETTING)
    return value if isinstance(value, str) and value else None


def set_this_computer_caregiver(caregiver_id: str | None) -> None:
    settings = QSettings()
    if caregiver_id is None:
        settings.remove(THIS_COMPUTER_SETTING)
    else:
        settings.setValue(THIS_COMPUTER_SETTING, caregiver_id)


def fill_given_by(combo: QComboBox, journal: Journal, chosen: str | None = None) -> None:
    """Caregivers in a combo ("Not recorded" first), ``chosen`` or this computer's selected."""
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(QCoreApplication.translate("Caregivers", "Not recorded"), None)
    for caregiver in journal.caregivers():
        combo.addItem(caregiver.name, caregiver.id)
    wanted = chosen if chosen is not None else this_computer_caregiver()
    index = combo.findData(wanted) if wanted is not None else -1
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


class CaregiversPanel(QWidget):
    """The caregivers list: add, rename, remove, and "usually gives doses on this computer"."""

    changed = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        title = QLabel(self.tr("Who gives the doses"), self)
        title.setFont(heading_font(self, 1.15))
        explain = QLabel(
            self.tr(
                "Each dose can say who gave it. Add the people who give doses once. "
                "Choose who usually gives them on this computer: new doses start with them."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Caregivers"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Name, for example: Mum, Grandpa"))
        self.name.setAccessibleName(self.tr("New caregiver's name"))
        self.name.setMinimumHeight(TARGET_HEIGHT)
        self.add_button = big_button(self.tr("Add"), self.tr("Add caregiver"), self)
        self.rename_button = big_button(self.tr("Rename"), self.tr("Rename caregiver"), self)
        self.remove_button = big_button(self.tr("Remove"), self.tr("Remove caregiver"), self)
        self.usual_button = big_button(
            self.tr("Usually gives doses here"),
            self.tr("This caregiver usually gives doses on this computer"),
            self,
        )
        self.add_button.clicked.connect(self.add)
        self.name.returnPressed.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.remove_button.clicked.connect(self.remove)
        self.usual_button.clicked.connect(self.make_usual)
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(self.add_button)
        buttons = QHBoxLayout()
        for button in (self.usual_button, self.rename_button, self.remove_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(explain)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        usual = this_computer_caregiver()
        for caregiver in self.journal.caregivers():
            text = caregiver.name
            if caregiver.id == usual:
                text = self.tr("%1 (usually gives doses on this computer)").replace("%1", text)
            item = QListWidgetItem(text, self.list)
            item.setData(256, caregiver.id)

    def _chosen(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(256))

    def add(self) -> None:
        name = self.name.text().strip()
        if not name:
            return
        saved, _made = guarded(self, Doing.SAVE, lambda: self.journal.add_caregiver(name))
        if saved:
            self.name.clear()
            self.refresh()
            self.changed.emit()

    def rename(self, new_name: str | None = None) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        if new_name is None:
            new_name, ok = QInputDialog.getText(self, self.tr("Rename"), self.tr("New name:"))
            if not ok:
                return
        if new_name.strip():
            name = new_name.strip()
            guarded(self, Doing.CHANGE, lambda: self.journal.rename_caregiver(chosen, name))
            if chosen == this_computer_caregiver():
                guarded(self, Doing.CHANGE, lambda: self.journal.name_this_computer(name))
            self.refresh()
            self.changed.emit()

    def remove(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        guarded(self, Doing.CHANGE, lambda: self.journal.remove_caregiver(chosen))
        if this_computer_caregiver() == chosen:
            set_this_computer_caregiver(None)
        self.refresh()
        self.changed.emit()

    def make_usual(self) -> None:
        chosen = self._chosen()
        if chosen is not None:
            set_this_computer_caregiver(chosen)
            # Entries made here then show this caregiver's name on the other computers too.
            name = next((c.name for c in self.journal.caregivers() if c.id == chosen), "")
            if name:
                guarded(self, Doing.CHANGE, lambda: self.journal.name_this_computer(name))
            self.refresh()
            self.changed.emit()
