"""Screen-reader smoke: Companion on a real X screen, read through AT-SPI as Orca reads it.

Run by scripts/test after the real-window step (not collected by pytest). Starts Xvfb, then
atspi_client.py under Debian's /usr/bin/python3 inside ``dbus-run-session`` (the accessibility
bus and registry come from at-spi2-core; pyatspi from python3-pyatspi, both installed by
``scripts/bootstrap.sh test``). The offscreen platform has no accessibility bridge: xcb it is.
Usage: atspi_smoke.py [COMMAND...]   (default: this Python's ``-m companion --demo``)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from _common import ROOT, fail, isolated_env
from xvfb_smoke import free_display, wait_for

SYSTEM_PYTHON = "/usr/bin/python3"
CLIENT = ROOT / "tests" / "smoke" / "atspi_client.py"
TIMEOUT = 150  # seconds for the whole walk; it takes well under a minute


def main(command: list[str]) -> int:
    """The demo (unlocked) walk, then the locked Journal section: first run and unlock."""
    code = walk(command)
    if code or command[-1:] != ["--demo"]:
        return code
    work = Path(tempfile.mkdtemp(prefix="companion-atspi-gate-"))
    empty, locked = work / "empty", work / "locked"
    empty.mkdir()
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from companion.journal import Journal; "
            "Journal.create(sys.argv[1], passphrase='atspi walk')[0].close()",
            str(locked),
        ],
        check=True,
        cwd=ROOT,
    )
    base = command[:-1]
    for folder in (empty, locked):
        code = walk([*base, "--data-dir", str(folder)], gate=True)
        if code:
            return code
    return 0


def walk(command: list[str], *, gate: bool = False) -> int:
    if subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode:
        fail(f"{SYSTEM_PYTHON} cannot import pyatspi: run scripts/bootstrap.sh test")
    display = f":{free_display()}"
    work = Path(tempfile.mkdtemp(prefix="companion-atspi-"))
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        env = isolated_env(work / "home", DISPLAY=display, NO_AT_BRIDGE="0")
        if gate:
            env["COMPANION_ATSPI_GATE"] = "1"
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # a bus of our own, not the desktop's
        env.pop("AT_SPI_BUS_ADDRESS", None)

        def server_ready() -> bool:
            if xvfb.poll() is not None:
                fail(f"Xvfb exited at once ({xvfb.returncode}) on {display}")
            probe = subprocess.run(["xdotool", "getdisplaygeometry"], env=env, capture_output=True)
            return probe.returncode == 0

        wait_for(server_ready, "Xvfb to answer")
        try:
            run = subprocess.run(
                ["dbus-run-session", "--", SYSTEM_PYTHON, str(CLIENT), *command],
                env=env,
                timeout=TIMEOUT,
                capture_output=True,
                text=True,
            )
        except subprocess.TimeoutExpired as exc:
            fail(f"the AT-SPI walk took more than {TIMEOUT} s:\n{exc.stdout or ''}")
            raise
        print(run.stdout, end="")
        if run.returncode != 0:
            noise = ("dbus-daemon", "SpiRegistry", "qt.accessibility.atspi")
            errors = [line for line in run.stderr.splitlines() if not line.startswith(noise)]
            print("\n".join(errors), file=sys.stderr)
            return run.returncode
        return 0
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or [sys.executable, "-m", "companion", "--demo"]))
