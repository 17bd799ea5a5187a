"""Fault injection: flip one byte in what a killed writer left, then read the journal back.

Shared by ``tests/journal/test_faults.py`` (bounded, runs in CI) and ``bench/bench_faults.py``
(more kills and flips, for the figures in ``docs/security.md``). Each flipped copy ends in one
of three verdicts: every acknowledged entry is there and the full check passes (``intact``),
the journal says it is damaged (``reported``), or entries are missing with no error (``silent
loss``, the one that must never happen).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO

from companion.storage.errors import Damaged
from tests.support.journals import unlock_journal

ROOT = Path(__file__).resolve().parents[2]
INTACT, REPORTED, SILENT_LOSS = "intact", "reported", "silent loss"
DB, VAULT = "journal.db", "journal.vault"
#: The side file a killed writer may leave: the hot rollback journal (empty when idle).
SIDE = "journal.db-journal"


def snapshot(data_dir: Path) -> dict[str, bytes]:
    """The journal's files as a kill left them (a side file only if it holds anything)."""
    files = {name: (data_dir / name).read_bytes() for name in (DB, VAULT)}
    side = data_dir / SIDE
    if side.exists() and side.stat().st_size:
        files[SIDE] = side.read_bytes()
    return files


def write_files(folder: Path, files: dict[str, bytes]) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(mode=0o700, parents=True)
    for name, raw in files.items():
        (folder / name).write_bytes(raw)


def verdict(data_dir: Path, saved: Iterable[tuple[str, str]]) -> str:
    """Unlock, look up every acknowledged entry, run the full check."""
    try:
        journal = unlock_journal(data_dir)
    except Damaged:
        return REPORTED
    missing = 0
    try:
        for kind, entry_id in saved:
            try:
                journal.get(kind, entry_id)
            except LookupError:
                missing += 1
        journal.check_integrity()
    except Damaged:
        return REPORTED
    finally:
        journal.close()
    return SILENT_LOSS if missing else INTACT


def flip_and_read(
    files: dict[str, bytes],
    saved: list[tuple[str, str]],
    scratch: Path,
    rng: random.Random,
    flips: int,
) -> Counter[tuple[str, str]]:
    """``flips`` copies, each with one byte flipped: half in the side file when there is one,
    the rest in the main file. Counts (file flipped, verdict)."""
    counts: Counter[tuple[str, str]] = Counter()
    for n in range(flips):
        target = SIDE if SIDE in files and n % 2 == 0 else DB
        damaged = dict(files)
        raw = bytearray(files[target])
        raw[rng.randrange(len(raw))] ^= 1 << rng.randrange(8)
        damaged[target] = bytes(raw)
        write_files(scratch, damaged)
        counts[(target, verdict(scratch, saved))] += 1
    return counts


class Writer:
    """Drives tests/support/writer.py: one fork server, or one process per round without fork."""

    def __init__(self, data_dir: Path, child_id: str, operation: str = "") -> None:
        """``operation``: "" writes entries, "--backup" backs up, "--restore=FILE" restores."""
        self.args = [sys.executable, "-m", "tests.support.writer", str(data_dir), child_id]
        self.args += [operation] if operation else []
        self.env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.forking = hasattr(os, "fork")
        self.server: subprocess.Popen[bytes] | None = None
        if self.forking:
            self.server = self._spawn([*self.args, "--fork-server"], stdin=subprocess.PIPE)

    def _spawn(self, args: list[str], stdin: int | None = None) -> subprocess.Popen[bytes]:
        return subprocess.Popen(args, cwd=ROOT, env=self.env, stdin=stdin, stdout=subprocess.PIPE)

    def round(self, rng: random.Random, *, anytime: bool = True) -> list[tuple[str, str]]:
        """Start a writer, kill it at a random moment (``anytime=False``: once it writes),
        return what it reported as saved."""
        early: list[str] = []  # a child may speak before the server says its pid
        if self.server is not None:
            assert self.server.stdin is not None and self.server.stdout is not None
            self.server.stdin.write(b"go\n")
            self.server.stdin.flush()
            out = self.server.stdout
            while not (first := _line(out)).startswith("pid "):
                early.append(first)
            pid = first.split()[1]
            kill = lambda: os.kill(int(pid), signal.SIGKILL)  # noqa: E731
        else:
            proc = self._spawn(self.args)
            assert proc.stdout is not None
            out, pid, kill = proc.stdout, str(proc.pid), proc.kill
        if anytime and rng.random() < 0.2:
            time.sleep(rng.uniform(0, 0.15))  # anywhere, even while unlocking
        else:
            if "ready" not in early:
                assert _line(out) == "ready"
            time.sleep(rng.uniform(0, 0.1))  # while it writes
        kill()
        lines = list(early)
        while (line := _line(out)) not in ("", f"exit {pid}"):
            lines.append(line)
        saved: list[tuple[str, str]] = []
        for line in lines:
            if line != "ready":
                what, entry_id = line.split()
                saved.append((what, entry_id))
        if self.server is None:
            proc.wait()
        return saved

    def kill_when(self, seen: Callable[[], bool], timeout: float = 20.0) -> bool:
        """Start one worker and kill it the moment ``seen()`` is true (polled); False if it
        never was before ``timeout``."""
        proc = self._spawn(self.args)
        deadline = time.monotonic() + timeout
        try:
            while time.monotonic() < deadline:
                if seen():
                    proc.kill()
                    return True
                time.sleep(0.0005)
            return False
        finally:
            proc.kill()
            proc.wait()
            assert proc.stdout is not None
            proc.stdout.close()

    def close(self) -> None:
        if self.server is not None:
            assert self.server.stdin is not None
            self.server.stdin.close()
            self.server.wait(timeout=30)
            assert self.server.stdout is not None
            self.server.stdout.close()


def _line(stream: IO[bytes]) -> str:
    return stream.readline().decode("ascii").strip()
