"""The few storage failures that mean something to a family. Messages never contain their data."""

from __future__ import annotations


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
