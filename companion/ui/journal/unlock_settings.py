"""How the open journal unlocks: change or add the passphrase, and this computer's keyring.

Two sections of the "Privacy and backups" tab. Key derivation takes about half a second and a
keyring can hang, so every change runs off the GUI thread and answers in a plain sentence.
Typed secrets are cleared as soon as the change is made.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from companion.journal import WrongKey
from companion.translation import QT_TRANSLATE_NOOP
from companion.ui.gate.gate_widgets import (
    BODY_SCALE,
    BusyNote,
    body_label,
    gate_button,
    secret_field,
)
from companion.ui.gate.lock_choice_page import passphrase_strength
from companion.ui.gate.retry_pause import RetryPause
from companion.ui.widgets.entry_forms import heading_font
from companion.ui.widgets.error_sentences import Doing, sentence
from companion.ui.widgets.fit.flow_layout import FlowLayout
from companion.ui.widgets.session import remember_unlock_methods
from companion.ui.widgets.typography import scaled_font
from companion.ui.widgets.workers import Job, run_job

if TYPE_CHECKING:
    from companion.journal import Journal

#: The keyring gives up after 3 s a call (turning on makes two); this is the window's backstop.
KEYRING_TIMEOUT_MS = 10_000
_STRENGTH = {  # the setup screen's words and context
    "short": QT_TRANSLATE_NOOP("LockChoicePage", "Too short: use at least 8 characters."),
    "guessable": QT_TRANSLATE_NOOP(
        "LockChoicePage", "Too easy to guess: try a few everyday words instead."
    ),
    "fair": QT_TRANSLATE_NOOP("LockChoicePage", "Fair. Another word would make it stronger."),
    "good": QT_TRANSLATE_NOOP("LockChoicePage", "Good."),
    "strong": QT_TRANSLATE_NOOP("LockChoicePage", "Strong."),
}


def start_job(
    call: Callable[[], Any],
    done: Callable[[Any], None],
    failed: Callable[[BaseException | None], None],
    **options: Any,
) -> Job:
    """Run ``call`` in the background; ``failed(None)`` means it did not answer in time."""
    job = run_job(call, **options)
    job.succeeded.connect(done)
    job.failed.connect(failed)
    job.timed_out.connect(lambda: failed(None))
    return job


class Sentence(QLabel):
    """A wrapped line of text that takes no room while it has nothing to say."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setFont(scaled_font(parent, BODY_SCALE))
        self.hide()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.setText("")


class SettingsSection(QWidget):
    """A heading, a column of rows, and the sentence that answers the last action."""

    status_message = Signal(str)

    def __init__(self, journal: Journal, heading: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.job: Job | None = None
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 14, 0, 0)
        self.column.setSpacing(10)
        self.heading = QLabel(heading, self)
        self.heading.setFont(heading_font(self, 1.2))
        self.column.addWidget(self.heading)
        self.message = Sentence(self)
        self.message.setFont(scaled_font(self, BODY_SCALE, bold=True))

    def text(self, text: str) -> QLabel:
        label = body_label(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def add_row(self, *widgets: QWidget) -> None:
        """Widgets side by side, moving down a row rather than squeeze their words."""
        row = QWidget(self)
        flow = FlowLayout(row)
        for widget in widgets:
            flow.addWidget(widget)
        self.column.addWidget(row)

    def has_passphrase(self) -> bool:
        try:
            return bool(self.journal.has_passphrase)
        except Exception:  # locked meanwhile: this page is about to go
            return True

    def device_enabled(self) -> bool:
        try:
            return bool(self.journal.device_unlock_enabled)
        except Exception:  # locked meanwhile
            return False

    def remember_methods(self) -> None:
        """Keep the locked screen's hints true (which form it shows first)."""
        remember_unlock_methods(self.journal.paths, self.has_passphrase(), self.device_enabled())

    def shutdown(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job = None


class PassphraseSection(SettingsSection):
    """Change the passphrase (current, new, new again), or add one to a keyring-only journal.

    ``saved`` once the new passphrase is in place.
    """

    saved = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(journal, "", parent)
        self._pause = RetryPause(self)
        self._pause.ended.connect(self.update_hints)
        self.intro = self.text("")
        self.column.addWidget(self.intro)
        self.old = secret_field(self.tr("Current password"), self)
        self.new = secret_field(self.tr("New password"), self)
        self.confirm = secret_field(self.tr("Type the new password again"), self)
        self.form = QFormLayout()
        self.form.setVerticalSpacing(10)
        for text, field in (
            (self.tr("Current password:"), self.old),
            (self.tr("New password:"), self.new),
            (self.tr("Type it again:"), self.confirm),
        ):
            label = body_label(text, self)
            label.setWordWrap(False)
            label.setBuddy(field)
            field.setMaximumWidth(440)
            field.textChanged.connect(self.update_hints)
            self.form.addRow(label, field)
        self.column.addLayout(self.form)
        self.old.returnPressed.connect(self.new.setFocus)
        self.new.returnPressed.connect(self.confirm.setFocus)
        self.confirm.returnPressed.connect(self.submit)
        self.show_typing = QCheckBox(self.tr("Show what I type"), self)
        self.show_typing.setAccessibleName(self.tr("Show the passwords as I type"))
        self.show_typing.setFont(scaled_font(self, BODY_SCALE))
        self.show_typing.toggled.connect(self._show_typing)
        self.strength = Sentence(self)
        self.strength.setAccessibleName(self.tr("Password strength"))
        self.match = Sentence(self)
        self.match.setAccessibleName(self.tr("Do the two new passwords match"))
        self.button = gate_button("", parent=self)
        self.button.clicked.connect(self.submit)
        self.busy = BusyNote(
            self.tr("Locking the journal with the new password. This takes a few seconds…"),
            self.tr("Changing the password"),
            self,
        )
        self.message.setAccessibleName(self.tr("Password message"))
        for widget in (self.show_typing, self.strength, self.match):
            self.column.addWidget(widget)
        self.add_row(self.button)
        self.column.addWidget(self.busy)
        self.column.addWidget(self.message)
        self.update_mode()

    def fields(self) -> tuple[QLineEdit, QLineEdit, QLineEdit]:
        return self.old, self.new, self.confirm

    def update_mode(self) -> None:
        """ "Change the passphrase", or "Add a passphrase" for a journal that has none."""
        has = self.has_passphrase()
        self.form.setRowVisible(self.old, has)
        if has:
            self.heading.setText(self.tr("Password"))
            self.intro.setText(
                self.tr(
                    "To change it, type the one you use now, then the new one twice. A few "
                    "everyday words you can picture are easy to remember and hard to guess."
                )
            )
            self.button.setText(self.tr("Change the password"))
        else:
            self.heading.setText(self.tr("Add a password"))
            self.intro.setText(
                self.tr(
                    "This journal opens only by itself on this computer, or with the recovery "
                    "code. A password also opens it when this computer does not, and "
                    "opens your backups on another computer."
                )
            )
            self.button.setText(self.tr("Add the password"))
        self.button.setAccessibleName(self.button.text())
        self.update_hints()

    def _show_typing(self, show: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if show else QLineEdit.EchoMode.Password
        for field in self.fields():
            field.setEchoMode(mode)

    def update_hints(self) -> None:
        new, confirm = self.new.text(), self.confirm.text()
        usable, level = passphrase_strength(new)
        hint = QCoreApplication.translate("LockChoicePage", _STRENGTH[level])
        self.strength.setText(hint if new else "")
        if not confirm:
            self.match.setText("")
        elif confirm == new:
            self.match.setText(self.tr("The two new passwords match."))
        else:
            self.match.setText(self.tr("The two new passwords are not the same yet."))
        ready = usable and confirm == new and (bool(self.old.text()) or not self.has_passphrase())
        self.button.setEnabled(ready and self.job is None and not self._pause.waiting)

    def submit(self) -> None:
        """Lock the journal's key with the new passphrase (old=None when adding one)."""
        if not self.button.isEnabled():
            if self.has_passphrase() and not self.old.text() and self.job is None:
                self.message.setText(self.tr("Please type your current password first."))
            return
        adding = not self.has_passphrase()
        old = None if adding else self.old.text()
        new = self.new.text()
        journal = self.journal
        self.message.clear()
        self.busy.show()
        for field in self.fields():
            field.setReadOnly(True)
        self.job = start_job(
            lambda: journal.change_passphrase(old, new),
            lambda _: self._changed(adding),
            self._failed,
        )
        self.update_hints()

    def _idle(self) -> None:
        self.job = None
        self.busy.hide()
        for field in self.fields():
            field.setReadOnly(False)

    def _changed(self, adding: bool) -> None:
        self._idle()
        self._pause.reset()
        for field in self.fields():
            field.clear()
        self.remember_methods()
        self.update_mode()
        if adding:
            text = self.tr("Your password is added. The journal now also opens with it.")
        else:
            text = self.tr(
                "Your password is changed. Use the new one from now on. Backups saved "
                "before now still open with the old one, or with your recovery code."
            )
        self.message.setText(text)
        self.status_message.emit(self.tr("Password saved."))
        self.saved.emit()

    def _failed(self, exc: BaseException | None) -> None:
        self._idle()
        if isinstance(exc, WrongKey):
            self.message.setText(
                self.tr(
                    "That is not your current password. Check that Caps Lock is off, then "
                    "try again. Nothing was changed."
                )
            )
            self._pause.wrong_attempt()
            self.old.selectAll()
            self.old.setFocus()
        else:
            self.message.setText(sentence(exc, Doing.CHANGE) or "")
        self.update_hints()
