"""My care team: the family's own numbers, kept in the encrypted journal.

While the journal is locked this says so and offers to unlock; nothing private is shown or
kept in memory here. Numbers are checked with phonenumbers when saved and stored as E.164.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion import phones
from companion.ui.phone_button import TARGET_HEIGHT, PhoneButton
from companion.ui.session import JournalSession

if TYPE_CHECKING:
    from companion.records import Contact

CONTACT_KIND = "contact"
REGION_SETTING = "care_team/phone_region"
CARD_MAX_WIDTH = 760
#: Offered in the role field, never required; the family can type any role.
SUGGESTED_ROLES = (
    QT_TRANSLATE_NOOP("ContactDialog", "After-hours oncology line"),
    QT_TRANSLATE_NOOP("ContactDialog", "Nurse coordinator"),
    QT_TRANSLATE_NOOP("ContactDialog", "Social worker"),
    QT_TRANSLATE_NOOP("ContactDialog", "Pharmacist"),
    QT_TRANSLATE_NOOP("ContactDialog", "Home care"),
    QT_TRANSLATE_NOOP("ContactDialog", "Oncologist"),
    QT_TRANSLATE_NOOP("ContactDialog", "Other"),
)


def _font(widget: QWidget, scale: float, bold: bool = True) -> QFont:
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    return font


def _label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def region_name(code: str) -> str:
    from PySide6.QtCore import QLocale

    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        return code
    return QLocale.territoryToString(territory)


class ContactDialog(QDialog):
    """Add or edit one contact. The number is checked before the dialog closes."""

    def __init__(self, region: str, contact: Contact | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit contact") if contact else self.tr("Add a contact"))
        self.setMinimumWidth(520)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name_field = QLineEdit(self)
        self.name_field.setAccessibleName(self.tr("Name"))
        self.role_field = QComboBox(self)
        self.role_field.setEditable(True)
        self.role_field.setAccessibleName(self.tr("Role"))
        self.role_field.addItem("")
        for role in SUGGESTED_ROLES:
            self.role_field.addItem(QCoreApplication.translate("ContactDialog", str(role)))
        self.phone_field = QLineEdit(self)
        self.phone_field.setAccessibleName(self.tr("Phone number"))
        self.region_field = QComboBox(self)
        self.region_field.setAccessibleName(self.tr("Country of the phone number"))
        regions = sorted(phones.supported_regions(), key=region_name)
        for code in regions:
            self.region_field.addItem(region_name(code), code)
        self.region_field.setCurrentIndex(max(0, self.region_field.findData(region)))
        self.notes_field = QPlainTextEdit(self)
        self.notes_field.setAccessibleName(self.tr("Notes"))
        self.notes_field.setTabChangesFocus(True)
        self.notes_field.setFixedHeight(90)
        self.fever_box = QCheckBox(self.tr("Call this number for a fever"), self)
        self.fever_box.setAccessibleName(self.tr("Call this number for a fever"))
        for widget in (self.name_field, self.role_field, self.phone_field, self.region_field):
            widget.setMinimumHeight(TARGET_HEIGHT)
        form.addRow(self.tr("&Name"), self.name_field)
        form.addRow(self.tr("&Role"), self.role_field)
        form.addRow(self.tr("&Phone number"), self.phone_field)
        form.addRow(self.tr("&Country of the number"), self.region_field)
        form.addRow(self.tr("N&otes"), self.notes_field)
        form.addRow("", self.fever_box)
        self.error_label = _label("", self)
        self.error_label.setObjectName("formError")
        self.error_label.setFont(_font(self.error_label, 1.0))
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.result_values: dict[str, Any] | None = None
        if contact is not None:
            self.name_field.setText(contact.name)
            self.role_field.setCurrentText(contact.role)
            if contact.phone:
                try:
                    self.phone_field.setText(phones.national(contact.phone, region))
                except phones.PhoneError:
                    self.phone_field.setText(contact.phone)
            self.notes_field.setPlainText(contact.notes)
            self.fever_box.setChecked(contact.call_for_fever)

    def region(self) -> str:
        return str(self.region_field.currentData())

    def accept(self) -> None:
        """Save only a complete contact with a real number; otherwise say what to fix."""
        name = self.name_field.text().strip()
        typed = self.phone_field.text().strip()
        problem = ""
        e164 = ""
        if not name:
            problem = self.tr("Type a name, for example “Oncology nurse line”.")
        elif typed:
            try:
                e164 = phones.parse_phone(typed, self.region())
            except phones.PhoneError as exc:
                problem = self.tr("This phone number was not saved. {reason}").format(reason=exc)
        elif self.fever_box.isChecked():
            problem = self.tr("A number to call for a fever needs a phone number.")
        if problem:
            self.error_label.setText(problem)
            self.error_label.show()
            self.adjustSize()
            (self.name_field if not name else self.phone_field).setFocus()
            return
        self.result_values = {
            "name": name,
            "role": self.role_field.currentText().strip(),
            "phone": e164,
            "notes": self.notes_field.toPlainText().strip(),
            "call_for_fever": self.fever_box.isChecked(),
        }
        super().accept()


class ContactCard(QFrame):
    """One contact: name, role, the number to copy, notes, and what can be done with it."""

    def __init__(self, contact: Contact, region: str, view: CareTeamView) -> None:
        super().__init__(view)
        self.contact = contact
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        title = _label(contact.name, self)
        title.setFont(_font(title, 1.25))
        layout.addWidget(title)
        if contact.role:
            layout.addWidget(_label(contact.role, self))
        if contact.call_for_fever:
            fever = QLabel(self.tr("The number to call for a fever"), self)
            fever.setObjectName("feverContact")
            fever.setFont(_font(fever, 1.0))
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
        self.edit_button = self._button(self.tr("Edit…"), self.tr("Edit {name}"), row)
        self.edit_button.clicked.connect(lambda: view.edit_contact(contact.id))
        self.fever_button: QPushButton | None = None
        if contact.phone and not contact.call_for_fever:
            self.fever_button = self._button(
                self.tr("Use for fever"), self.tr("Call {name} for a fever"), row
            )
            self.fever_button.clicked.connect(lambda: view.mark_for_fever(contact.id))
        self.delete_button = self._button(self.tr("Delete"), self.tr("Delete {name}"), row)
        self.delete_button.clicked.connect(lambda: view.delete_contact(contact.id))
        row.addStretch(1)
        layout.addLayout(row)

    def _button(self, text: str, accessible: str, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setMinimumHeight(TARGET_HEIGHT)
        button.setAccessibleName(accessible.format(name=self.contact.name))
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
        self.refresh()

    def _build_locked_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 24, 24, 24)
        heading = _label(self.tr("My care team"), page)
        heading.setFont(_font(heading, 1.5))
        self.locked_label = _label(
            self.tr(
                "Your care team is kept in your private journal. Unlock the journal to see it."
            ),
            page,
        )
        self.locked_label.setFont(_font(self.locked_label, 1.15, bold=False))
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
        heading.setFont(_font(heading, 1.5))
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
        return str(self.settings.value(REGION_SETTING, phones.DEFAULT_REGION))

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
        contacts = journal.list_contacts()
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

    def _journal_changed(self, kind: str) -> None:
        if kind == CONTACT_KIND:
            self.refresh()

    def _written(self, message: str) -> None:
        self.session.notify_changed(CONTACT_KIND)
        self.status_message.emit(message)

    def announce_copy(self, number: str) -> None:
        self.status_message.emit(self.tr("Copied {number}").format(number=number))

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
        self.settings.setValue(REGION_SETTING, dialog.region())
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
            self.tr("{name} is now the number to call for a fever.").format(name=contact.name)
        )

    def delete_contact(self, contact_id: str) -> None:
        journal = self.session.journal
        if journal is None:
            return
        contact = self._contact(contact_id)
        journal.delete(CONTACT_KIND, contact.id)
        self._deleted = contact
        self.undo_label.setText(
            self.tr("Deleted {name} from your care team.").format(name=contact.name)
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
