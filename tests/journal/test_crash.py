"""kill -9 at a hundred random moments: every entry reported as saved is there afterwards."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from companion.storage import engine as db
from tests.support.faults import Writer
from tests.support.journals import create_journal, unlock_journal

KILLS = 100


@pytest.mark.slow
def test_saved_entries_survive_kill_9(data_dir: Path) -> None:
    journal, _code = create_journal(data_dir)
    child = journal.add_child("Crash test")
    journal.close()

    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    writer = Writer(data_dir, child.id)
    saved: list[tuple[str, str]] = []
    try:
        for _ in range(KILLS):
            saved.extend(writer.round(rng))
    finally:
        writer.close()
    assert len(saved) >= KILLS // 2  # the kills really landed among writes

    journal = unlock_journal(data_dir)
    try:
        for kind, entry_id in saved:
            assert journal.get(kind, entry_id).id == entry_id
        journal.check_integrity()
        engine = journal._repo().engine
        assert db.integrity_problems(engine) == []
        with db.read(engine) as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA cipher_integrity_check").all() == []
        assert journal.timeline_count(child_id=child.id) >= len(saved)
    finally:
        journal.close()
