"""The journal's sharing part: the exchange through a folder, the computers that share the
journal, who added and changed each entry, and what is new since this computer last looked.

Methods are forwarded by :class:`companion.journal.facade.Journal` (``journal.sync(folder)``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from companion.journal.records import Kind
from companion.journal.sync.report import Refusal, SyncReport
from companion.storage.records import utcnow

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from companion.journal.sync.exchange import Exchange

#: The kinds "since you last looked" lists: doses, temperatures and fevers, questions, visits.
NEWS_KINDS = (Kind.DOSE, Kind.TEMPERATURE, Kind.FEVER, Kind.QUESTION, Kind.APPOINTMENT)


@dataclass(frozen=True)
class Computer:
    """A computer that shares the journal."""

    device_id: str
    name: str
    this_computer: bool
    removed: bool
    last_heard: datetime | None
    caregiver_id: str | None


@dataclass(frozen=True)
class SyncStatus:
    """What the sharing page shows."""

    folder: Path | None
    name: str
    last_exchange: datetime | None
    computers: list[Computer]
    refused: list[Refusal]


@dataclass(frozen=True)
class Who:
    """Which computer (caregiver) added an entry and which last changed it; None: this
    journal has no record of it (an entry from before sharing began)."""

    added_by: str | None
    changed_by: str | None


@dataclass(frozen=True)
class News:
    """An entry another computer added or changed since this one last looked."""

    kind: Kind
    entry_id: str
    by: str
    at: datetime


def _time(text: str | None) -> datetime | None:
    return None if not text else datetime.fromisoformat(text)


class Sharing:
    """The sharing API over one open journal; ``unlocked`` raises Locked once it is closed."""

    def __init__(
        self,
        unlocked: Callable[[], tuple[Engine, Any, bytes]],
        data_dir: Path,
    ) -> None:
        self._unlocked = unlocked
        self._data_dir = data_dir

    @contextmanager
    def _transaction(self) -> Iterator[Any]:
        from companion.storage import engine as db

        engine = self._unlocked()[0]
        with db.write(engine) as conn:
            yield conn.connection.driver_connection

    @contextmanager
    def _reading(self) -> Iterator[Any]:
        """A read transaction: looking writes nothing (nor waits for the file's check)."""
        from companion.storage import engine as db

        engine = self._unlocked()[0]
        with db.read(engine) as conn:
            yield conn.connection.driver_connection

    def _exchange(self) -> Exchange:
        # The exchange loads the storage tables: only once sharing is used, never at import.
        from companion.journal.sync.exchange import Exchange

        _engine, vault, key = self._unlocked()
        return Exchange(self._transaction, key, vault.vault_id, self._data_dir, self._reading)

    def sync(self, folder: str | os.PathLike[str] | None = None) -> SyncReport:
        """One exchange with ``folder`` (default: the one chosen before): write this
        computer's new changes there, apply the other computers'. Returns what was written,
        applied and refused. The folder is remembered for the next exchange."""
        chosen = Path(folder) if folder is not None else self.sync_folder()
        if chosen is None:
            raise ValueError("no folder has been chosen for sharing")
        if not chosen.is_dir():
            raise FileNotFoundError("the shared folder is not there")
        return self._exchange().run(chosen)

    def sync_folder(self) -> Path | None:
        """The folder chosen for sharing, or None."""
        with self._reading() as raw:
            row = raw.execute("SELECT folder FROM sync_identity").fetchone()
        return Path(row[0]) if row and row[0] else None

    def stop_sharing(self) -> None:
        """Forget the folder (this computer stops exchanging; nothing is deleted)."""
        with self._transaction() as raw:
            raw.execute("UPDATE sync_identity SET folder = NULL")

    def name_this_computer(self, name: str) -> None:
        """The name other caregivers see on this computer's entries."""
        name = " ".join(name.split())[:80]
        if not name:
            raise ValueError("the name must not be empty")
        self._exchange().identity()
        with self._transaction() as raw:
            raw.execute("UPDATE sync_identity SET name = ?", (name,))
            raw.execute(
                "UPDATE sync_device SET name = ? WHERE device_id ="
                " (SELECT device_id FROM sync_identity)",
                (name,),
            )

    def sync_status(self) -> SyncStatus:
        """This computer's name, the folder, the computers, the last exchange and refusals."""
        me = self._exchange().identity()
        from companion.journal.sync import identity

        with self._reading() as raw:
            known = identity.devices(raw)
            refused = [
                Refusal(str(d), str(f), str(r))
                for d, f, r in raw.execute("SELECT device_id, file, reason FROM sync_refusal")
            ]
        computers = [
            Computer(
                d.device_id,
                d.name,
                d.device_id == me.device_id,
                not d.active,
                _time(d.last_heard),
                d.caregiver_id,
            )
            for d in sorted(known.values(), key=lambda d: (d.device_id != me.device_id, d.name))
        ]
        return SyncStatus(
            Path(me.folder) if me.folder else None,
            me.name,
            _time(me.last_exchange),
            computers,
            refused,
        )

    def remove_computer(self, device_id: str) -> None:
        """Stop sharing with a computer: a new key for everyone else, its later files
        refused. It keeps what it already had."""
        folder = self.sync_folder()
        if folder is None:
            raise ValueError("no folder has been chosen for sharing")
        self._exchange().remove_device(folder, device_id)

    def who(self, kind: str, entry_id: str) -> Who:
        """Which computer added the entry and which last changed it (by their names)."""
        from companion.storage.kinds import table_of

        table = table_of(kind).name
        with self._reading() as raw:
            row = raw.execute(
                "SELECT (SELECT name FROM sync_device WHERE device_id = c.created_by),"
                " (SELECT name FROM sync_device WHERE device_id = c.changed_by)"
                " FROM sync_clock c WHERE c.tbl = ? AND c.row_key = ? AND c.tomb = 0",
                (table, entry_id),
            ).fetchone()
        if row is None:
            return Who(None, None)
        return Who(row[0], row[1])

    def since_last_looked(self) -> list[News]:
        """Doses, temperatures, fevers, questions and visits other computers added or changed
        since this one last looked (newest first); see :meth:`mark_looked`."""
        from companion.storage.kinds import table_of

        tables = {table_of(kind).name: kind for kind in NEWS_KINDS}
        marks = ", ".join("?" * len(tables))
        with self._reading() as raw:
            me = raw.execute("SELECT device_id, last_look FROM sync_identity").fetchone()
            if me is None:
                return []
            rows = raw.execute(
                "SELECT c.tbl, c.row_key, d.name, c.received_at FROM sync_clock c"
                " JOIN sync_device d ON d.device_id = c.changed_by"
                f" WHERE c.tomb = 0 AND c.tbl IN ({marks}) AND c.changed_by != ?"
                " AND c.received_at IS NOT NULL AND c.received_at > ?"
                " ORDER BY c.received_at DESC, c.hlc DESC LIMIT 200",
                (*tables, me[0], me[1] or ""),
            ).fetchall()
        news = [News(tables[t], str(k), str(n), datetime.fromisoformat(a)) for t, k, n, a in rows]
        return news

    def mark_looked(self) -> None:
        """The family has seen what is new: the next list starts from now."""
        with self._transaction() as raw:
            raw.execute("UPDATE sync_identity SET last_look = ?", (utcnow().isoformat(),))
