"""View > Language: follow the computer, English or Español, and the restart it needs.

The choice is saved at once; the window is rebuilt in the new language when the family says
"Restart now" (``app.run_gui`` runs it again when the event loop ends with ``RESTART``). A
journal form with something typed in it is never dropped: the family saves it first, or
stays where they are.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from companion.ui.widgets.language import (
    FOLLOW_COMPUTER,
    LANGUAGES,
    RESTART,
    chosen_language,
    current_language,
    resolve_language,
    set_chosen_language,
)

if TYPE_CHECKING:  # the question box loads when asked, not at start-up
    from PySide6.QtWidgets import QMessageBox

    from companion.ui.widgets.entry_forms import EntryForm


class LanguageMenu(QObject):
    """The Language submenu of View, and the restart it offers."""

    def __init__(
        self,
        window: QMainWindow,
        parent_menu: QMenu,
        settings: QSettings,
        save_state: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.save_state = save_state
        self.menu = parent_menu.addMenu(self.tr("&Language"))
        self.group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        choices = [(FOLLOW_COMPUTER, self.tr("Follow the computer"))]
        # Each language is named in its own words, so whoever reads it can find theirs.
        choices += list(LANGUAGES.items())
        chosen = chosen_language(settings)
        for code, label in choices:
            action = QAction(label, self.menu)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.triggered.connect(lambda _=False, c=code: self.choose(c))
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action
        #: What the restart question answered last (tests read it; None: not asked).
        self.asked: QMessageBox | None = None

    def choose(self, choice: str) -> None:
        """Save the family's choice and, when it changes the language, offer a restart."""
        set_chosen_language(self.settings, choice)
        self.actions[choice].setChecked(True)
        language = resolve_language(choice)
        if language == current_language():
            return
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restart Companion?"))
        box.setText(
            self.tr("Companion will be in %1 after it restarts.").replace("%1", LANGUAGES[language])
        )
        box.setInformativeText(
            self.tr("Your journal locks while Companion restarts. Nothing you saved is lost.")
        )
        now = box.addButton(self.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(now)
        self.asked = box
        box.exec()
        if box.clickedButton() is now:
            self.restart()

    def restart(self) -> bool:
        """End the event loop with ``RESTART``, once no typed form would be lost."""
        form = open_form(self.window)
        if form is not None and not self._keep_form(form):
            return False
        self.save_state()
        QCoreApplication.exit(RESTART)
        return True

    def _keep_form(self, form: EntryForm) -> bool:
        """Ask to save the open form first; True once it is saved (False: stay as it is)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Save the open form?"))
        box.setText(self.tr("A journal form is open. Save it before Companion restarts?"))
        save = box.addButton(self.tr("Save and restart"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        self.asked = box
        box.exec()
        if box.clickedButton() is not save:
            return False
        # A form that cannot be saved (a missing value) shows why and stays open.
        return form.save()


def open_form(window: QWidget) -> EntryForm | None:
    """The journal form open in the window, if any."""
    from companion.ui.widgets.entry_forms import EntryForm

    forms = [form for form in window.findChildren(EntryForm) if form.isVisibleTo(window)]
    return forms[0] if forms else None
