"""First run: explain the journal, choose how it locks, and keep the recovery code safe.

A page inside the Journal section, not a pop-up wizard. Creating the journal runs off the GUI
thread (key derivation takes about half a second); the keyring check does too, with a
timeout, because a locked keyring can hang.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMarginsF, QSizeF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPageLayout, QPageSize, QTextDocument
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.ui.entry_forms import TARGET_HEIGHT, big_button, heading_font
from companion.ui.session import remember_unlock_methods
from companion.ui.unlock_view import body_font, error_sentence, mono_font, secret_field
from companion.ui.workers import Job, run_job

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from companion.journal import Journal
    from companion.paths import AppPaths

WELCOME_PAGE, LOCK_PAGE, CODE_PAGE = 0, 1, 2
MIN_PASSPHRASE = 8
KEYRING_PROBE_TIMEOUT_MS = 4_500
_EASY_TO_GUESS = {"password", "passphrase", "12345678", "123456789", "qwertyuiop", "iloveyou"}


def default_keyring_probe() -> str | None:
    """The secure keyring the journal would use, or None (then the option is not offered)."""
    from companion.journal import Journal

    probe = getattr(Journal, "secure_keyring", None)
    return probe() if callable(probe) else None


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


def grouped_code(code: str) -> str:
    """The recovery code in two lines of four groups, as shown and printed."""
    groups = code.split("-")
    return "\n".join(" ".join(groups[i : i + 4]) for i in range(0, len(groups), 4))


class SetupWizard(QWidget):
    """Welcome, then passphrase or automatic unlock, then the recovery code.

    Emits ``created(journal)`` once the family confirms they kept the code. ``kdf`` and
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
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self._kdf = kdf
        self._probe = keyring_probe or default_keyring_probe
        self._probe_job: Job | None = None
        self._create_job: Job | None = None
        self._journal: Journal | None = None
        self._code = ""
        self.keyring_name: str | None = None

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_welcome())
        self.pages.addWidget(self._build_lock())
        self.pages.addWidget(self._build_code())

        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.pages)
        column.addStretch(1)
        holder.setMaximumWidth(720)
        for button in self.findChildren(QPushButton):
            button.setFont(body_font(self))
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 28, 32, 28)
        outer.addStretch(1)
        outer.addWidget(holder, 4)
        outer.addStretch(1)
        self.setFocusProxy(self.start_button)

    # ---- building ---------------------------------------------------------------------

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

    def _build_welcome(self) -> QWidget:
        page = QWidget(self)
        self.start_button = big_button(self.tr("Set up the journal"), parent=page)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.show_lock_page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(self._heading(self.tr("Your private journal"), page))
        for text in (
            self.tr(
                "The journal is a place for temperatures, medicines, symptoms, appointments "
                "and the questions you want to ask. It can make a one-page summary for the "
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
            layout.addWidget(self._text(text, page))
        layout.addSpacing(8)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def _build_lock(self) -> QWidget:
        page = QWidget(self)
        self.use_passphrase = QRadioButton(
            self.tr("Use a passphrase (best on a computer other people use)"), page
        )
        self.use_passphrase.setAccessibleName(self.tr("Use a passphrase"))
        self.use_passphrase.setChecked(True)
        self.use_keyring = QRadioButton(self.tr("Unlock automatically on this computer"), page)
        self.use_keyring.setAccessibleName(self.tr("Unlock automatically on this computer"))
        self.use_keyring.setEnabled(False)
        for radio in (self.use_passphrase, self.use_keyring):
            radio.setFont(heading_font(self, 1.15))
            radio.setMinimumHeight(TARGET_HEIGHT - 8)
        choice = QButtonGroup(page)
        choice.addButton(self.use_passphrase)
        choice.addButton(self.use_keyring)
        choice.buttonToggled.connect(lambda *_: self._update_lock_page())
        self._choice = choice

        self.keyring_note = self._text(
            self.tr("Checking whether this computer has a safe place for keys…"), page
        )
        self.keyring_note.setAccessibleName(self.tr("About unlocking automatically"))
        self.keyring_note.setIndent(28)

        self.passphrase_box = QWidget(page)
        self.passphrase = secret_field(self.tr("New passphrase"), self.passphrase_box)
        self.passphrase.textChanged.connect(self._update_lock_page)
        self.confirm = secret_field(self.tr("Type the passphrase again"), self.passphrase_box)
        self.confirm.textChanged.connect(self._update_lock_page)
        self.confirm.returnPressed.connect(self.create_journal)
        self.passphrase.returnPressed.connect(self.confirm.setFocus)
        self.show_typing = QCheckBox(self.tr("Show what I type"), self.passphrase_box)
        self.show_typing.setAccessibleName(self.tr("Show the passphrase as I type"))
        self.show_typing.toggled.connect(self._show_typing)
        self.show_typing.setFont(body_font(self))
        self.strength = self._text("", self.passphrase_box)
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        self.match = self._text("", self.passphrase_box)
        self.match.setAccessibleName(self.tr("Do the two passphrases match"))
        label1 = self._text(self.tr("New passphrase"), self.passphrase_box)
        label1.setBuddy(self.passphrase)
        label2 = self._text(self.tr("Type it again"), self.passphrase_box)
        label2.setBuddy(self.confirm)
        box = QVBoxLayout(self.passphrase_box)
        box.setContentsMargins(28, 0, 0, 0)
        box.setSpacing(6)
        box.addWidget(
            self._text(
                self.tr(
                    "A few everyday words you can picture, like a short sentence, are easy to "
                    "remember and hard to guess. At least 8 characters."
                ),
                self.passphrase_box,
            )
        )
        box.addWidget(label1)
        box.addWidget(self.passphrase)
        box.addWidget(label2)
        box.addWidget(self.confirm)
        box.addWidget(self.show_typing)
        box.addWidget(self.strength)
        box.addWidget(self.match)

        self.create_button = big_button(self.tr("Create the journal"), parent=page)
        self.create_button.setDefault(True)
        self.create_button.setEnabled(False)
        self.create_button.clicked.connect(self.create_journal)
        self.back_button = big_button(self.tr("Back"), parent=page)
        self.back_button.clicked.connect(self.show_welcome)
        self.busy = QProgressBar(page)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Setting up the journal"))
        self.busy.setMaximumHeight(10)
        self.busy.hide()
        self.busy_label = self._text(
            self.tr("Setting up and locking your journal. This takes a few seconds…"), page
        )
        self.busy_label.hide()
        self.lock_message = self._text("", page)
        self.lock_message.setObjectName("setupMessage")
        self.lock_message.setAccessibleName(self.tr("Message"))
        font = self.lock_message.font()
        font.setBold(True)
        self.lock_message.setFont(font)

        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self._heading(self.tr("How should the journal unlock?"), page))
        layout.addWidget(self.use_passphrase)
        layout.addWidget(self.passphrase_box)
        layout.addSpacing(6)
        layout.addWidget(self.use_keyring)
        layout.addWidget(self.keyring_note)
        layout.addSpacing(6)
        layout.addWidget(self.lock_message)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return page

    def _build_code(self) -> QWidget:
        page = QWidget(self)
        self.code_label = QLabel(page)
        self.code_label.setFont(mono_font(self, 1.9))
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        self.code_label.setObjectName("recoveryCode")
        self.code_label.setStyleSheet(
            "QLabel#recoveryCode { border: 2px solid palette(mid); border-radius: 8px; "
            "padding: 14px 20px; background: palette(base); color: palette(text); }"
        )
        self.print_button = big_button(self.tr("Print…"), self.tr("Print the recovery code"), page)
        self.print_button.clicked.connect(self.print_code)
        self.save_button = big_button(
            self.tr("Save to a file…"), self.tr("Save the recovery code to a file"), page
        )
        self.save_button.clicked.connect(self.choose_save_file)
        self.kept = QCheckBox(self.tr("I have printed it or saved it somewhere safe"), page)
        self.kept.setAccessibleName(self.tr("I have printed or saved the recovery code"))
        self.kept.toggled.connect(self._update_code_page)
        self.kept.setFont(heading_font(self, 1.1))
        self.last_group = QLineEdit(page)
        self.last_group.setAccessibleName(self.tr("Last group of the recovery code"))
        self.last_group.setMaxLength(9)
        self.last_group.setFont(mono_font(self, 1.4))
        self.last_group.setMinimumHeight(TARGET_HEIGHT)
        self.last_group.setMaximumWidth(180)
        self.last_group.textChanged.connect(self._update_code_page)
        self.last_group.returnPressed.connect(self.finish)
        self.check_hint = self._text("", page)
        self.check_hint.setAccessibleName(self.tr("Recovery code check"))
        self.code_message = self._text("", page)
        self.code_message.setAccessibleName(self.tr("Message"))
        self.finish_button = big_button(self.tr("Open my journal"), parent=page)
        self.finish_button.setDefault(True)
        self.finish_button.setEnabled(False)
        self.finish_button.clicked.connect(self.finish)
        group_label = self._text(
            self.tr("To check you have it, type the last group of four (bottom right):"), page
        )
        group_label.setBuddy(self.last_group)

        actions = QHBoxLayout()
        actions.addWidget(self.print_button)
        actions.addWidget(self.save_button)
        actions.addStretch(1)
        check_row = QHBoxLayout()
        check_row.addWidget(self.last_group)
        check_row.addWidget(self.check_hint, 1)
        finish_row = QHBoxLayout()
        finish_row.addStretch(1)
        finish_row.addWidget(self.finish_button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self._heading(self.tr("Keep your recovery code"), page))
        layout.addWidget(
            self._text(
                self.tr(
                    "If you forget your passphrase, or this computer's keyring stops working, "
                    "this code opens the journal. It is shown only this once."
                ),
                page,
            )
        )
        layout.addWidget(self.code_label, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(
            self._text(
                self.tr(
                    "Print it or save it, and keep it somewhere safe, such as with your child's "
                    "medical papers. Anyone who has it can open the journal on this computer."
                ),
                page,
            )
        )
        layout.addLayout(actions)
        layout.addWidget(self.code_message)
        layout.addSpacing(6)
        layout.addWidget(self.kept)
        layout.addWidget(group_label)
        layout.addLayout(check_row)
        layout.addLayout(finish_row)
        layout.addStretch(1)
        return page

    # ---- welcome and lock page ------------------------------------------------------------

    def show_welcome(self) -> None:
        self.pages.setCurrentIndex(WELCOME_PAGE)
        self.setFocusProxy(self.start_button)
        self.start_button.setFocus()

    def show_lock_page(self) -> None:
        self.pages.setCurrentIndex(LOCK_PAGE)
        self.setFocusProxy(self.passphrase)
        self._update_lock_page()
        self.passphrase.setFocus()
        self.check_keyring()

    def check_keyring(self) -> None:
        """Ask (off the GUI thread) whether a secure keyring exists; once per wizard."""
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
                    "Companion keeps a key in this computer's keyring, so the journal opens "
                    "without typing. Anyone who can sign in to this computer as you can then "
                    "open it. Best on a computer only you use."
                )
            )
        else:
            self.keyring_note.setText(
                self.tr(
                    "Not offered here: this computer has no secure keyring that Companion "
                    "can use, so please choose a passphrase."
                )
            )

    def _keyring_timed_out(self) -> None:
        self.keyring_note.setText(
            self.tr(
                "Not offered here: this computer's keyring did not answer, so please choose "
                "a passphrase."
            )
        )

    def keyring_checked(self) -> bool:
        """True once the keyring check has answered or given up (tests wait on this)."""
        return self._probe_job is not None and self._probe_job.done

    def _show_typing(self, show: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if show else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.confirm.setEchoMode(mode)

    def _update_lock_page(self) -> None:
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
            "short": self.tr("Too short: use at least 8 characters."),
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
            self.match.setText(self.tr("The two passphrases match."))
        else:
            self.match.setText(self.tr("The two passphrases are not the same yet."))
        self.create_button.setEnabled(usable and matches)

    def create_journal(self) -> None:
        """Create in the background; the page shows a busy state until it is done."""
        if self._create_job is not None or not self.create_button.isEnabled():
            return
        use_keyring = self.use_keyring.isChecked()
        passphrase = None if use_keyring else self.passphrase.text()
        data_dir = self.paths.data_dir
        kdf = self._kdf

        def call() -> tuple[Journal, str]:
            from companion.journal import Journal

            extra: dict[str, Any] = {"_kdf": kdf} if kdf is not None else {}
            return Journal.create(data_dir, passphrase, use_keyring, **extra)

        self.lock_message.clear()
        self._set_busy(True)
        job = run_job(call)
        job.succeeded.connect(
            lambda result: self._created(result, passphrase is not None, use_keyring)
        )
        job.failed.connect(self._create_failed)
        self._create_job = job

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        for widget in (
            self.passphrase_box,
            self.use_passphrase,
            self.use_keyring,
            self.create_button,
            self.back_button,
        ):
            widget.setEnabled(not busy)
        if not busy:
            self.use_keyring.setEnabled(bool(self.keyring_name))

    def _created(self, result: tuple[Journal, str], has_passphrase: bool, device: bool) -> None:
        self._create_job = None
        self._set_busy(False)
        journal, code = result
        self._journal = journal
        self._code = code
        remember_unlock_methods(self.paths, has_passphrase, device)
        self.passphrase.clear()
        self.confirm.clear()
        self.code_label.setText(grouped_code(code))
        self.pages.setCurrentIndex(CODE_PAGE)
        self.setFocusProxy(self.print_button)
        self._update_code_page()
        self.print_button.setFocus()

    def _create_failed(self, exc: BaseException) -> None:
        self._create_job = None
        self._set_busy(False)
        if isinstance(exc, FileExistsError):
            text = self.tr("A journal already exists in this folder. Unlock it instead.")
        elif type(exc).__name__ == "KeyringUnavailable":
            text = self.tr(
                "This computer's keyring did not answer, so the journal was not created. "
                "Please choose a passphrase instead."
            )
            self.use_passphrase.setChecked(True)
        else:
            text = error_sentence(self, exc)
        self.lock_message.setText(text)
        self._update_lock_page()

    # ---- recovery code page ------------------------------------------------------------

    @property
    def recovery_code(self) -> str:
        """The code while this page shows it; empty once the family has moved on."""
        return self._code

    def _group_ok(self) -> bool:
        if not self._code:
            return False
        typed = "".join(ch for ch in self.last_group.text().upper() if ch.isalnum())
        return typed == self._code.split("-")[-1]

    def _update_code_page(self) -> None:
        typed = self.last_group.text().strip()
        ok = self._group_ok()
        if not typed:
            self.check_hint.setText("")
        elif ok:
            self.check_hint.setText(self.tr("That matches."))
        elif len("".join(ch for ch in typed if ch.isalnum())) >= 4:
            self.check_hint.setText(
                self.tr("That is not the last group. Look at the bottom right of the code.")
            )
        else:
            self.check_hint.setText("")
        self.finish_button.setEnabled(ok and self.kept.isChecked())

    def finish(self) -> None:
        """The family kept the code: forget it here and hand the journal over."""
        if not self.finish_button.isEnabled() or self._journal is None:
            if not self.kept.isChecked():
                self.check_hint.setText(
                    self.tr("Please tick the box once you have printed or saved the code.")
                )
            return
        journal, self._journal = self._journal, None
        self._code = ""
        self.code_label.clear()
        self.last_group.clear()
        self.created.emit(journal)

    def recovery_text(self) -> str:
        """The plain-text sheet saved to a .txt file."""
        return "\n".join(
            [
                self.tr("Companion journal recovery code"),
                "",
                self._code,
                "",
                self.tr("This code opens your Companion journal if you forget your passphrase."),
                self.tr("Keep it somewhere safe. Anyone who has it can open the journal."),
                self.tr("Made on {date}.").format(date=date.today().isoformat()),
                "",
            ]
        )

    def recovery_document(self) -> QTextDocument:
        """The printed sheet (also used for PDF): title, the big code, what it is for."""
        from html import escape

        code_html = escape(grouped_code(self._code)).replace("\n", "<br>")
        title = escape(self.tr("Companion journal recovery code"))
        purpose = escape(
            self.tr("This code opens your Companion journal if you forget your passphrase.")
        )
        keep = escape(
            self.tr(
                "Keep it somewhere safe, such as with your child's medical papers. Anyone "
                "who has it can open the journal."
            )
        )
        made = escape(self.tr("Made on {date}.").format(date=date.today().isoformat()))
        html = (
            f"<h1>{title}</h1>"
            "<p style='font-family: monospace; font-size: 26pt; font-weight: bold'>"
            f"{code_html}</p>"
            f"<p style='font-size: 13pt'>{purpose}</p>"
            f"<p style='font-size: 13pt'>{keep}</p>"
            f"<p>{made}</p>"
        )
        document = QTextDocument()
        document.setHtml(html)
        return document

    def render_to(self, printer: QPrinter) -> None:
        document = self.recovery_document()
        document.setPageSize(QSizeF(printer.pageRect(printer.Unit.Point).size()))
        document.print_(printer)

    def print_code(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the recovery code"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.render_to(printer)
            self.code_message.setText(self.tr("Sent to the printer."))

    def choose_save_file(self) -> None:
        suggested = str(Path.home() / self.tr("Companion recovery code.pdf"))
        name, chosen_filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the recovery code"),
            suggested,
            self.tr("PDF file (*.pdf);;Text file (*.txt)"),
        )
        if not name:
            return
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".txt" if "txt" in chosen_filter else ".pdf")
        self.save_code(path)

    def save_code(self, path: Path) -> bool:
        """Write the code to ``path`` (.pdf or text), readable by this user only."""
        try:
            if path.suffix.lower() == ".pdf":
                self._save_pdf(path)
            else:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    handle.write(self.recovery_text())
        except OSError:
            self.code_message.setText(
                self.tr("The file could not be saved there. Please choose another place.")
            )
            return False
        self.code_message.setText(self.tr("Saved as {name}.").format(name=path.name))
        return True

    def _save_pdf(self, path: Path) -> None:
        from PySide6.QtPrintSupport import QPrinter

        path.touch(mode=0o600, exist_ok=True)
        path.chmod(0o600)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        printer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(20, 20, 20, 20),
                QPageLayout.Unit.Millimeter,
            )
        )
        self.render_to(printer)
        if not path.exists() or path.stat().st_size == 0:
            raise OSError("the PDF was not written")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        escape = event.key() == Qt.Key.Key_Escape
        if escape and self.pages.currentIndex() == LOCK_PAGE and self._create_job is None:
            self.show_welcome()
            return
        super().keyPressEvent(event)
