"""The locked journal's front door: its password, the recovery code, this computer's keyring,
backups; and below them whatever may be seen without the password (``extra``).

Every attempt runs off the GUI thread (key derivation takes about half a second; a keyring
can hang). A wrong secret gets a plain sentence and a short, growing pause, never a lockout.
Typed secrets are not kept: fields are cleared once the journal opens.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from companion.journal import Damaged, ReplaceNeedsConfirmation, WrongKey
from companion.ui.gate.gate_widgets import (
    BODY_SCALE,
    FittedStack,
    QuietLabel,
    gate_button,
    scrolled_column,
)
from companion.ui.gate.journal_jobs import close_quietly, restore_call, unlock_call
from companion.ui.gate.restore_form import newest_backup
from companion.ui.gate.retry_pause import RetryPause
from companion.ui.gate.unlock_pages import BackupPage, PassphrasePage, RecoveryPage
from companion.ui.widgets.error_sentences import error_sentence, replace_question
from companion.ui.widgets.session import unlock_hints
from companion.ui.widgets.typography import scaled_font
from companion.ui.widgets.workers import Job, run_job

if TYPE_CHECKING:
    from companion.journal import Journal
    from companion.paths import AppPaths

#: How long to wait for the keyring before the passphrase is the only way (the keyring call
#: itself gives up after 3 s; this is the window's own backstop).
KEYRING_TIMEOUT_MS = 4_500

PASSPHRASE_PAGE, RECOVERY_PAGE, RESTORE_PAGE = 0, 1, 2


class UnlockView(QWidget):
    """Shown while the journal is locked. Emits ``unlocked(journal)`` once it opens.

    Call ``start()`` when the view is shown: if this computer keeps a device key, it is tried
    first in the background while the passphrase field stays usable.
    """

    unlocked = Signal(object)
    #: The journal file is damaged (not a backup being restored): the error, what was typed
    #: and whether it was the recovery code, so the damage screen can restore in one click.
    damaged = Signal(object, str, bool)

    def __init__(
        self,
        paths: AppPaths,
        parent: QWidget | None = None,
        *,
        kdf: object | None = None,
        keyring_timeout_ms: int = KEYRING_TIMEOUT_MS,
        extra: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.extra = extra
        self._kdf = kdf
        self._keyring_timeout_ms = keyring_timeout_ms
        self._job: Job | None = None
        self._device_job: Job | None = None
        self.last_method = ""

        self.passphrase_page = PassphrasePage(self)
        self.recovery_page = RecoveryPage(self)
        self.backup_page = BackupPage(paths.backups_dir, self)
        # The fields every way in reads, selects and clears.
        self.passphrase = self.passphrase_page.field
        self.recovery = self.recovery_page.field
        self.restore_form = self.backup_page.form
        self._connect_pages()
        self.pages = FittedStack(self)
        for page in (self.passphrase_page, self.recovery_page, self.backup_page):
            self.pages.addWidget(page)

        self.status = QuietLabel(self)
        self.status.setAccessibleName(self.tr("Unlock progress"))
        self.message = QuietLabel(self)
        self.message.setObjectName("unlockMessage")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setFont(scaled_font(self.message, BODY_SCALE, bold=True))
        self.restore_newest_button = gate_button(self.tr("Restore the newest backup"), parent=self)
        self.restore_newest_button.clicked.connect(self.restore_newest)
        self._known_damaged = False
        self.restore_newest_button.hide()

        self._pause = RetryPause(self)
        self._pause.ended.connect(lambda: self._set_submit_enabled(True))

        form = QWidget(self)
        form.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        rows = QVBoxLayout(form)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(14)
        rows.addWidget(self.pages)
        rows.addWidget(self.message)
        rows.addWidget(self.restore_newest_button, 0, Qt.AlignmentFlag.AlignLeft)
        rows.addWidget(self.status)
        column = QVBoxLayout()
        column.addWidget(form)
        if extra is not None:
            column.addWidget(extra)
        column.addStretch(1)
        scrolled_column(self, column, max_width=680, margin=20)
        self.setFocusProxy(self.passphrase)

    def set_form_visible(self, visible: bool) -> None:
        """Hide the ways in while ``extra`` needs the room (a card), and bring them back."""
        self.pages.setVisible(visible)
        for label in (self.message, self.status):
            label.setVisible(visible and bool(label.text()))
        self.restore_newest_button.setVisible(visible and self._known_damaged)
        if visible:
            self.pages.currentWidget().setFocus()  # type: ignore[union-attr]

    def _connect_pages(self) -> None:
        self.passphrase.returnPressed.connect(self.submit_passphrase)
        self.passphrase_page.unlock_button.clicked.connect(self.submit_passphrase)
        self.passphrase_page.forgot_button.clicked.connect(self.show_recovery)
        self.passphrase_page.restore_button.clicked.connect(self.show_restore)
        self.recovery.returnPressed.connect(self.submit_recovery)
        self.recovery_page.unlock_button.clicked.connect(self.submit_recovery)
        self.recovery_page.back_button.clicked.connect(self.show_passphrase)
        self.restore_form.submitted.connect(self.submit_restore)
        self.backup_page.back_button.clicked.connect(self.show_passphrase)

    # ---- navigation -----------------------------------------------------------------

    def show_passphrase(self) -> None:
        self.pages.setCurrentIndex(PASSPHRASE_PAGE)
        self.setFocusProxy(self.passphrase)
        self.passphrase.setFocus()

    def show_recovery(self) -> None:
        self._clear_message()
        self.show_recovery_keep_message()

    def show_recovery_keep_message(self) -> None:
        self.pages.setCurrentIndex(RECOVERY_PAGE)
        self.setFocusProxy(self.recovery)
        self.recovery.setFocus()

    def show_restore(self) -> None:
        self._clear_message()
        self.pages.setCurrentIndex(RESTORE_PAGE)
        if self.restore_form.backup_file is None:
            newest = newest_backup(self.paths.backups_dir)
            if newest is not None:
                self.set_restore_file(newest)
        self.setFocusProxy(self.restore_form.secret)
        self.restore_form.focus_next_step()

    def set_restore_file(self, path: Path) -> None:
        self.restore_form.set_file(path)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.pages.currentIndex() != PASSPHRASE_PAGE:
            self.show_passphrase()
            return
        super().keyPressEvent(event)

    # ---- keyring ----------------------------------------------------------------------

    def start(self) -> None:
        """Try this computer's keyring in the background if the journal uses it."""
        self.show_passphrase()
        has_passphrase, device = unlock_hints(self.paths)
        if not has_passphrase:
            self.pages.setCurrentIndex(RECOVERY_PAGE)
            self.setFocusProxy(self.recovery)
        if device and self._device_job is None:
            self.status.setText(self.tr("Opening the journal with the key kept on this computer…"))
            self._device_job = self._run(
                self._unlock_call(),
                self._on_device_opened,
                self._on_device_failed,
                may_hang=True,
                timeout_ms=self._keyring_timeout_ms,
            )

    def _on_device_opened(self, journal: Journal) -> None:
        self._device_job = None
        self.last_method = "device"
        self._opened(journal)

    def _on_device_failed(self, exc: BaseException | None) -> None:
        self._device_job = None
        self.status.clear()
        if isinstance(exc, Damaged):
            self._say(error_sentence(self, exc, "device"))
            self.damaged.emit(exc, "", False)
            return
        has_passphrase, _device = unlock_hints(self.paths)
        if not has_passphrase:
            self._say(
                self.tr(
                    "This computer did not give the journal's key back. Use your recovery "
                    "code to open the journal."
                )
            )
            self.show_recovery_keep_message()
            return
        if isinstance(exc, WrongKey):
            self._say(error_sentence(self, exc, "device"))
        else:
            self._say(
                self.tr(
                    "This computer did not give the journal's key back, so please type the "
                    "password for the journal."
                )
            )

    # ---- attempts ---------------------------------------------------------------------

    def submit_passphrase(self) -> None:
        secret = self.passphrase.text()
        if self._busy_or_waiting():
            return
        if not secret:
            self._say(self.tr("Please type the password for the journal first."))
            return
        self._attempt(self._unlock_call(passphrase=secret), "passphrase")

    def submit_recovery(self) -> None:
        code = self.recovery.text()
        if self._busy_or_waiting():
            return
        if not code.strip():
            self._say(self.tr("Please type your recovery code first."))
            return
        self._attempt(self._unlock_call(recovery_code=code), "recovery")

    def restore_newest(self) -> None:
        """The "Restore the newest backup" action after a Damaged journal."""
        newest = newest_backup(self.paths.backups_dir)
        secret = self.passphrase.text() or self.recovery.text()
        is_code = self.pages.currentIndex() == RECOVERY_PAGE
        form = self.restore_form
        self.pages.setCurrentIndex(RESTORE_PAGE)
        self.setFocusProxy(form.secret)
        if newest is None:
            self._say(
                self.tr(
                    "No backup was found in Companion's backups folder. Choose a backup file "
                    "you saved somewhere else."
                )
            )
            form.choose_button.setFocus()
            return
        self.set_restore_file(newest)
        form.is_code.setChecked(is_code)
        if secret:
            form.secret.setText(secret)
            self.submit_restore()
        else:
            form.secret.setFocus()

    def submit_restore(self) -> None:
        if self._busy_or_waiting():
            return
        form = self.restore_form
        problem = form.problem()
        if problem is not None or form.backup_file is None:
            self._say(problem or "")
            return
        # After "looks damaged" the family chose a backup knowing the journal cannot be read.
        self._restore(confirm_replace=self._known_damaged)

    def _restore(self, *, confirm_replace: bool) -> None:
        form = self.restore_form
        assert form.backup_file is not None
        is_code = form.is_code.isChecked()
        call = restore_call(
            form.backup_file,
            self.paths,
            form.secret.text(),
            is_code,
            self._kdf,
            confirm_replace=confirm_replace,
        )
        self._attempt(call, "recovery" if is_code else "passphrase", restoring=True)

    def confirm_replace(self, exc: ReplaceNeedsConfirmation) -> bool:
        """Ask before a backup replaces a journal with more in it (or one that cannot be read),
        showing both dates and counts. Tests replace this method."""
        answer = QMessageBox.question(
            self,
            self.tr("Replace the journal on this computer?"),
            replace_question(exc),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _unlock_call(
        self, passphrase: str | None = None, recovery_code: str | None = None
    ) -> Callable[[], Journal]:
        return unlock_call(self.paths, passphrase, recovery_code, self._kdf)

    def _attempt(
        self, call: Callable[[], Journal], secret: str, *, restoring: bool = False
    ) -> None:
        self._clear_message()
        self._set_busy(True)
        self.status.setText(
            self.tr("Restoring the backup…") if restoring else self.tr("Unlocking…")
        )

        def failed(exc: BaseException | None) -> None:
            self._job = None
            self._set_busy(False)
            self.status.clear()
            asked = isinstance(exc, ReplaceNeedsConfirmation) and restoring
            if asked and self.confirm_replace(exc):  # type: ignore[arg-type]
                self._restore(confirm_replace=True)
                return
            self._failed(exc, secret)
            if isinstance(exc, Damaged) and not restoring:
                typed = self.recovery.text() if secret == "recovery" else self.passphrase.text()
                self.damaged.emit(exc, typed, secret == "recovery")

        def opened(journal: Journal) -> None:
            self._job = None
            self.last_method = "restore" if restoring else secret
            self._opened(journal)

        self._job = self._run(call, opened, failed)

    def _run(
        self,
        call: Callable[[], Journal],
        on_ok: Callable[[Journal], None],
        on_fail: Callable[[BaseException | None], None],
        **options: object,
    ) -> Job:
        job = run_job(call, discard=close_quietly, **options)  # type: ignore[arg-type]
        job.succeeded.connect(on_ok)
        job.failed.connect(on_fail)
        job.timed_out.connect(lambda: on_fail(None))
        return job

    def _opened(self, journal: Journal) -> None:
        for job in (self._device_job, self._job):
            if job is not None:
                job.cancel()
        self._device_job = self._job = None
        self._pause.reset()
        self._set_busy(False)
        for field in self._secret_fields():
            field.clear()
        self._clear_message()
        self.status.clear()
        self.unlocked.emit(journal)

    def _failed(self, exc: BaseException | None, secret: str) -> None:
        if exc is None:
            self._say(self.tr("The journal did not answer in time. Please try again."))
            return
        self._say(error_sentence(self, exc, secret))
        if isinstance(exc, Damaged):
            self._known_damaged = True
            self.restore_newest_button.show()
        if isinstance(exc, WrongKey):
            field = self.recovery if secret == "recovery" else self.passphrase
            if self.pages.currentIndex() == RESTORE_PAGE:
                field = self.restore_form.secret
            field.selectAll()
            field.setFocus()
            self._pause.wrong_attempt()
            self._set_submit_enabled(False)

    # ---- busy and waiting ---------------------------------------------------------------

    def is_waiting(self) -> bool:
        """True during the short pause after a wrong attempt."""
        return self._pause.waiting

    def _busy_or_waiting(self) -> bool:
        return self._pause.waiting or self._job is not None

    def _secret_fields(self) -> tuple[QLineEdit, ...]:
        return (self.passphrase, self.recovery, self.restore_form.secret)

    def _set_submit_enabled(self, enabled: bool) -> None:
        for button in (
            self.passphrase_page.unlock_button,
            self.recovery_page.unlock_button,
            self.restore_form.go_button,
        ):
            button.setEnabled(enabled)

    def _set_busy(self, busy: bool) -> None:
        for field in self._secret_fields():
            field.setReadOnly(busy)
        self._set_submit_enabled(not busy and not self._pause.waiting)

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def _clear_message(self) -> None:
        self.message.clear()
        self.restore_newest_button.hide()
