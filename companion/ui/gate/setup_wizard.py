"""First run: choose the journal's password, keep the recovery code, and it is open.

A page inside the Journal section, not a pop-up wizard, and no intro to click through: the
first thing shown is the password (or this computer's keyring). A family moving to a new
computer can instead bring the journal over from a backup file. The child's name can wait:
the journal starts with "Your child", which the family changes when they like. Whatever was
noted before the journal existed (a temperature, the fever number) is saved into it the
moment it is made, by ``first_entries``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from companion.ui.gate.gate_widgets import FittedStack, scrolled_column
from companion.ui.gate.journal_jobs import secure_keyring_name
from companion.ui.gate.lock_choice_page import LockChoicePage
from companion.ui.gate.recovery_code_page import RecoveryCodePage
from companion.ui.gate.setup_restore_page import SetupRestorePage

if TYPE_CHECKING:
    from companion.journal import Journal
    from companion.journal.records import TemperatureReading
    from companion.paths import AppPaths

LOCK_PAGE, CODE_PAGE, RESTORE_PAGE = 0, 1, 2
#: What was noted before the journal existed: a reading and the fever number (E.164), if any.
FirstEntries = Callable[[], "tuple[TemperatureReading | None, str | None]"]


def save_first_entries(
    journal: Journal, reading: TemperatureReading | None, phone: str | None, emergency: bool
) -> None:
    """Fill a new journal: the child (named later), what was noted before, and the locked
    screen's card when the family asked for it. Runs in the job that made the journal."""
    from companion.journal.locked.emergency import PLACEHOLDER_CHILD, ChildChoice, EmergencyChoices

    child = journal.add_child(QCoreApplication.translate("Journal", PLACEHOLDER_CHILD))
    if reading is not None:
        journal.add_temperature(
            child.id,
            reading.value,
            reading.unit,
            method=reading.method,
            taken_at=reading.taken_at,
        )
    if phone:
        name = QCoreApplication.translate("Journal", "Your care team")
        journal.add_contact(name, phone=phone, call_for_fever=True)
    if emergency:
        journal.set_emergency_choices(EmergencyChoices(True, (ChildChoice(child.id),)))


class SetupWizard(QWidget):
    """The password or automatic unlock, then the recovery code; or a restore.

    Emits ``created(journal)`` once the family confirms they kept the code, or once a backup
    has been restored. ``extra`` is shown above the pages (a first reading, before setup);
    ``set_form_visible(False)`` hides the pages while it needs the room. ``kdf`` and
    ``keyring_probe`` are for tests; the defaults are the real ones.
    """

    created = Signal(object)

    def __init__(
        self,
        paths: AppPaths,
        parent: QWidget | None = None,
        *,
        kdf: object | None = None,
        keyring_probe: Callable[[], str | None] | None = None,
        extra: QWidget | None = None,
        first_entries: FirstEntries | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self._journal: Journal | None = None
        self.first_entries: FirstEntries = first_entries or (lambda: (None, None))

        self.pages = FittedStack(self)
        self.lock_page = LockChoicePage(paths, keyring_probe or secure_keyring_name, self, kdf=kdf)
        self.lock_page.created.connect(self._created)
        self.lock_page.restore_requested.connect(self.show_restore_page)
        self.lock_page.fill = self._fill
        self.pages.addWidget(self.lock_page)
        self.code_page = RecoveryCodePage(self)
        self.code_page.confirmed.connect(self._hand_over)
        self.pages.addWidget(self.code_page)
        self.restore_page = SetupRestorePage(paths, self, kdf=kdf)
        self.restore_page.restored.connect(self.created)
        self.restore_page.back_requested.connect(self.show_lock_page)
        self.pages.addWidget(self.restore_page)

        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(18)
        self.extra = extra
        if extra is not None:
            extra.setParent(self)
            column.addWidget(extra)
        column.addWidget(self.pages)
        column.addStretch(1)
        scrolled_column(self, column, max_width=720, margin=20)
        self.setFocusProxy(extra if extra is not None else self.lock_page)
        self.lock_page.start()

    def set_form_visible(self, visible: bool) -> None:
        """Hide the setup pages while ``extra`` shows something that needs the room."""
        self.pages.setVisible(visible)
        if visible:
            self.lock_page.passphrase.setFocus()

    # ---- moving between pages -----------------------------------------------------------

    def show_lock_page(self) -> None:
        self.pages.setCurrentIndex(LOCK_PAGE)
        self.set_form_visible(True)
        self.setFocusProxy(self.lock_page)
        self.lock_page.start()

    def show_restore_page(self) -> None:
        self.pages.setCurrentIndex(RESTORE_PAGE)
        self.set_form_visible(True)
        self.setFocusProxy(self.restore_page)
        self.restore_page.form.focus_next_step()

    def set_restore_file(self, path: Path) -> None:
        """Restore from ``path``: what choosing a file in the restore page's dialog does."""
        self.show_restore_page()
        self.restore_page.set_backup_file(path)

    def _fill(self, journal: Journal) -> None:
        reading, phone = self.first_entries()
        save_first_entries(journal, reading, phone, self.lock_page.show_emergency.isChecked())

    def _created(self, journal: Journal, code: str) -> None:
        self._journal = journal
        if self.extra is not None:
            self.extra.hide()  # what it held is in the journal now
        self.pages.setCurrentIndex(CODE_PAGE)
        self.set_form_visible(True)
        self.setFocusProxy(self.code_page.last_group)
        self.code_page.show_code(code)

    # ---- the recovery code ------------------------------------------------------------

    @property
    def recovery_code(self) -> str:
        """The code while its page shows it; empty once the family has moved on."""
        return self.code_page.code

    def finish(self) -> None:
        """Open the journal once the family has shown they kept the recovery code."""
        self.code_page.confirm()

    def _hand_over(self) -> None:
        journal, self._journal = self._journal, None
        if journal is not None:
            self.created.emit(journal)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._may_go_back():
            self.show_lock_page()
            return
        super().keyPressEvent(event)

    def _may_go_back(self) -> bool:
        return self.pages.currentIndex() == RESTORE_PAGE and not self.restore_page.is_busy()
