"""Frozen-bundle smoke: the bundle's --version and --self-test offscreen, then a real window.

Usage: frozen_smoke.py dist/companion/companion   (run by packaging/build.sh --smoke)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import icu_probe
import xvfb_smoke
from _common import fail, isolated_env

# The languages whose ICU data the bundle keeps (packaging/icu_slim.py), spot-checked here.
ICU_LANGUAGES = ["en", "es", "fr", "zh", "ar", "vi", "fil", "ko", "ru", "pl", "ja"]


def check_keyring_metadata(binary: Path) -> None:
    """keyring finds its backends through entry points: the metadata must travel along."""
    found = list(binary.parent.glob("_internal/keyring-*.dist-info/entry_points.txt"))
    if not found or "keyring.backends" not in found[0].read_text(encoding="utf-8"):
        fail("the bundle lacks keyring's package metadata (its backends would be invisible)")
    print(f"keyring metadata bundled: {found[0].parent.name}")


def check_no_dangling_links(binary: Path) -> None:
    """Every symbolic link in the bundle points at a file the bundle carries."""
    dangling = [
        str(path.relative_to(binary.parent))
        for path in binary.parent.rglob("*")
        if path.is_symlink() and not path.exists()
    ]
    if dangling:
        fail(f"the bundle has links to files it left out: {dangling}")


def check_icu_data(binary: Path) -> None:
    """The bundle's smaller ICU data answers Qt exactly as the wheel's full data does."""
    found = list(binary.parent.glob("_internal/PySide6/Qt/lib/libicudata.so.*"))
    if len(found) != 1:
        fail(f"expected one ICU data library in the bundle, found {found}")
    size_mb = found[0].stat().st_size / 1048576
    if size_mb > 12:
        fail(f"the bundle's ICU data is {size_mb:.1f} MB: the slim build step did not run")
    differences = icu_probe.compare(found[0], ICU_LANGUAGES)
    if differences:
        fail("the bundle's ICU data answers differently:\n" + "\n".join(differences))
    print(f"ICU data bundled: {size_mb:.1f} MB, same answers for {', '.join(ICU_LANGUAGES)}")


def check_every_screen(binary: Path, env: dict[str, str], work: Path) -> None:
    """--screenshots drives every section, form and dialog inside the bundle: the same screens
    as the app run from the source."""
    expected = _screen_names([sys.executable, "-m", "companion"], env, work / "source-screens")
    shots = work / "screens"
    done = subprocess.run(
        [str(binary), "--screenshots", str(shots)],
        capture_output=True,
        text=True,
        env=env,
        cwd=work,
        timeout=300,
    )
    pngs = sorted(shots.glob("*.png"))
    if done.returncode != 0 or {png.name for png in pngs} != expected:
        missing = sorted(expected - {png.name for png in pngs})
        fail(
            f"frozen --screenshots made {len(pngs)} of {len(expected)} screens, "
            f"missing {missing}:\n{done.stderr}"
        )
    small = [png.name for png in pngs if png.stat().st_size < 10_000]
    if small:
        fail(f"frozen screenshots look empty: {small}")
    print(f"frozen --screenshots: {len(pngs)} screens")


def _screen_names(command: list[str], env: dict[str, str], folder: Path) -> set[str]:
    """The screens the app from the source renders (what the bundle must render too)."""
    root = Path(__file__).resolve().parents[2]
    subprocess.run(
        [*command, "--screenshots", str(folder)],
        capture_output=True,
        env={**env, "PYTHONPATH": str(root)},
        cwd=root,
        timeout=300,
        check=True,
    )
    names = {png.name for png in folder.glob("*.png")}
    if not names:
        fail("the app from the source rendered no screens")
    return names


def main(binary: Path) -> int:
    check_keyring_metadata(binary)
    check_no_dangling_links(binary)
    check_icu_data(binary)
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
    check_every_screen(binary, env, work)
    xvfb_smoke.SHOT = xvfb_smoke.SHOT.with_name("frozen-real-window.png")
    return xvfb_smoke.main([str(binary)])


if __name__ == "__main__":
    if len(sys.argv) != 2:
        fail("usage: frozen_smoke.py PATH-TO-FROZEN-BINARY")
    sys.exit(main(Path(sys.argv[1]).resolve()))
