"""Runs every benchmark and prints one table of figures, ratios and budgets.

    .venv/bin/python bench/run.py [--quick] [--only NAME ...] [--markdown FILE]

Exits 1 when any budget is missed. Not part of the test suite: speed is measured here, on
demand, each figure next to a baseline taken in the same run (these machines are noisy).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

from bench.report import Row, table  # noqa: E402


def suites(quick: bool) -> dict[str, Callable[[], list[Row]]]:
    from bench import (
        bench_counts,
        bench_exports,
        bench_glossary_search,
        bench_journal,
        bench_long_note,
        bench_startup,
        bench_sync,
        bench_visit_summary,
    )

    return {
        "startup": lambda: bench_startup.run(runs=3 if quick else 7),
        "glossary": bench_glossary_search.run,
        "journal": lambda: bench_journal.run(entries=10_000 if quick else 100_000),
        "summary": bench_visit_summary.run,
        "long_note": lambda: bench_long_note.run(entries=10_000 if quick else 100_000),
        "exports": lambda: bench_exports.run(entries=10_000 if quick else 100_000),
        "counts": lambda: bench_counts.run(entries=10_000 if quick else 100_000),
        "sync": bench_sync.run,
    }


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller data, fewer runs")
    parser.add_argument("--only", nargs="*", help="run only these suites")
    parser.add_argument("--markdown", type=Path, help="also write the table to this file")
    options = parser.parse_args()
    rows: list[Row] = []
    for name, suite in suites(options.quick).items():
        if options.only and name not in options.only:
            continue
        print(f"running {name} ...", file=sys.stderr, flush=True)
        rows.extend(suite())
    header = f"Run {dt.date.today().isoformat()} on {machine()}"
    if options.quick:
        header += " (quick)"
    text = f"{header}\n\n{table(rows)}\n"
    print(text)
    if options.markdown:
        options.markdown.write_text(text, encoding="utf-8")
    missed = [row["name"] for row in rows if row.get("ok") is False]
    if missed:
        print("budgets missed: " + "; ".join(missed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
