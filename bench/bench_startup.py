"""Cold start to first painted main window, and peak memory, against a bare PySide6 baseline."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

from bench.isolation import child_env

ROOT = Path(__file__).resolve().parents[1]
RUNS = 7


def _measure(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(milliseconds to first paint, peak RSS in MB) of one cold process."""
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True, cwd=ROOT
    )
    _pid, status, usage = os.wait4(process.pid, 0)
    assert process.stdout is not None
    out = process.stdout.read()
    if os.waitstatus_to_exitcode(status) != 0 or "startup_ms" not in out:
        raise RuntimeError(f"{command} failed: {out}")
    ms = float(out.split("startup_ms", 1)[1].split()[0])
    return ms, usage.ru_maxrss / 1024.0


def run(runs: int = RUNS) -> list[dict[str, Any]]:
    env, home = child_env()
    # An installed app (wheel or frozen bundle) starts from compiled bytecode: compile ours
    # and allow the cache, so both programs are measured as a family would run them.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    import compileall

    compileall.compile_dir(str(ROOT / "companion"), quiet=1)
    baseline_cmd = [sys.executable, str(ROOT / "bench" / "baseline_window.py")]
    app_cmd = [
        sys.executable,
        "-m",
        "companion",
        "--measure-startup",
        "--data-dir",
        str(home / "data"),
    ]
    spanish_cmd = [*app_cmd, "--lang", "es"]
    _measure(spanish_cmd, env)
    _measure(app_cmd, env)  # warm the OS file cache for both, so neither pays for it alone
    _measure(baseline_cmd, env)
    base_ms, base_mb, app_ms, app_mb, es_ms = [], [], [], [], []
    for _ in range(runs):  # interleaved, so machine noise hits both alike
        ms, mb = _measure(baseline_cmd, env)
        base_ms.append(ms)
        base_mb.append(mb)
        ms, mb = _measure(app_cmd, env)
        app_ms.append(ms)
        app_mb.append(mb)
        es_ms.append(_measure(spanish_cmd, env)[0])
    b_ms, a_ms = statistics.median(base_ms), statistics.median(app_ms)
    b_mb, a_mb = statistics.median(base_mb), statistics.median(app_mb)
    return [
        {"name": "start-up: bare PySide6 baseline", "value": b_ms, "unit": "ms"},
        {
            "name": "start-up: Companion to first paint",
            "value": a_ms,
            "unit": "ms",
            "ratio": a_ms / b_ms,
            "budget": "<= 1.5x baseline",
            "ok": a_ms <= 1.5 * b_ms,
        },
        {
            # Loading the Spanish translations (and Qt's own) costs a few milliseconds.
            "name": "start-up: Companion to first paint, in Spanish (--lang es)",
            "value": statistics.median(es_ms),
            "unit": "ms",
            "budget": "<= English + 15 ms",
            "ok": statistics.median(es_ms) <= a_ms + 15,
        },
        {"name": "start-up peak memory: baseline", "value": b_mb, "unit": "MB"},
        {
            "name": "start-up peak memory: Companion",
            "value": a_mb,
            "unit": "MB",
            "ratio": a_mb / b_mb,
            "budget": "<= 1.5x baseline",
            "ok": a_mb <= 1.5 * b_mb,
        },
    ]


if __name__ == "__main__":
    from bench.report import print_rows

    raise SystemExit(print_rows(run()))
