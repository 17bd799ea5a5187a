"""The words of every failure: one calm sentence per storage error and per thing the
family was doing. :mod:`companion.ui.widgets.error_sentences` re-exports them and shows them."""

from __future__ import annotations

import errno
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from companion.journal import (
    Damaged,
    DiskFull,
    KeyringUnavailable,
    Locked,
    NewerSchema,
    ReadOnly,
    ReplaceNeedsConfirmation,
    StorageError,
    WrongKey,
)
from companion.journal.exports.jsonfile import (
    BrokenExport,
    JournalNotEmpty,
    NewerExport,
    NotAnExport,
)

#: Qt's translation function; pyside6-lupdate reads its calls (context first).
translate = QCoreApplication.translate


class Doing(Enum):
    """What the family was doing when it failed: the sentence says what did not happen."""

    SAVE = "save"  # adding or editing an entry (the form keeps what was typed)
    CHANGE = "change"  # delete, undo, a setting
    EXPORT = "export"  # a file the family asked for
    IMPORT = "import"  # a journal file brought into a new journal
    BACKUP = "backup"  # today's automatic backup
    LOCK = "lock"  # closing the journal
    SEAL = "seal"  # keeping a temperature logged while the journal is locked


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
            return translate(
                "ErrorSentences",
                "That recovery code did not open the journal. Check each group of letters "
                "and numbers, then try again.",
            )
        if secret == "device":
            return translate(
                "ErrorSentences",
                "The key kept on this computer did not open the journal, so please type the "
                "password for the journal.",
            )
        return translate(
            "ErrorSentences",
            "That password did not open the journal. Check that Caps Lock is off, then try again.",
        )
    if isinstance(exc, KeyringUnavailable):
        return translate(
            "ErrorSentences",
            "This computer did not give the journal's key back, so please type the password "
            "for the journal.",
        )
    if isinstance(exc, NewerSchema):
        return translate(
            "ErrorSentences",
            "This journal was saved by a newer version of Companion. Please update Companion "
            "to open it. Nothing was changed.",
        )
    if isinstance(exc, Damaged):
        if backup:
            return translate(
                "ErrorSentences",
                "This backup file looks damaged, or it is not a Companion backup. Nothing was "
                "changed. Please choose another backup file.",
            )
        return translate(
            "ErrorSentences",
            "The journal file looks damaged. Your backups are safe; "
            "you can restore the newest one.",
        )
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        exc = DiskFull("the disk is full")
    elif isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        exc = ReadOnly("the folder cannot be written to")
    if isinstance(exc, DiskFull):
        return translate(
            "ErrorSentences",
            "The disk is full, so the journal cannot be opened safely. Free some space (for "
            "example, empty the trash), then try again. Nothing was changed.",
        )
    if isinstance(exc, ReadOnly):
        return translate(
            "ErrorSentences",
            "Companion cannot write to its folder. Check that the disk is not read-only and "
            "that the folder belongs to you, then try again. Nothing was changed.",
        )
    if isinstance(exc, Locked):
        return translate(
            "ErrorSentences", "The journal is already open in another Companion window."
        )
    if isinstance(exc, ReplaceNeedsConfirmation):
        return translate(
            "ErrorSentences", "Nothing was changed: the journal on this computer stays as it was."
        )
    if isinstance(exc, FileNotFoundError):
        if backup:
            return translate(
                "ErrorSentences", "The backup file was not found. Please choose it again."
            )
        return translate(
            "ErrorSentences",
            "There is no journal in this folder yet, or the backup file was not found.",
        )
    return translate(
        "ErrorSentences",
        "The journal could not be opened. Please try again; if it keeps happening, restart "
        "the computer.",
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
    if doing is Doing.SEAL:
        return _seal_sentence(exc)
    return _change_sentence(exc)


def _seal_sentence(exc: BaseException | None) -> str | None:
    """A reading logged while locked could not be kept (the card was shown all the same)."""
    from companion.journal.locked import SealingUnavailable

    write_down = " " + translate(
        "ErrorSentences", "Please write the temperature and the time down for now."
    )
    if isinstance(exc, SealingUnavailable):
        return (
            translate(
                "ErrorSentences",
                "This reading could not be kept: the journal has to be unlocked once first.",
            )
            + write_down
        )
    if isinstance(exc, DiskFull):
        return (
            translate("ErrorSentences", "The disk is full, so this reading could not be kept.")
            + write_down
        )
    if isinstance(exc, ReadOnly):
        return (
            translate(
                "ErrorSentences",
                "Companion cannot write to its folder, so this reading was not kept.",
            )
            + write_down
        )
    if isinstance(exc, (Damaged, FileNotFoundError)):
        return (
            translate(
                "ErrorSentences",
                "The journal's key file is missing or damaged, so this reading was not kept.",
            )
            + write_down
        )
    if isinstance(exc, StorageError):
        return translate("ErrorSentences", "This reading could not be kept.") + write_down
    return None


def _save_sentence(exc: BaseException | None) -> str | None:
    kept = " " + translate("ErrorSentences", "What you typed is still here.")
    if isinstance(exc, DiskFull):
        return (
            translate(
                "ErrorSentences",
                "The disk is full, so this was not saved. Free some space, then press Save again.",
            )
            + kept
        )
    if isinstance(exc, ReadOnly):
        return (
            translate(
                "ErrorSentences",
                "The journal's folder cannot be written to, so this was not saved.",
            )
            + kept
        )
    if isinstance(exc, Locked):
        return (
            translate(
                "ErrorSentences",
                "The journal is locked, so this was not saved. Unlock it and try again.",
            )
            + kept
        )
    if isinstance(exc, Damaged):
        return translate(
            "ErrorSentences",
            "The journal file looks damaged, so this was not saved. What you typed is still "
            "here: copy it somewhere if you need it, then press Cancel to see how to restore "
            "a backup.",
        )
    if isinstance(exc, StorageError):
        return translate("ErrorSentences", "This could not be saved. Please try again.") + kept
    if isinstance(exc, LookupError):
        return (
            translate(
                "ErrorSentences", "This entry was deleted meanwhile, so the change was not saved."
            )
            + kept
        )
    if isinstance(exc, ValueError):
        return translate(
            "ErrorSentences", "One of the values is not possible. Check the form and try again."
        )
    return None


def _change_sentence(exc: BaseException | None) -> str | None:
    if isinstance(exc, DiskFull):
        return translate(
            "ErrorSentences",
            "The disk is full, so nothing was changed. Free some space (for example, empty "
            "the trash), then try again.",
        )
    if isinstance(exc, ReadOnly):
        return translate(
            "ErrorSentences",
            "Companion cannot write to its folder, so nothing was changed. Check that the "
            "disk is not read-only, then try again.",
        )
    if isinstance(exc, Locked):
        return translate(
            "ErrorSentences",
            "The journal was locked, so nothing was changed. Unlock it and try again.",
        )
    if isinstance(exc, LookupError):
        return translate("ErrorSentences", "That entry is no longer there, so nothing was changed.")
    if isinstance(exc, StorageError) or exc is None:
        return translate(
            "ErrorSentences", "That did not work, and nothing was changed. Please try again."
        )
    return None


def _backup_sentence(exc: BaseException | None) -> str | None:
    if isinstance(exc, Locked):
        return None
    if isinstance(exc, DiskFull):
        return translate(
            "ErrorSentences",
            "Today's automatic backup was not made because the disk is full. Your journal is "
            "open, and what you saved is kept. Free some space; Companion tries again at the "
            "next unlock.",
        )
    if isinstance(exc, ReadOnly):
        return translate(
            "ErrorSentences",
            "Today's automatic backup was not made because Companion cannot write to its "
            "backups folder. Your journal is open, and what you saved is kept.",
        )
    if isinstance(exc, Damaged):
        return translate(
            "ErrorSentences",
            "Today's automatic backup was not made: the journal file looks damaged. Your "
            "earlier backups are safe; you can restore the newest one.",
        )
    return translate(
        "ErrorSentences",
        "Today's automatic backup was not made. Your earlier backups are kept; Companion "
        "tries again at the next unlock.",
    )


def _export_sentence(exc: BaseException | None) -> str | None:
    if isinstance(exc, DiskFull) or (isinstance(exc, OSError) and exc.errno == errno.ENOSPC):
        return translate(
            "ErrorSentences",
            "The disk is full, so the file was not written. Free some space and try again.",
        )
    if isinstance(exc, ReadOnly | PermissionError) or (
        isinstance(exc, OSError) and exc.errno == errno.EROFS
    ):
        return translate(
            "ErrorSentences", "Companion cannot write there. Please choose another folder."
        )
    if isinstance(exc, Locked):
        return translate(
            "ErrorSentences",
            "The journal was locked, so nothing was exported. Unlock it and try again.",
        )
    if isinstance(exc, StorageError | OSError):
        return translate(
            "ErrorSentences",
            "The file could not be written. Please try again or choose another folder.",
        )
    return None


def _import_sentence(exc: BaseException | None) -> str | None:
    unchanged = " " + translate("ErrorSentences", "Nothing was changed.")
    if isinstance(exc, JournalNotEmpty):
        return (
            translate(
                "ErrorSentences",
                "This journal already has entries. A journal file can only be imported into "
                "a new journal, so the two histories do not mix.",
            )
            + unchanged
        )
    if isinstance(exc, NewerExport):
        return (
            translate("ErrorSentences", "This file was made by a newer version of Companion.")
            + unchanged
        )
    if isinstance(exc, NotAnExport):
        return translate("ErrorSentences", "This is not a Companion journal file.") + unchanged
    if isinstance(exc, BrokenExport):
        return (
            translate("ErrorSentences", "This journal file is incomplete or damaged.") + unchanged
        )
    if isinstance(exc, FileNotFoundError | PermissionError):
        return (
            translate("ErrorSentences", "The file could not be read. Please choose it again.")
            + unchanged
        )
    return _save_sentence(exc)


def _lock_sentence(exc: BaseException | None) -> str | None:
    if isinstance(exc, DiskFull | ReadOnly) or (
        isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EROFS, errno.EACCES)
    ):
        return translate(
            "ErrorSentences",
            "The journal was locked. Everything you saved is kept, but the disk could not be "
            "tidied up (it is full or read-only); Companion tries again next time.",
        )
    if isinstance(exc, StorageError):
        return translate("ErrorSentences", "The journal was locked. Everything you saved is kept.")
    return None


def folder_sentence(exc: BaseException) -> str:
    """Why the journal cannot be used at all (its folder cannot be written), and what to do.

    The glossary and centers keep working; the window says so.
    """
    if isinstance(exc, DiskFull) or (isinstance(exc, OSError) and exc.errno == errno.ENOSPC):
        first = translate(
            "ErrorSentences",
            "The disk is full, so Companion cannot open or save the journal. Free some space "
            "(for example, empty the trash), then start Companion again.",
        )
    else:
        first = translate(
            "ErrorSentences",
            "Companion cannot write to its folder, so it cannot open or save the journal. "
            "Check that the disk is not read-only and that the folder belongs to you, then "
            "start Companion again.",
        )
    return (
        first
        + " "
        + translate(
            "ErrorSentences",
            "You can also start it with another folder: companion --data-dir FOLDER. The "
            "glossary and the centers work as usual.",
        )
    )


def replace_question(exc: ReplaceNeedsConfirmation) -> str:
    """Both journals side by side, before the family lets a backup replace the current one."""
    made = exc.backup_made.astimezone().strftime("%d %B %Y, %H:%M")
    backup = (
        translate("ErrorSentences", "The backup was made on %1 and holds %2 entries.")
        .replace("%1", made)
        .replace("%2", str(exc.backup_entries))
    )
    if exc.other_journal:
        current = translate(
            "ErrorSentences", "It is the backup of another journal than the one on this computer."
        )
    elif exc.current_entries is None:
        current = translate("ErrorSentences", "The journal on this computer cannot be read.")
    else:
        changed = (
            exc.current_changed.astimezone().strftime("%d %B %Y, %H:%M")
            if (exc.current_changed is not None)
            else translate("ErrorSentences", "an unknown day")
        )
        current = (
            translate(
                "ErrorSentences",
                "The journal on this computer was last changed on %1 and holds %2 entries.",
            )
            .replace("%1", changed)
            .replace("%2", str(exc.current_entries))
        )
    kept = translate(
        "ErrorSentences",
        "If you replace it, the current journal is kept aside in its folder, not deleted.",
    )
    return f"{backup} {current} {kept}"
