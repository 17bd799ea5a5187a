"""Kill a writer, flip a byte in what it left: each copy keeps every acknowledged entry or says
it is damaged. None loses entries silently (with a WAL, 16 runs in 50 did)."""

from __future__ import annotations

import os
import random
from collections import Counter
from pathlib import Path

import pytest

from tests.support.faults import DB, SIDE, SILENT_LOSS, Writer, flip_and_read, snapshot
from tests.support.journals import create_journal

#: Kills whose writer left a hot rollback journal, and kills between transactions.
HOT_KILLS, IDLE_KILLS = 3, 2
FLIPS_PER_KILL = 20
MAX_ROUNDS = 60


@pytest.mark.slow
def test_a_flipped_byte_after_a_kill_never_loses_entries_silently(
    data_dir: Path, tmp_path: Path
) -> None:
    journal, _code = create_journal(data_dir)
    child = journal.add_child("Flip test")
    for i in range(40):
        journal.add_note(f"a note to fill a few pages {i} " * 8, child.id)
    journal.close()

    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    writer = Writer(data_dir, child.id)
    saved: list[tuple[str, str]] = []
    wanted = {True: HOT_KILLS, False: IDLE_KILLS}
    counts: Counter[tuple[str, str]] = Counter()
    try:
        for _ in range(MAX_ROUNDS):
            if not any(wanted.values()):
                break
            saved.extend(writer.round(rng, anytime=False))
            files = snapshot(data_dir)
            hot = SIDE in files
            if wanted[hot]:
                wanted[hot] -= 1
                counts += flip_and_read(files, saved, tmp_path / "flipped", rng, FLIPS_PER_KILL)
    finally:
        writer.close()

    note = f"seed {seed}: {dict(counts)}"
    assert wanted[True] < HOT_KILLS, note  # at least one kill left a hot journal to flip
    assert sum(counts.values()) >= FLIPS_PER_KILL * 3, note
    assert not [key for key in counts if key[1] == SILENT_LOSS], note
    assert sum(n for (where, _v), n in counts.items() if where == DB) >= 30, note
