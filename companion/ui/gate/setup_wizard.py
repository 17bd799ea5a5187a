"""First run: explain the journal, choose how it locks, and keep the recovery code safe.

A page inside the Journal section, not a pop-up wizard. A family moving to a new computer can
instead bring the journal over from a backup file. Each step is its own page; this screen
moves between them and hands the open journal on.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from companion.ui.gate.gate_widgets import (
    body_label,
    center_column,
    gate_button,
    link_button,
    page_layout,
)
from companion.ui.gate.journal_jobs import secure_keyring_name
from companion.ui.gate.lock_choice_page import LockChoicePage
from companion.ui.gate.recovery_code_page import RecoveryCodePage
from companion.ui.gate.setup_restore_page import SetupRestorePage

if TYPE_CHECKING:
    from companion.journal import Journal
    from companion.paths import AppPaths

WELCOME_PAGE, LOCK_PAGE, CODE_PAGE, RESTORE_PAGE = 0, 1, 2, 3


class SetupWizard(QWidget):
    """Welcome, then passphrase or automatic unlock, then the recovery code; or a restore.

    Emits ``created(journal)`` once the family confirms they kept the code, or once a backup
    has been restored. ``kdf`` and ``keyring_probe`` are for tests; the defaults are the real
    ones.
    """

    created = Signal(object)

    def __init__(
        self,
        paths: AppPaths,
        parent: QWidget | None = None,
        *,
        kdf: object | None = None,
        keyring_probe: Callable[[], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self._journal: Journal | None = None

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_welcome())
        self.lock_page = LockChoicePage(paths, keyring_probe or secure_keyring_name, self, kdf=kdf)
        self.lock_page.created.connect(self._created)
        self.lock_page.back_requested.connect(self.show_welcome)
        self.pages.addWidget(self.lock_page)
        self.code_page = RecoveryCodePage(self)
        self.code_page.confirmed.connect(self._hand_over)
        self.pages.addWidget(self.code_page)
        self.restore_page = SetupRestorePage(paths, self, kdf=kdf)
        self.restore_page.restored.connect(self.created)
        self.restore_page.back_requested.connect(self.show_welcome)
        self.pages.addWidget(self.restore_page)

        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.pages)
        column.addStretch(1)
        center_column(self, column, max_width=720, margin=28)
        self.setFocusProxy(self.start_button)

    def _build_welcome(self) -> QWidget:
        page = QWidget(self)
        self.start_button = gate_button(self.tr("Set up the journal"), parent=page)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.show_lock_page)
        self.restore_choice = link_button(self.tr("Restore from a backup"), page)
        self.restore_choice.setAccessibleName(self.tr("Restore the journal from a backup"))
        self.restore_choice.clicked.connect(self.show_restore_page)
        layout = page_layout(page, self.tr("Your private journal"), spacing=14)
        for text in (
            self.tr(
                "The journal is a place for temperatures, medicines, symptoms, appointments "
                "and the questions you want to ask. It can make a printable summary for the "
                "care team."
            ),
            self.tr(
                "It stays on this computer. It is locked with strong encryption, and Companion "
                "never sends it anywhere."
            ),
            self.tr(
                "Setting it up takes about a minute: you choose how it is unlocked, then you "
                "keep a recovery code in case you forget."
            ),
        ):
            layout.addWidget(body_label(text, page))
        layout.addSpacing(8)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(18)
        layout.addWidget(
            body_label(
                self.tr("Kept a journal on another computer? Bring it here from a backup file."),
                page,
            )
        )
        layout.addWidget(self.restore_choice, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    # ---- moving between pages -----------------------------------------------------------

    def show_welcome(self) -> None:
        self.pages.setCurrentIndex(WELCOME_PAGE)
        self.setFocusProxy(self.start_button)
        self.start_button.setFocus()

    def show_lock_page(self) -> None:
        self.pages.setCurrentIndex(LOCK_PAGE)
        self.setFocusProxy(self.lock_page)
        self.lock_page.start()

    def show_restore_page(self) -> None:
        self.pages.setCurrentIndex(RESTORE_PAGE)
        self.setFocusProxy(self.restore_page)
        self.restore_page.form.focus_next_step()

    def set_restore_file(self, path: Path) -> None:
        """Restore from ``path``: what choosing a file in the restore page's dialog does."""
        self.show_restore_page()
        self.restore_page.set_backup_file(path)

    def _created(self, journal: Journal, code: str) -> None:
        self._journal = journal
        self.pages.setCurrentIndex(CODE_PAGE)
        self.setFocusProxy(self.code_page.print_button)
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
            self.show_welcome()
            return
        super().keyPressEvent(event)

    def _may_go_back(self) -> bool:
        page = self.pages.currentIndex()
        if page == LOCK_PAGE:
            return not self.lock_page.is_busy()
        return page == RESTORE_PAGE and not self.restore_page.is_busy()
