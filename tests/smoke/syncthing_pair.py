"""Two real Syncthing daemons on 127.0.0.1 share a folder between two computers' journals:
an entry made on one appears on the other.

Each daemon has its own home (keys, config) in a temp folder; global discovery, local
discovery, relays, NAT traversal, usage reports and upgrades are off, and both listen on
127.0.0.1 only. Companion itself only writes and reads files in its shared folder.

    .venv/bin/python tests/smoke/syncthing_pair.py      (needs Debian's syncthing package)
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
TIMEOUT_S = 90.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def generate(home: Path) -> tuple[str, str]:
    """Keys and a first config; returns the device id and the config version."""
    subprocess.run(
        ["syncthing", "generate", f"--home={home}", "--no-default-folder"],
        check=True,
        capture_output=True,
    )
    config = (home / "config.xml").read_text(encoding="utf-8")
    match = re.search(r'<device id="([A-Z0-9-]+)"', config)
    version = re.search(r'<configuration version="(\d+)"', config)
    assert match and version, "syncthing wrote no device id"
    return match.group(1), version.group(1)


def write_config(
    home: Path,
    me: str,
    other: str,
    ports: tuple[int, int, int],
    folder: Path,
    version: str,
) -> None:
    port, other_port, gui = ports
    devices = "".join(
        f'<device id="{device}" name="{device[:7]}" compression="metadata" introducer="false">'
        f"<address>{address}</address><autoAcceptFolders>false</autoAcceptFolders></device>"
        for device, address in ((me, "dynamic"), (other, f"tcp://127.0.0.1:{other_port}"))
    )
    (home / "config.xml").write_text(
        f"""<configuration version="{version}">
<folder id="companion-shared" label="Companion" path="{folder}" type="sendreceive"
 rescanIntervalS="1" fsWatcherEnabled="true" fsWatcherDelayS="1">
<device id="{me}"></device><device id="{other}"></device>
<minDiskFree unit="%">0</minDiskFree></folder>
{devices}
<gui enabled="true" tls="false"><address>127.0.0.1:{gui}</address>
<apikey>companion-test</apikey></gui>
<options>
<listenAddress>tcp://127.0.0.1:{port}</listenAddress>
<globalAnnounceEnabled>false</globalAnnounceEnabled>
<localAnnounceEnabled>false</localAnnounceEnabled>
<relaysEnabled>false</relaysEnabled>
<natEnabled>false</natEnabled>
<startBrowser>false</startBrowser>
<urAccepted>-1</urAccepted>
<autoUpgradeIntervalH>0</autoUpgradeIntervalH>
<crashReportingEnabled>false</crashReportingEnabled>
<minHomeDiskFree unit="%">0</minHomeDiskFree>
</options>
</configuration>
""",
        encoding="utf-8",
    )


def start(home: Path, log: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, STNOUPGRADE="1", STNORESTART="1", HOME=str(home))
    with log.open("wb") as out:
        return subprocess.Popen(
            ["syncthing", "serve", f"--home={home}", "--no-browser", "--no-restart"],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )


def wait_for(condition: object, what: str) -> None:
    deadline = time.monotonic() + TIMEOUT_S
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return
        time.sleep(0.5)
    raise SystemExit(f"timed out waiting for {what}")


def main() -> int:
    if shutil.which("syncthing") is None:
        print("syncthing is not installed (apt-get install syncthing)", file=sys.stderr)
        return 2
    started = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="companion-syncthing-"))
    os.environ["HOME"] = str(work / "home")
    os.environ["XDG_DATA_HOME"] = str(work / "home/.local/share")
    os.environ["XDG_CONFIG_HOME"] = str(work / "home/.config")
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    daemons: list[subprocess.Popen[bytes]] = []
    try:
        homes = [work / "st-a", work / "st-b"]
        shared = [work / "shared-a", work / "shared-b"]
        for folder in shared:
            folder.mkdir()
        made = [generate(home) for home in homes]
        ids = [device for device, _version in made]
        ports = [free_port(), free_port()]
        guis = [free_port(), free_port()]
        for n in range(2):
            write_config(
                homes[n],
                ids[n],
                ids[1 - n],
                (ports[n], ports[1 - n], guis[n]),
                shared[n],
                made[n][1],
            )
        daemons = [start(homes[n], work / f"syncthing-{n}.log") for n in range(2)]

        from companion.journal import Journal
        from companion.storage.vault import MINIMUM_KDF

        passphrase = "syncthing pair check"
        first, _code = Journal.create(work / "computer-a", passphrase, _kdf=MINIMUM_KDF)
        first.name_this_computer("Computer A")
        child = first.add_child("Sam")
        first.sync(shared[0])
        first.backup(work / "join.companion-backup")
        second = Journal.restore(work / "join.companion-backup", work / "computer-b", passphrase)
        second.name_this_computer("Computer B")
        second.sync(shared[1])

        reading = first.add_temperature(child.id, 38.7, "C", notes="made on computer A")
        assert first.sync(shared[0]).written >= 1

        def arrived() -> bool:
            second.sync(shared[1])
            try:
                second.get("temperature", reading.id)
            except LookupError:
                return False
            return True

        try:
            wait_for(arrived, "the entry to arrive through Syncthing")
        except SystemExit:
            for n in range(2):
                print((work / f"syncthing-{n}.log").read_text(errors="replace")[-3000:])
            raise
        got = second.get("temperature", reading.id)
        assert got.notes == "made on computer A"
        assert second.who("temperature", reading.id).added_by == "Computer A"

        note = second.add_note("made on computer B", child_id=child.id)
        second.sync(shared[1])

        def came_back() -> bool:
            first.sync(shared[0])
            return any(n.id == note.id for n in first.list_notes())

        wait_for(came_back, "the answer to come back")
        first.close()
        second.close()
        print(
            f"ok: entries crossed both ways through Syncthing in {time.monotonic() - started:.1f} s"
        )
        return 0
    finally:
        for daemon in daemons:
            daemon.terminate()
        for daemon in daemons:
            try:
                daemon.wait(timeout=10)
            except subprocess.TimeoutExpired:
                daemon.kill()
                daemon.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
