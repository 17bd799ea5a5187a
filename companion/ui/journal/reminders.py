"""Appointment reminders while the app runs: a timer looks for reminders that are due.

Shown as a system tray notification when the desktop has a tray; otherwise as a line in the
status bar and a (non-modal) dialog. Each reminder is shown once, remembered in the journal.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QStyle, QSystemTrayIcon, QWidget

from companion.journal import Damaged
from companion.journal.records import Appointment
from companion.ui.widgets.entry_forms import local_text
from companion.ui.widgets.error_sentences import tell_damage

if TYPE_CHECKING:
    from companion.journal import Journal

SHOWN_SETTING = "reminders_shown"
CHECK_INTERVAL_MS = 30_000


def reminder_key(appointment: Appointment) -> str:
    """Changes when the time or the reminder changes, so an edited visit reminds again."""
    return f"{appointment.id}|{appointment.starts_at.isoformat()}|{appointment.reminder_minutes}"


class ReminderWatcher(QObject):
    """Checks every ``CHECK_INTERVAL_MS``; emits ``due(appointment)`` once per reminder."""

    due = Signal(object)

    def __init__(self, journal: Journal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(0, self.check)

    def stop(self) -> None:
        self.timer.stop()

    def check(self, now: datetime | None = None) -> list[Appointment]:
        """Emit ``due`` for every reminder whose time has come; returns them."""
        if not self.journal.is_open:
            return []
        try:
            return self._check(now)
        except Damaged as exc:
            tell_damage(exc)
            return []

    def _check(self, now: datetime | None) -> list[Appointment]:
        moment = now or datetime.now(UTC)
        shown = set(self.journal.get_setting(SHOWN_SETTING) or [])
        fired: list[Appointment] = []
        live: set[str] = set()
        for appointment in self.journal.upcoming_appointments(now=moment):
            if appointment.reminder_minutes is None:
                continue
            key = reminder_key(appointment)
            live.add(key)
            remind_at = appointment.starts_at - timedelta(minutes=appointment.reminder_minutes)
            if remind_at <= moment < appointment.starts_at and key not in shown:
                fired.append(appointment)
                shown.add(key)
        if fired or shown - live:
            self.journal.set_setting(SHOWN_SETTING, sorted(shown & live))
            for appointment in fired:
                self.due.emit(appointment)
        return fired


def reminder_text(appointment: Appointment, child_name: str) -> str:
    parts = [appointment.purpose or QCoreApplication.translate("Reminders", "Appointment")]
    if appointment.with_whom:
        parts.append(appointment.with_whom)
    if appointment.place:
        parts.append(appointment.place)
    what = " · ".join(parts)
    return f"{child_name}: {what}\n{local_text(appointment.starts_at)}"


class ReminderNotifier(QObject):
    """Shows a due reminder: tray message if possible, else status line plus a dialog."""

    status_message = Signal(str)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.tray: QSystemTrayIcon | None = None
        self.dialogs: list[QMessageBox] = []

    def notify(self, title: str, text: str) -> None:
        if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            if self.tray is None:
                icon = self.window.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxInformation
                )
                self.tray = QSystemTrayIcon(icon, self)
                self.tray.setToolTip(title)
                self.tray.show()
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 30_000)
            self.status_message.emit(f"{title}: {text.splitlines()[0]}")
            return
        self.status_message.emit(f"{title}: {text.splitlines()[0]}")
        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self.window
        )
        box.setAccessibleName(title)
        box.setModal(False)
        box.finished.connect(lambda _result, b=box: self._forget(b))
        self.dialogs.append(box)
        box.show()

    def _forget(self, box: QMessageBox) -> None:
        if box in self.dialogs:
            self.dialogs.remove(box)
        box.deleteLater()
