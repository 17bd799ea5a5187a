"""The open (or locked) journal, shared by every screen that shows family data."""

from __future__ import annotations

import contextlib
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from companion.journal import Journal
    from companion.paths import AppPaths

#: Setting (in the journal) for minutes without input before it locks itself; 0 means never.
IDLE_SETTING = "auto_lock_minutes"
DEFAULT_IDLE_MINUTES = 10
MAX_IDLE_MINUTES = 24 * 60

#: Input that means someone is at the computer using Companion.
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


def _hint_settings(paths: AppPaths) -> QSettings:
    return QSettings(str(paths.settings_file), QSettings.Format.IniFormat)


def unlock_hints(paths: AppPaths) -> tuple[bool, bool]:
    """(has a passphrase, has a device key) as seen the last time the journal was open.

    Only a hint for the locked screen (which form to show, whether to try the keyring first);
    wrong hints cost one failed try and are corrected at the next unlock. No secrets here.
    """
    settings = _hint_settings(paths)
    has_passphrase = settings.value("unlock/has_passphrase", True, type=bool)
    device = settings.value("unlock/device_key", False, type=bool)
    return bool(has_passphrase), bool(device)


def remember_unlock_methods(paths: AppPaths, has_passphrase: bool, device: bool) -> None:
    settings = _hint_settings(paths)
    settings.setValue("unlock/has_passphrase", bool(has_passphrase))
    settings.setValue("unlock/device_key", bool(device))
    settings.sync()


class JournalSession(QObject):
    """Holds the unlocked Journal, or nothing while locked.

    Screens listen to ``unlocked`` / ``locked`` to show or hide family data, and to ``changed``
    (with the kind of entry, e.g. "contact") to refresh after another screen wrote something.
    While unlocked, an application-wide event filter watches for key and mouse input; after
    ``idle_minutes`` without any, the journal locks itself (``auto_locked`` then ``locked``).
    Each unlock also makes today's backup and reads every page of the journal file, in the
    background: ``daily_backup_done(path or None)``, or ``daily_backup_failed(error)`` (the
    journal stays open either way). Damage found then, or by any screen
    (:meth:`report_damage`), closes the journal and emits ``damaged(error)`` then ``locked``;
    :attr:`damage` stays set until a journal is opened again (restored) or
    :meth:`clear_damage`.
    """

    unlocked = Signal()
    #: Emitted by :meth:`lock` while the journal is still open (a last exchange).
    about_to_lock = Signal()
    locked = Signal()
    auto_locked = Signal()
    changed = Signal(str)
    daily_backup_done = Signal(object)
    daily_backup_failed = Signal(object)
    damaged = Signal(object)
    lock_failed = Signal(str)

    def __init__(self, paths: AppPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self._journal: Journal | None = None
        self._idle_ms = DEFAULT_IDLE_MINUTES * 60_000
        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.timeout.connect(self._on_idle)
        self._filtering = False
        # Held by the daily backup while it runs, and by closing, so a lock never pulls the
        # database out from under a backup half written.
        self._closing = threading.Lock()
        self.damage: BaseException | None = None

    @property
    def journal(self) -> Journal | None:
        return self._journal

    def is_unlocked(self) -> bool:
        return self._journal is not None

    def open_with(self, journal: Journal) -> None:
        """Take an unlocked journal (from the setup or unlock screen) and start the idle clock."""
        if self._journal is not None and self._journal is not journal:
            self._close(self._journal)
        self._journal = journal
        self.damage = None
        journal.translate = QCoreApplication.translate
        self._remember_methods(journal)
        self._idle_ms = self._stored_idle_ms(journal)
        self._start_watching()
        self.unlocked.emit()
        self._start_checks(journal)

    def lock(self) -> str | None:
        """Write everything to the main file, close the database and drop the key.

        Public sections keep working; family data disappears from every screen. Returns
        the sentence of ``lock_failed`` when closing met a full or read-only disk.
        """
        if self._journal is not None:
            self.about_to_lock.emit()
        self._stop_watching()
        journal, self._journal = self._journal, None
        if journal is None:
            return None
        try:
            self._close(journal)
        except Exception as exc:
            return self._lock_failed(exc)
        self.locked.emit()
        return None

    def _lock_failed(self, exc: BaseException) -> str | None:
        """Closing failed: the key is dropped all the same; say what was kept. Damage goes
        to the damage screen; anything else is a bug."""
        from companion.journal import Damaged
        from companion.ui.widgets.error_sentences import Doing, sentence

        if isinstance(exc, Damaged):
            self.report_damage(exc)
            return None
        self.locked.emit()
        text = sentence(exc, Doing.LOCK)
        if text is None:
            raise exc
        self.lock_failed.emit(text)
        return text

    def lock_now(self) -> None:
        """Lock at the family's request (Ctrl+L, the Lock button)."""
        self.lock()

    def notify_changed(self, kind: str) -> None:
        self.changed.emit(kind)

    # ---- integrity check and daily backup -----------------------------------------------

    def _start_checks(self, journal: Journal) -> None:
        """Make today's backup and read every page, off the GUI thread (the family never
        waits for either); damage is reported, other failures become a sentence.

        Making the backup reads and checks every page already (the copy is checked before
        it is kept), so the full check runs when no backup was made: the one database
        connection is held once per unlock, not twice.
        """
        from companion.journal import Damaged, StorageError
        from companion.ui.widgets.workers import run_job

        # On a snapshot of the file: the journal stays free for the family's saves meanwhile.
        check = getattr(journal, "check_integrity_apart", None)
        make_backup = getattr(journal, "daily_backup", None)

        def call() -> object:
            with self._closing:
                if not journal.is_open:
                    return None  # locked before the work started: nothing to do
                try:
                    made = make_backup() if callable(make_backup) else None
                except StorageError as exc:
                    if callable(check) and not isinstance(exc, Damaged):
                        check()  # a backup that failed: was it damage?
                    raise
                if made is None and callable(check):
                    check()
                return made

        job = run_job(call)
        job.succeeded.connect(self.daily_backup_done)
        job.failed.connect(lambda exc: self._background_failed(journal, exc))

    def _background_failed(self, journal: Journal, exc: BaseException) -> None:
        from companion.journal import Damaged

        if isinstance(exc, Damaged):
            if self._journal is journal:
                self.report_damage(exc)
            return
        self.daily_backup_failed.emit(exc)

    # ---- damage -----------------------------------------------------------------------

    def report_damage(self, exc: BaseException) -> None:
        """The journal file is damaged: close it (the key is dropped) and show the way out."""
        if self.damage is not None and self._journal is None:
            return  # already showing it
        self.damage = exc
        self._stop_watching()
        journal, self._journal = self._journal, None
        if journal is not None:
            # A damaged file may not close cleanly; the key is dropped all the same.
            with contextlib.suppress(Exception):
                self._close(journal)
        self.damaged.emit(exc)
        self.locked.emit()

    def clear_damage(self) -> None:
        """Back to the usual locked screen (the family wants to try opening it again)."""
        if self.damage is not None:
            self.damage = None
            self.locked.emit()

    # ---- idle lock --------------------------------------------------------------------

    @property
    def idle_minutes(self) -> int:
        """Minutes without input before the journal locks itself (0: never)."""
        return self._idle_ms // 60_000

    def set_idle_minutes(self, minutes: int) -> None:
        """Change the auto-lock time and keep it in the journal's settings."""
        minutes = max(0, min(int(minutes), MAX_IDLE_MINUTES))
        if self._journal is not None:
            self._journal.set_setting(IDLE_SETTING, minutes)
        self.set_idle_timeout_ms(minutes * 60_000)

    def set_idle_timeout_ms(self, milliseconds: int) -> None:
        """The same in milliseconds, not stored (used by tests and the screenshot tool)."""
        self._idle_ms = max(0, int(milliseconds))
        if self._journal is not None:
            self._restart_idle_clock()

    def idle_timer_active(self) -> bool:
        return self._idle_timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self._journal is not None:
            self._restart_idle_clock()
        return False

    def _remember_methods(self, journal: Journal) -> None:
        try:
            has_passphrase = bool(journal.has_passphrase)
            device = bool(journal.device_unlock_enabled)
        except Exception:  # a hint only; never block opening the journal
            return
        remember_unlock_methods(self.paths, has_passphrase, device)

    def _stored_idle_ms(self, journal: Journal) -> int:
        try:
            raw = journal.get_setting(IDLE_SETTING)
        except Exception:  # a missing setting must never block unlocking
            raw = None
        try:
            minutes = int(raw) if raw not in (None, "") else DEFAULT_IDLE_MINUTES
        except (TypeError, ValueError):
            minutes = DEFAULT_IDLE_MINUTES
        return max(0, min(minutes, MAX_IDLE_MINUTES)) * 60_000

    def _restart_idle_clock(self) -> None:
        if self._idle_ms > 0:
            self._idle_timer.start(self._idle_ms)
        else:
            self._idle_timer.stop()

    def _start_watching(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._filtering:
            app.installEventFilter(self)
            self._filtering = True
        self._restart_idle_clock()

    def _stop_watching(self) -> None:
        self._idle_timer.stop()
        app = QApplication.instance()
        if app is not None and self._filtering:
            app.removeEventFilter(self)
        self._filtering = False

    def _on_idle(self) -> None:
        if self._journal is not None:
            self.auto_locked.emit()
            self.lock()

    def _close(self, journal: Journal) -> None:
        """Close (the journal checkpoints its WAL as it closes); the key is dropped even when
        closing fails.

        Waits for a daily backup still being written (the database has one connection, so
        closing would wait for it anyway).
        """
        with self._closing:
            journal.close()
