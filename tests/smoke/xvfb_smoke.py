"""Real-window smoke: start Companion on an Xvfb screen, wait for its window, screenshot, quit.

Run by scripts/test (not collected by pytest). Needs Xvfb, xdotool and xwd (Debian packages).
Usage: xvfb_smoke.py [COMMAND...]   (default: this Python's ``-m companion``)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, fail, isolated_env

SHOT = ROOT / "build" / "smoke" / "real-window.png"  # kept for people to look at
TIMEOUT = 60.0


def free_display() -> int:
    for number in range(90, 200):
        if (
            not Path(f"/tmp/.X11-unix/X{number}").exists()
            and not Path(f"/tmp/.X{number}-lock").exists()
        ):
            return number
    fail("no free X display number")
    raise AssertionError


def wait_for(predicate, what: str, timeout: float = TIMEOUT):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    fail(f"timed out waiting for {what}")


def main(command: list[str]) -> int:
    number = free_display()
    display = f":{number}"
    work = Path(tempfile.mkdtemp(prefix="companion-xvfb-"))
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    app: subprocess.Popen[str] | None = None
    try:
        env = isolated_env(work / "home", DISPLAY=display, QT_QPA_PLATFORM="xcb")

        def server_ready() -> bool:
            # The socket file can appear before the server answers: ask it something.
            if xvfb.poll() is not None:
                fail(f"Xvfb exited at once ({xvfb.returncode}) on {display}")
            probe = subprocess.run(
                ["xdotool", "getdisplaygeometry"], env=env, capture_output=True, text=True
            )
            return probe.returncode == 0

        wait_for(server_ready, "Xvfb to answer")
        app = subprocess.Popen(
            [*command, "--data-dir", str(work / "data")],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

        def window_id() -> str | None:
            if app is not None and app.poll() is not None:
                out, err = app.communicate()
                fail(f"the app exited early ({app.returncode}):\n{out}\n{err}")
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", "^Companion$"],
                env=env,
                capture_output=True,
                text=True,
            )
            ids = found.stdout.split()
            return ids[0] if ids else None

        wid = wait_for(window_id, "the main window to appear")
        time.sleep(1.0)  # let the first frames and the glossary load settle before the picture
        SHOT.parent.mkdir(parents=True, exist_ok=True)
        xwd = subprocess.run(
            ["xwd", "-root", "-silent", "-display", display], capture_output=True, check=True
        )
        # A painted window has many distinct colours; an empty screen has one or two.
        if len(set(xwd.stdout[len(xwd.stdout) // 4 :])) < 16:
            fail("the screenshot of the window looks blank")
        _save_png(xwd.stdout, SHOT)
        # No window manager runs here: give the window the keyboard focus directly, then press
        # Ctrl+Q as a person would (XTEST events; Qt ignores events sent to a window).
        subprocess.run(
            ["xdotool", "windowfocus", "--sync", wid], env=env, check=True, capture_output=True
        )
        subprocess.run(["xdotool", "key", "ctrl+q"], env=env, check=True)
        try:
            out, err = app.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            fail("the app did not quit on Ctrl+Q")
        if app.returncode != 0:
            fail(f"the app exited with {app.returncode}:\n{out}\n{err}")
        print(f"real window shown, screenshot at {SHOT}, quit cleanly")
        return 0
    finally:
        if app is not None and app.poll() is None:
            app.kill()
        xvfb.terminate()
        xvfb.wait(timeout=10)


def _save_png(xwd_bytes: bytes, target: Path) -> None:
    """Keep the picture for people to look at: PNG when a converter exists, else raw xwd."""
    raw = target.with_suffix(".xwd")
    raw.write_bytes(xwd_bytes)
    convert = Path("/usr/bin/convert")  # ImageMagick's, not another tool of the same name
    if (
        convert.exists()
        and subprocess.run(
            [str(convert), f"xwd:{raw}", str(target)], capture_output=True
        ).returncode
        == 0
    ):
        raw.unlink()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or [sys.executable, "-m", "companion"]))
