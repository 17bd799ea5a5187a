"""First run on a new computer: bring the journal over from a backup file.

Restoring derives a key and checks the whole backup, so it runs off the GUI thread; nothing in
the journal folder changes until the backup has been verified.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from companion.journal import WrongKey
from companion.ui.gate.gate_widgets import (
    BODY_SCALE,
    BusyNote,
    body_label,
    gate_button,
    page_layout,
)
from companion.ui.gate.journal_jobs import close_quietly, restore_call
from companion.ui.gate.restore_form import RestoreForm
from companion.ui.widgets.error_sentences import error_sentence
from companion.ui.widgets.session import remember_unlock_methods
from companion.ui.widgets.typography import scaled_font
from companion.ui.widgets.workers import Job, run_job

if TYPE_CHECKING:
    from companion.journal import Journal
    from companion.paths import AppPaths


class SetupRestorePage(QWidget):
    """Choose a backup, type its passphrase or recovery code, restore.

    Emits ``restored(journal)`` with the open journal, or ``back_requested`` when the family
    would rather start a new journal. ``kdf`` is for tests.
    """

    restored = Signal(object)
    back_requested = Signal()

    def __init__(
        self,
        paths: AppPaths,
        parent: QWidget,
        *,
        kdf: object | None = None,
        start_folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self._kdf = kdf
        self._job: Job | None = None
        self.form = RestoreForm(self.tr("Restore the journal"), start_folder or Path.home(), self)
        self.form.submitted.connect(self.restore)
        self.message = body_label("", self)
        self.message.setObjectName("restoreMessage")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setFont(scaled_font(self, BODY_SCALE, bold=True))
        self.busy = BusyNote(
            self.tr("Checking the backup and restoring your journal. This takes a few seconds…"),
            self.tr("Restoring the journal"),
            self,
        )
        self.back_button = gate_button(self.tr("Back"), self.tr("Back to the start"), self)
        self.back_button.clicked.connect(self.back_requested)

        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        layout = page_layout(self, self.tr("Restore from a backup"))
        layout.addWidget(
            body_label(
                self.tr(
                    "Choose the backup file you brought from your other computer, for example "
                    "on a USB stick. Then type the password or the recovery code that opened "
                    "the journal there."
                ),
                self,
            )
        )
        layout.addWidget(
            body_label(
                self.tr(
                    "The backup is checked before it is used. Your journal will be as it was "
                    "on the day of that backup."
                ),
                self,
            )
        )
        layout.addSpacing(6)
        layout.addWidget(self.form)
        layout.addSpacing(6)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setFocusProxy(self.form.secret)

    def is_busy(self) -> bool:
        return self._job is not None

    def set_backup_file(self, path: Path) -> None:
        """Use ``path`` as the backup (the file dialog calls this too, through the form)."""
        self.form.set_file(path)
        self.form.focus_next_step()

    def restore(self) -> None:
        """Start restoring in the background; the page shows a busy state until it is done."""
        if self._job is not None:
            return
        problem = self.form.problem()
        if problem is not None or self.form.backup_file is None:
            self.message.setText(problem or "")
            self.form.focus_next_step()
            return
        is_code = self.form.is_code.isChecked()
        call = restore_call(
            self.form.backup_file, self.paths, self.form.secret.text(), is_code, self._kdf
        )
        self.message.clear()
        self._set_busy(True)
        job = run_job(call, discard=close_quietly)
        job.succeeded.connect(self._restored)
        job.failed.connect(lambda exc: self._failed(exc, is_code))
        self._job = job

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.form.setEnabled(not busy)
        self.back_button.setEnabled(not busy)

    def _restored(self, journal: Journal) -> None:
        self._job = None
        self._set_busy(False)
        self.form.secret.clear()
        remember_unlock_methods(self.paths, journal.has_passphrase, journal.device_unlock_enabled)
        self.restored.emit(journal)

    def _failed(self, exc: BaseException, is_code: bool) -> None:
        self._job = None
        self._set_busy(False)
        secret = "recovery" if is_code else "passphrase"
        self.message.setText(error_sentence(self, exc, secret, backup=True))
        if isinstance(exc, WrongKey):
            self.form.secret.selectAll()
            self.form.secret.setFocus()
