"""Choose a backup file and type what opens it: the form both gate screens restore with.

The unlock screen uses it when the journal is damaged or the family wants an older day; the
setup screen uses it on a new computer. Each screen runs the restore itself.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from companion.ui.gate.gate_widgets import (
    BODY_SCALE,
    ROW_SPACING,
    body_label,
    gate_button,
    secret_field,
)
from companion.ui.widgets.typography import scaled_font

BACKUP_PATTERN = "*.companion-backup"
#: A one-time join file from another computer that shares the journal (also a backup).
JOIN_PATTERN = "*.companion-join"


def newest_backup(folder: Path) -> Path | None:
    """The most recent backup file in ``folder``, or None."""
    try:
        files = [p for p in folder.glob(BACKUP_PATTERN) if p.is_file()]
    except OSError:
        return None
    return max(files, key=lambda p: p.stat().st_mtime, default=None)


class RestoreForm(QWidget):
    """The backup file, the passphrase or recovery code, and the button that restores.

    Emits ``submitted`` on Enter or the button; the screen then checks ``problem()`` and runs
    the restore with ``backup_file``, ``secret.text()`` and ``is_code.isChecked()``.
    """

    submitted = Signal()

    def __init__(self, go_text: str, start_folder: Path, parent: QWidget) -> None:
        super().__init__(parent)
        self._start_folder = start_folder
        self.backup_file: Path | None = None
        self.file_label = body_label(self.tr("No backup chosen yet."), self)
        self.file_label.setAccessibleName(self.tr("Chosen backup file"))
        self.choose_button = gate_button(self.tr("Choose a backup file…"), parent=self)
        self.choose_button.clicked.connect(self.choose_file)
        self.secret = secret_field(self.tr("Password or recovery code"), self)
        self.secret.returnPressed.connect(self.submitted)
        self.is_code = QCheckBox(self.tr("This is my recovery code"), self)
        self.is_code.setAccessibleName(self.tr("This is my recovery code"))
        self.is_code.toggled.connect(self._kind_changed)
        self.is_code.setFont(scaled_font(self, BODY_SCALE))
        self.go_button = gate_button(go_text, parent=self)
        self.go_button.clicked.connect(self.submitted)
        secret_label = body_label(self.tr("Password or recovery code"), self)
        secret_label.setBuddy(self.secret)

        file_row = QVBoxLayout()  # the button, and the file's (long) name under it
        file_row.setSpacing(4)
        file_row.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignLeft)
        file_row.addWidget(self.file_label)
        secret_row = QHBoxLayout()
        secret_row.addWidget(self.secret, 1)
        secret_row.addWidget(self.go_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(ROW_SPACING)
        layout.addLayout(file_row)
        layout.addWidget(secret_label)
        layout.addLayout(secret_row)
        layout.addWidget(self.is_code)

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            str(self._start_folder),
            self.tr("Companion backups and join files (%1)").replace(
                "%1", f"{BACKUP_PATTERN} {JOIN_PATTERN}"
            ),
        )
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path) -> None:
        self.backup_file = path
        self.file_label.setText(path.name)

    def focus_next_step(self) -> None:
        """Put the cursor where the family goes next: the file button, or the secret."""
        (self.secret if self.backup_file else self.choose_button).setFocus()

    def problem(self) -> str | None:
        """What is still missing before a restore can start, as a sentence; None if nothing."""
        if self.backup_file is None:
            return self.tr("Please choose a backup file first.")
        if not self.secret.text().strip():
            return self.tr("Please type your password or recovery code first.")
        return None

    def _kind_changed(self, is_code: bool) -> None:
        self.secret.setEchoMode(
            QLineEdit.EchoMode.Normal if is_code else QLineEdit.EchoMode.Password
        )
