"""Applying other computers' changes: per row, the later hybrid clock wins; deletes are
tombstones; and the journal's own rules hold after every file.

- A change whose clock is not later than the row's is skipped (a file applied twice changes
  nothing). If the two were made without seeing each other, the losing version is kept in the
  entry's history; deleting the entry erases that history.
- A row changed here and not yet written out wins: it gets a later clock when it is written.
- A deleted owner (a child, a medicine) takes its rows along, here and, through the
  tombstones this computer then writes, everywhere. A row arriving for an owner already gone
  is not kept, and a tombstone for it is written; for an owner deleted here within the Undo
  time it is kept deleted with the owner, so Undo brings both back.
- At most one contact is the fever contact: the later choice keeps it, and the other is
  written out again without it.

Everything here runs inside one transaction with ``sync_mute`` set (see ``capture``); what
this computer must write again goes into ``sync_pending`` by hand.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from companion.journal.sync import hlc
from companion.journal.sync.tables import SyncedTable, dependents_of, synced_tables
from companion.storage.records import new_id, utcnow

_HISTORY_KEPT = 5
_MAX_IDS = 500
_ABSENT = object()


@dataclass(frozen=True)
class Change:
    """One row's change in a file: ``payload`` None is a tombstone."""

    table: str
    key: str
    clock: str
    created_by: str | None
    payload: dict[str, Any] | None

    def to_json(self) -> list[Any]:
        return [self.table, self.key, self.clock, self.created_by, self.payload]

    @classmethod
    def from_json(cls, raw: Any) -> Change:
        table, key, clock, created_by, payload = raw
        if not isinstance(clock, str) or not hlc.valid(clock):
            raise ValueError("not a clock")
        if payload is not None and not isinstance(payload, dict):
            raise ValueError("not a row")
        return cls(str(table), str(key), str(clock), created_by, payload)


@dataclass
class Applied:
    """What one file did here."""

    rows: int = 0
    skipped: int = 0


def order(changes: list[Change]) -> list[Change]:
    """Rows before what points at them; tombstones after, what points at a row first."""
    rank = {name: n for n, name in enumerate(synced_tables())}
    live = [c for c in changes if c.payload is not None]
    gone = [c for c in changes if c.payload is None]
    live.sort(key=lambda c: rank.get(c.table, len(rank)))
    gone.sort(key=lambda c: -rank.get(c.table, -1))
    return live + gone


class Merger:
    """Applies changes through one raw connection inside an open write transaction."""

    def __init__(self, raw: Any, me: str) -> None:
        self.raw = raw
        self.me = me
        self.now = utcnow().isoformat()
        self._clocks: dict[tuple[str, str], tuple[str, int, str | None, int | None] | None] = {}
        self._pending_keys: set[tuple[str, str]] = set()
        self._present: dict[str, dict[str, Any]] = {}  # table -> key -> deleted_at
        self._inserts: dict[str, list[dict[str, Any]]] = {}
        self._clock_rows: list[tuple[Any, ...]] = []

    def prefetch(self, changes: list[Change]) -> None:
        """Look up the clocks, pending marks and rows of a file's changes in a few queries."""
        tables = synced_tables()
        by_table: dict[str, set[str]] = {}
        for change in changes:
            if change.table in tables:
                by_table.setdefault(change.table, set()).add(change.key)
                synced = tables[change.table]
                for owner, column in synced.owners:
                    value = (change.payload or {}).get(column)
                    if value is not None:
                        by_table.setdefault(owner, set()).add(str(value))
        self._pending_keys = {
            (str(t), str(k)) for t, k in self.raw.execute("SELECT tbl, row_key FROM sync_pending")
        }
        for table, keys in by_table.items():
            synced = tables[table]
            wanted = sorted(keys)
            stamp = "deleted_at" if synced.soft_delete else "NULL"
            present = self._present.setdefault(table, {})
            for start in range(0, len(wanted), _MAX_IDS):
                chunk = wanted[start : start + _MAX_IDS]
                marks = ", ".join("?" * len(chunk))
                for key, clock, tomb, device, seq in self.raw.execute(
                    "SELECT row_key, hlc, tomb, changed_by, seq FROM sync_clock"
                    f" WHERE tbl = ? AND row_key IN ({marks})",
                    [table, *chunk],
                ):
                    self._clocks[(table, str(key))] = (str(clock), int(tomb), device, seq)
                for key, deleted in self.raw.execute(
                    f'SELECT "{synced.key}", {stamp} FROM "{table}"'
                    f' WHERE "{synced.key}" IN ({marks})',
                    chunk,
                ):
                    present[str(key)] = deleted
            for key in wanted:
                self._clocks.setdefault((table, key), None)
                present.setdefault(key, _ABSENT)

    def flush(self) -> None:
        """Write the inserts and clocks gathered so far (owners first)."""
        for name in synced_tables():
            rows = self._inserts.pop(name, None)
            if not rows:
                continue
            groups: dict[tuple[str, ...], list[list[Any]]] = {}
            for values in rows:
                groups.setdefault(tuple(values), []).append(list(values.values()))
            for names, batch in groups.items():
                cols = ", ".join(f'"{n}"' for n in names)
                marks = ", ".join("?" * len(names))
                self.raw.executemany(f'INSERT INTO "{name}" ({cols}) VALUES ({marks})', batch)
        if self._clock_rows:
            self.raw.executemany(
                "INSERT INTO sync_clock (tbl, row_key, hlc, tomb, created_by, changed_by, seq,"
                " received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tbl, row_key) DO"
                " UPDATE SET hlc = excluded.hlc, tomb = excluded.tomb,"
                " created_by = excluded.created_by, changed_by = excluded.changed_by,"
                " seq = excluded.seq, received_at = excluded.received_at",
                self._clock_rows,
            )
            self._clock_rows = []

    # ----- looking things up -----------------------------------------------------------

    def _clock(self, table: str, key: str) -> tuple[str, int, str | None, int | None] | None:
        if (table, key) in self._clocks:
            return self._clocks[(table, key)]
        row = self.raw.execute(
            "SELECT hlc, tomb, changed_by, seq FROM sync_clock WHERE tbl = ? AND row_key = ?",
            (table, key),
        ).fetchone()
        return None if row is None else (str(row[0]), int(row[1]), row[2], row[3])

    def _pending(self, table: str, key: str) -> bool:
        if (table, key) in self._pending_keys:
            return True
        return (
            self.raw.execute(
                "SELECT 1 FROM sync_pending WHERE tbl = ? AND row_key = ?", (table, key)
            ).fetchone()
            is not None
        )

    def _row(self, synced: SyncedTable, key: str) -> dict[str, Any] | None:
        columns = synced.columns
        names = ", ".join(f'"{c}"' for c in columns)
        row = self.raw.execute(
            f'SELECT {names} FROM "{synced.name}" WHERE "{synced.key}" = ?', (key,)
        ).fetchone()
        return None if row is None else dict(zip(columns, row, strict=True))

    def _set_clock(
        self,
        table: str,
        key: str,
        clock: str,
        *,
        tomb: bool,
        created_by: str | None,
        seq: int | None,
    ) -> None:
        device = None if tomb else clock.rsplit("-", 1)[1]
        self._clocks[(table, key)] = (clock, int(tomb), device, seq)
        self._clock_rows.append(
            (table, key, clock, int(tomb), None if tomb else created_by, device, seq, self.now)
        )

    def _write_again(self, table: str, key: str) -> None:
        """This computer must write the row (or its tombstone) out with a new clock."""
        self._pending_keys.add((table, key))
        self.raw.execute(
            "INSERT INTO sync_pending (tbl, row_key, at) VALUES (?, ?, 0)"
            " ON CONFLICT (tbl, row_key) DO NOTHING",
            (table, key),
        )

    def _keep_history(
        self, table: str, key: str, clock: str, payload: dict[str, Any] | None
    ) -> None:
        if payload is None:
            return
        self.raw.execute(
            "INSERT OR IGNORE INTO sync_history (tbl, row_key, hlc, device, payload, saved_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (table, key, clock, hlc.parse(clock)[2], json.dumps(payload), self.now),
        )
        self.raw.execute(
            "DELETE FROM sync_history WHERE tbl = ? AND row_key = ? AND hlc NOT IN (SELECT hlc"
            " FROM sync_history WHERE tbl = ? AND row_key = ? ORDER BY hlc DESC LIMIT ?)",
            (table, key, table, key, _HISTORY_KEPT),
        )

    # ----- applying ----------------------------------------------------------------------

    def apply(self, change: Change, seq: int, seen: dict[str, int], applied: Applied) -> None:
        """Apply one change from the file numbered ``seq``; ``seen`` is what its writer had
        applied when it wrote the file (to tell concurrent edits from later ones)."""
        synced = synced_tables().get(change.table)
        if synced is None:  # a table from a newer Companion: not known here
            applied.skipped += 1
            return
        current = self._clock(change.table, change.key)
        concurrent = current is not None and _concurrent(current, seen, self.me)
        if current is not None and current[0] >= change.clock:
            if concurrent and not current[1] and change.clock != current[0]:
                self._keep_history(change.table, change.key, change.clock, change.payload)
            applied.skipped += 1
            return
        if self._pending(change.table, change.key):
            self._keep_history(change.table, change.key, change.clock, change.payload)
            applied.skipped += 1
            return
        if change.payload is None:
            self.flush()
            self._delete(synced, change.key)
            self._set_clock(
                change.table, change.key, change.clock, tomb=True, created_by=None, seq=seq
            )
        else:
            existing = None
            if self._is_present(synced, change.key):
                existing = self._row(synced, change.key) if concurrent else {}
            if concurrent and existing and current is not None:
                self._keep_history(change.table, change.key, current[0], existing)
            self._put(synced, change, existing)
            self._set_clock(
                change.table,
                change.key,
                change.clock,
                tomb=False,
                created_by=change.created_by,
                seq=seq,
            )
        applied.rows += 1

    def _delete(self, synced: SyncedTable, key: str) -> None:
        """Erase a row, its history, and (written out as tombstones) what points at it."""
        for dependent, column in dependents_of(synced.name):
            rows = self.raw.execute(
                f'SELECT "{dependent.key}" FROM "{dependent.name}" WHERE "{column}" = ?', (key,)
            ).fetchall()
            for (dep_key,) in rows:
                self._delete(dependent, str(dep_key))
                self._write_again(dependent.name, str(dep_key))
        self.raw.execute(f'DELETE FROM "{synced.name}" WHERE "{synced.key}" = ?', (key,))
        self._present.setdefault(synced.name, {})[key] = _ABSENT
        self.raw.execute(
            "DELETE FROM sync_history WHERE tbl = ? AND row_key = ?", (synced.name, key)
        )

    def _put(self, synced: SyncedTable, change: Change, existing: dict[str, Any] | None) -> None:
        assert change.payload is not None
        values = {c: change.payload[c] for c in synced.columns if c in change.payload}
        values[synced.key] = change.key
        owner_stamp = self._owners(synced, values)
        if owner_stamp is False:
            if existing is not None:
                self._delete(synced, change.key)
            self._write_again(synced.name, change.key)
            return
        if isinstance(owner_stamp, str):
            values["deleted_at"] = owner_stamp
            self._write_again(synced.name, change.key)
        if (
            synced.name == "contact"
            and values.get("call_for_fever")
            and not values.get("deleted_at")
        ):
            self._one_fever_contact(change, values)
        self._present.setdefault(synced.name, {})[change.key] = values.get("deleted_at")
        if existing is None:
            if synced.key != "id":
                values["id"] = new_id()
            if synced.name == "contact":
                self.flush()
                names = list(values)
                cols = ", ".join(f'"{n}"' for n in names)
                marks = ", ".join("?" * len(names))
                self.raw.execute(
                    f'INSERT INTO "{synced.name}" ({cols}) VALUES ({marks})',
                    [values[n] for n in names],
                )
            else:
                self._inserts.setdefault(synced.name, []).append(values)
        else:
            names = [n for n in values if n not in (synced.key, "id")]
            sets = ", ".join(f'"{n}" = ?' for n in names)
            self.raw.execute(
                f'UPDATE "{synced.name}" SET {sets} WHERE "{synced.key}" = ?',
                [*(values[n] for n in names), change.key],
            )

    def _owners(self, synced: SyncedTable, values: dict[str, Any]) -> bool | str | None:
        """None: every owner is here and live. A stamp: an owner was deleted here (Undo can
        still bring it back). False: an owner is gone for good."""
        stamp: str | None = None
        for owner, column in synced.owners:
            owner_key = values.get(column)
            if owner_key is None:
                continue
            deleted = self._owner_state(owner, str(owner_key))
            if deleted is _ABSENT:
                return False
            if deleted is not None:
                stamp = str(deleted)
        return stamp

    def _is_present(self, synced: SyncedTable, key: str) -> bool:
        return self._owner_state(synced.name, key) is not _ABSENT

    def _owner_state(self, table: str, key: str) -> Any:
        """A row's ``deleted_at`` (None: live), or ``_ABSENT``."""
        present = self._present.setdefault(table, {})
        if key not in present:
            synced = synced_tables()[table]
            stamp = "deleted_at" if synced.soft_delete else "NULL"
            row = self.raw.execute(
                f'SELECT {stamp} FROM "{table}" WHERE "{synced.key}" = ?', (key,)
            ).fetchone()
            present[key] = _ABSENT if row is None else row[0]
        return present[key]

    def _one_fever_contact(self, change: Change, values: dict[str, Any]) -> None:
        others = self.raw.execute(
            "SELECT id FROM contact WHERE call_for_fever = 1 AND deleted_at IS NULL AND id != ?",
            (change.key,),
        ).fetchall()
        for (other,) in others:
            theirs = self._clock("contact", str(other))
            other_wins = self._pending("contact", str(other)) or (
                theirs is not None and theirs[0] > change.clock
            )
            if other_wins:
                values["call_for_fever"] = 0
                self._write_again("contact", change.key)
                return
        for (other,) in others:
            self.raw.execute("UPDATE contact SET call_for_fever = 0 WHERE id = ?", (other,))
            self._write_again("contact", str(other))


def _concurrent(
    current: tuple[str, int, str | None, int | None], seen: dict[str, int], me: str
) -> bool:
    """Was the row's current version unknown to the writer of the incoming change?"""
    _clock, _tomb, device, seq = current
    if device is None or seq is None:
        return False
    return seen.get(device, 0) < seq
