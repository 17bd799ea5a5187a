"""Which tables the exchange carries, and how each is keyed: the one list to extend.

Every kind of entry in the storage registry (children, contacts, medicines and every entry)
is exchanged, keyed by its id, plus the family's settings (fever rules among them), keyed by
the setting's name so two computers setting the same thing meet on one row. A new table is
exchanged by adding it to :data:`EXTRA_TABLES` (or to the storage registry). The search index
(``entry``, ``entry_fts``) is never exchanged: its triggers rebuild it on every computer.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property

import sqlalchemy as sa

from companion.storage import models
from companion.storage.kinds import STORED


@dataclass(frozen=True, eq=False)
class SyncedTable:
    """One exchanged table: ``key`` names a row on every computer; ``owners`` are the
    (table, column) pairs a row points at (a row whose owner is gone goes too)."""

    name: str
    table: sa.Table
    key: str = "id"
    owners: tuple[tuple[str, str], ...] = ()
    soft_delete: bool = True

    @cached_property
    def columns(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.table.columns)


#: Settings that belong to one computer (its own lock timer, its own recovery code's
#: confirmation, what its own locked screen shows, the readings sealed on it) and are never
#: exchanged.
LOCAL_SETTINGS = frozenset(
    {
        "auto_lock_minutes",
        "recovery_code_unconfirmed",
        "emergency_info",
        "sealed_readings_merged",
    }
)

#: Exchanged tables that are not kinds of entry: (table, key column, owners, soft-deleted).
EXTRA_TABLES: tuple[tuple[sa.Table, str, tuple[tuple[str, str], ...], bool], ...] = (
    (models.SETTINGS, "key", (), False),
    (models.CaregiverRow.__table__, "id", (), True),  # type: ignore[attr-defined]
)


@cache
def synced_tables() -> dict[str, SyncedTable]:
    """Every exchanged table by name, owners before what points at them."""
    tables: dict[str, SyncedTable] = {}
    for stored in STORED.values():
        owners = tuple((STORED[kind].table.name, column) for kind, column in stored.owners)
        tables[stored.table.name] = SyncedTable(stored.table.name, stored.table, "id", owners)
    for table, key, owners, soft in EXTRA_TABLES:
        tables[table.name] = SyncedTable(table.name, table, key, owners, soft)
    return tables


def dependents_of(name: str) -> list[tuple[SyncedTable, str]]:
    """(table, column) pairs whose rows point at a row of ``name``."""
    return [
        (synced, column)
        for synced in synced_tables().values()
        for owner, column in synced.owners
        if owner == name
    ]
