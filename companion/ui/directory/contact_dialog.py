"""Add or edit one contact of the family's care team.

The number is checked with phonenumbers and turned into E.164 before the dialog closes; the
care team view then saves the values in the encrypted journal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from companion.directory import phones
from companion.ui.directory.center_detail import country_name
from companion.ui.widgets.accessible import name_combo_editor
from companion.ui.widgets.phone_button import TARGET_HEIGHT
from companion.ui.widgets.typography import scaled_font

if TYPE_CHECKING:
    from companion.journal.records import Contact

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
        name_combo_editor(self.role_field)
        self.role_field.addItem("")
        for role in SUGGESTED_ROLES:
            self.role_field.addItem(QCoreApplication.translate("ContactDialog", str(role)))
        self.phone_field = QLineEdit(self)
        self.phone_field.setAccessibleName(self.tr("Phone number"))
        self.region_field = QComboBox(self)
        self.region_field.setAccessibleName(self.tr("Country of the phone number"))
        regions = sorted(phones.supported_regions(), key=country_name)
        for code in regions:
            self.region_field.addItem(country_name(code), code)
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
        self.error_label = QLabel("", self)
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setObjectName("formError")
        self.error_label.setFont(scaled_font(self.error_label, 1.0, bold=True))
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
                problem = self.tr("This phone number was not saved. %1").replace("%1", str(exc))
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
