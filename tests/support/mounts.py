"""Real read-only folders and real full disks for tests, made with mount (root only)."""

from __future__ import annotations

import errno
import os
import subprocess
from pathlib import Path

import pytest


class Mounts:
    """Bind-mount a folder read-only, or put a tiny tmpfs on it; every mount is undone."""

    def __init__(self) -> None:
        self.mounted: list[Path] = []

    def _mount(self, *args: str) -> None:
        if os.name != "posix" or os.geteuid() != 0:
            pytest.skip("a real read-only folder or full disk needs root (mount); CI runs as root")
        done = subprocess.run(["mount", *args], capture_output=True, check=False)
        if done.returncode != 0:
            pytest.skip(f"mount is not allowed here: {done.stderr.decode(errors='replace')}")

    def read_only(self, folder: Path) -> None:
        """``folder`` and everything in it become read-only (a bind mount remounted ro)."""
        self._mount("--bind", str(folder), str(folder))
        self.mounted.append(folder)
        self._mount("-o", "remount,bind,ro", str(folder))
        probe = folder / ".probe"
        try:
            probe.touch()
        except OSError as exc:
            assert exc.errno == errno.EROFS
        else:
            probe.unlink()
            pytest.skip("the read-only remount did not take effect")

    def tiny_disk(self, folder: Path, size: str = "2m") -> None:
        """An empty tmpfs of ``size`` on ``folder`` (what was in it is hidden meanwhile)."""
        self._mount("-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder))
        self.mounted.append(folder)

    @staticmethod
    def fill(folder: Path) -> Path:
        """Write a file in ``folder`` until the disk is full; returns it (delete it to free)."""
        filler = folder / "filler"
        with filler.open("wb", buffering=0) as out:
            try:
                while True:
                    out.write(b"\0" * 4096)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
        return filler

    def undo(self, folder: Path) -> None:
        self.mounted.remove(folder)
        subprocess.run(["umount", str(folder)], check=True)

    def undo_all(self) -> None:
        for folder in reversed(self.mounted):
            if subprocess.run(["umount", str(folder)], check=False).returncode:
                subprocess.run(["umount", "-l", str(folder)], check=False)
        self.mounted.clear()
