"""Frozen-bundle smoke: the bundle's --version and --self-test offscreen, then a real window.

Usage: frozen_smoke.py dist/companion/companion   (run by packaging/build.sh --smoke)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import xvfb_smoke
from _common import fail, isolated_env


def check_keyring_metadata(binary: Path) -> None:
    """keyring finds its backends through entry points: the metadata must travel along."""
    found = list(binary.parent.glob("_internal/keyring-*.dist-info/entry_points.txt"))
    if not found or "keyring.backends" not in found[0].read_text(encoding="utf-8"):
        fail("the bundle lacks keyring's package metadata (its backends would be invisible)")
    print(f"keyring metadata bundled: {found[0].parent.name}")


def main(binary: Path) -> int:
    check_keyring_metadata(binary)
    work = Path(tempfile.mkdtemp(prefix="companion-frozen-"))
    env = isolated_env(work / "home", QT_QPA_PLATFORM="offscreen")
    version = subprocess.run(
        [str(binary), "--version"], capture_output=True, text=True, env=env, cwd=work, timeout=120
    )
    if version.returncode != 0:
        fail(f"frozen --version exited {version.returncode}: {version.stderr}")
    print(version.stdout.strip())
    result = subprocess.run(
        [str(binary), "--self-test"], capture_output=True, text=True, env=env, cwd=work, timeout=300
    )
    print(result.stdout)
    if result.returncode != 0 or "self-test passed" not in result.stdout:
        fail(f"frozen --self-test failed ({result.returncode}):\n{result.stderr}")
    xvfb_smoke.SHOT = xvfb_smoke.SHOT.with_name("frozen-real-window.png")
    return xvfb_smoke.main([str(binary)])


if __name__ == "__main__":
    if len(sys.argv) != 2:
        fail("usage: frozen_smoke.py PATH-TO-FROZEN-BINARY")
    sys.exit(main(Path(sys.argv[1]).resolve()))
