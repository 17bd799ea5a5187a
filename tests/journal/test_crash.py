"""kill -9 at a hundred random moments: every entry reported as saved is there afterwards."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import IO

import pytest

from companion.storage import engine as db
from tests.support.journals import create_journal, unlock_journal

ROOT = Path(__file__).resolve().parents[2]
KILLS = 100


class Writer:
    """Drives tests/support/writer.py: one fork server, or one process per round without fork."""

    def __init__(self, data_dir: Path, child_id: str) -> None:
        self.args = [sys.executable, "-m", "tests.support.writer", str(data_dir), child_id]
        self.env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.forking = hasattr(os, "fork")
        self.server: subprocess.Popen[bytes] | None = None
        if self.forking:
            self.server = self._spawn([*self.args, "--fork-server"], stdin=subprocess.PIPE)

    def _spawn(self, args: list[str], stdin: int | None = None) -> subprocess.Popen[bytes]:
        return subprocess.Popen(args, cwd=ROOT, env=self.env, stdin=stdin, stdout=subprocess.PIPE)

    def round(self, rng: random.Random) -> list[tuple[str, str]]:
        """Start a writer, kill it at a random moment, return what it reported as saved."""
        if self.server is not None:
            assert self.server.stdin is not None and self.server.stdout is not None
            self.server.stdin.write(b"go\n")
            self.server.stdin.flush()
            out = self.server.stdout
            kind, pid = _line(out).split()
            assert kind == "pid"
            kill = lambda: os.kill(int(pid), signal.SIGKILL)  # noqa: E731
        else:
            proc = self._spawn(self.args)
            assert proc.stdout is not None
            out, pid, kill = proc.stdout, str(proc.pid), proc.kill
        saved: list[tuple[str, str]] = []
        if rng.random() < 0.2:
            time.sleep(rng.uniform(0, 0.15))  # anywhere, even while unlocking
        else:
            assert _line(out) == "ready"
            time.sleep(rng.uniform(0, 0.03))  # while it writes
        kill()
        while True:
            line = _line(out)
            if line in ("", f"exit {pid}"):
                break
            if line != "ready":
                what, entry_id = line.split()
                saved.append((what, entry_id))
        if self.server is None:
            proc.wait()
        return saved

    def close(self) -> None:
        if self.server is not None:
            assert self.server.stdin is not None
            self.server.stdin.close()
            self.server.wait(timeout=30)
            assert self.server.stdout is not None
            self.server.stdout.close()


def _line(stream: IO[bytes]) -> str:
    return stream.readline().decode("ascii").strip()


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
    assert len(saved) >= KILLS  # the kills really landed among writes

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
