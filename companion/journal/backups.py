"""Encrypted backups of the journal (on demand, once a day, before every migration) and the
full integrity check that comes before each one.

One part of the :class:`companion.journal.Journal` facade. Deleted entries past the Undo
window are erased before each backup, so a backup never holds what the family deleted; and
every page is read and checked first, so a backup is never made of a damaged journal.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from companion.paths import AppPaths
from companion.storage.errors import Damaged, StorageError

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from companion.storage.vault import Vault

PathLike = str | Path
#: The open journal's engine, vault and data key (Locked once it is closed).
Unlocked = Callable[[], "tuple[Engine, Vault, bytes]"]


class Backups:
    def __init__(
        self,
        paths: AppPaths,
        unlocked: Unlocked,
        closing: threading.RLock,
        purge: Callable[[], object],
    ) -> None:
        self._paths = paths
        self._unlocked = unlocked
        self._closing = closing
        self._purge = purge

    def check_integrity(self) -> None:
        """Read every page and check it (HMAC and structure): Damaged if anything is off.

        Uses the journal's one connection, so other calls wait for it; after unlock, prefer
        :meth:`check_integrity_apart` on a worker thread.
        """
        from companion.storage import engine as db

        with self._closing:
            engine, vault, _key = self._unlocked()
            if db.integrity_problems(engine, encrypted=vault is not None):
                raise Damaged("the journal file is damaged")

    def check_integrity_apart(self) -> None:
        """The same full check for a worker thread after unlock, on a connection of its own:
        unlock does not wait for it, and the journal is held up only while its file is copied
        (a private hidden snapshot, checked, then removed). Locking meanwhile is safe."""
        from companion.storage import engine as db

        with self._closing:
            engine, _vault, _key = self._unlocked()
        db.check_now(engine)

    def backup(self, path: PathLike) -> None:
        """Write an encrypted backup that opens with the passphrase or the recovery code.

        Damaged (and no file written) when the journal fails the full check.
        """
        from companion.storage import backup, migrate

        with self._closing:
            engine, vault, key = self._unlocked()
            self.check_integrity()
            self._purge()
            with driver_connection(engine) as conn:
                backup.write_backup(conn, vault, migrate.head_revision(), Path(path), data_key=key)

    def daily_backup(self, keep: int = 7) -> Path | None:
        """Today's backup in the backups folder if missing; keeps the newest ``keep`` days.

        Damaged when the journal fails the full check that comes before writing it.
        """
        from companion.storage import backup, migrate, sqlcipher
        from companion.storage import engine as db

        with self._closing:
            engine, vault, key = self._unlocked()
            self._purge()
            with driver_connection(engine) as conn:
                return backup.rotate_backups(
                    conn,
                    key,
                    vault,
                    migrate.head_revision(),
                    self._paths.backups_dir,
                    keep=keep,
                    before_writing=lambda: db.check_now(
                        engine, lambda: sqlcipher.check_integrity(conn)
                    ),
                )

    def list_backups(self) -> list[tuple[Path, datetime]]:
        """The daily backups, newest first, each with when it was written (UTC).

        Reads only the folder, so it works locked or unlocked; files are not verified.
        """
        from companion.storage import backup
        from companion.storage.errors import from_os_error

        found: list[tuple[Path, datetime]] = []
        try:
            for path in backup.list_backups(self._paths.backups_dir):
                with contextlib.suppress(FileNotFoundError):  # rotated away meanwhile
                    found.append((path, datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)))
        except OSError as exc:
            raise from_os_error(exc) from None
        return found


@contextmanager
def driver_connection(engine: Engine) -> Iterator[Any]:
    """The pooled sqlcipher3 connection, checked out for the length of a with-block."""
    from companion.storage.engine import guard

    with guard(engine), engine.connect() as conn:
        yield conn.connection.driver_connection


def backup_before_migration(
    engine: Engine, paths: AppPaths, vault: Vault, data_key: bytes, revision: str
) -> None:
    """An encrypted copy of the journal as it was, kept outside the daily rotation (the
    newest three such copies are kept)."""
    from companion.storage import backup

    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    dest = paths.backups_dir / f"journal-before-migration-{revision}-{stamp}{backup.SUFFIX}"
    with driver_connection(engine) as conn:
        backup.write_backup(conn, vault, revision, dest, data_key=data_key)
    # Housekeeping: a copy that cannot be removed must not stop the journal from opening.
    with contextlib.suppress(StorageError):
        backup.prune_before_migration(paths.backups_dir)
