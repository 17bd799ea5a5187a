"""The journal's "Privacy and backups" tab: backups, the password, a new recovery code,
automatic unlock, auto-lock, and the emergency information on the locked screen.

Backups and key changes run off the GUI thread; each section answers in a plain sentence
under its own button. The passphrase and keyring sections live in ``unlock_settings``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from companion.journal import DiskFull, Locked
from companion.ui.gate.gate_widgets import BODY_SCALE, BusyNote, body_label, gate_button
from companion.ui.gate.journal_jobs import secure_keyring_name
from companion.ui.gate.recovery_code_page import RecoveryCodePage
from companion.ui.journal.device_unlock import DeviceUnlockSection
from companion.ui.journal.emergency_section import EmergencySection
from companion.ui.journal.fever.tell_text import TellWords
from companion.ui.journal.unlock_settings import (
    KEYRING_TIMEOUT_MS,
    PassphraseSection,
    Sentence,
    SettingsSection,
    start_job,
)
from companion.ui.widgets.entry_forms import TARGET_HEIGHT, heading_font, local_text
from companion.ui.widgets.error_sentences import Doing, sentence, tell_damage
from companion.ui.widgets.fit.row_or_column import RowOrColumn
from companion.ui.widgets.session import DEFAULT_IDLE_MINUTES, IDLE_SETTING
from companion.ui.widgets.typography import scaled_font

if TYPE_CHECKING:
    from companion.journal import Journal
    from companion.ui.widgets.session import JournalSession

IDLE_CHOICES = (5, 10, 15, 30, 60, 0)
BACKUP_SUFFIX = ".companion-backup"
#: Journal setting: a new recovery code was made and not yet confirmed as kept.
CODE_PENDING_SETTING = "recovery_code_unconfirmed"
COLUMN_WIDTH = 780


class SecurityView(QWidget):
    """Backups, keys and auto-lock for the open journal.

    With ``session`` the auto-lock time applies at once; without, it is only stored (it then
    applies at the next unlock). ``keyring_probe`` and ``keyring_timeout_ms`` are for tests.
    """

    status_message = Signal(str)

    def __init__(
        self,
        journal: Journal,
        session: JournalSession | None = None,
        parent: QWidget | None = None,
        *,
        keyring_probe: Callable[[], str | None] = secure_keyring_name,
        keyring_timeout_ms: int = KEYRING_TIMEOUT_MS,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.session = session
        self.settings_page = QWidget(self)
        column = QVBoxLayout(self.settings_page)
        column.setContentsMargins(12, 8, 12, 12)
        column.setSpacing(10)
        title = QLabel(self.tr("Privacy and backups"), self.settings_page)
        title.setFont(heading_font(self, 1.3))
        column.addWidget(title)
        column.addWidget(
            body_label(
                self.tr(
                    "Your journal is encrypted on this computer. Here you can save a backup, "
                    "change how the journal unlocks, and choose when it locks itself."
                ),
                self.settings_page,
            )
        )
        self.backups = self._build_backups()
        self.passphrase = PassphraseSection(journal, self.settings_page)
        self.recovery = self._build_recovery()
        self.device = DeviceUnlockSection(
            journal, self.settings_page, probe=keyring_probe, timeout_ms=keyring_timeout_ms
        )
        self.auto_lock = self._build_auto_lock()
        self.emergency = EmergencySection(journal, self.settings_page)
        self.passphrase.saved.connect(self.device.refresh)
        for section in self.sections():
            section.status_message.connect(self.status_message)
            column.addWidget(section)
        column.addStretch(1)

        self.code_page = RecoveryCodePage(self)
        self.code_page.finish_button.setText(self.tr("Done: I kept the new code"))
        self.code_page.finish_button.setAccessibleName(self.tr("Done: I kept the new code"))
        self.code_page.confirmed.connect(self._code_kept)
        code_layout = self.code_page.layout()
        assert isinstance(code_layout, QVBoxLayout)
        code_layout.setContentsMargins(12, 8, 12, 12)
        old_note = body_label(self.tr("Your old recovery code no longer works."), self.code_page)
        old_note.setFont(scaled_font(self, BODY_SCALE, bold=True))
        code_layout.insertWidget(1, old_note)

        self.code_page.hide()
        # Two pages, one shown (a stacked widget would keep the taller one's height), in a
        # column of readable width; the row lets the scroll area ask its height for that width.
        pages = QVBoxLayout()
        pages.addWidget(self.settings_page)
        pages.addWidget(self.code_page)
        column_holder = QWidget(self)
        column_holder.setLayout(pages)
        column_holder.setMaximumWidth(COLUMN_WIDTH)
        pages.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(column_holder, 1)
        layout.addStretch(0)
        self._update_code_note()
        if session is not None:
            session.daily_backup_done.connect(self.refresh_backups)
            session.daily_backup_failed.connect(self._daily_backup_failed)

    def sections(self) -> list[SettingsSection]:
        keys = [self.passphrase, self.recovery, self.device]
        return [self.backups, *keys, self.auto_lock, self.emergency]

    def busy(self) -> bool:
        """True while a backup, key change or keyring call runs (tests wait on this)."""
        return any(section.job is not None for section in self.sections())

    def shutdown(self) -> None:
        """The journal is locking: stop listening to anything still running."""
        for section in self.sections():
            section.shutdown()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_backups()
        self.device.check_keyring()

    # -- backups --------------------------------------------------------------------------

    def _build_backups(self) -> SettingsSection:
        section = SettingsSection(self.journal, self.tr("Backups"), self.settings_page)
        section.column.addWidget(
            section.text(
                self.tr(
                    "Each day you open the journal, Companion makes an encrypted backup and "
                    "keeps the last seven. You can also save a backup anywhere you like, such "
                    "as on a USB stick."
                )
            )
        )
        self.backup_button = gate_button(
            self.tr("Back up now…"), self.tr("Back up the journal now"), section
        )
        self.backup_button.clicked.connect(self.choose_backup_file)
        self.backup_busy = BusyNote(self.tr("Writing the backup…"), self.tr("Backing up"), section)
        section.message.setAccessibleName(self.tr("Backup message"))
        self.backup_list = section.text("")
        self.backup_list.setWordWrap(False)
        self.backup_list.setAccessibleName(self.tr("Automatic backups"))
        self.backup_list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        section.add_row(self.backup_button)
        for widget in (self.backup_busy, section.message, self.backup_list):
            section.column.addWidget(widget)
        return section

    def choose_backup_file(self) -> None:
        name = self.tr("Companion journal backup") + f" {date.today().isoformat()}{BACKUP_SUFFIX}"
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a backup of the journal"),
            str(Path.home() / name),
            self.tr("Companion backup (*.companion-backup)"),
        )
        if chosen:
            path = Path(chosen)
            if not path.name.endswith(BACKUP_SUFFIX):
                path = path.with_name(path.name + BACKUP_SUFFIX)
            self.back_up_to(path)

    def back_up_to(self, path: Path) -> None:
        """Write an encrypted backup to ``path`` in the background, then say where it went."""
        if self.backups.job is not None:
            return
        journal = self.journal
        self.backups.message.clear()
        self.backup_busy.show()
        self.backup_button.setEnabled(False)
        self.backups.job = start_job(
            lambda: journal.backup(path), lambda _: self._backed_up(path), self._not_backed_up
        )

    def _backed_up(self, path: Path) -> None:
        self._backup_idle()
        self.backups.message.setText(
            self.tr(
                "Saved as “%1” in the folder %2. It is encrypted: to open it you need your "
                "password or your recovery code."
            )
            .replace("%1", path.name)
            .replace("%2", f"“{path.parent.name or path.parent}”")
        )
        self.status_message.emit(self.tr("Backup saved."))

    def _not_backed_up(self, exc: BaseException | None) -> None:
        self._backup_idle()
        if exc is not None and tell_damage(exc):  # the journal itself: the damage screen
            return
        if isinstance(exc, DiskFull):
            text = self.tr(
                "There is not enough space there, so the backup was not saved. Choose another "
                "place (a USB stick, for example) or free some space."
            )
        elif isinstance(exc, Locked):
            text = sentence(exc, Doing.CHANGE) or ""
        else:
            text = self.tr(
                "The backup could not be saved there. Please choose another place, such as "
                "your Documents folder or a USB stick."
            )
        self.backups.message.setText(text)

    def _backup_idle(self) -> None:
        self.backups.job = None
        self.backup_busy.hide()
        self.backup_button.setEnabled(True)

    def _daily_backup_failed(self, exc: BaseException) -> None:
        text = sentence(exc, Doing.BACKUP)
        if text is not None:
            self.backups.message.setText(text)

    def refresh_backups(self, *_: object) -> None:
        """List the automatic backups (in the computer's time) and the folder they are in."""
        try:
            listed = self.journal.list_backups()
        except Exception:  # a listing only; the backups themselves are untouched
            self.backup_list.setText(self.tr("The list of automatic backups could not be read."))
            return
        if listed:
            lines = [self.tr("Automatic backups, newest first:")]
            lines += [f"    •  {local_text(when)}" for _path, when in listed]
        else:
            lines = [self.tr("No automatic backup yet.")]
        lines.append(self.tr("They are kept in Companion's own backups folder."))
        self.backup_list.setText("\n".join(lines))
        self.backup_list.setToolTip(str(self.journal.paths.backups_dir))  # where, when asked

    # -- recovery code --------------------------------------------------------------------

    def _build_recovery(self) -> SettingsSection:
        section = SettingsSection(self.journal, self.tr("Recovery code"), self.settings_page)
        section.column.addWidget(
            section.text(
                self.tr(
                    "If your recovery code is lost, or someone else may have seen it, make a "
                    "new one. The old code then stops working."
                )
            )
        )
        self.code_note = Sentence(section)
        self.code_note.setAccessibleName(self.tr("Recovery code reminder"))
        self.code_note.setFont(scaled_font(self, BODY_SCALE, bold=True))
        self.code_button = gate_button(self.tr("Make a new recovery code…"), parent=section)
        self.code_button.clicked.connect(self.ask_new_code)
        self.code_question = section.text(
            self.tr(
                "Make a new code now? Your old recovery code stops working at once, so have a "
                "printer or a USB stick ready for the new one."
            )
        )
        self.code_yes = gate_button(self.tr("Yes, make a new code"), parent=section)
        self.code_yes.clicked.connect(self.make_new_code)
        self.code_no = gate_button(self.tr("Cancel"), self.tr("Keep the old code"), section)
        self.code_no.clicked.connect(self._cancel_new_code)
        section.message.setAccessibleName(self.tr("Recovery code message"))
        section.column.addWidget(self.code_note)
        section.add_row(self.code_button)
        section.column.addWidget(self.code_question)
        section.add_row(self.code_yes, self.code_no)
        section.column.addWidget(section.message)
        self._show_question(False)
        return section

    def _show_question(self, show: bool) -> None:
        for widget in (self.code_question, self.code_yes, self.code_no):
            widget.setVisible(show)

    def _update_code_note(self) -> None:
        try:
            pending = bool(self.journal.get_setting(CODE_PENDING_SETTING))
        except Exception:  # a reminder only
            pending = False
        reminder = self.tr(
            "The last new recovery code was not confirmed as kept. If you did not print or "
            "save it, make a new one now."
        )
        self.code_note.setText(reminder if pending else "")

    def ask_new_code(self) -> None:
        self.recovery.message.clear()
        self._show_question(True)
        self.code_yes.setFocus()

    def _cancel_new_code(self) -> None:
        self._show_question(False)
        self.code_button.setFocus()

    def make_new_code(self) -> None:
        """Replace the recovery code in the background, then show the new one to keep."""
        if self.recovery.job is not None:
            return
        self._show_question(False)
        self.code_button.setEnabled(False)
        self.recovery.job = start_job(
            self.journal.new_recovery_code, self._code_made, self._code_failed
        )

    def _code_made(self, code: str) -> None:
        self.recovery.job = None
        self.code_button.setEnabled(True)
        with contextlib.suppress(Exception):  # only the reminder would be lost
            self.journal.set_setting(CODE_PENDING_SETTING, True)
        self.settings_page.hide()
        self.code_page.show()
        self.code_page.show_code(code)
        viewport = self.parentWidget()
        area = viewport.parentWidget() if viewport is not None else None
        if isinstance(area, QScrollArea):
            area.verticalScrollBar().setValue(0)

    def _code_failed(self, exc: BaseException | None) -> None:
        self.recovery.job = None
        self.code_button.setEnabled(True)
        self.recovery.message.setText(sentence(exc, Doing.CHANGE) or "")

    def _code_kept(self) -> None:
        with contextlib.suppress(Exception):  # only the reminder would stay
            self.journal.set_setting(CODE_PENDING_SETTING, None)
        self.code_page.hide()
        self.settings_page.show()
        self._update_code_note()
        self.recovery.message.setText(
            self.tr(
                "Your new recovery code is ready, and the old one no longer works. Backups "
                "saved before now still open with the old code or your password."
            )
        )
        self.code_button.setFocus()
        self.status_message.emit(self.tr("New recovery code kept."))

    # -- auto-lock ------------------------------------------------------------------------

    def _build_auto_lock(self) -> SettingsSection:
        section = SettingsSection(self.journal, self.tr("Lock automatically"), self.settings_page)
        self.idle_choice = QComboBox(section)
        self.idle_choice.setAccessibleName(self.tr("Lock the journal after this long without use"))
        self.idle_choice.setMinimumHeight(TARGET_HEIGHT)
        self.idle_choice.setFont(scaled_font(self, BODY_SCALE))
        label = section.text(self.tr("Lock the journal when nobody has used Companion for:"))
        label.setBuddy(self.idle_choice)
        section.message.setAccessibleName(self.tr("Auto-lock message"))
        row = RowOrColumn()  # the choice goes under its words when both do not fit a line
        row.addWidget(label)
        row.addWidget(self.idle_choice, 0, Qt.AlignmentFlag.AlignLeft)
        row.addStretch(1)
        section.column.addLayout(row)
        section.column.addWidget(section.message)
        self._load_idle()
        self.idle_choice.currentIndexChanged.connect(self._idle_chosen)
        return section

    def _idle_text(self, minutes: int) -> str:
        if minutes == 0:
            return self.tr("Never (I lock it myself)")
        if minutes == 60:
            return self.tr("1 hour")
        # Not self.tr(): with a count, PySide finds no translation from a subclass.
        return TellWords().minutes(minutes)

    def _load_idle(self) -> None:
        if self.session is not None:
            current = self.session.idle_minutes
        else:
            try:
                current = int(self.journal.get_setting(IDLE_SETTING) or DEFAULT_IDLE_MINUTES)
            except (TypeError, ValueError):
                current = DEFAULT_IDLE_MINUTES
        for minutes in sorted(set(IDLE_CHOICES) | {current}, key=lambda m: (m == 0, m)):
            self.idle_choice.addItem(self._idle_text(minutes), minutes)
        self.idle_choice.setCurrentIndex(self.idle_choice.findData(current))

    def _idle_chosen(self) -> None:
        minutes = int(self.idle_choice.currentData())
        try:
            if self.session is not None:
                self.session.set_idle_minutes(minutes)
            else:
                self.journal.set_setting(IDLE_SETTING, minutes)
        except Exception as exc:  # the old time still applies
            self.auto_lock.message.setText(sentence(exc, Doing.CHANGE) or "")
            return
        if minutes == 0:
            text = self.tr(
                "Saved. The journal stays open until you lock it (Ctrl+L) or close Companion."
            )
        else:
            text = self.tr("Saved. The journal locks itself after %1 without use.")
            text = text.replace("%1", self._idle_text(minutes))
        self.auto_lock.message.setText(text)
        self.status_message.emit(text)
