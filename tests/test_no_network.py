"""Companion never opens a network connection: start-up, every section and the self-test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

DRIVER = Path(__file__).parent / "support" / "no_network_driver.py"


def test_driver_hook_really_catches_a_connection(tmp_path: Path) -> None:
    """The tripwire works: a deliberate connection attempt is caught and fails loudly."""
    probe = (
        "import runpy, sys\n"
        f"ns = runpy.run_path({str(DRIVER)!r})\n"
        "sys.addaudithook(ns['hook'])\n"
        "import socket\n"
        "try:\n"
        "    socket.create_connection(('127.0.0.1', 9), timeout=1)\n"
        "except RuntimeError as exc:\n"
        "    print('caught', exc)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60
    )
    assert "caught network access attempted" in result.stdout
    assert "NETWORK socket." in result.stderr


def test_startup_every_section_and_self_test_make_no_connection(isolated_home: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, str(DRIVER)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=Path(__file__).parents[1],
    )
    assert "NETWORK" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    assert "network attempts: 0" in result.stdout
