"""What the rollback journal costs and what it buys (figures in docs/security.md and
docs/performance.md).

- ``adds [entries]``: the add part of ``bench.bench_journal`` (``add_note`` and
  ``add_temperature`` in turn, each committed) on copies of one generated journal opened in
  WAL, TRUNCATE (what the journal uses) and DELETE mode, interleaved so noise hits all alike.
- ``flips [kills] [flips per kill]``: kill a writer, flip one byte of what it left (the hot
  rollback journal, or the main file) and read it back, as ``tests/journal/test_faults.py``
  does with more runs. ``--wal`` runs it with the old WAL mode, for comparison.

Run from the repository: ``python -m bench.bench_faults adds 10000``.
"""

from __future__ import annotations

import os
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import datagen
from bench.bench_journal import ADDS, _adds, _derive_key, _p

MODES = ("wal", "truncate", "delete")


def adds(entries: int) -> None:
    from companion.journal import Journal
    from companion.journal.opening import open_database
    from companion.storage import sqlcipher

    dataset = datagen.ensure(datagen.Spec(entries))
    work = Path(tempfile.mkdtemp(prefix="companion-bench-faults-"))
    journals: dict[str, Any] = {}
    try:
        for mode in MODES:
            folder = dataset.copy_to(work / mode).cipher_dir
            sqlcipher.JOURNAL_MODE = mode  # read when the one pooled connection is made
            paths, vault, key, _ms = _derive_key(folder)
            journals[mode] = Journal(paths, open_database(paths, vault, key), vault, key)
        os.sync()
        child = dataset.child_ids[0]
        timings = _adds(journals, dict.fromkeys(journals, child))
    finally:
        for journal in journals.values():
            journal.close()
        shutil.rmtree(work, ignore_errors=True)
    print(f"{ADDS} adds on a journal of {entries:,} entries (synchronous=FULL):")
    for mode, values in timings.items():
        print(f"  {mode:9} p50 {_p(values, 50):6.2f} ms   p99 {_p(values, 99):6.2f} ms")


def flips(kills: int, per_kill: int, wal: bool) -> None:
    import keyring

    from companion.storage import sqlcipher
    from tests.support import faults
    from tests.support.journals import create_journal
    from tests.support.memkeyring import MemoryKeyring

    if wal:  # the writer processes inherit it through the environment
        os.environ["COMPANION_TEST_JOURNAL_MODE"] = sqlcipher.JOURNAL_MODE = "wal"
        faults.SIDE = "journal.db-wal"
    keyring.set_keyring(MemoryKeyring())
    work = Path(tempfile.mkdtemp(prefix="companion-bench-faults-"))
    data = work / "data"
    data.mkdir(mode=0o700)
    journal, _code = create_journal(data)
    child = journal.add_child("Fault injection")
    for i in range(40):
        journal.add_note(f"a note to fill a few pages {i} " * 8, child.id)
    journal.close()
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    writer = faults.Writer(data, child.id)
    saved: list[tuple[str, str]] = []
    counts: Counter[tuple[str, str]] = Counter()
    hot = 0
    start = time.perf_counter()
    try:
        for _ in range(kills):
            saved.extend(writer.round(rng, anytime=False))
            files = faults.snapshot(data)
            hot += faults.SIDE in files
            counts += faults.flip_and_read(files, saved, work / "flipped", rng, per_kill)
    finally:
        writer.close()
        shutil.rmtree(work, ignore_errors=True)
    seconds = time.perf_counter() - start
    print(f"mode {sqlcipher.JOURNAL_MODE}, seed {seed}: {kills} kills ({hot} left a side file),")
    print(f"  {len(saved)} entries acknowledged, {sum(counts.values())} flips, {seconds:.0f} s")
    for (where, verdict), n in sorted(counts.items()):
        print(f"  {where:20} {verdict:12} {n}")


def main(argv: list[str]) -> int:
    if argv[:1] == ["adds"]:
        adds(int(argv[1]) if len(argv) > 1 else 10_000)
    elif argv[:1] == ["flips"]:
        numbers = [int(a) for a in argv[1:] if a.isdigit()]
        kills, per_kill = [*numbers, 20, 20][:2]
        flips(kills, per_kill, "--wal" in argv)
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
