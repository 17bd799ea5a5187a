"""The shared folder's layout. Each computer writes only inside its own sub-folder, so the
folder engine (Syncthing, a network share, a USB stick) never has to merge a file::

    <folder>/companion-<journal tag>/<device id>/device.cdev     who this computer is
                                                /ack.cack        how far it has applied
                                                /epoch-<n>.ckey  a new key, after a removal
                                                /<number>.cchg   its changes, numbered

Names that do not match exactly (conflict copies, temp files) are ignored.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from pathlib import Path

from companion.journal.sync.sealing import journal_tag
from companion.storage.atomic import ensure_dir, remove_quietly, write_bytes_atomic
from companion.storage.errors import from_os_error

DEVICE_FILE = "device.cdev"
ACK_FILE = "ack.cack"
_CHANGE = re.compile(r"^(\d{12})\.cchg$")
_EPOCH = re.compile(r"^epoch-(\d{1,9})\.ckey$")
_DEVICE_DIR = re.compile(r"^[0-9a-f]{32}$")
#: A change file larger than this is refused unread.
MAX_FILE = 64 * 1024 * 1024


class Folder:
    """One journal's place in the shared folder."""

    def __init__(self, root: Path, journal_id: str) -> None:
        self.root = Path(root)
        self.base = self.root / f"companion-{journal_tag(journal_id)}"

    def own(self, device: str) -> Path:
        return self.base / device

    def change_name(self, seq: int) -> str:
        return f"{seq:012d}.cchg"

    def devices(self) -> list[str]:
        """Every computer's sub-folder present."""
        try:
            return sorted(
                entry.name
                for entry in os.scandir(self.base)
                if entry.is_dir() and _DEVICE_DIR.match(entry.name)
            )
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise from_os_error(exc) from None

    def changes(self, device: str) -> dict[int, Path]:
        """A computer's change files by number."""
        return {int(match.group(1)): path for path, match in self._matching(device, _CHANGE)}

    def epochs(self, device: str) -> dict[int, Path]:
        return {int(match.group(1)): path for path, match in self._matching(device, _EPOCH)}

    def _matching(
        self, device: str, pattern: re.Pattern[str]
    ) -> Iterator[tuple[Path, re.Match[str]]]:
        folder = self.own(device)
        try:
            entries = list(os.scandir(folder))
        except FileNotFoundError:
            return
        except OSError as exc:
            raise from_os_error(exc) from None
        for entry in entries:
            match = pattern.match(entry.name)
            if match is not None:
                yield folder / entry.name, match

    def read(self, path: Path) -> bytes | None:
        """A file's bytes, or None when it is gone (or too large to be one of ours)."""
        try:
            if path.stat().st_size > MAX_FILE:
                return None
            return path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise from_os_error(exc) from None

    def write(self, device: str, name: str, data: bytes) -> None:
        """Write one of this computer's files atomically (temp file, fsync, rename)."""
        folder = self.own(device)
        ensure_dir(folder)
        write_bytes_atomic(folder / name, data)

    def remove(self, path: Path) -> None:
        remove_quietly(path)

    def remove_leftovers(self, device: str) -> None:
        """Temp files this computer left when it was stopped mid-write."""
        folder = self.own(device)
        with contextlib.suppress(OSError):
            for entry in os.scandir(folder):
                if entry.name.startswith(".") and entry.name.endswith(".tmp"):
                    remove_quietly(folder / entry.name)
