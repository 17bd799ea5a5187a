"""Drives start-up, every section and the self-test with every socket call made fatal.

Run in its own process by tests/test_no_network.py: an audit hook cannot be removed, so it
must not live in the test process. Prints "NETWORK <event>" for any attempt and exits 3.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ATTEMPTS: list[str] = []
WATCHED = (
    "socket.connect",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.sendto",
    "socket.sendmsg",
    "socket.bind",
    "socket.gethostbyaddr",
    "urllib.Request",
    "http.client.connect",
)


def hook(event: str, args: tuple[object, ...]) -> None:
    if event in WATCHED:
        ATTEMPTS.append(event)
        print(f"NETWORK {event} {args[1:2]!r}", file=sys.stderr, flush=True)
        raise RuntimeError(f"network access attempted: {event}")


def main() -> int:
    sys.addaudithook(hook)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from companion.selftest import run_self_test

    if run_self_test() != 0:
        return 1

    from companion.app import make_application
    from companion.demo import make_demo_journal
    from companion.paths import resolve_paths
    from companion.ui.shell.main_window import MainWindow
    from companion.ui.shell.screenshots import settle
    from companion.ui.widgets.session import JournalSession

    make_application()
    paths = resolve_paths(Path(tempfile.mkdtemp(prefix="companion-nonet-")))
    journal = make_demo_journal(paths)
    session = JournalSession(paths)
    window = MainWindow(paths, session, demo=True)
    session.open_with(journal)  # type: ignore[arg-type]
    window.show()
    settle(300)
    for index in range(len(window.sections)):
        window.show_section(index)
        window.focus_search()
        settle(100)
    window.glossary_view.open_term("relapse")
    window.show_help()
    window.show_about()
    settle(100)
    session.lock()
    window.close()
    settle(50)
    print(f"sections visited: {len(window.sections)}; network attempts: {len(ATTEMPTS)}")
    return 3 if ATTEMPTS else 0


if __name__ == "__main__":
    sys.exit(main())
