"""The benchmark's unencrypted baseline: the journal's schema in a plain SQLite file.

Bench-only: the app never opens a journal without its key. Timing the same work on this file
shows what encryption costs.
"""

from __future__ import annotations

from pathlib import Path

from companion.journal import Journal
from companion.paths import resolve_paths

#: File the baseline uses; never the real journal.
PLAINTEXT_DB = "journal-plaintext-benchmark.db"


def open_plaintext_journal(folder: str | Path) -> Journal:
    """A Journal over an UNENCRYPTED database in ``folder``. Never for real data."""
    from companion.storage import engine as db
    from companion.storage import migrate

    paths = resolve_paths(folder)
    paths.ensure()
    engine = db.open_engine(paths.data_dir / PLAINTEXT_DB, None, _plaintext=True)
    migrate.upgrade(engine)
    return Journal(paths, engine, None, None)
