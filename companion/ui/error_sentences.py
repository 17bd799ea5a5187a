"""Storage errors as sentences a tired parent can act on, for the journal's setup and unlock.

The storage layer raises a few typed errors (wrong key, damaged, disk full, ...). The UI never
imports companion.storage, so they are recognised here by class name.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def is_error(exc: BaseException, name: str) -> bool:
    """True if ``exc`` is (a subclass of) the storage error called ``name``."""
    return any(cls.__name__ == name for cls in type(exc).__mro__)


def error_sentence(
    widget: QWidget, exc: BaseException, secret: str = "passphrase", *, backup: bool = False
) -> str:
    """What a tired parent reads when opening, creating or restoring the journal fails.

    ``secret`` is what was typed ("passphrase", "recovery" or "device"); ``backup`` says the
    file being read was a backup the family chose, so "damaged" is about that file.
    """
    tr = widget.tr
    if is_error(exc, "WrongKey"):
        if secret == "recovery":
            return tr(
                "That recovery code did not open the journal. Check each group of letters "
                "and numbers, then try again."
            )
        if secret == "device":
            return tr(
                "This computer's keyring did not open the journal, so please type your passphrase."
            )
        return tr(
            "That passphrase did not open the journal. Check that Caps Lock is off, then try again."
        )
    if is_error(exc, "KeyringUnavailable"):
        return tr("This computer's keyring did not answer, so please type your passphrase.")
    if is_error(exc, "NewerSchema"):
        return tr(
            "This journal was saved by a newer version of Companion. Please update Companion "
            "to open it. Nothing was changed."
        )
    if is_error(exc, "Damaged"):
        if backup:
            return tr(
                "This backup file looks damaged, or it is not a Companion backup. Nothing was "
                "changed. Please choose another backup file."
            )
        return tr(
            "The journal file looks damaged. Your backups are safe; you can restore the newest one."
        )
    if is_error(exc, "DiskFull"):
        return tr(
            "The disk is full, so the journal cannot be opened safely. Free some space (for "
            "example, empty the trash), then try again. Nothing was changed."
        )
    if is_error(exc, "ReadOnly"):
        return tr(
            "Companion cannot write to its folder. Check that the disk is not read-only and "
            "that the folder belongs to you, then try again. Nothing was changed."
        )
    if is_error(exc, "Locked"):
        return tr("The journal is already open in another Companion window.")
    if isinstance(exc, FileNotFoundError):
        if backup:
            return tr("The backup file was not found. Please choose it again.")
        return tr("There is no journal in this folder yet, or the backup file was not found.")
    return tr(
        "The journal could not be opened. Please try again; if it keeps happening, restart "
        "the computer."
    )
