"""My care team: the family's own numbers, kept in the encrypted journal.

While the journal is locked this says so and offers to unlock; nothing private is shown or
kept in memory here. Numbers are checked with phonenumbers when saved and stored as E.164.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.directory import phones
from companion.journal import Damaged
from companion.journal.records import Kind
from companion.ui.directory.contact_dialog import ContactDialog
from companion.ui.widgets.error_sentences import tell_damage
from companion.ui.widgets.phone_button import TARGET_HEIGHT, PhoneButton
from companion.ui.widgets.region import RegionChoice, family_region, region_signals
from companion.ui.widgets.session import JournalSession
from companion.ui.widgets.typography import scaled_font

if TYPE_CHECKING:
    from companion.journal.records import Contact

CONTACT_KIND = Kind.CONTACT
CARD_MAX_WIDTH = 760


def _label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class ContactCard(QFrame):
    """One contact: name, role, the number to copy, notes, and what can be done with it."""

    def __init__(self, contact: Contact, region: str, view: CareTeamView) -> None:
        super().__init__(view)
        self.contact = contact
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        title = _label(contact.name, self)
        title.setFont(scaled_font(title, 1.25, bold=True))
        layout.addWidget(title)
        if contact.role:
            layout.addWidget(_label(contact.role, self))
        if contact.call_for_fever:
            fever = QLabel(self.tr("The number to call for a fever"), self)
            fever.setObjectName("feverContact")
            fever.setFont(scaled_font(fever, 1.0, bold=True))
            # Palette roles only, so light and dark themes both work.
            fever.setStyleSheet(
                "QLabel#feverContact { border: 2px solid palette(highlight);"
                " border-radius: 6px; padding: 4px 10px; }"
            )
            fever.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
            layout.addWidget(fever)
        self.phone_button: PhoneButton | None = None
        if contact.phone:
            owner = ", ".join(filter(None, (contact.name, contact.role)))
            try:
                self.phone_button = PhoneButton(contact.phone, "", region, self, owner=owner)
            except phones.PhoneError:
                layout.addWidget(_label(self.tr("This number could not be read: edit it."), self))
            else:
                self.phone_button.copied.connect(view.announce_copy)
                layout.addWidget(self.phone_button)
        if contact.notes:
            layout.addWidget(_label(contact.notes, self))
        row = QHBoxLayout()
        self.edit_button = self._button(self.tr("Edit…"), self.tr("Edit %1"), row)
        self.edit_button.clicked.connect(lambda: view.edit_contact(contact.id))
        self.fever_button: QPushButton | None = None
        if contact.phone and not contact.call_for_fever:
            self.fever_button = self._button(
                self.tr("Use for fever"), self.tr("Call %1 for a fever"), row
            )
            self.fever_button.clicked.connect(lambda: view.mark_for_fever(contact.id))
        self.delete_button = self._button(self.tr("Delete"), self.tr("Delete %1"), row)
        self.delete_button.clicked.connect(lambda: view.delete_contact(contact.id))
        row.addStretch(1)
        layout.addLayout(row)

    def _button(self, text: str, accessible: str, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setMinimumHeight(TARGET_HEIGHT)
        button.setAccessibleName(accessible.replace("%1", self.contact.name))
        row.addWidget(button)
        return button


class CareTeamView(QWidget):
    """The family's own contacts, or a locked notice with a button to unlock the journal."""

    unlock_requested = Signal()
    status_message = Signal(str)

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = QSettings(str(session.paths.settings_file), QSettings.Format.IniFormat)
        self.dialog: ContactDialog | None = None
        self.cards: list[ContactCard] = []
        self._deleted: Contact | None = None
        self.stack = QStackedWidget(self)
        self.locked_page = self._build_locked_page()
        self.team_page = self._build_team_page()
        self.stack.addWidget(self.locked_page)
        self.stack.addWidget(self.team_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.stack)
        session.unlocked.connect(self.refresh)
        session.locked.connect(self.refresh)
        session.changed.connect(self._journal_changed)
        region_signals().changed.connect(self._region_changed)
        self.refresh()

    def _build_locked_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 24, 24, 24)
        heading = _label(self.tr("My care team"), page)
        heading.setFont(scaled_font(heading, 1.5, bold=True))
        self.locked_label = _label(
            self.tr(
                "Your care team is kept in your private journal. Unlock the journal to see it."
            ),
            page,
        )
        self.locked_label.setFont(scaled_font(self.locked_label, 1.15))
        self.unlock_button = QPushButton(self.tr("Unlock the journal…"), page)
        self.unlock_button.setAccessibleName(self.tr("Unlock the journal to see your care team"))
        self.unlock_button.setMinimumHeight(TARGET_HEIGHT)
        self.unlock_button.clicked.connect(self.unlock_requested)
        layout.addWidget(heading)
        layout.addWidget(self.locked_label)
        row = QHBoxLayout()
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _build_team_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 8, 8, 8)
        heading = _label(self.tr("My care team"), page)
        heading.setFont(scaled_font(heading, 1.5, bold=True))
        layout.addWidget(heading)
        layout.addWidget(
            _label(
                self.tr(
                    "The numbers your child's care team gave you, ready to copy. Mark one as "
                    "the number to call for a fever."
                ),
                page,
            )
        )
        self.region_choice = RegionChoice(self.settings, page)
        layout.addWidget(self.region_choice)
        top = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add a contact…"), page)
        self.add_button.setAccessibleName(self.tr("Add a contact to your care team"))
        self.add_button.setMinimumHeight(TARGET_HEIGHT)
        self.add_button.clicked.connect(self.add_contact)
        top.addWidget(self.add_button)
        top.addStretch(1)
        layout.addLayout(top)
        self.undo_bar = QWidget(page)
        undo_row = QHBoxLayout(self.undo_bar)
        undo_row.setContentsMargins(0, 0, 0, 0)
        self.undo_label = _label("", self.undo_bar)
        self.undo_button = QPushButton(self.tr("Undo"), self.undo_bar)
        self.undo_button.setAccessibleName(self.tr("Undo delete"))
        self.undo_button.setMinimumHeight(TARGET_HEIGHT)
        self.undo_button.clicked.connect(self.undo_delete)
        undo_row.addWidget(self.undo_label, 1)
        undo_row.addWidget(self.undo_button)
        self.undo_bar.hide()
        layout.addWidget(self.undo_bar)
        self.empty_label = _label(
            self.tr(
                "No contacts yet. Add the numbers your care team gave you, such as the "
                "after-hours oncology line."
            ),
            page,
        )
        layout.addWidget(self.empty_label)
        self.cards_area = QScrollArea(page)
        self.cards_area.setWidgetResizable(True)
        self.cards_area.setFrameShape(QFrame.Shape.NoFrame)
        self.cards_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.cards_area, 1)
        return page

    # -- state ------------------------------------------------------------------------------

    def region(self) -> str:
        return family_region(self.settings)

    def is_showing_team(self) -> bool:
        return self.stack.currentWidget() is self.team_page

    def refresh(self) -> None:
        """Show the contacts (unlocked) or the locked notice; drop every card when locked."""
        journal = self.session.journal
        self._clear_cards()
        if journal is None:
            self._deleted = None
            self.undo_bar.hide()
            if self.dialog is not None:
                self.dialog.reject()
            self.stack.setCurrentWidget(self.locked_page)
            return
        self.stack.setCurrentWidget(self.team_page)
        try:
            contacts = journal.list_contacts()
        except Damaged as exc:  # the Journal section shows the way out; nothing to list here
            tell_damage(exc)
            contacts = []
        self.empty_label.setVisible(not contacts)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        region = self.region()
        self.cards = [ContactCard(contact, region, self) for contact in contacts]
        for card in self.cards:
            card.setMaximumWidth(CARD_MAX_WIDTH)
            column.addWidget(card)
        column.addStretch(1)
        outer = QWidget()
        row = QHBoxLayout(outer)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(holder, 1)
        row.addStretch(0)
        self.cards_area.setWidget(outer)

    def _clear_cards(self) -> None:
        self.cards = []
        old = self.cards_area.takeWidget()
        if old is not None:
            old.deleteLater()

    def _region_changed(self, _code: str) -> None:
        self.refresh()

    def _journal_changed(self, kind: str) -> None:
        if kind == CONTACT_KIND:
            self.refresh()

    def _written(self, message: str) -> None:
        self.session.notify_changed(CONTACT_KIND)
        self.status_message.emit(message)

    def announce_copy(self, number: str) -> None:
        self.status_message.emit(self.tr("Copied %1").replace("%1", str(number)))

    # -- actions ----------------------------------------------------------------------------

    def _contact(self, contact_id: str) -> Contact:
        journal = self.session.journal
        assert journal is not None
        for contact in journal.list_contacts():
            if contact.id == contact_id:
                return contact
        raise KeyError(contact_id)

    def add_contact(self) -> ContactDialog:
        return self._open_dialog(None)

    def edit_contact(self, contact_id: str) -> ContactDialog:
        return self._open_dialog(self._contact(contact_id))

    def _open_dialog(self, contact: Contact | None) -> ContactDialog:
        dialog = ContactDialog(self.region(), contact, self)
        dialog.accepted.connect(lambda: self._save(dialog, contact))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _save(self, dialog: ContactDialog, old: Contact | None) -> None:
        journal = self.session.journal
        values = dialog.result_values
        if journal is None or values is None:
            return
        if old is None:
            name = values.pop("name")
            journal.add_contact(name, **values)
            message = self.tr("Added to your care team.")
        else:
            journal.update(replace(old, **values))
            message = self.tr("Contact saved.")
        self.dialog = None
        self._written(message)

    def mark_for_fever(self, contact_id: str) -> None:
        """Make this the one number to call for a fever (the journal clears the others)."""
        journal = self.session.journal
        if journal is None:
            return
        contact = journal.update(replace(self._contact(contact_id), call_for_fever=True))
        self._written(
            self.tr("%1 is now the number to call for a fever.").replace("%1", contact.name)
        )

    def delete_contact(self, contact_id: str) -> None:
        journal = self.session.journal
        if journal is None:
            return
        contact = self._contact(contact_id)
        journal.delete(CONTACT_KIND, contact.id)
        self._deleted = contact
        self.undo_label.setText(
            self.tr("Deleted %1 from your care team.").replace("%1", contact.name)
        )
        self.undo_bar.show()
        self._written(self.tr("Contact deleted. Undo is next to the list."))
        self.undo_button.setFocus()

    def undo_delete(self) -> None:
        journal = self.session.journal
        if journal is None or self._deleted is None:
            return
        journal.undo_delete(CONTACT_KIND, self._deleted.id)
        self._deleted = None
        self.undo_bar.hide()
        self._written(self.tr("Contact restored."))
