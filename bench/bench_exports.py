"""The full JSON export and its import for a large journal (100,000 entries).

``write_json`` writes every record of the ``bench.datagen`` journal; ``import_json`` reads the
file into a new journal; a second export must give the same bytes. Reported, not budgeted.

Run alone: ``python -m bench.bench_exports``.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import datagen
from bench.report import print_rows

ENTRIES = 100_000
Row = dict[str, Any]


def run(entries: int = ENTRIES) -> list[Row]:
    """Rows for the benchmark runner (see ``bench/run.py``)."""
    from companion.journal import Journal, import_json, write_json
    from companion.storage.vault import MINIMUM_KDF

    dataset = datagen.ensure(datagen.Spec(entries, plaintext=False))
    work = Path(tempfile.mkdtemp(prefix="companion-bench-exports-"))
    try:
        data = dataset.copy_to(work)
        first, second = work / "first.json", work / "second.json"
        with Journal.unlock(data.cipher_dir, datagen.PASSPHRASE) as journal:
            began = time.perf_counter()
            records = write_json(journal, first)
            export_s = time.perf_counter() - began
        fresh, _code = Journal.create(work / "fresh", "bench passphrase", _kdf=MINIMUM_KDF)
        with fresh:
            began = time.perf_counter()
            import_json(fresh, first)
            import_s = time.perf_counter() - began
            write_json(fresh, second)
        same = first.read_bytes() == second.read_bytes()
        size_mb = first.stat().st_size / 1e6
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return [
        {
            "name": f"JSON export: {records:,} records ({size_mb:,.0f} MB)",
            "value": export_s * 1e3,
            "unit": "ms",
        },
        {
            "name": f"JSON import into a new journal: {records:,} records",
            "value": import_s * 1e3,
            "unit": "ms",
        },
        {
            "name": "JSON export, import, export again: identical file",
            "value": 1.0 if same else 0.0,
            "unit": "yes",
            "budget": "1",
            "ok": same,
        },
    ]


def main() -> int:
    return print_rows(run())


if __name__ == "__main__":
    raise SystemExit(main())
