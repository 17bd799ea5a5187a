"""The environment for a benchmark's child process: its own HOME, no real keyring, offscreen."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path


def child_env() -> tuple[dict[str, str], Path]:
    """(environment, home folder); the folder is removed when the benchmark exits."""
    home = Path(tempfile.mkdtemp(prefix="companion-bench-home-"))
    atexit.register(shutil.rmtree, home, ignore_errors=True)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local/share"),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    return env, home
