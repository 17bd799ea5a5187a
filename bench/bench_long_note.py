"""One 10 MB note among 100,000 entries: opening the journal page, and choosing the note.

New notes hold at most 100,000 characters, but a longer one saved before the limit (or
arriving in a restored backup) must not stall the window. The note is added, as the newest
entry so its row is on the first screen, to a copy of the cached journal (``bench.datagen``).
Each run is a new process (offscreen Qt, the journal unlocked, the screens' modules already
imported, as they are once the locked screen has shown):

- open: build the journal page (every tab), show it at 1200×800 and paint it, the timeline's
  first screen included.
- choose: select the long note's row and paint the detail pane (its first page of text).
- show all: the "Show all" button (the whole note, on demand; no budget).
- The same "choose" for an ordinary note is the baseline the ratio is taken against.

Run alone: ``python -m bench.bench_long_note [entries]``.
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import datagen, datagen_text
from bench.isolation import child_env
from bench.report import Row, print_rows

ROOT = Path(__file__).resolve().parents[1]
RUNS = 5
NOTE_MB = 10
OPEN_MS = CHOOSE_MS = 100.0


def long_text(megabytes: int = NOTE_MB) -> str:
    """About ``megabytes`` of a family's words, a paragraph every twenty sentences."""
    notes = datagen_text.sample_notes(200)
    paragraphs = [" ".join(notes[i : i + 20]) for i in range(0, len(notes), 20)]
    block = "\n\n".join(paragraphs) + "\n\n"
    return (block * (megabytes * 2**20 // len(block) + 1))[: megabytes * 2**20]


def add_long_note(folder: Path, dataset: datagen.Dataset) -> tuple[str, str]:
    """(the long note's id, an ordinary note's id) in the working copy at ``folder``."""
    from companion.journal import Journal
    from companion.journal import records as rec

    journal = Journal.unlock(folder, datagen.PASSPHRASE)
    try:
        child_id = journal.list_children()[0].id  # the child the page shows first
        ordinary = journal.list_notes(child_id, limit=1)[0]
        note = rec.Note(
            text=long_text(),
            child_id=child_id,
            written_at=dataset.end + timedelta(hours=1),
        )
        datagen.write_records(journal._repo().engine, [note])  # as if saved before the limit
    finally:
        journal.close()
    return note.id, ordinary.id


def _unlock_once(folder: Path) -> None:
    from companion.journal import Journal

    Journal.unlock(folder, datagen.PASSPHRASE).close()


def _paint(widget: Any) -> None:
    from PySide6.QtWidgets import QApplication

    widget.repaint()
    QApplication.processEvents()


def _warm_up(page_type: Any) -> None:
    """Paint the same screens once on a tiny journal: in the app the window and the locked
    screen are up before the journal opens, so Qt's styles and fonts are ready."""
    from PySide6.QtWidgets import QApplication

    from companion.journal import Journal
    from companion.storage.vault import MINIMUM_KDF

    with tempfile.TemporaryDirectory(prefix="companion-bench-warm-") as folder:
        tiny, _code = Journal.create(folder, "warm up only", _kdf=MINIMUM_KDF)
        tiny.add_child("Warm")
        page = page_type(tiny, lambda: None)
        page.resize(1200, 800)
        page.show()
        _paint(page)
        page.shutdown()
        page.close()
        tiny.close()
        del page
        QApplication.processEvents()


def _child(folder: str, long_id: str, ordinary_id: str) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from companion.journal import Journal
    from companion.ui.journal.journal_page import JournalPage

    app = QApplication([])
    _warm_up(JournalPage)
    journal = Journal.unlock(folder, datagen.PASSPHRASE)  # the key derivation is not timed
    start = time.perf_counter()
    page = JournalPage(journal, lambda: None)
    page.resize(1200, 800)
    page.show()
    page.repaint()  # the page as the family first sees it
    opened = time.perf_counter()
    QApplication.processEvents()  # then what was left for after that paint
    timeline = page.timeline
    if not long_id:  # the baseline: the same journal without the long note
        page.shutdown()
        journal.close()
        return {"open_ms": (opened - start) * 1e3}
    if timeline.model.row_of("note", long_id) != 0:
        raise RuntimeError("the long note is not the newest entry")

    def choose(entry_id: str) -> float:
        began = time.perf_counter()
        if not timeline.select_entry("note", entry_id):
            raise RuntimeError("the note is not in the timeline")
        _paint(timeline)
        return (time.perf_counter() - began) * 1e3

    ordinary_ms = choose(ordinary_id)
    long_ms = choose(long_id)
    if not timeline.show_all_button.isVisible():
        raise RuntimeError("no Show all for a 10 MB note")
    began = time.perf_counter()
    timeline.show_all_button.click()
    _paint(timeline)
    all_ms = (time.perf_counter() - began) * 1e3
    page.shutdown()
    journal.close()
    del page, app
    return {
        "open_ms": (opened - start) * 1e3,
        "choose_ms": long_ms,
        "ordinary_ms": ordinary_ms,
        "all_ms": all_ms,
    }


def _spawn(folder: Path, long_id: str, ordinary_id: str) -> dict[str, float]:
    env, home = child_env()
    command = [sys.executable, "-m", "bench.bench_long_note", "--child"]
    command += [str(folder), long_id, ordinary_id]
    try:
        done = subprocess.run(
            command, capture_output=True, env=env, cwd=ROOT, text=True, check=False
        )
    finally:
        shutil.rmtree(home, ignore_errors=True)
    if done.returncode != 0 or not done.stdout.strip():
        raise RuntimeError(f"long-note run failed:\n{done.stderr[-2000:]}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def run(entries: int = 100_000) -> list[Row]:
    """Rows for the benchmark runner (see ``bench/run.py``)."""
    dataset = datagen.ensure(datagen.Spec(entries))
    work = Path(tempfile.mkdtemp(prefix="companion-bench-long-note-"))
    try:
        without, with_note = work / "without", work / "with"
        shutil.copytree(dataset.cipher_dir, without)
        shutil.copytree(dataset.cipher_dir, with_note)
        _unlock_once(without)  # both copies opened once before, as add_long_note does
        long_id, ordinary_id = add_long_note(with_note, dataset)
        runs, base_runs = [], []
        for _ in range(RUNS):  # interleaved, so machine noise hits both alike
            base_runs.append(_spawn(without, "", ""))
            runs.append(_spawn(with_note, long_id, ordinary_id))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    base_open = statistics.median(run["open_ms"] for run in base_runs)

    def med(key: str) -> float:
        return statistics.median(run[key] for run in runs)

    label = f"{entries:,} entries, one {NOTE_MB} MB note"
    base = med("ordinary_ms")
    return [
        {
            "name": f"long note: open the journal page ({label})",
            "value": med("open_ms"),
            "unit": "ms",
            "ratio": med("open_ms") / base_open if base_open else 0.0,
            "budget": f"<= {OPEN_MS:g} ms",
            "ok": med("open_ms") <= OPEN_MS,
        },
        {
            "name": "long note: open the journal page without it (baseline)",
            "value": base_open,
            "unit": "ms",
        },
        {
            "name": f"long note: choose the {NOTE_MB} MB note (first page shown)",
            "value": med("choose_ms"),
            "unit": "ms",
            "ratio": med("choose_ms") / base if base else 0.0,
            "budget": f"<= {CHOOSE_MS:g} ms",
            "ok": med("choose_ms") <= CHOOSE_MS,
        },
        {"name": "long note: choose an ordinary note (baseline)", "value": base, "unit": "ms"},
        {
            "name": f"long note: Show all of the {NOTE_MB} MB note (on demand)",
            "value": med("all_ms"),
            "unit": "ms",
        },
    ]


def main() -> int:
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        from bench.bench_visit_summary import keep_none_alive

        keep_none_alive()
        print(json.dumps(_child(*sys.argv[2:])), flush=True)
        return 0
    entries = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    return print_rows(run(entries))


if __name__ == "__main__":
    raise SystemExit(main())
