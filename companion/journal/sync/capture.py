"""Change capture with the journal's own ids: triggers note each changed row of an exchanged
table in ``sync_pending`` (table, key, when); writing a change file reads those rows as they
are now (a deleted row becomes a tombstone: ids and times only).

The triggers are installed from :func:`~companion.journal.sync.tables.synced_tables` every
time a journal opens (``IF NOT EXISTS``), so a newly exchanged table is captured at once.
While incoming changes are applied, ``sync_mute`` holds a row and the triggers stay quiet.
"""

from __future__ import annotations

from typing import Any

from companion.journal.sync.tables import LOCAL_SETTINGS, SyncedTable, synced_tables

PREFIX = "sync_capture_v1_"
NOW_MS = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"
_MAX_IDS = 500


def trigger_sql(synced: SyncedTable) -> list[str]:
    """The three capture triggers of one table."""
    statements = []
    for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        when = "NOT EXISTS (SELECT 1 FROM sync_mute)"
        if synced.key == "key":
            local = ", ".join(f"'{name}'" for name in sorted(LOCAL_SETTINGS))
            when += f" AND {row}.key NOT IN ({local})"
        statements.append(
            f'CREATE TRIGGER IF NOT EXISTS "{PREFIX}{synced.name}_{event.lower()}" '
            f'AFTER {event} ON "{synced.name}" WHEN {when} BEGIN '
            f"INSERT INTO sync_pending (tbl, row_key, at) "
            f"VALUES ('{synced.name}', {row}.\"{synced.key}\", {NOW_MS}) "
            "ON CONFLICT (tbl, row_key) DO UPDATE SET at = excluded.at; END"
        )
    return statements


def missing(raw: Any) -> list[str]:
    """The statements that create the capture triggers not there yet (none: all are)."""
    have = {
        row[0]
        for row in raw.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?",
            (PREFIX + "%",),
        )
    }
    return [
        statement
        for synced in synced_tables().values()
        for statement in trigger_sql(synced)
        if statement.split('"')[1] not in have
    ]


def install(raw: Any, statements: list[str] | None = None) -> None:
    """Create the missing capture triggers (``statements`` from :func:`missing`, or looked up
    here) inside the caller's write transaction."""
    for statement in missing(raw) if statements is None else statements:
        raw.execute(statement)


def pending(raw: Any) -> list[tuple[str, str, int]]:
    """(table, key, when) of every row changed here and not yet written, oldest first."""
    rows = raw.execute("SELECT tbl, row_key, at FROM sync_pending ORDER BY at, tbl, row_key")
    return [(str(t), str(k), int(a)) for t, k, a in rows]


def read_rows(raw: Any, synced: SyncedTable, keys: list[str]) -> dict[str, dict[str, Any]]:
    """The current rows for some keys, as stored (text, numbers, None)."""
    columns = synced.columns
    names = ", ".join(f'"{name}"' for name in columns)
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(keys), _MAX_IDS):
        chunk = keys[start : start + _MAX_IDS]
        marks = ", ".join("?" * len(chunk))
        for row in raw.execute(
            f'SELECT {names} FROM "{synced.name}" WHERE "{synced.key}" IN ({marks})', chunk
        ):
            values = dict(zip(columns, row, strict=True))
            found[str(values[synced.key])] = values
    return found


def payload_of(synced: SyncedTable, values: dict[str, Any]) -> dict[str, Any] | None:
    """What a change carries for a row: its columns, or None for a deleted row."""
    if synced.soft_delete and values.get("deleted_at") is not None:
        return None
    if synced.key != "id":  # rows keyed by name keep their own local ids
        return {name: value for name, value in values.items() if name != "id"}
    return dict(values)
