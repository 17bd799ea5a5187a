"""The three forms of the locked journal's screen: its password, recovery code, backup.

Only what the family sees; the unlock screen connects them and does the opening.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from companion.ui.gate.gate_widgets import (
    body_label,
    gate_button,
    link_button,
    page_layout,
    secret_field,
)
from companion.ui.gate.restore_form import RestoreForm
from companion.ui.widgets.fit.fitting import FittingPlaceholder
from companion.ui.widgets.fit.flow_layout import FlowLayout
from companion.ui.widgets.typography import monospace_font


def _page_layout(page: QWidget, heading: str, intro: str) -> QVBoxLayout:
    layout = page_layout(page, heading)
    layout.addWidget(body_label(intro, page))
    return layout


class PassphrasePage(QWidget):
    """The usual way in, with links to the recovery code and to a backup."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.field = secret_field(self.tr("Password for the journal"), self)
        self.unlock_button = gate_button(self.tr("Unlock"), self.tr("Unlock the journal"), self)
        self.unlock_button.setDefault(True)
        self.forgot_button = link_button(self.tr("Forgot it? Use your recovery code"), self)
        self.restore_button = link_button(self.tr("Restore from a backup"), self)
        label = body_label(self.tr("Password for the journal"), self)
        label.setBuddy(self.field)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.unlock_button)
        links = QWidget(self)  # side by side when there is room, one under the other if not
        flow = FlowLayout(links, spacing=4)
        for button in (self.forgot_button, self.restore_button):
            button.setParent(links)
            flow.addWidget(button)
        layout = _page_layout(
            self,
            self.tr("Your journal is locked"),
            self.tr(
                "Type the password for the journal (the one chosen when it was set up), then "
                "press Enter."
            ),
        )
        layout.addSpacing(6)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addWidget(links)


class RecoveryPage(QWidget):
    """The recovery code from setup, typed loosely (case, spaces and dashes do not matter)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.field = secret_field(self.tr("Recovery code"), self, password=False)
        self.field.setFont(monospace_font(self, 1.3))
        self.hint = FittingPlaceholder(
            self.field, "XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX", "XXXX-XXXX-XXXX-…", "XXXX-…"
        )
        self.unlock_button = gate_button(
            self.tr("Unlock"), self.tr("Unlock with the recovery code"), self
        )
        self.back_button = link_button(self.tr("Back to the password"), self)
        label = body_label(self.tr("Recovery code"), self)
        label.setBuddy(self.field)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.unlock_button)
        layout = _page_layout(
            self,
            self.tr("Use your recovery code"),
            self.tr(
                "Type the code you printed or saved when you set up the journal. Capital "
                "letters, spaces and dashes do not matter."
            ),
        )
        layout.addSpacing(6)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)


class BackupPage(QWidget):
    """One of Companion's daily backups (or a saved one), opened and put back in place."""

    def __init__(self, backups_dir: Path, parent: QWidget) -> None:
        super().__init__(parent)
        self.form = RestoreForm(self.tr("Restore and unlock"), backups_dir, self)
        self.back_button = link_button(self.tr("Back to the password"), self)
        layout = _page_layout(
            self,
            self.tr("Restore from a backup"),
            self.tr(
                "Companion keeps a backup each day in its backups folder. Choose one: it is "
                "checked before anything is replaced, and the journal will be as it was "
                "on the day of that backup."
            ),
        )
        layout.addWidget(self.form)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
