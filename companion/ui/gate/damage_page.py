"""The one screen for a damaged journal file: what happened, that the backups are safe, and
the way out (restore the newest backup, or choose another).

Shown in the Journal section whenever damage is found: at unlock, by the check that reads
every page after unlock, by a save, or by the daily backup. The damaged files are kept aside
under dated names in the data folder before the backup replaces them; nothing is deleted.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from companion.ui.gate.gate_widgets import (
    BODY_SCALE,
    BusyNote,
    body_label,
    link_button,
    page_layout,
    scrolled_column,
)
from companion.ui.gate.journal_jobs import close_quietly, restore_damaged_call
from companion.ui.gate.restore_form import RestoreForm, newest_backup
from companion.ui.widgets.entry_forms import local_text
from companion.ui.widgets.error_sentences import error_sentence
from companion.ui.widgets.typography import scaled_font
from companion.ui.widgets.workers import Job, run_job

if TYPE_CHECKING:
    from companion.journal import Journal
    from companion.paths import AppPaths


class DamagePage(QWidget):
    """Emits ``restored(journal)`` once a backup is back in place and open, and
    ``retry_requested`` when the family wants the usual locked screen again."""

    restored = Signal(object)
    retry_requested = Signal()

    def __init__(
        self, paths: AppPaths, parent: QWidget | None = None, *, kdf: object | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("damagePage")
        self.paths = paths
        self._kdf = kdf
        self._job: Job | None = None
        self.newest = newest_backup(paths.backups_dir)

        column = QVBoxLayout()
        column.setSpacing(14)
        intro = QWidget(self)
        layout = page_layout(intro, self.tr("The journal file is damaged"))
        layout.addWidget(
            body_label(
                self.tr(
                    "Companion found damage in the journal file on this computer and closed it "
                    "to protect what is there. This can happen after a power cut or a problem "
                    "with the disk. It is not something you did."
                ),
                intro,
            )
        )
        layout.addWidget(
            body_label(
                self.tr(
                    "Your backups are separate files and are safe: each one is checked before "
                    "anything is replaced. The damaged file is kept in Companion's folder; "
                    "nothing is deleted."
                ),
                intro,
            )
        )
        self.backup_label = body_label(self._backup_sentence(), intro)
        self.backup_label.setObjectName("newestBackup")
        self.backup_label.setFont(scaled_font(intro, BODY_SCALE, bold=True))
        layout.addWidget(self.backup_label)
        layout.addWidget(
            body_label(
                self.tr(
                    "To restore it, type your password (or recovery code) and press Restore it."
                ),
                intro,
            )
        )
        column.addWidget(intro)

        self.form = RestoreForm(self.tr("Restore it"), paths.backups_dir, self)
        self.form.choose_button.setText(self.tr("Choose another backup…"))
        self.form.choose_button.setAccessibleName(self.tr("Choose another backup"))
        self.form.go_button.setAccessibleName(self.tr("Restore this backup and open it"))
        self.form.go_button.setDefault(True)
        self.form.submitted.connect(self.submit)
        if self.newest is not None:
            self.form.set_file(self.newest)
        column.addWidget(self.form)

        self.message = QLabel(self)
        self.message.setObjectName("damageMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setFont(scaled_font(self, BODY_SCALE, bold=True))
        column.addWidget(self.message)
        self.busy = BusyNote(self.tr("Restoring the backup…"), self.tr("Restoring"), self)
        column.addWidget(self.busy)
        self.retry_button = link_button(self.tr("Try opening the journal again"), self)
        self.retry_button.clicked.connect(self.retry_requested)
        column.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        scrolled_column(self, column, max_width=720, margin=32)
        self.setFocusProxy(self.form.secret)

    def _backup_sentence(self) -> str:
        if self.newest is None:
            return self.tr(
                "No backup was found in Companion's backups folder. If you saved one "
                "somewhere else (a USB stick, say), choose it below."
            )
        try:
            made = datetime.fromtimestamp(self.newest.stat().st_mtime, tz=UTC)
        except OSError:
            return self.tr("The newest backup is ready to restore.")
        return self.tr(
            "The newest backup is from %1. What was written after that is not in it."
        ).replace("%1", local_text(made))

    def prefill(self, secret: str, is_code: bool) -> None:
        """What the family just typed at the locked screen, so one click restores."""
        self.form.is_code.setChecked(is_code)
        self.form.secret.setText(secret)

    def set_backup(self, path: Path) -> None:
        self.form.set_file(path)

    def submit(self) -> None:
        if self._job is not None:
            return
        form = self.form
        problem = form.problem()
        if problem is not None or form.backup_file is None:
            self.message.setText(problem or "")
            (form.choose_button if form.backup_file is None else form.secret).setFocus()
            return
        is_code = form.is_code.isChecked()
        call = restore_damaged_call(
            form.backup_file, self.paths, form.secret.text(), is_code, self._kdf
        )
        self.message.clear()
        self._set_busy(True)
        self._job = run_job(call, discard=close_quietly)
        self._job.succeeded.connect(self._opened)
        self._job.failed.connect(lambda exc: self._failed(exc, is_code))

    def _opened(self, journal: Journal) -> None:
        self._job = None
        self._set_busy(False)
        self.form.secret.clear()
        self.restored.emit(journal)

    def _failed(self, exc: BaseException, is_code: bool) -> None:
        self._job = None
        self._set_busy(False)
        self.message.setText(
            error_sentence(self, exc, "recovery" if is_code else "passphrase", backup=True)
        )
        self.form.secret.selectAll()
        self.form.secret.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.form.secret.setReadOnly(busy)
        for button in (self.form.go_button, self.form.choose_button, self.retry_button):
            button.setEnabled(not busy)
