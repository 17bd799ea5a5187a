"""Keep a damaged journal's files aside, under dated names, before a backup replaces them.

A damaged file is never deleted: someone may one day read more out of it than Companion
could. The copies are hard links where the disk allows it (no extra space, instant), else
plain copies, in the data folder next to the live files; the live files themselves are left
for the restore to replace atomically, so a restore that fails changes nothing.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

from companion.paths import AppPaths

#: The live database's side files that belong with it (write-ahead log, rollback journal).
_SIDE_SUFFIXES = ("-wal", "-journal")


def damaged_name(paths: AppPaths, when: datetime, suffix: str) -> Path:
    """``journal-damaged-20240604T091200Z.db`` (or ``.vault``) in the data folder."""
    stamp = when.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return paths.data_dir / f"journal-damaged-{stamp}{suffix}"


def keep_damaged_copy(paths: AppPaths, when: datetime | None = None) -> list[Path]:
    """Put the damaged database and vault (and any side file) aside; returns the new names.

    Raises DiskFull or ReadOnly before the restore starts, so nothing is lost.
    """
    from companion.storage.errors import from_os_error

    when = when or datetime.now(UTC)
    pairs = [(paths.journal_db, damaged_name(paths, when, ".db"))]
    pairs += [
        (Path(f"{paths.journal_db}{side}"), Path(f"{damaged_name(paths, when, '.db')}{side}"))
        for side in _SIDE_SUFFIXES
    ]
    pairs.append((paths.vault_file, damaged_name(paths, when, ".vault")))
    kept: list[Path] = []
    try:
        for live, aside in pairs:
            if live.exists() and not aside.exists():
                _link_or_copy(live, aside)
                kept.append(aside)
    except OSError as exc:
        forget_copies(paths, kept)
        raise from_os_error(exc) from None
    return kept


def forget_copies(paths: AppPaths, kept: list[Path]) -> None:
    """After a restore that did not happen, drop the extra names that are still the very
    same files as the live ones (hard links): no data goes, only a second name."""
    live = [paths.journal_db, paths.vault_file]
    live += [Path(f"{paths.journal_db}{side}") for side in _SIDE_SUFFIXES]
    for aside in kept:
        with contextlib.suppress(OSError):
            if any(other.exists() and os.path.samefile(aside, other) for other in live):
                aside.unlink()


def _link_or_copy(live: Path, aside: Path) -> None:
    try:
        os.link(live, aside)
    except OSError:
        try:
            shutil.copy2(live, aside)
        except OSError:
            aside.unlink(missing_ok=True)  # a half copy is no copy
            raise
        if os.name == "posix":
            aside.chmod(0o600)
