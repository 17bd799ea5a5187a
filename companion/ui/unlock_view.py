"""The locked journal's front door: passphrase, recovery code, this computer's keyring, backups.

Every attempt runs off the GUI thread (key derivation takes about half a second; a keyring
can hang). A wrong secret gets a plain sentence and a short, growing pause, never a lockout.
Typed secrets are not kept: fields are cleared once the journal opens.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.ui.entry_forms import TARGET_HEIGHT, big_button, heading_font
from companion.ui.session import unlock_hints
from companion.ui.workers import Job, run_job

if TYPE_CHECKING:
    from companion.journal import Journal
    from companion.paths import AppPaths

#: Pauses after wrong attempts, in milliseconds: 0.5 s, 1 s, 2 s, 4 s, then 5 s each time.
FIRST_DELAY_MS = 500
MAX_DELAY_MS = 5_000
#: How long to wait for the keyring before the passphrase is the only way (the keyring call
#: itself gives up after 3 s; this is the window's own backstop).
KEYRING_TIMEOUT_MS = 4_500
BACKUP_PATTERN = "*.companion-backup"

PASSPHRASE_PAGE, RECOVERY_PAGE, RESTORE_PAGE = 0, 1, 2


def _is(exc: BaseException, name: str) -> bool:
    """Match the storage errors by class name: the UI never imports companion.storage."""
    return any(cls.__name__ == name for cls in type(exc).__mro__)


def retry_delay_ms(failures: int) -> int:
    """The pause before the next try after ``failures`` wrong attempts in a row."""
    if failures <= 0:
        return 0
    return int(min(FIRST_DELAY_MS * 2 ** (failures - 1), MAX_DELAY_MS))


def error_sentence(widget: QWidget, exc: BaseException, secret: str = "passphrase") -> str:
    """What a tired parent reads when opening or creating the journal fails."""
    tr = widget.tr
    if _is(exc, "WrongKey"):
        if secret == "recovery":
            return tr(
                "That recovery code did not open the journal. Check each group of letters "
                "and numbers, then try again."
            )
        if secret == "device":
            return tr(
                "This computer's keyring did not open the journal, so please type your passphrase."
            )
        return tr(
            "That passphrase did not open the journal. Check that Caps Lock is off, then try again."
        )
    if _is(exc, "KeyringUnavailable"):
        return tr("This computer's keyring did not answer, so please type your passphrase.")
    if _is(exc, "NewerSchema"):
        return tr(
            "This journal was saved by a newer version of Companion. Please update Companion "
            "to open it. Nothing was changed."
        )
    if _is(exc, "Damaged"):
        return tr(
            "The journal file looks damaged. Your backups are safe; you can restore the newest one."
        )
    if _is(exc, "DiskFull"):
        return tr(
            "The disk is full, so the journal cannot be opened safely. Free some space (for "
            "example, empty the trash), then try again. Nothing was changed."
        )
    if _is(exc, "ReadOnly"):
        return tr(
            "Companion cannot write to its folder. Check that the disk is not read-only and "
            "that the folder belongs to you, then try again. Nothing was changed."
        )
    if _is(exc, "Locked"):
        return tr("The journal is already open in another Companion window.")
    if isinstance(exc, FileNotFoundError):
        return tr("There is no journal in this folder yet, or the backup file was not found.")
    return tr(
        "The journal could not be opened. Please try again; if it keeps happening, restart "
        "the computer."
    )


def newest_backup(folder: Path) -> Path | None:
    """The most recent backup file in ``folder``, or None."""
    try:
        files = [p for p in folder.glob(BACKUP_PATTERN) if p.is_file()]
    except OSError:
        return None
    return max(files, key=lambda p: p.stat().st_mtime, default=None)


def body_font(widget: QWidget, scale: float = 1.15) -> QFont:
    """Explanations a little bigger than the default, following the text size setting."""
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    return font


def mono_font(widget: QWidget, scale: float = 1.0) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    base = widget.font().pointSizeF()
    if base > 0:
        font.setPointSizeF(base * scale)
    return font


def link_button(text: str, parent: QWidget) -> QPushButton:
    """A flat, underlined button: looks like a link, reachable with Tab, Enter presses it."""
    button = QPushButton(text, parent)
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setAccessibleName(text)
    font = QFont(button.font())
    font.setUnderline(True)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * 1.1)
    button.setFont(font)
    button.setMinimumHeight(TARGET_HEIGHT)
    return button


def secret_field(name: str, parent: QWidget, *, password: bool = True) -> QLineEdit:
    field = QLineEdit(parent)
    field.setAccessibleName(name)
    field.setMinimumHeight(TARGET_HEIGHT)
    if password:
        field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
    return field


class UnlockView(QWidget):
    """Shown while the journal is locked. Emits ``unlocked(journal)`` once it opens.

    Call ``start()`` when the view is shown: if this computer keeps a device key, it is tried
    first in the background while the passphrase field stays usable.
    """

    unlocked = Signal(object)

    def __init__(
        self,
        paths: AppPaths,
        parent: QWidget | None = None,
        *,
        kdf: object | None = None,
        keyring_timeout_ms: int = KEYRING_TIMEOUT_MS,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self._kdf = kdf
        self._keyring_timeout_ms = keyring_timeout_ms
        self._failures = 0
        self._job: Job | None = None
        self._device_job: Job | None = None
        self._waiting = False
        self._restore_file: Path | None = None
        self.last_method = ""

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_passphrase_page())
        self.pages.addWidget(self._build_recovery_page())
        self.pages.addWidget(self._build_restore_page())
        self.pages.currentChanged.connect(self._fit_page)
        self._fit_page(PASSPHRASE_PAGE)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Unlock progress"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("unlockMessage")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        message_font = QFont(self.message.font())
        if message_font.pointSizeF() > 0:
            message_font.setPointSizeF(message_font.pointSizeF() * 1.15)
        message_font.setBold(True)
        self.message.setFont(message_font)
        self.restore_newest_button = big_button(self.tr("Restore the newest backup"), parent=self)
        self.restore_newest_button.clicked.connect(self.restore_newest)
        self.restore_newest_button.hide()

        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.timeout.connect(self._end_pause)

        column = QVBoxLayout()
        column.setSpacing(14)
        column.addWidget(self.pages)
        column.addWidget(self.message)
        column.addWidget(self.restore_newest_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.status)
        column.addStretch(1)
        holder = QWidget(self)
        holder.setLayout(column)
        holder.setMaximumWidth(680)
        for button in self.findChildren(QPushButton):
            if not button.isFlat():
                button.setFont(body_font(self))
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addStretch(1)
        outer.addWidget(holder, 4)
        outer.addStretch(1)
        self.setFocusProxy(self.passphrase)

    # ---- pages ----------------------------------------------------------------------

    def _heading(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setFont(heading_font(self, 1.8))
        label.setWordWrap(True)
        return label

    def _text(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setWordWrap(True)
        label.setFont(body_font(self))
        return label

    def _build_passphrase_page(self) -> QWidget:
        page = QWidget(self)
        self.passphrase = secret_field(self.tr("Passphrase"), page)
        self.passphrase.returnPressed.connect(self.submit_passphrase)
        self.unlock_button = big_button(self.tr("Unlock"), self.tr("Unlock the journal"), page)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit_passphrase)
        self.forgot_button = link_button(self.tr("Forgot it? Use your recovery code"), page)
        self.forgot_button.clicked.connect(self.show_recovery)
        self.restore_button = link_button(self.tr("Restore from a backup"), page)
        self.restore_button.clicked.connect(self.show_restore)
        label = self._text(self.tr("Passphrase"), page)
        label.setBuddy(self.passphrase)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        links = QHBoxLayout()
        links.addWidget(self.forgot_button)
        links.addWidget(self.restore_button)
        links.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self._heading(self.tr("Your journal is locked"), page))
        layout.addWidget(
            self._text(self.tr("Type your passphrase to open it. Then press Enter."), page)
        )
        layout.addSpacing(6)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addLayout(links)
        return page

    def _build_recovery_page(self) -> QWidget:
        page = QWidget(self)
        self.recovery = secret_field(self.tr("Recovery code"), page, password=False)
        self.recovery.setFont(mono_font(self, 1.3))
        self.recovery.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.recovery.returnPressed.connect(self.submit_recovery)
        self.recovery_button = big_button(
            self.tr("Unlock"), self.tr("Unlock with the recovery code"), page
        )
        self.recovery_button.clicked.connect(self.submit_recovery)
        self.back_button = link_button(self.tr("Back to the passphrase"), page)
        self.back_button.clicked.connect(self.show_passphrase)
        label = self._text(self.tr("Recovery code"), page)
        label.setBuddy(self.recovery)
        row = QHBoxLayout()
        row.addWidget(self.recovery, 1)
        row.addWidget(self.recovery_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self._heading(self.tr("Use your recovery code"), page))
        layout.addWidget(
            self._text(
                self.tr(
                    "Type the code you printed or saved when you set up the journal. Capital "
                    "letters, spaces and dashes do not matter."
                ),
                page,
            )
        )
        layout.addSpacing(6)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _build_restore_page(self) -> QWidget:
        page = QWidget(self)
        self.restore_file_label = self._text(self.tr("No backup chosen yet."), page)
        self.restore_file_label.setAccessibleName(self.tr("Chosen backup file"))
        self.choose_file_button = big_button(self.tr("Choose a backup file…"), parent=page)
        self.choose_file_button.clicked.connect(self.choose_backup_file)
        self.restore_secret = secret_field(self.tr("Passphrase or recovery code"), page)
        self.restore_secret.returnPressed.connect(self.submit_restore)
        self.restore_is_code = QCheckBox(self.tr("This is my recovery code"), page)
        self.restore_is_code.setAccessibleName(self.tr("This is my recovery code"))
        self.restore_is_code.toggled.connect(self._restore_kind_changed)
        self.restore_is_code.setFont(body_font(self))
        self.restore_go = big_button(self.tr("Restore and unlock"), parent=page)
        self.restore_go.clicked.connect(self.submit_restore)
        self.restore_back = link_button(self.tr("Back to the passphrase"), page)
        self.restore_back.clicked.connect(self.show_passphrase)
        secret_label = self._text(self.tr("Passphrase or recovery code"), page)
        secret_label.setBuddy(self.restore_secret)
        file_row = QHBoxLayout()
        file_row.addWidget(self.choose_file_button)
        file_row.addWidget(self.restore_file_label, 1)
        secret_row = QHBoxLayout()
        secret_row.addWidget(self.restore_secret, 1)
        secret_row.addWidget(self.restore_go)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self._heading(self.tr("Restore from a backup"), page))
        layout.addWidget(
            self._text(
                self.tr(
                    "Companion keeps a backup each day in its backups folder. Choose one: it is "
                    "checked before anything is replaced, and the journal will be as it was "
                    "on the day of that backup."
                ),
                page,
            )
        )
        layout.addLayout(file_row)
        layout.addWidget(secret_label)
        layout.addLayout(secret_row)
        layout.addWidget(self.restore_is_code)
        layout.addWidget(self.restore_back, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    # ---- navigation -----------------------------------------------------------------

    def _fit_page(self, index: int) -> None:
        """Size the stack to the page shown, so messages sit right under the form."""
        for i in range(self.pages.count()):
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            page = self.pages.widget(i)
            if page is None:
                continue
            page.setSizePolicy(policy, policy)
            page.adjustSize()
        self.pages.adjustSize()

    def show_passphrase(self) -> None:
        self.pages.setCurrentIndex(PASSPHRASE_PAGE)
        self.setFocusProxy(self.passphrase)
        self.passphrase.setFocus()

    def show_recovery(self) -> None:
        self._clear_message()
        self.pages.setCurrentIndex(RECOVERY_PAGE)
        self.setFocusProxy(self.recovery)
        self.recovery.setFocus()

    def show_restore(self) -> None:
        self._clear_message()
        self.pages.setCurrentIndex(RESTORE_PAGE)
        if self._restore_file is None:
            newest = newest_backup(self.paths.backups_dir)
            if newest is not None:
                self.set_restore_file(newest)
        self.setFocusProxy(self.restore_secret)
        (self.restore_secret if self._restore_file else self.choose_file_button).setFocus()

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
            self.status.setText(
                self.tr("Trying to unlock automatically with this computer's keyring…")
            )
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
        has_passphrase, _device = unlock_hints(self.paths)
        if not has_passphrase:
            self._say(
                self.tr(
                    "This computer's keyring did not answer. Use your recovery code to open "
                    "the journal."
                )
            )
            self.show_recovery_keep_message()
            return
        if exc is not None and _is(exc, "WrongKey"):
            self._say(error_sentence(self, exc, "device"))
        else:
            self._say(
                self.tr("This computer's keyring did not answer, so please type your passphrase.")
            )

    def show_recovery_keep_message(self) -> None:
        self.pages.setCurrentIndex(RECOVERY_PAGE)
        self.setFocusProxy(self.recovery)
        self.recovery.setFocus()

    # ---- attempts ---------------------------------------------------------------------

    def submit_passphrase(self) -> None:
        secret = self.passphrase.text()
        if self._waiting or self._job is not None:
            return
        if not secret:
            self._say(self.tr("Please type your passphrase first."))
            return
        self._attempt(self._unlock_call(passphrase=secret), "passphrase")

    def submit_recovery(self) -> None:
        code = self.recovery.text()
        if self._waiting or self._job is not None:
            return
        if not code.strip():
            self._say(self.tr("Please type your recovery code first."))
            return
        self._attempt(self._unlock_call(recovery_code=code), "recovery")

    def choose_backup_file(self) -> None:
        start = str(self.paths.backups_dir)
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            start,
            self.tr("Companion backups (%1)").replace("%1", BACKUP_PATTERN),
        )
        if name:
            self.set_restore_file(Path(name))

    def set_restore_file(self, path: Path) -> None:
        self._restore_file = path
        self.restore_file_label.setText(path.name)

    def restore_newest(self) -> None:
        """The "Restore the newest backup" action after a Damaged journal."""
        newest = newest_backup(self.paths.backups_dir)
        secret = self.passphrase.text() or self.recovery.text()
        is_code = self.pages.currentIndex() == RECOVERY_PAGE
        self.pages.setCurrentIndex(RESTORE_PAGE)
        self.setFocusProxy(self.restore_secret)
        if newest is None:
            self._say(
                self.tr(
                    "No backup was found in Companion's backups folder. Choose a backup file "
                    "you saved somewhere else."
                )
            )
            self.choose_file_button.setFocus()
            return
        self.set_restore_file(newest)
        self.restore_is_code.setChecked(is_code)
        if secret:
            self.restore_secret.setText(secret)
            self.submit_restore()
        else:
            self.restore_secret.setFocus()

    def submit_restore(self) -> None:
        if self._waiting or self._job is not None:
            return
        if self._restore_file is None:
            self._say(self.tr("Please choose a backup file first."))
            return
        secret = self.restore_secret.text()
        if not secret.strip():
            self._say(self.tr("Please type your passphrase or recovery code first."))
            return
        is_code = self.restore_is_code.isChecked()
        source = self._restore_file
        data_dir = self.paths.data_dir
        kdf = self._kdf

        def call() -> Journal:
            from companion.journal import Journal

            extra: dict[str, Any] = {"_kdf": kdf} if kdf is not None else {}
            if is_code:
                return Journal.restore(source, data_dir, recovery_code=secret, **extra)
            return Journal.restore(source, data_dir, passphrase=secret, **extra)

        self._attempt(call, "recovery" if is_code else "passphrase", restoring=True)

    def _restore_kind_changed(self, is_code: bool) -> None:
        self.restore_secret.setEchoMode(
            QLineEdit.EchoMode.Normal if is_code else QLineEdit.EchoMode.Password
        )

    def _unlock_call(
        self, passphrase: str | None = None, recovery_code: str | None = None
    ) -> Callable[[], Journal]:
        data_dir = self.paths.data_dir
        kdf = self._kdf

        def call() -> Journal:
            from companion.journal import Journal

            extra: dict[str, Any] = {"_kdf": kdf} if kdf is not None else {}
            return Journal.unlock(data_dir, passphrase, recovery_code, **extra)

        return call

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
            self._failed(exc, secret)

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
        *,
        may_hang: bool = False,
        timeout_ms: int | None = None,
    ) -> Job:
        job = run_job(call, timeout_ms=timeout_ms, may_hang=may_hang, discard=_close_quietly)
        job.succeeded.connect(on_ok)
        job.failed.connect(on_fail)
        job.timed_out.connect(lambda: on_fail(None))
        return job

    def _opened(self, journal: Journal) -> None:
        for job in (self._device_job, self._job):
            if job is not None:
                job.cancel()
        self._device_job = self._job = None
        self._failures = 0
        self._set_busy(False)
        for field in (self.passphrase, self.recovery, self.restore_secret):
            field.clear()
        self._clear_message()
        self.status.clear()
        self.unlocked.emit(journal)

    def _failed(self, exc: BaseException | None, secret: str) -> None:
        if exc is None:
            self._say(self.tr("The journal did not answer in time. Please try again."))
            return
        self._say(error_sentence(self, exc, secret))
        if _is(exc, "Damaged"):
            self.restore_newest_button.show()
        if _is(exc, "WrongKey"):
            self._failures += 1
            field = self.recovery if secret == "recovery" else self.passphrase
            if self.pages.currentIndex() == RESTORE_PAGE:
                field = self.restore_secret
            field.selectAll()
            field.setFocus()
            self._pause(retry_delay_ms(self._failures))

    def _pause(self, milliseconds: int) -> None:
        self._waiting = True
        self._set_submit_enabled(False)
        self._retry_timer.start(milliseconds)

    def _end_pause(self) -> None:
        self._waiting = False
        self._set_submit_enabled(True)

    def is_waiting(self) -> bool:
        """True during the short pause after a wrong attempt."""
        return self._waiting

    def _set_submit_enabled(self, enabled: bool) -> None:
        for button in (self.unlock_button, self.recovery_button, self.restore_go):
            button.setEnabled(enabled)

    def _set_busy(self, busy: bool) -> None:
        for field in (self.passphrase, self.recovery, self.restore_secret):
            field.setReadOnly(busy)
        self._set_submit_enabled(not busy and not self._waiting)

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def _clear_message(self) -> None:
        self.message.clear()
        self.restore_newest_button.hide()


def _close_quietly(journal: object) -> None:
    """A journal opened after nobody was waiting for it is closed at once."""
    close = getattr(journal, "close", None)
    if callable(close):
        try:
            close()
        except Exception:  # nothing to tell anyone; it was never shown
            return
