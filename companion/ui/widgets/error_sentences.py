"""Every failure the family can meet, turned into one calm sentence, in one place.

Storage raises a few typed errors (re-exported by :mod:`companion.journal`, since the UI never
imports storage); they are told apart here with ``isinstance``, never by name or message. A
sentence never holds a path or anything the family typed. :func:`guarded` is the one way a slot
calls the journal: a known failure becomes a message beside the window, an unknown one goes to
the fallback exception hook (``companion.ui.shell.excepthook``).
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from enum import Enum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from companion.journal import (
    Damaged,
    DiskFull,
    KeyringUnavailable,
    Locked,
    NewerSchema,
    ReadOnly,
    StorageError,
    WrongKey,
)
from companion.journal.exports.jsonfile import (
    BrokenExport,
    JournalNotEmpty,
    NewerExport,
    NotAnExport,
)

T = TypeVar("T")
_CONTEXT = "ErrorSentences"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class Doing(Enum):
    """What the family was doing when it failed: the sentence says what did not happen."""

    SAVE = "save"  # adding or editing an entry (the form keeps what was typed)
    CHANGE = "change"  # delete, undo, a setting
    EXPORT = "export"  # a file the family asked for
    IMPORT = "import"  # a journal file brought into a new journal
    BACKUP = "backup"  # today's automatic backup
    LOCK = "lock"  # closing the journal


def error_sentence(
    widget: QWidget, exc: BaseException, secret: str = "passphrase", *, backup: bool = False
) -> str:
    """What a tired parent reads when opening, creating or restoring the journal fails.

    ``secret`` is what was typed ("passphrase", "recovery" or "device"); ``backup`` says the
    file being read was a backup the family chose, so "damaged" is about that file.
    """
    del widget
    if isinstance(exc, WrongKey):
        if secret == "recovery":
            return _tr(
                "That recovery code did not open the journal. Check each group of letters "
                "and numbers, then try again."
            )
        if secret == "device":
            return _tr(
                "This computer's keyring did not open the journal, so please type your passphrase."
            )
        return _tr(
            "That passphrase did not open the journal. Check that Caps Lock is off, then try again."
        )
    if isinstance(exc, KeyringUnavailable):
        return _tr("This computer's keyring did not answer, so please type your passphrase.")
    if isinstance(exc, NewerSchema):
        return _tr(
            "This journal was saved by a newer version of Companion. Please update Companion "
            "to open it. Nothing was changed."
        )
    if isinstance(exc, Damaged):
        if backup:
            return _tr(
                "This backup file looks damaged, or it is not a Companion backup. Nothing was "
                "changed. Please choose another backup file."
            )
        return _tr(
            "The journal file looks damaged. Your backups are safe; you can restore the newest one."
        )
    if isinstance(exc, DiskFull):
        return _tr(
            "The disk is full, so the journal cannot be opened safely. Free some space (for "
            "example, empty the trash), then try again. Nothing was changed."
        )
    if isinstance(exc, ReadOnly):
        return _tr(
            "Companion cannot write to its folder. Check that the disk is not read-only and "
            "that the folder belongs to you, then try again. Nothing was changed."
        )
    if isinstance(exc, Locked):
        return _tr("The journal is already open in another Companion window.")
    if isinstance(exc, FileNotFoundError):
        if backup:
            return _tr("The backup file was not found. Please choose it again.")
        return _tr("There is no journal in this folder yet, or the backup file was not found.")
    return _tr(
        "The journal could not be opened. Please try again; if it keeps happening, restart "
        "the computer."
    )


def sentence(exc: BaseException | None, doing: Doing) -> str | None:
    """The sentence for a failure while ``doing``; None when it is not a known failure (a
    bug: the fallback hook tells the family) or, for backups, when the journal was locked."""
    if doing is Doing.SAVE:
        return _save_sentence(exc)
    if doing is Doing.BACKUP:
        return _backup_sentence(exc)
    if doing is Doing.EXPORT:
        return _export_sentence(exc)
    if doing is Doing.IMPORT:
        return _import_sentence(exc)
    if doing is Doing.LOCK:
        return _lock_sentence(exc)
    return _change_sentence(exc)


def _save_sentence(exc: BaseException | None) -> str | None:
    kept = " " + _tr("What you typed is still here.")
    if isinstance(exc, DiskFull):
        return (
            _tr("The disk is full, so this was not saved. Free some space, then press Save again.")
            + kept
        )
    if isinstance(exc, ReadOnly):
        return _tr("The journal's folder cannot be written to, so this was not saved.") + kept
    if isinstance(exc, Locked):
        return _tr("The journal is locked, so this was not saved. Unlock it and try again.") + kept
    if isinstance(exc, StorageError):
        return _tr("This could not be saved. Please try again.") + kept
    if isinstance(exc, LookupError):
        return _tr("This entry was deleted meanwhile, so the change was not saved.") + kept
    if isinstance(exc, ValueError):
        return _tr("One of the values is not possible. Check the form and try again.")
    return None


def _change_sentence(exc: BaseException | None) -> str | None:
    if isinstance(exc, DiskFull):
        return _tr(
            "The disk is full, so nothing was changed. Free some space (for example, empty "
            "the trash), then try again."
        )
    if isinstance(exc, ReadOnly):
        return _tr(
            "Companion cannot write to its folder, so nothing was changed. Check that the "
            "disk is not read-only, then try again."
        )
    if isinstance(exc, Locked):
        return _tr("The journal was locked, so nothing was changed. Unlock it and try again.")
    if isinstance(exc, LookupError):
        return _tr("That entry is no longer there, so nothing was changed.")
    if isinstance(exc, StorageError) or exc is None:
        return _tr("That did not work, and nothing was changed. Please try again.")
    return None


def _backup_sentence(exc: BaseException | None) -> str | None:
    if isinstance(exc, Locked):
        return None
    if isinstance(exc, DiskFull):
        return _tr(
            "Today's automatic backup was not made because the disk is full. Your journal is "
            "open and safe. Free some space; Companion tries again at the next unlock."
        )
    if isinstance(exc, ReadOnly):
        return _tr(
            "Today's automatic backup was not made because Companion cannot write to its "
            "backups folder. Your journal is open and safe."
        )
    if isinstance(exc, Damaged):
        return _tr(
            "Today's automatic backup was not made: the journal file looks damaged. Your "
            "earlier backups are safe; you can restore the newest one."
        )
    return _tr(
        "Today's automatic backup was not made. Your journal is open and safe; Companion "
        "tries again at the next unlock."
    )


def _export_sentence(exc: BaseException | None) -> str | None:
    if isinstance(exc, DiskFull) or (isinstance(exc, OSError) and exc.errno == errno.ENOSPC):
        return _tr("The disk is full, so the file was not written. Free some space and try again.")
    if isinstance(exc, ReadOnly | PermissionError) or (
        isinstance(exc, OSError) and exc.errno == errno.EROFS
    ):
        return _tr("Companion cannot write there. Please choose another folder.")
    if isinstance(exc, Locked):
        return _tr("The journal was locked, so nothing was exported. Unlock it and try again.")
    if isinstance(exc, StorageError | OSError):
        return _tr("The file could not be written. Please try again or choose another folder.")
    return None


def _import_sentence(exc: BaseException | None) -> str | None:
    unchanged = " " + _tr("Nothing was changed.")
    if isinstance(exc, JournalNotEmpty):
        return (
            _tr(
                "This journal already has entries. A journal file can only be imported into "
                "a new journal, so the two histories do not mix."
            )
            + unchanged
        )
    if isinstance(exc, NewerExport):
        return _tr("This file was made by a newer version of Companion.") + unchanged
    if isinstance(exc, NotAnExport):
        return _tr("This is not a Companion journal file.") + unchanged
    if isinstance(exc, BrokenExport):
        return _tr("This journal file is incomplete or damaged.") + unchanged
    if isinstance(exc, FileNotFoundError | PermissionError):
        return _tr("The file could not be read. Please choose it again.") + unchanged
    return _save_sentence(exc)


def _lock_sentence(exc: BaseException | None) -> str | None:
    if isinstance(exc, DiskFull | ReadOnly):
        return _tr(
            "The journal was locked. Everything you saved is kept, but the disk could not be "
            "tidied up (it is full or read-only); Companion tries again next time."
        )
    if isinstance(exc, StorageError):
        return _tr("The journal was locked. Everything you saved is kept.")
    return None


def report_problem(parent: QWidget | None, text: str) -> QMessageBox:
    """Show a sentence beside the window without blocking it (the family reads, then OK)."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Companion"), text, parent=parent)
    box.setObjectName("problemMessage")
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def guarded(parent: QWidget | None, doing: Doing, call: Callable[[], T]) -> tuple[bool, T | None]:
    """Call the journal; a known failure is told in words and gives ``(False, None)``.

    An unknown failure is a bug: it goes on to the fallback exception hook.
    """
    try:
        return True, call()
    except Exception as exc:
        text = sentence(exc, doing)
        if text is None:
            raise
        report_problem(parent, text)
        return False, None
