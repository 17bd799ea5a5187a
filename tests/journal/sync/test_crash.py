"""kill -9 while a change file is written and while files are applied: after reopening, one
more exchange leaves both journals identical, nothing lost and nothing applied twice."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from companion.journal import Journal
from tests.journal.sync.support import contents
from tests.support.journals import unlock_journal

ROOT = Path(__file__).resolve().parents[3]
_WRITER = """
import os
import sys
from tests.support.journals import unlock_journal
journal = unlock_journal(sys.argv[1])
child = journal.list_children()[0].id
print("ready", flush=True)
n = 0
while True:
    for _ in range(20):
        journal.add_note("crash note " + str(os.getpid()) + " " + str(n), child_id=child)
        n += 1
    journal.sync(sys.argv[2])
"""
_READER = """
import sys
from tests.support.journals import unlock_journal
journal = unlock_journal(sys.argv[1])
print("ready", flush=True)
while True:
    journal.sync(sys.argv[2])
"""


def _kill_after(script: str, where: Path, shared: Path, delay: float) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    with subprocess.Popen(
        [sys.executable, "-c", script, str(where), str(shared)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    ) as process:
        try:
            assert process.stdout is not None
            assert process.stdout.readline().strip() == "ready"
            time.sleep(delay)  # the kill lands somewhere in a write or an apply
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait()


def _notes(journal: Journal) -> list[str]:
    return [n.text for n in journal.list_notes()]


@pytest.mark.slow
def test_kill_9_while_writing_and_applying_loses_nothing_and_applies_nothing_twice(
    family: Callable[[int], list[Journal]], shared: Path
) -> None:
    a, b = family(2)
    if not a.list_children():
        a.add_child("Sam")
    a.sync(shared)
    b.sync(shared)
    a_dir, b_dir = a.paths.data_dir, b.paths.data_dir
    a.close()
    b.close()
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    for _round in range(6):
        _kill_after(_WRITER, a_dir, shared, rng.uniform(0.05, 0.8))
        _kill_after(_READER, b_dir, shared, rng.uniform(0.0, 0.5))
    a = unlock_journal(a_dir)
    b = unlock_journal(b_dir)
    try:
        for _ in range(2):
            assert a.sync(shared).refused == []
            assert b.sync(shared).refused == []
        written = _notes(a)
        assert written, "the writer never got to write"
        assert len(written) == len(set(written))  # no note twice
        assert sorted(_notes(b)) == sorted(written)
        assert contents(a) == contents(b)
        leftovers = [p for p in shared.rglob(".*") if p.is_file()]
        assert leftovers == []
    finally:
        a.close()
        b.close()
