"""The "Share with another computer" part of Privacy and backups: this computer's name, the
shared folder, the computers that share the journal (with Remove), the last exchange and
anything that was refused, in plain words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from companion.ui.gate.gate_widgets import BODY_SCALE, body_label, gate_button
from companion.ui.journal.sync.sync_runner import SyncRunner
from companion.ui.journal.unlock_settings import SettingsSection
from companion.ui.widgets.entry_forms import local_text
from companion.ui.widgets.typography import scaled_font

if TYPE_CHECKING:
    from companion.journal import Journal
    from companion.journal.sync.report import SyncReport


class SharingSection(SettingsSection):
    """Sharing settings; exchanges go through ``runner`` (off the GUI thread)."""

    def __init__(self, journal: Journal, runner: SyncRunner | None, parent: QWidget) -> None:
        super().__init__(journal, self.tr("Share with another computer"), parent)
        self.runner = runner
        self.column.addWidget(
            self.text(
                self.tr(
                    "Two caregivers can keep one journal on two computers. Choose a folder "
                    "that both computers keep in step (for example with Syncthing, a shared "
                    "network folder or a USB stick). Companion only puts locked (encrypted) "
                    "files there, never your words, and never the key."
                )
            )
        )
        self.column.addWidget(
            self.text(
                self.tr(
                    "To add a computer: make a join file here (or use a backup), then on the "
                    "other computer choose \u201cRestore from a backup\u201d with it and your "
                    "password or recovery code, and choose the same folder there. A join file "
                    "is removed once a computer has joined with it."
                )
            )
        )
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(80)
        self.name_edit.setAccessibleName(self.tr("This computer's name"))
        self.name_edit.setPlaceholderText(self.tr("For example: Mum's laptop"))
        self.save_name_button = gate_button(self.tr("Save name"), None, self)
        self.save_name_button.clicked.connect(self.save_name)
        name_label = body_label(self.tr("This computer's name:"), self)
        name_label.setWordWrap(False)
        self.name_edit.setFont(scaled_font(self, BODY_SCALE))
        self.name_edit.setMinimumWidth(260)
        name_label.setBuddy(self.name_edit)
        self.add_row(name_label, self.name_edit, self.save_name_button)
        self.folder_label = self.text("")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.column.addWidget(self.folder_label)
        self.choose_button = gate_button(self.tr("Choose the shared folder…"), None, self)
        self.choose_button.clicked.connect(self.choose_folder)
        self.exchange_button = gate_button(self.tr("Exchange now"), None, self)
        self.exchange_button.clicked.connect(self.exchange_now)
        self.join_button = gate_button(self.tr("Make a join file…"), None, self)
        self.join_button.clicked.connect(self.choose_join_file)
        self.add_row(self.choose_button, self.exchange_button, self.join_button)
        self.last_label = self.text("")
        self.column.addWidget(self.last_label)
        self.computers = QListWidget(self)
        self.computers.setAccessibleName(self.tr("Computers that share this journal"))
        self.computers.setFont(scaled_font(self, BODY_SCALE))
        self.computers.setMaximumHeight(140)
        self.computers.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.column.addWidget(self.computers)
        self.remove_button = gate_button(self.tr("Stop sharing with this computer…"), None, self)
        self.remove_button.clicked.connect(self.remove_chosen)
        self.add_row(self.remove_button)
        self.refused_label = self.text("")
        self.refused_label.setWordWrap(True)
        self.column.addWidget(self.refused_label)
        self.column.addWidget(self.message)
        if runner is not None:
            runner.exchanged.connect(self._exchanged)
            runner.failed.connect(self._failed)
        self.refresh()

    # ----- showing -----------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            status = self.journal.sync_status()
        except Exception:  # locked meanwhile: the section is about to go
            return
        if not self.name_edit.hasFocus():
            self.name_edit.setText(status.name)
        if status.folder is None:
            self.folder_label.setText(
                self.tr("No shared folder chosen: this journal is only here.")
            )
        else:
            self.folder_label.setText(
                self.tr("Shared folder: %1").replace("%1", str(status.folder))
            )
        if status.last_exchange is None:
            self.last_label.setText(self.tr("Not exchanged yet."))
        else:
            when = local_text(status.last_exchange)
            self.last_label.setText(self.tr("Last exchange: %1").replace("%1", when))
        self.computers.clear()
        for computer in status.computers:
            if computer.this_computer:
                text = self.tr("%1 (this computer)").replace("%1", computer.name)
            elif computer.removed:
                text = self.tr("%1 (no longer shares the journal)").replace("%1", computer.name)
            elif computer.last_heard is not None:
                text = (
                    self.tr("%1, last heard from %2")
                    .replace("%1", computer.name)
                    .replace("%2", local_text(computer.last_heard))
                )
            else:
                text = self.tr("%1, not heard from yet").replace("%1", computer.name)
            item = QListWidgetItem(text, self.computers)
            item.setData(Qt.ItemDataRole.UserRole, computer.device_id)
            removable = not computer.this_computer and not computer.removed
            item.setData(Qt.ItemDataRole.UserRole + 1, removable)
        names = {c.device_id: c.name for c in status.computers}
        if status.refused:
            lines = [
                self.tr("A file from %1 was not used: %2.")
                .replace("%1", names.get(r.device) or self.tr("an unknown computer"))
                .replace("%2", r.reason)
                for r in status.refused
            ]
            self.refused_label.setText("\n".join(lines))
        else:
            self.refused_label.setText("")
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_folder = self.runner is not None and self.runner.folder() is not None
        self.exchange_button.setEnabled(has_folder)
        item = self.computers.currentItem()
        self.remove_button.setEnabled(
            item is not None and bool(item.data(Qt.ItemDataRole.UserRole + 1))
        )

    # ----- acting ------------------------------------------------------------------------

    def save_name(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            self.message.setText(self.tr("Please type a name for this computer."))
            return
        self.journal.name_this_computer(name)
        self.message.setText(self.tr("Name saved. Other computers see it after the next exchange."))
        self.refresh()
        self.exchange_now()

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the shared folder"))
        if chosen:
            self.use_folder(chosen)

    def use_folder(self, folder: str) -> None:
        from pathlib import Path

        if Path(folder).resolve() in Path(self.journal.paths.data_dir).resolve().parents or (
            Path(folder).resolve() == Path(self.journal.paths.data_dir).resolve()
        ):
            self.message.setText(self.tr("Please choose a folder outside Companion's own folder."))
            return
        from companion.ui.widgets.workers import run_job

        self.message.setText(self.tr("Exchanging with the shared folder…"))
        self.folder_label.setText(self.tr("Shared folder: %1").replace("%1", folder))
        journal = self.journal
        self.job = run_job(lambda: journal.sync(folder))
        self.job.succeeded.connect(self._first_exchange)
        self.job.failed.connect(self._failed)
        self.job.finished.connect(self._job_done)

    def _job_done(self) -> None:
        self.job = None

    def _first_exchange(self, report: SyncReport) -> None:
        self._exchanged(report)
        if not report.refused and not report.removed_here:
            self.message.setText(self.tr("The journal is now shared through this folder."))
        if self.runner is not None:
            self.runner.exchange_now()  # starts watching the folder

    def choose_join_file(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a join file"),
            "companion.companion-join",
            self.tr("Companion join file (*.companion-join)"),
        )
        if chosen:
            self.write_join_file(
                chosen if chosen.endswith(".companion-join") else chosen + ".companion-join"
            )

    def write_join_file(self, path: str) -> None:
        from companion.ui.widgets.workers import run_job

        journal = self.journal
        self.message.setText(self.tr("Writing the join file…"))
        self.job = run_job(lambda: journal.write_join_file(path))
        self.job.succeeded.connect(
            lambda _none: self.message.setText(
                self.tr("Join file saved. Take it to the other computer.")
            )
        )
        self.job.failed.connect(self._failed)
        self.job.finished.connect(self._job_done)

    def exchange_now(self) -> None:
        if self.runner is not None and self.runner.folder() is not None:
            self.message.setText(self.tr("Exchanging with the shared folder…"))
            self.runner.exchange_now()

    def remove_chosen(self) -> None:
        item = self.computers.currentItem()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Stop sharing"),
            self.tr(
                "Stop sharing the journal with this computer? It will not receive anything "
                "new. What it already has stays on it: that cannot be taken back."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.remove(str(item.data(Qt.ItemDataRole.UserRole)))

    def remove(self, device_id: str) -> None:
        try:
            self.journal.remove_computer(device_id)
        except Exception as exc:
            self._failed(exc)
            return
        self.message.setText(self.tr("That computer no longer shares the journal."))
        self.refresh()
        self.exchange_now()

    def _exchanged(self, report: SyncReport) -> None:
        self.refresh()
        if report.removed_here:
            self.message.setText(
                self.tr("Another computer stopped sharing the journal with this one.")
            )
        elif report.refused:
            self.message.setText(self.tr("Exchanged, but some files were not used (see above)."))
        else:
            self.message.setText(self.tr("Exchanged with the shared folder."))

    def _failed(self, exc: BaseException) -> None:
        from companion.journal import DiskFull, ReadOnly

        if isinstance(exc, FileNotFoundError):
            text = self.tr("The shared folder is not there. Is the drive or network connected?")
        elif isinstance(exc, ReadOnly | PermissionError):
            text = self.tr("Companion cannot write in the shared folder. Please choose another.")
        elif isinstance(exc, DiskFull):
            text = self.tr("The disk is full: the exchange did not happen. Nothing was lost.")
        else:
            text = self.tr("The exchange did not happen. Nothing was lost; it will try again.")
        self.message.setText(text)
