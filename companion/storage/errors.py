"""The few storage failures that mean something to a family. Messages never contain their data."""

from __future__ import annotations

from datetime import datetime


class StorageError(Exception):
    """Base for every failure the UI turns into a plain sentence."""


class WrongKey(StorageError):
    """The passphrase, recovery code or device key does not open this journal."""


class Damaged(StorageError):
    """A file is corrupt or was tampered with (database, vault or backup)."""


class NewerSchema(StorageError):
    """The journal was written by a newer version of Companion."""


class DiskFull(StorageError):
    """The disk is full; nothing was changed."""


class ReadOnly(StorageError):
    """The data folder cannot be written to; nothing was changed."""


class Locked(StorageError):
    """The journal is locked (closed, key dropped) or open in another Companion window."""


class KeyringUnavailable(StorageError):
    """The OS keyring is missing, locked, failed or timed out."""


class ReplaceNeedsConfirmation(StorageError):
    """Restoring would replace a journal that holds more entries than the backup, or one the
    backup's key cannot read (another journal, or damaged). Nothing was changed; restore
    again with ``confirm_replace=True`` once the family has seen both dates and counts.
    ``current_entries`` is None when the current journal cannot be read."""

    def __init__(
        self,
        *,
        backup_made: datetime,
        backup_entries: int,
        current_changed: datetime | None,
        current_entries: int | None,
        other_journal: bool,
    ) -> None:
        if other_journal:
            what = "the backup is of another journal"
        elif current_entries is None:
            what = "the current journal cannot be read"
        else:
            what = "the current journal holds more entries than the backup"
        super().__init__(f"{what}; nothing was changed")
        self.backup_made = backup_made
        self.backup_entries = backup_entries
        self.current_changed = current_changed
        self.current_entries = current_entries
        self.other_journal = other_journal


class WeakParameters(Damaged):
    """A vault's key-derivation parameters are below the safe minimum: refused."""


def from_os_error(exc: OSError) -> StorageError:
    """Turn an OS error into the typed error a family can act on; the message names no path."""
    import errno

    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return DiskFull("the disk is full; nothing was changed")
    if code in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReadOnly("the folder cannot be written to; nothing was changed")
    if code == errno.ENOENT:
        return Damaged("a file Companion needs is missing")
    return StorageError("a file could not be read or written")
