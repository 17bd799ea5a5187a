"""Atomic, durable file writes: a private temp file in the same folder, fsync, rename, fsync.

A crash or a full disk at any moment leaves either the old file or the new one, never a mix.
OS errors come out as the typed DiskFull / ReadOnly / StorageError, and the temp file is gone.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

from companion.storage.errors import from_os_error

FILE_MODE = 0o600
DIR_MODE = 0o700
TEMP_SUFFIX = ".tmp"


def temp_name(path: Path) -> Path:
    """A hidden, unpredictable sibling name for ``path`` (same folder, so rename is atomic)."""
    return path.with_name(f".{path.name}.{secrets.token_hex(6)}{TEMP_SUFFIX}")


def ensure_dir(folder: Path) -> None:
    """Create ``folder`` (and parents) private to this user; OS errors become typed errors."""
    try:
        folder.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    except OSError as exc:
        raise from_os_error(exc) from None


def fsync_dir(folder: Path) -> None:
    """Make a rename inside ``folder`` durable. Windows has no directory fsync; it is skipped."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def create_private(path: Path) -> int:
    """Open a new file exclusively for writing with mode 0600 (never follows a symlink)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    flags |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, FILE_MODE)
    if os.name == "posix":
        os.fchmod(fd, FILE_MODE)
    return fd


def write_all(fd: int, data: bytes | memoryview) -> None:
    """``os.write`` until every byte is written (short writes happen on some filesystems)."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


class AtomicFile:
    """The writable end of :func:`atomic_writer`: raw, unbuffered writes to the temp file."""

    def __init__(self, fd: int) -> None:
        self._fd = fd

    def write(self, data: bytes | memoryview) -> None:
        write_all(self._fd, data)


@contextlib.contextmanager
def atomic_writer(path: Path) -> Iterator[AtomicFile]:
    """Write ``path`` atomically: the new content appears only if the block finishes.

    On any error the temp file is removed and ``path`` keeps its old content.
    """
    tmp = temp_name(path)
    try:
        fd = create_private(tmp)
    except OSError as exc:
        raise from_os_error(exc) from None
    try:
        try:
            yield AtomicFile(fd)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        remove_quietly(tmp)
        raise from_os_error(exc) from None
    except BaseException:
        remove_quietly(tmp)
        raise


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically and durably, mode 0600."""
    with atomic_writer(path) as out:
        out.write(data)


def fsync_file(path: Path) -> None:
    """Flush a finished file's content to disk before it is renamed into place."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_quietly(path: Path) -> None:
    """Best-effort cleanup of a temp file; a failure here must not hide the real error."""
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)
