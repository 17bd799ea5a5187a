"""Comparing journals and moving files between copies of a shared folder."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from companion.journal import Journal
from companion.journal.sync.tables import synced_tables
from companion.storage import engine as db


def contents(journal: Journal) -> dict[str, set[tuple[Any, ...]]]:
    """Every live row of every exchanged table (settings without their local ids)."""
    found: dict[str, set[tuple[Any, ...]]] = {}
    engine = journal._repo().engine
    with db.read(engine) as conn:
        raw = conn.connection.driver_connection
        for name, synced in synced_tables().items():
            columns = [c for c in synced.columns if not (synced.key != "id" and c == "id")]
            where = " WHERE deleted_at IS NULL" if synced.soft_delete else ""
            names = ", ".join(f'"{c}"' for c in columns)
            found[name] = set(raw.execute(f'SELECT {names} FROM "{name}"{where}').fetchall())
    return found


def copy_tree(source: Path, target: Path) -> None:
    """Deliver every file of ``source`` into ``target`` (what a folder engine does)."""
    for path in source.rglob("*"):
        if path.is_file() and not path.name.startswith("."):
            dest = target / path.relative_to(source)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, dest)
