"""Writing this computer's side of the exchange: its change files (through the outbox, so a
crash never gives one number two contents), its introduction and how far it has applied."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from companion.journal.sync import capture, identity, sealing
from companion.journal.sync.folder import ACK_FILE, DEVICE_FILE, Folder
from companion.journal.sync.hlc import Clock
from companion.journal.sync.identity import Identity
from companion.journal.sync.merge import Change
from companion.journal.sync.sealing import Refused
from companion.journal.sync.tables import synced_tables


class Outgoing:
    """The writing half of an exchange (see :mod:`companion.journal.sync.exchange`)."""

    def __init__(
        self,
        transaction: Callable[[], AbstractContextManager[Any]],
        data_key: bytes,
        journal_id: str,
        data_dir: Path,
    ) -> None:
        self._tx = transaction
        self._data_key = data_key
        self._journal_id = journal_id
        self._data_dir = data_dir

    def _current_epoch(self, raw: Any) -> tuple[tuple[int, str], bytes]:
        keys = identity.epoch_keys(raw, self._data_key, self._journal_id)
        epoch = max(keys)
        return epoch, keys[epoch]

    def write_changes(self, folder: Folder) -> int:
        """Write every pending change as one new file; returns how many rows it holds."""
        with self._tx() as raw:
            me = identity.ensure(raw, self._data_dir)
            self._forget_flushed(raw, folder, me.device_id)
            pending = capture.pending(raw)
            if not pending:
                return 0
            clock = Clock(me.device_id, me.hlc)
            seq = me.next_seq
            changes = self._changes(raw, pending, clock, me.device_id, seq)
            raw.execute("DELETE FROM sync_pending")
            if not changes:
                return 0
            deps = identity.applied(raw)
            deps.pop(me.device_id, None)
            epoch, key = self._current_epoch(raw)
            data = sealing.seal(
                {"deps": deps, "changes": [c.to_json() for c in changes]},
                journal_id=self._journal_id,
                device=me.device_id,
                kind="change",
                seq=seq,
                epoch=epoch,
                epoch_key=key,
                sign_key=me.sign_key,
            )
            raw.execute("INSERT INTO sync_outbox (seq, body) VALUES (?, ?)", (seq, data))
            me.next_seq = seq + 1
            me.hlc = clock.last
            identity.save_identity(raw, me)
            identity.set_applied(raw, me.device_id, seq)
        self._flush_outbox(folder, me.device_id)
        return len(changes)

    def _changes(
        self, raw: Any, pending: list[tuple[str, str, int]], clock: Clock, me: str, seq: int
    ) -> list[Change]:
        tables = synced_tables()
        by_table: dict[str, list[str]] = {}
        for table, key, _at in pending:
            by_table.setdefault(table, []).append(key)
        rows = {
            table: capture.read_rows(raw, tables[table], keys)
            for table, keys in by_table.items()
            if table in tables
        }
        clocks = _clocks(raw, by_table)
        changes = []
        stamps = []
        for table, key, at in pending:
            if table not in tables:
                continue
            values = rows[table].get(key)
            payload = None if values is None else capture.payload_of(tables[table], values)
            old = clocks.get((table, key))
            if payload is None and old is not None and old[1]:
                continue  # already a tombstone everywhere
            stamp = clock.tick(at or None)
            created_by = None if payload is None else (old[2] if old and old[2] else me)
            changes.append(Change(table, key, stamp, created_by, payload))
            stamps.append(
                (
                    table,
                    key,
                    stamp,
                    int(payload is None),
                    created_by,
                    None if payload is None else me,
                    seq,
                )
            )
        raw.executemany(
            "INSERT INTO sync_clock (tbl, row_key, hlc, tomb, created_by, changed_by, seq)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tbl, row_key) DO UPDATE SET"
            " hlc = excluded.hlc, tomb = excluded.tomb, created_by = excluded.created_by,"
            " changed_by = excluded.changed_by, seq = excluded.seq",
            stamps,
        )
        raw.executemany(
            "DELETE FROM sync_history WHERE tbl = ? AND row_key = ?",
            [(s[0], s[1]) for s in stamps if s[3]],
        )
        return changes

    def _flush_outbox(self, folder: Folder, me: str) -> None:
        """Copy committed change files into the folder (again, after a crash: same bytes).
        Their outbox rows go once the folder has them (:meth:`_forget_flushed`)."""
        with self._tx() as raw:
            waiting = raw.execute("SELECT seq, body FROM sync_outbox ORDER BY seq").fetchall()
        for seq, body in waiting:
            path = folder.own(me) / folder.change_name(int(seq))
            if folder.read(path) != bytes(body):
                folder.write(me, path.name, bytes(body))

    def _forget_flushed(self, raw: Any, folder: Folder, me: str) -> None:
        for seq, body in raw.execute("SELECT seq, body FROM sync_outbox").fetchall():
            path = folder.own(me) / folder.change_name(int(seq))
            if folder.read(path) == bytes(body):
                raw.execute("DELETE FROM sync_outbox WHERE seq = ?", (seq,))

    def _write_device(self, folder: Folder, me: Identity) -> None:
        with self._tx() as raw:
            epoch, key = self._current_epoch(raw)
        data = sealing.seal(
            {
                "device": me.device_id,
                "name": me.name,
                "sign_pub": me.sign_pub.hex(),
                "box_pub": me.box_pub.hex(),
            },
            journal_id=self._journal_id,
            device=me.device_id,
            kind="device",
            seq=0,
            epoch=epoch,
            epoch_key=key,
            sign_key=me.sign_key,
        )
        old = folder.read(folder.own(me.device_id) / DEVICE_FILE)
        if old is None or _device_body_differs(old, data, me, key, self._journal_id):
            folder.write(me.device_id, DEVICE_FILE, data)

    def _write_ack(self, folder: Folder, me: str) -> None:
        with self._tx() as raw:
            done = identity.applied(raw)
            epoch, key = self._current_epoch(raw)
            mine = identity.load(raw)
            assert mine is not None
        path = folder.own(me) / ACK_FILE
        old = folder.read(path)
        if old is not None:
            try:
                header = sealing.read_header(old)
                sealing.verify(old, mine.sign_pub)
                body = sealing.open_body(
                    old, journal_id=self._journal_id, kind="ack", epoch_key=key
                )
                if header.epoch == epoch and body.get("applied") == done:
                    return
            except (Refused, ValueError, AttributeError):
                pass
        data = sealing.seal(
            {"applied": done},
            journal_id=self._journal_id,
            device=me,
            kind="ack",
            seq=0,
            epoch=epoch,
            epoch_key=key,
            sign_key=mine.sign_key,
        )
        folder.write(me, ACK_FILE, data)


def _clocks(
    raw: Any, by_table: dict[str, list[str]]
) -> dict[tuple[str, str], tuple[str, int, str | None]]:
    found: dict[tuple[str, str], tuple[str, int, str | None]] = {}
    for table, keys in by_table.items():
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            for key, clock, tomb, created_by in raw.execute(
                f"SELECT row_key, hlc, tomb, created_by FROM sync_clock WHERE tbl = ?"
                f" AND row_key IN ({marks})",
                [table, *chunk],
            ):
                found[(table, str(key))] = (str(clock), int(tomb), created_by)
    return found


def _device_body_differs(old: bytes, new: bytes, me: Identity, key: bytes, journal_id: str) -> bool:
    try:
        old_header = sealing.read_header(old)
        new_header = sealing.read_header(new)
        if old_header.epoch != new_header.epoch:
            return True
        sealing.verify(old, me.sign_pub)
        old_body = sealing.open_body(old, journal_id=journal_id, kind="device", epoch_key=key)
        return bool(old_body.get("name") != me.name)
    except (Refused, ValueError, KeyError):
        return True
