"""A second launch on the same data folder raises the running window instead of opening twice."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from companion.ui.shell.single_instance import SingleInstance


def test_second_instance_in_process_is_refused_and_activates_first(qtbot, data_dir: Path) -> None:
    first = SingleInstance(data_dir)
    assert first.acquire()
    first.listen()
    second = SingleInstance(data_dir)
    try:
        with qtbot.waitSignal(first.activation_requested, timeout=5000):
            assert not second.acquire()
    finally:
        first.release()
    third = SingleInstance(data_dir)
    assert third.acquire(), "released folder can be taken again"
    third.release()


def test_other_folders_are_independent(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    a, b = SingleInstance(one), SingleInstance(two)
    assert a.acquire() and b.acquire()
    a.release()
    b.release()


def test_second_launch_of_the_real_app_brings_the_first_forward(qtbot, data_dir: Path) -> None:
    running = SingleInstance(data_dir)
    assert running.acquire()
    running.listen()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    try:
        with qtbot.waitSignal(running.activation_requested, timeout=30000):
            process = subprocess.Popen(
                [sys.executable, "-m", "companion", "--data-dir", str(data_dir)],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        out, _err = process.communicate(timeout=60)
    finally:
        running.release()
    assert process.returncode == 0
    assert "already open" in out


def test_a_crashed_instance_does_not_block_the_next(data_dir: Path) -> None:
    script = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from companion.ui.shell.single_instance import SingleInstance\n"
        "app = QCoreApplication([])\n"
        "s = SingleInstance(Path(sys.argv[1]))\n"
        "assert s.acquire()\n"
        "os._exit(0)\n"  # no release: like a crash
    )
    subprocess.run([sys.executable, "-c", script, str(data_dir)], check=True, timeout=60)
    assert (data_dir / ".companion.lock").exists()
    after = SingleInstance(data_dir)
    assert after.acquire()
    after.release()
