"""A journal writer for the kill -9 test: it reports each entry only after add_* returned.

``python -m tests.support.writer DATA_DIR CHILD_ID`` unlocks the journal (test passphrase),
prints ``ready``, then adds notes and temperature readings forever, printing ``<kind> <id>``
after each call returns. Each line is one ``write(2)`` of a few bytes, so a kill never leaves
half a line. With ``--fork-server`` it imports everything once and, for each ``go`` line on
stdin, forks a fresh writer and prints ``pid <n>``, then ``exit <n>`` when it is gone; the test
kills the writer with SIGKILL. Forking skips the interpreter start-up, so a hundred kills fit in
seconds instead of minutes. ``--backup`` backs up instead (``backup <n>``), and
``--restore=FILE`` restores FILE over the journal again and again (``restored <n>``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def _say(line: str) -> None:
    os.write(1, (line + "\n").encode("ascii"))


def write_forever(data_dir: Path, child_id: str) -> None:
    from companion.journal import Journal
    from tests.support.journals import PASSPHRASE

    journal = Journal.unlock(data_dir, PASSPHRASE)
    _say("ready")
    n = 0
    while True:
        n += 1
        if n % 2:
            note = journal.add_note(f"written before the crash {n}", child_id)
            _say(f"note {note.id}")
        else:
            reading = journal.add_temperature(child_id, 36.0 + (n % 40) / 10)
            _say(f"temperature {reading.id}")


def backup_forever(data_dir: Path) -> None:
    """Back up into the backups folder again and again, saying ``backup <n>`` after each."""
    from companion.journal import Journal
    from tests.support.journals import PASSPHRASE

    journal = Journal.unlock(data_dir, PASSPHRASE)
    _say("ready")
    n = 0
    while True:
        n += 1
        journal.backup(journal.paths.backups_dir / f"manual-{n % 3}.companion-backup")
        _say(f"backup {n}")


def restore_forever(data_dir: Path, backup: Path) -> None:
    """Restore ``backup`` over the journal again and again (confirmed), ``restored <n>``."""
    from companion.journal import Journal
    from tests.support.journals import PASSPHRASE

    _say("ready")
    n = 0
    while True:
        n += 1
        Journal.restore(backup, data_dir, PASSPHRASE, confirm_replace=True).close()
        _say(f"restored {n}")


def run(data_dir: Path, child_id: str, operation: str) -> None:
    if operation.startswith("--restore="):
        restore_forever(data_dir, Path(operation.removeprefix("--restore=")))
    elif operation == "--backup":
        backup_forever(data_dir)
    else:
        write_forever(data_dir, child_id)


def fork_server(data_dir: Path, child_id: str, operation: str) -> None:
    import companion.journal  # noqa: F401  (import the whole stack once, before forking)
    from companion.storage import backup, keystore, repository, timeline, vault  # noqa: F401

    for command in sys.stdin:
        if command.strip() != "go":
            continue
        pid = os.fork()
        if pid == 0:
            try:
                run(data_dir, child_id, operation)
            finally:
                os._exit(1)
        _say(f"pid {pid}")
        os.waitpid(pid, 0)
        _say(f"exit {pid}")


def main(argv: list[str]) -> None:
    data_dir, child_id = Path(argv[0]), argv[1]
    mode = os.environ.get("COMPANION_TEST_JOURNAL_MODE")
    if mode:  # bench/bench_faults.py --wal: the old WAL mode, for comparison
        from companion.storage import sqlcipher

        sqlcipher.JOURNAL_MODE = mode
    flags = argv[2:]
    operation = next((f for f in flags if f.startswith(("--backup", "--restore="))), "")
    if "--fork-server" in flags:
        fork_server(data_dir, child_id, operation)
    else:
        run(data_dir, child_id, operation)


if __name__ == "__main__":
    main(sys.argv[1:])
