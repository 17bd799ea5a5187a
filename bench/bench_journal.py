"""The journal at 100,000 entries: unlock, adding, search and scrolling, SQLCipher against plain.

Every figure is taken on the same generated data (``bench.datagen``) twice in the same run:
once in the encrypted journal and once in a plain SQLite file with the same schema, opened by
the same driver; the plain figure is the baseline the ratio is taken against. Runs of the two
are interleaved so machine noise hits both alike.

- Unlock: each run is a new process. The Argon2id key derivation (``DEFAULT_KDF``) is timed on
  its own (the plain process derives the key too, so both are in the same state); the budget
  covers the rest: open the engine with the key, check the schema, read the first timeline
  page of 100.
- Adding: ``add_note`` and ``add_temperature`` in turn, each one committed (rollback journal
  in TRUNCATE mode, synchronous=FULL), percentiles over the calls.
- Search: what the timeline does for each query typed: count the matches, read the first 50.
- Scrolling: a new process builds the timeline's Qt model (offscreen) and asks it for the text
  of every row, top to bottom, as painting the table while scrolling to the very end would;
  its peak memory and the most rows the model held are compared with a process that only
  opens the journal. Then one jump from the top to the last row (what Ctrl+End does).

Run alone: ``python -m bench.bench_journal [entries]``.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import datagen, datagen_text
from bench.isolation import child_env
from bench.plaintext import open_plaintext_journal
from bench.report import print_rows

ROOT = Path(__file__).resolve().parents[1]
RUNS = 7
#: Unlock figures are a few milliseconds in a new process each; more runs steady the median.
UNLOCK_RUNS = 11
ADDS = 300
UNLOCK_MS, ADD_P99_MS, SEARCH_MS, PEAK_MB, CIPHER_RATIO = 300.0, 20.0, 100.0, 250.0, 1.3
#: What a family might type into the timeline's search box (the last word is a prefix).
QUERIES = (
    "fever",
    "nausea",
    "Okafor",
    "port dressing",
    "bone marrow",
    "ondans",
    "transfusion",
    "mouth sores",
    "grandma rosa",
    "tired",
    "trial paperwork",
    "she slept badly",
)
Row = dict[str, Any]


def _derive_key(folder: Path) -> tuple[Any, Any, bytes, float]:
    """(paths, vault, data key, milliseconds): the Argon2id step of unlocking, on its own."""
    from companion.paths import resolve_paths
    from companion.storage.vault import Vault

    paths = resolve_paths(folder)
    start = time.perf_counter()
    vault = Vault.load(paths.vault_file)
    key = vault.unlock_with_passphrase(datagen.PASSPHRASE)
    return paths, vault, key, (time.perf_counter() - start) * 1e3


def _open(kind: str, folder: Path) -> tuple[Any, float]:
    """(journal, key derivation ms); the KDF runs only for the encrypted journal."""
    from companion.journal import Journal
    from companion.journal.opening import open_database

    if kind == "plain":
        return open_plaintext_journal(folder), 0.0
    paths, vault, key, kdf_ms = _derive_key(folder)
    return Journal(paths, open_database(paths, vault, key), vault, key), kdf_ms


# ----- child processes ------------------------------------------------------------------------


def _child_unlock(kind: str, folder: Path, vault_folder: Path) -> dict[str, float]:
    """Derive the key (both kinds, so both processes are in the same state), then time the rest."""
    from companion.journal import Journal
    from companion.journal import facade as journal_module
    from companion.journal.opening import open_database

    journal_module.preload()  # the app imports the storage stack in a worker at start-up
    paths, vault, key, kdf_ms = _derive_key(vault_folder)
    start = time.perf_counter()
    if kind == "cipher":
        journal = Journal(paths, open_database(paths, vault, key), vault, key)
    else:
        journal = open_plaintext_journal(folder)
    opened = time.perf_counter()
    if len(journal.timeline(limit=100)) != 100:
        raise RuntimeError("the first page is not full")
    paged = time.perf_counter()
    journal.timeline_count()
    counted = time.perf_counter()
    journal.close()
    return {
        "kdf_ms": kdf_ms,
        "open_ms": (opened - start) * 1e3,
        "page_ms": (paged - opened) * 1e3,
        "count_ms": (counted - paged) * 1e3,
    }


def _memory_kb(field: str) -> float:
    """VmRSS or VmHWM (peak) of this process, in KiB.

    Not ``ru_maxrss``: a child started by vfork inherits its parent's peak in that figure, so
    it would count the benchmark runner's memory; VmHWM counts only this program.
    """
    import resource

    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return float(line.split()[1])
    return float(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _reset_peak() -> bool:
    """Start a new peak-RSS measurement (Linux: clear_refs 5 resets VmHWM)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def _child_scroll(kind: str, folder: Path, scroll: bool) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from companion.ui.journal.timeline_model import MAX_PAGES, PAGE_SIZE, TimelineModel

    app = QApplication([])
    journal, _kdf = _open(kind, folder)
    if not scroll:  # the baseline: an open journal and its first page, nothing more
        journal.timeline(limit=100)
        journal.close()
        del app
        return {}
    fetch_ms: list[float] = []
    read_page = journal.timeline

    def timed_page(*args: Any, **kwargs: Any) -> Any:
        began = time.perf_counter()
        page = read_page(*args, **kwargs)
        fetch_ms.append((time.perf_counter() - began) * 1e3)
        return page

    journal.timeline = timed_page  # every page the model reads, timed
    peak_kb, before_kb = _memory_kb("VmHWM"), _memory_kb("VmRSS")
    reset = _reset_peak()
    start = time.perf_counter()
    model = TimelineModel()
    model.set_journal(journal)  # counts the entries, as the timeline tab does
    most = 0
    for row in range(model.rowCount()):  # the text of every row, top to bottom, as painted
        if model.data(model.index(row, TimelineModel.WHAT)) is None:
            raise RuntimeError("a row came back empty")
        most = max(most, model.rows_held())
    scroll_s = time.perf_counter() - start
    added_kb = _memory_kb("VmHWM") - before_kb if reset else 0.0
    scrolled, offset_reads = list(fetch_ms), model.jumps
    model.reload()  # then from the top straight to the last row, as Ctrl+End does
    jump_start = time.perf_counter()
    model.data(model.index(model.rowCount() - 1, TimelineModel.WHAT))
    jump_ms = (time.perf_counter() - jump_start) * 1e3
    result = {
        "rows_max": most,
        "total": model.total,
        "cap": PAGE_SIZE * MAX_PAGES,
        "fetches": len(scrolled),
        "offset_reads": offset_reads,
        "scroll_s": scroll_s,
        "first_fetch_ms": scrolled[0],
        "last_fetch_ms": statistics.median(scrolled[-10:]),
        "jump_ms": jump_ms,
        "added_mb": added_kb / 1024,
        "peak_kb": peak_kb,
    }
    journal.close()
    del model, app
    return result


def _spawn(
    mode: str, kind: str, folder: Path, vault_folder: Path
) -> tuple[dict[str, float], float]:
    """(the child's JSON, its peak RSS in MB)."""
    env, home = child_env()
    command = [sys.executable, "-m", "bench.bench_journal", "--child", mode, kind]
    command += [str(folder), str(vault_folder)]
    try:
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT, text=True
        )
        out, err = process.communicate()
    finally:
        shutil.rmtree(home, ignore_errors=True)
    if process.returncode != 0 or not out.strip():
        raise RuntimeError(f"{mode} {kind} failed:\n{err[-2000:]}")
    data = json.loads(out.strip().splitlines()[-1])
    return data, float(data.pop("peak_kb", 0.0)) / 1024.0


# ----- in-process measurements ----------------------------------------------------------------


def _timed(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return (time.perf_counter() - start) * 1e3


def _search_once(journal: Any, query: str) -> None:
    """What the timeline does when the search text changes: count, then the first rows."""
    journal.timeline_count(text=query)
    journal.timeline(text=query, limit=50)


def _p(values: list[float], percent: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[percent - 1]


def _adds(journals: dict[str, Any], child_ids: dict[str, str]) -> dict[str, list[float]]:
    notes = datagen_text.sample_notes(ADDS)
    timings: dict[str, list[float]] = {kind: [] for kind in journals}
    for n in range(ADDS + 4):
        for kind, journal in journals.items():
            child = child_ids[kind]
            if n % 2:
                ms = _timed(lambda: journal.add_temperature(child, 36.5 + (n % 10) / 10))  # noqa: B023
            else:
                ms = _timed(lambda: journal.add_note(notes[n % ADDS], child))  # noqa: B023
            if n >= 4:  # the first few compile statements once per session
                timings[kind].append(ms)
    return timings


def _searches(journals: dict[str, Any]) -> dict[str, list[float]]:
    """Per query, the median of several runs (first run of each query included)."""
    per_query: dict[str, dict[str, list[float]]] = {k: {q: [] for q in QUERIES} for k in journals}
    for _ in range(RUNS):
        for query in QUERIES:
            for kind, journal in journals.items():
                per_query[kind][query].append(_timed(lambda: _search_once(journal, query)))  # noqa: B023
    return {kind: [statistics.median(v) for v in runs.values()] for kind, runs in per_query.items()}


# ----- the suite ------------------------------------------------------------------------------


def _row(name: str, value: float, unit: str, **extra: Any) -> Row:
    return {"name": name, "value": value, "unit": unit, **extra}


def _check(
    name: str,
    value: float,
    unit: str,
    base: float,
    limit: float | None,
    ratio_limit: float | None = CIPHER_RATIO,
) -> Row:
    ratio = value / base if base else 0.0
    parts, ok = [], True
    if limit is not None:
        parts.append(f"<= {limit:g} {unit}")
        ok = ok and value <= limit
    if ratio_limit is not None:
        parts.append(f"<= {ratio_limit:g}x plain")
        ok = ok and ratio <= ratio_limit
    row = _row(name, value, unit, ratio=ratio)
    if parts:
        row.update(budget=", ".join(parts), ok=ok)
    return row


def run(entries: int = 100_000) -> list[Row]:
    """Rows for the benchmark runner (see ``bench/run.py``)."""
    dataset = datagen.ensure(datagen.Spec(entries))
    work = Path(tempfile.mkdtemp(prefix="companion-bench-journal-"))
    label = f"{entries:,}"
    try:
        data = dataset.copy_to(work)
        os.sync()  # so writing the copy back to disk does not slow the first measurements
        folders = {"cipher": data.cipher_dir, "plain": data.plain_dir}
        made = "reused from cache" if dataset.cached else "generated now"
        rows = [
            _row(
                f"journal data: {label} entries ({made}; time to generate)",
                dataset.generate_seconds,
                "s",
            )
        ]
        rows += _unlock_rows(folders)
        rows += _scroll_rows(folders)
        rows += _session_rows(folders, data.child_ids[0])  # last: it adds entries
        return rows
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _unlock_rows(folders: dict[str, Path]) -> list[Row]:
    runs: dict[str, list[dict[str, float]]] = {"cipher": [], "plain": []}
    for n in range(UNLOCK_RUNS):
        order = ("cipher", "plain") if n % 2 else ("plain", "cipher")  # neither always first
        for kind in order:
            runs[kind].append(_spawn("unlock", kind, folders[kind], folders["cipher"])[0])

    def med(kind: str, key: str) -> float:
        return statistics.median(run[key] for run in runs[kind])

    kdf = statistics.median(run["kdf_ms"] for kind in runs for run in runs[kind])

    def rest(kind: str) -> float:
        return statistics.median(run["open_ms"] + run["page_ms"] for run in runs[kind])

    plain, cipher = rest("plain"), rest("cipher")
    return [
        _row("unlock: Argon2id key derivation (DEFAULT_KDF, separate)", kdf, "ms"),
        _row("unlock to first page of 100: plain SQLite (baseline)", plain, "ms"),
        _check(
            "unlock to first page of 100: SQLCipher, after the KDF", cipher, "ms", plain, UNLOCK_MS
        ),
        _row(
            "  of which open engine and check schema (SQLCipher)",
            med("cipher", "open_ms"),
            "ms",
            ratio=med("cipher", "open_ms") / med("plain", "open_ms"),
        ),
        _row(
            "  of which first timeline page (SQLCipher)",
            med("cipher", "page_ms"),
            "ms",
            ratio=med("cipher", "page_ms") / med("plain", "page_ms"),
        ),
        _row(
            "timeline count of all entries, first call (SQLCipher)",
            med("cipher", "count_ms"),
            "ms",
            ratio=med("cipher", "count_ms") / med("plain", "count_ms"),
        ),
    ]


def _session_rows(folders: dict[str, Path], child_id: str) -> list[Row]:
    journals: dict[str, Any] = {}
    try:
        for kind, folder in folders.items():
            journals[kind] = _open(kind, folder)[0]
        searches = _searches(journals)
        adds = _adds(journals, {kind: child_id for kind in journals})
    finally:
        for journal in journals.values():
            journal.close()
    s_plain, s_cipher = searches["plain"], searches["cipher"]
    a_plain, a_cipher = adds["plain"], adds["cipher"]
    queries = f"{len(QUERIES)} queries"
    return [
        _row(f"add entry, committed: p50 plain (baseline, {ADDS} adds)", _p(a_plain, 50), "ms"),
        _check(
            "add entry, committed: p50 SQLCipher", _p(a_cipher, 50), "ms", _p(a_plain, 50), None
        ),
        _row("add entry, committed: p99 plain", _p(a_plain, 99), "ms"),
        _check(
            "add entry, committed: p99 SQLCipher",
            _p(a_cipher, 99),
            "ms",
            _p(a_plain, 99),
            ADD_P99_MS,
            None,
        ),
        _row(
            f"search (count + first 50): median of {queries}, plain (baseline)",
            statistics.median(s_plain),
            "ms",
        ),
        _check(
            f"search (count + first 50): median of {queries}, SQLCipher",
            statistics.median(s_cipher),
            "ms",
            statistics.median(s_plain),
            SEARCH_MS,
        ),
        _row("search (count + first 50): slowest query, plain", max(s_plain), "ms"),
        _check(
            "search (count + first 50): slowest query, SQLCipher",
            max(s_cipher),
            "ms",
            max(s_plain),
            SEARCH_MS,
            None,
        ),
    ]


def _scroll_rows(folders: dict[str, Path]) -> list[Row]:
    vault = folders["cipher"]
    _none, base_mb = _spawn("baseline", "cipher", folders["cipher"], vault)
    cipher, cipher_mb = _spawn("scroll", "cipher", folders["cipher"], vault)
    plain, plain_mb = _spawn("scroll", "plain", folders["plain"], vault)
    held, total, cap = cipher["rows_max"], cipher["total"], cipher["cap"]
    return [
        _row("scroll: peak memory, process that only unlocks (baseline)", base_mb, "MB"),
        _check(
            "scroll to the bottom: peak memory, SQLCipher", cipher_mb, "MB", base_mb, PEAK_MB, None
        ),
        _row("scroll to the bottom: peak memory, plain (no key derivation)", plain_mb, "MB"),
        _row(
            "scroll to the bottom: memory added by the scroll (SQLCipher)",
            cipher["added_mb"],
            "MB",
            ratio=cipher["added_mb"] / plain["added_mb"] if plain["added_mb"] else 0.0,
        ),
        {
            **_row("scroll to the bottom: most rows the model holds at once", held, "rows"),
            "budget": f"<= {cap:,.0f} (the model's cap) of all {total:,.0f}",
            "ok": held <= cap and held < total,
        },
        _row(
            f"scroll to the bottom: whole scroll, plain ({plain['fetches']:.0f} fetches, "
            f"{plain['offset_reads']:.0f} by offset)",
            plain["scroll_s"],
            "s",
        ),
        _check(
            "scroll to the bottom: whole scroll, SQLCipher",
            cipher["scroll_s"],
            "s",
            plain["scroll_s"],
            None,
        ),
        _row("scroll: one fetch near the top (SQLCipher)", cipher["first_fetch_ms"], "ms"),
        _row(
            "scroll: one fetch near the bottom (SQLCipher)",
            cipher["last_fetch_ms"],
            "ms",
            ratio=cipher["last_fetch_ms"] / plain["last_fetch_ms"],
        ),
        _row(
            "scroll: jump from the top to the last row, one offset read (SQLCipher)",
            cipher["jump_ms"],
            "ms",
            ratio=cipher["jump_ms"] / plain["jump_ms"],
        ),
    ]


def _child_main(mode: str, kind: str, folder: str, vault_folder: str) -> int:
    from bench.bench_visit_summary import keep_none_alive

    keep_none_alive()  # Qt calls on every row would otherwise abort a long scroll
    if mode == "unlock":
        result: dict[str, float] = _child_unlock(kind, Path(folder), Path(vault_folder))
    else:
        result = _child_scroll(kind, Path(folder), scroll=mode == "scroll")
    result["peak_kb"] = max(result.get("peak_kb", 0.0), _memory_kb("VmHWM"))
    print(json.dumps(result), flush=True)
    return 0


def main() -> int:
    if len(sys.argv) == 6 and sys.argv[1] == "--child":
        return _child_main(*sys.argv[2:])
    entries = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    return print_rows(run(entries))


if __name__ == "__main__":
    raise SystemExit(main())
