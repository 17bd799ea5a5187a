"""First run: how the journal opens (a password for the journal, or this computer's keyring).

The keyring is offered only once a background check finds a secure one, with a timeout,
because a locked keyring can hang. Creating the journal derives a key, also in the background,
and ``fill`` (what was noted before the journal existed) is saved in the same job.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from companion.journal import KeyringUnavailable
from companion.ui.gate.gate_widgets import (
    BODY_SCALE,
    BusyNote,
    QuietLabel,
    body_label,
    gate_button,
    link_button,
    page_layout,
    secret_field,
)
from companion.ui.gate.journal_jobs import create_call
from companion.ui.widgets.entry_forms import TARGET_HEIGHT
from companion.ui.widgets.error_sentences import error_sentence
from companion.ui.widgets.session import remember_unlock_methods
from companion.ui.widgets.typography import scaled_font
from companion.ui.widgets.workers import Job, run_job

if TYPE_CHECKING:
    from companion.journal import Journal
    from companion.paths import AppPaths

MIN_PASSPHRASE = 8
KEYRING_PROBE_TIMEOUT_MS = 4_500
_EASY_TO_GUESS = {"password", "passphrase", "12345678", "123456789", "qwertyuiop", "iloveyou"}


def passphrase_strength(text: str) -> tuple[bool, str]:
    """(long enough to use, a short hint). Words beat symbols: length is what counts."""
    compact = text.strip()
    if len(compact) < MIN_PASSPHRASE:
        return False, "short"
    if compact.lower() in _EASY_TO_GUESS or len(set(compact)) <= 2:
        return False, "guessable"
    words = len(compact.split())
    if len(compact) >= 16 or words >= 4:
        return True, "strong"
    if len(compact) >= 12 or words >= 3:
        return True, "good"
    return True, "fair"


class LockChoicePage(QWidget):
    """Choose a password for the journal or automatic unlock, then create the journal.

    Emits ``created(journal, recovery_code)`` once the journal exists, or
    ``restore_requested``. ``probe`` names the secure keyring (or returns None); ``kdf`` is
    for tests. ``fill(journal)`` runs in the creating job, before ``created``.
    """

    created = Signal(object, str)
    restore_requested = Signal()

    def __init__(
        self,
        paths: AppPaths,
        probe: Callable[[], str | None],
        parent: QWidget,
        *,
        kdf: object | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self._probe = probe
        self._kdf = kdf
        self._probe_job: Job | None = None
        self._create_job: Job | None = None
        self.keyring_name: str | None = None
        self.fill: Callable[[Journal], None] | None = None

        self.use_passphrase = QRadioButton(self.tr("Use a password"), self)
        self.passphrase_note = body_label(self.tr("Best on a computer other people use."), self)
        self.passphrase_note.setIndent(28)
        self.passphrase_note.setBuddy(self.use_passphrase)
        self.use_passphrase.setAccessibleName(self.tr("Use a password for the journal"))
        self.use_passphrase.setChecked(True)
        self.use_keyring = QRadioButton(self.tr("Open without a password"), self)
        self.use_keyring.setAccessibleName(self.tr("Open without a password on this computer"))
        self.use_keyring.setEnabled(False)
        for radio in (self.use_passphrase, self.use_keyring):
            radio.setFont(scaled_font(self, 1.15, bold=True))
            radio.setMinimumHeight(TARGET_HEIGHT - 8)
        self._choice = QButtonGroup(self)
        self._choice.addButton(self.use_passphrase)
        self._choice.addButton(self.use_keyring)
        self._choice.buttonToggled.connect(lambda *_: self._update())

        self.keyring_note = body_label(
            self.tr("Checking whether this computer has a safe place for the key…"), self
        )
        self.keyring_note.setAccessibleName(self.tr("About opening without a password"))
        self.keyring_note.setIndent(28)
        self.passphrase_box = self._build_passphrase_box()

        self.create_button = gate_button(self.tr("Create the journal"), parent=self)
        self.create_button.setDefault(True)
        self.create_button.setEnabled(False)
        self.create_button.clicked.connect(self.create_journal)
        self.show_emergency = QCheckBox(self.tr("Show emergency information"), self)
        self.show_emergency.setAccessibleName(
            self.tr("Show emergency information on the locked screen")
        )
        self.show_emergency.setFont(scaled_font(self, BODY_SCALE, bold=True))
        self.show_emergency.setMinimumHeight(TARGET_HEIGHT - 8)
        self.emergency_note = body_label(
            self.tr(
                "On the locked screen: your child's first name, the fever rule and your care "
                "team's fever number, so a grandparent or a babysitter sees them without the "
                "password. Anyone at "
                "this computer can read them. Everything else stays locked. You can change "
                "this or turn it off at any time in Privacy and backups."
            ),
            self,
        )
        self.emergency_note.setIndent(28)
        self.emergency_note.setBuddy(self.show_emergency)
        self.restore_link = link_button(self.tr("Restore from a backup"), self)
        self.restore_link.setAccessibleName(self.tr("Restore the journal from a backup"))
        self.restore_link.clicked.connect(self.restore_requested)
        self.busy = BusyNote(
            self.tr("Setting up and locking your journal. This takes a few seconds…"),
            self.tr("Setting up the journal"),
            self,
        )
        self.message = body_label("", self)
        self.message.setObjectName("setupMessage")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setFont(scaled_font(self, BODY_SCALE, bold=True))

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout = page_layout(self, self.tr("Set up your private journal"))
        layout.addWidget(
            body_label(
                self.tr(
                    "The journal keeps temperatures, medicines and notes about your child "
                    "locked on this computer; Companion never sends them anywhere. It opens "
                    "with a password for the journal: a new one, not your email or computer "
                    "password."
                ),
                self,
            )
        )
        layout.addWidget(self.use_passphrase)
        layout.addWidget(self.passphrase_note)
        layout.addWidget(self.passphrase_box)
        layout.addSpacing(6)
        layout.addWidget(self.use_keyring)
        layout.addWidget(self.keyring_note)
        layout.addSpacing(6)
        layout.addWidget(self.show_emergency)
        layout.addWidget(self.emergency_note)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)
        layout.addWidget(body_label(self.tr("Kept a journal on another computer?"), self))
        layout.addWidget(self.restore_link, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.setFocusProxy(self.passphrase)

    def _build_passphrase_box(self) -> QWidget:
        box_widget = QWidget(self)
        self.passphrase = secret_field(self.tr("New password for the journal"), box_widget)
        self.passphrase.textChanged.connect(self._update)
        self.confirm = secret_field(self.tr("Type the password again"), box_widget)
        self.confirm.textChanged.connect(self._update)
        self.confirm.returnPressed.connect(self.create_journal)
        self.passphrase.returnPressed.connect(self.confirm.setFocus)
        self.show_typing = QCheckBox(self.tr("Show what I type"), box_widget)
        self.show_typing.setAccessibleName(self.tr("Show the password as I type"))
        self.show_typing.toggled.connect(self._show_typing)
        self.show_typing.setFont(scaled_font(self, BODY_SCALE))
        self.strength = QuietLabel(box_widget)  # no room taken until there is a hint
        self.strength.setFont(scaled_font(self, BODY_SCALE))
        self.strength.setAccessibleName(self.tr("Password strength"))
        self.match = QuietLabel(box_widget)
        self.match.setFont(scaled_font(self, BODY_SCALE))
        self.match.setAccessibleName(self.tr("Do the two passwords match"))
        label1 = body_label(self.tr("Password for the journal"), box_widget)
        label1.setBuddy(self.passphrase)
        label2 = body_label(self.tr("Type it again"), box_widget)
        label2.setBuddy(self.confirm)
        box = QVBoxLayout(box_widget)
        box.setContentsMargins(28, 0, 0, 0)
        box.setSpacing(6)
        box.addWidget(
            body_label(
                self.tr(
                    "A few everyday words you can picture, like a short sentence, are easy to "
                    "remember and hard to guess. At least 8 letters or numbers."
                ),
                box_widget,
            )
        )
        for widget in (label1, self.passphrase, label2, self.confirm, self.show_typing):
            box.addWidget(widget)
        box.addWidget(self.strength)
        box.addWidget(self.match)
        return box_widget

    def start(self) -> None:
        """Called each time the page is shown."""
        self._update()
        self.passphrase.setFocus()
        self.check_keyring()

    def is_busy(self) -> bool:
        return self._create_job is not None

    # ---- the keyring -----------------------------------------------------------------

    def check_keyring(self) -> None:
        """Ask (off the GUI thread) whether a secure keyring exists; once per page."""
        if self._probe_job is not None or self.keyring_name is not None:
            return
        job = run_job(self._probe, timeout_ms=KEYRING_PROBE_TIMEOUT_MS, may_hang=True)
        job.succeeded.connect(self._keyring_checked)
        job.failed.connect(lambda _exc: self._keyring_checked(None))
        job.timed_out.connect(self._keyring_timed_out)
        self._probe_job = job

    def _keyring_checked(self, name: object) -> None:
        self.keyring_name = name if isinstance(name, str) and name else None
        if self.keyring_name:
            self.use_keyring.setEnabled(True)
            self.keyring_note.setText(
                self.tr(
                    "This computer keeps the journal's key in its own safe place for keys "
                    "(its keyring), so the journal opens without typing. Anyone who can sign "
                    "in to this computer as you can then open it. Best on a computer only you "
                    "use."
                )
            )
        else:
            self.keyring_note.setText(
                self.tr(
                    "Not offered here: this computer has no safe place for the key that "
                    "Companion can use, so please choose a password."
                )
            )

    def _keyring_timed_out(self) -> None:
        self.keyring_note.setText(
            self.tr(
                "Not offered here: this computer's safe place for keys did not answer, so "
                "please choose a password."
            )
        )

    def keyring_checked(self) -> bool:
        """True once the keyring check has answered or given up (tests wait on this)."""
        return self._probe_job is not None and self._probe_job.done

    # ---- the passphrase and creating ---------------------------------------------------

    def _show_typing(self, show: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if show else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.confirm.setEchoMode(mode)

    def _update(self) -> None:
        if self._create_job is not None:
            return
        if self.use_keyring.isChecked():
            self.passphrase_box.setEnabled(False)
            self.create_button.setEnabled(True)
            return
        self.passphrase_box.setEnabled(True)
        text = self.passphrase.text()
        usable, level = passphrase_strength(text)
        hints = {
            "short": self.tr("Too short: use at least 8 letters or numbers."),
            "guessable": self.tr("Too easy to guess: try a few everyday words instead."),
            "fair": self.tr("Fair. Another word would make it stronger."),
            "good": self.tr("Good."),
            "strong": self.tr("Strong."),
        }
        self.strength.setText(hints[level] if text else "")
        matches = text == self.confirm.text()
        if not self.confirm.text():
            self.match.setText("")
        elif matches:
            self.match.setText(self.tr("The two passwords match."))
        else:
            self.match.setText(self.tr("The two passwords are not the same yet."))
        self.create_button.setEnabled(usable and matches)

    def create_journal(self) -> None:
        """Create in the background; the page shows a busy state until it is done."""
        if self._create_job is not None or not self.create_button.isEnabled():
            return
        use_keyring = self.use_keyring.isChecked()
        passphrase = None if use_keyring else self.passphrase.text()
        call = create_call(self.paths, passphrase, use_keyring, self._kdf, then=self.fill)
        self.message.clear()
        self._set_busy(True)
        job = run_job(call)
        job.succeeded.connect(
            lambda result: self._created(result, passphrase is not None, use_keyring)
        )
        job.failed.connect(self._create_failed)
        self._create_job = job

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (
            self.passphrase_box,
            self.use_passphrase,
            self.use_keyring,
            self.create_button,
            self.show_emergency,
        ):
            widget.setEnabled(not busy)
        if not busy:
            self.use_keyring.setEnabled(bool(self.keyring_name))

    def _created(self, result: tuple[Journal, str], has_passphrase: bool, device: bool) -> None:
        self._create_job = None
        self._set_busy(False)
        journal, code = result
        remember_unlock_methods(self.paths, has_passphrase, device)
        self.passphrase.clear()
        self.confirm.clear()
        self.created.emit(journal, code)

    def _create_failed(self, exc: BaseException) -> None:
        self._create_job = None
        self._set_busy(False)
        if isinstance(exc, FileExistsError):
            text = self.tr("A journal already exists in this folder. Unlock it instead.")
        elif isinstance(exc, KeyringUnavailable):
            text = self.tr(
                "This computer's safe place for keys did not answer, so the journal was not "
                "created. Please choose a password instead."
            )
            self.use_passphrase.setChecked(True)
        else:
            text = error_sentence(self, exc)
        self.message.setText(text)
        self._update()
