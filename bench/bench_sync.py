"""Keeping two computers in step: applying 10,000 incoming changes, and writing a batch of 100.

Two journals of one family (the second joined from the first's backup) share a folder. The
first loads 10,000 entries (notes, temperatures, doses) in one transaction and writes them as
one change file; the baseline is that load itself (the journal's fastest bulk write, the
same rows through the same search-index triggers); the figure is the second computer's whole
exchange that applies them (read, verify, decrypt, merge, search index, one commit). Then 100
new entries on the second are written out as one file (clocks, sealing, the outbox commit,
fsync, rename), five batches in a row. Each figure is the median of a few runs on fresh
copies.

Run alone: ``python -m bench.bench_sync``.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.report import Row, print_rows

APPLY_S = 2.0
WRITE_MS = 100.0
RUNS = 3
#: Batches of 100 written one after another in each run (the median is kept).
BATCHES = 5
PASSPHRASE = "benchmark passphrase"


def _records(child_id: str, medicine_id: str, count: int, offset: int = 0) -> list[object]:
    from companion.journal import records as rec

    start = rec.utcnow() - timedelta(days=365)
    items: list[object] = []
    for n in range(offset, offset + count):
        at = start + timedelta(minutes=17 * n)
        if n % 3 == 0:
            items.append(
                rec.Note(
                    text=f"Slept after lunch, ate a little ({n})", child_id=child_id, written_at=at
                )
            )
        elif n % 3 == 1:
            items.append(
                rec.TemperatureReading(
                    child_id=child_id, value=37.0 + (n % 20) / 10, unit="C", taken_at=at
                )
            )
        else:
            items.append(
                rec.DoseGiven(
                    child_id=child_id, medicine_id=medicine_id, given_at=at, amount="4 mg"
                )
            )
    return items


def _pair(root: Path):  # type: ignore[no-untyped-def]
    from companion.journal import Journal
    from companion.storage.vault import MINIMUM_KDF

    first, _code = Journal.create(root / "first", PASSPHRASE, _kdf=MINIMUM_KDF)
    child = first.add_child("Sam")
    medicine = first.add_medicine(child.id, "Ondansetron", dose="4 mg")
    shared = root / "shared"
    shared.mkdir()
    first.sync(shared)
    first.backup(root / "join.backup")
    second = Journal.restore(root / "join.backup", root / "second", PASSPHRASE)
    second.sync(shared)
    return first, second, shared, child.id, medicine.id


def one_run() -> tuple[float, float, float]:
    root = Path(tempfile.mkdtemp(prefix="companion-bench-sync-"))
    try:
        first, second, shared, child_id, medicine_id = _pair(root)
        started = time.perf_counter()
        first.load_records(_records(child_id, medicine_id, 10_000), {})
        load_s = time.perf_counter() - started
        assert first.sync(shared).written == 10_000
        started = time.perf_counter()
        report = second.sync(shared)
        apply_s = time.perf_counter() - started
        assert report.applied == 10_000 and not report.refused
        from companion.journal.sync.folder import Folder

        exchange = second._sharing._exchange()
        batches = []
        for batch in range(BATCHES):
            offset = 10_000 + 100 * batch
            second.load_records(_records(child_id, medicine_id, 100, offset=offset), {})
            started = time.perf_counter()
            written = exchange.out.write_changes(Folder(shared, exchange.journal_id))
            batches.append((time.perf_counter() - started) * 1000)
            assert written == 100
        write_ms = statistics.median(batches)
        first.close()
        second.close()
        return apply_s, write_ms, load_s
    finally:
        shutil.rmtree(root, ignore_errors=True)


def run() -> list[Row]:
    results = [one_run() for _ in range(RUNS)]
    apply_s = statistics.median(r[0] for r in results)
    write_ms = statistics.median(r[1] for r in results)
    load_s = statistics.median(r[2] for r in results)
    return [
        {
            "name": "sync baseline: the same 10,000 entries loaded in one transaction",
            "value": load_s,
            "unit": "s",
        },
        {
            "name": "sync: apply 10,000 incoming changes",
            "value": apply_s,
            "unit": "s",
            "ratio": apply_s / load_s,
            "budget": APPLY_S,
            "ok": apply_s <= APPLY_S,
        },
        {
            "name": "sync: write a batch of 100 changes",
            "value": write_ms,
            "unit": "ms",
            "budget": WRITE_MS,
            "ok": write_ms <= WRITE_MS,
        },
    ]


if __name__ == "__main__":
    import os

    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    home = Path(tempfile.mkdtemp(prefix="companion-bench-home-"))
    os.environ["HOME"] = str(home)
    os.environ["XDG_DATA_HOME"] = str(home / ".local/share")
    os.environ["XDG_CONFIG_HOME"] = str(home / ".config")
    sys.exit(print_rows(run()))
