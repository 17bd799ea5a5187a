"""The privacy tab's "Unlock automatically on this computer" section (the OS keyring)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QWidget,
)

from companion.journal import KeyringUnavailable
from companion.ui.gate.gate_widgets import (
    BODY_SCALE,
)
from companion.ui.widgets.entry_forms import TARGET_HEIGHT
from companion.ui.widgets.error_sentences import Doing, sentence
from companion.ui.widgets.typography import scaled_font
from companion.ui.widgets.workers import Job

if TYPE_CHECKING:
    from companion.journal import Journal

#: The keyring gives up after 3 s a call (turning on makes two); this is the window's backstop.
from companion.ui.journal.unlock_settings import (
    KEYRING_TIMEOUT_MS,
    SettingsSection,
    start_job,
)


class DeviceUnlockSection(SettingsSection):
    """ "Unlock automatically on this computer", on or off.

    Offered once a background check (``check_keyring``, with a timeout) finds a secure
    keyring; turning it off is always possible, except for a journal with no passphrase.
    """

    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        *,
        probe: Callable[[], str | None],
        timeout_ms: int = KEYRING_TIMEOUT_MS,
    ) -> None:
        super().__init__(journal, "", parent)
        self._probe = probe
        self._timeout_ms = timeout_ms
        self._probe_job: Job | None = None
        self.keyring_state = ""  # then "checking", "found", "none" or "silent"
        self.box = QCheckBox(self.tr("Unlock automatically on this computer"), self)
        self.box.setAccessibleName(self.tr("Unlock automatically on this computer"))
        self.box.setFont(scaled_font(self, BODY_SCALE, bold=True))
        self.box.setMinimumHeight(TARGET_HEIGHT - 8)
        self.box.clicked.connect(self.set_enabled)
        self.note = self.text("")
        self.note.setAccessibleName(self.tr("About unlocking automatically"))
        self.message.setAccessibleName(self.tr("Automatic unlock message"))
        self.heading.setText(self.tr("Unlock automatically"))
        for widget in (self.box, self.note, self.message):
            self.column.addWidget(widget)
        self.refresh()

    def check_keyring(self) -> None:
        """Ask (off the GUI thread) whether this computer has a secure keyring.

        Asked once; again only if the keyring did not answer last time.
        """
        if self.keyring_state not in ("", "silent") or self._probe_job is not None:
            return
        self.keyring_state = "checking"
        self._probe_job = start_job(
            self._probe,
            self._checked,
            lambda exc: self._checked(None, silent=exc is None),
            may_hang=True,
            timeout_ms=self._timeout_ms,
        )
        self.refresh()

    def _checked(self, name: object, *, silent: bool = False) -> None:
        self._probe_job = None
        found = isinstance(name, str) and bool(name)
        self.keyring_state = "found" if found else ("silent" if silent else "none")
        self.refresh()

    def refresh(self) -> None:
        """Show what the journal holds now, and whether it can be changed."""
        enabled = self.device_enabled()
        self.box.setChecked(enabled)
        self.box.setEnabled(self.job is None and (enabled or self.keyring_state == "found"))
        if self.keyring_state in ("", "checking"):
            note = self.tr("Checking whether this computer has a safe place for keys…")
        elif self.keyring_state == "found":
            note = self.tr(
                "This computer keeps the journal's key in its own safe place for keys (its "
                "keyring), so the journal opens without typing. Anyone who can sign in to "
                "this computer as you can then open it. Best on a computer only you use."
            )
        elif self.keyring_state == "silent":
            note = self.tr(
                "This computer's safe place for keys did not answer, so this is not offered now."
            )
        else:
            note = self.tr("Not offered here: this computer has no safe place for the key.")
        if enabled and not self.has_passphrase():
            note += " " + self.tr(
                "This journal has no password, so this is how it opens each day. To turn "
                "it off, first add a password above."
            )
        self.note.setText(note)

    def set_enabled(self, on: bool) -> None:
        """Turn unlocking with this computer's keyring on or off, in the background."""
        if self.job is not None:
            return
        if not on and not self.has_passphrase():
            self.refresh()
            self.message.setText(
                self.tr(
                    "It stays on: without it, this journal would open only with the recovery "
                    "code. Add a password above first, then you can turn this off."
                )
            )
            return
        journal = self.journal
        call = journal.enable_device_unlock if on else journal.disable_device_unlock
        self.message.setText(self.tr("Asking this computer for the journal's key…"))
        self.job = start_job(
            call,
            lambda _: self._done(on),
            self._failed,
            may_hang=True,
            timeout_ms=self._timeout_ms,
            discard=self._late_result,
        )
        self.refresh()

    def _done(self, on: bool) -> None:
        self.job = None
        self.remember_methods()
        self.refresh()
        if on:
            text = self.tr(
                "Done: this computer now opens the journal without typing. Anyone who can "
                "sign in to this computer as you can open it."
            )
        else:
            text = self.tr("Done: the journal now asks for your password each time it opens.")
        self.message.setText(text)
        self.status_message.emit(text)

    def _failed(self, exc: BaseException | None) -> None:
        self.job = None
        self.refresh()
        if exc is None or isinstance(exc, KeyringUnavailable):
            text = self.tr(
                "This computer's safe place for keys did not answer, so nothing was changed "
                "and nothing was lost. The journal opens as before."
            )
        else:
            text = sentence(exc, Doing.CHANGE) or ""
        self.message.setText(text)

    def _late_result(self, _result: object) -> None:
        """The keyring answered after we stopped waiting: show what is true now."""
        if not self.journal.is_open:
            return  # locked meanwhile; the next unlock reads the journal afresh
        try:
            self.remember_methods()
            self.refresh()
        except RuntimeError:  # this tab is gone; the next one reads the journal afresh
            return

    def shutdown(self) -> None:
        super().shutdown()
        if self._probe_job is not None:
            self._probe_job.cancel()
            self._probe_job = None
