"""``--self-test``: prove this installation works, one line per check, without the user's data."""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

CANARY = "self-test canary 7f3a"


def check_glossary() -> str:
    from companion.glossary.terms import load_glossary

    glossary = load_glossary()
    if not glossary.terms:
        raise RuntimeError("the glossary is empty")
    return f"{len(glossary.terms)} terms"


def check_directory() -> str:
    from companion.directory.centers import load_directory

    directory = load_directory()
    phones = sum(len(center.phones) for center in directory.centers)
    return f"{len(directory.centers)} centers, {phones} phone lines"


def check_spanish_glossary() -> str:
    from companion.glossary.terms import load_glossary

    spanish = load_glossary(language="es")
    if not spanish.search("recaida"):
        raise RuntimeError("the Spanish glossary does not find 'recaida'")
    return f"{len(spanish.terms)} words in Spanish"


def check_calendar() -> str:
    """A two-hour visit across a clock change, written as a calendar file and read back."""
    from datetime import UTC, datetime, timedelta

    from icalendar import Calendar

    from companion.journal import appointments_to_ics
    from companion.journal.records import Appointment

    start = datetime(2027, 3, 14, 6, 30, tzinfo=UTC)  # 01:30 in New York, before the change
    visit = Appointment(child_id="c", starts_at=start, tz="America/New_York", duration_minutes=120)
    event = next(iter(Calendar.from_ical(appointments_to_ics([visit])).walk("VEVENT")))
    begins = event.decoded("DTSTART").astimezone(UTC)
    ends = event.decoded("DTEND").astimezone(UTC)
    if begins != start or ends - begins != timedelta(minutes=120):
        raise RuntimeError("a visit across a clock change was written with the wrong times")
    return "a visit across a clock change is written and read back exactly"


def check_user_guide() -> str:
    from companion.paths import resource_path

    text = resource_path("user-guide.md").read_text(encoding="utf-8")
    return f"{len(text.splitlines())} lines"


def check_store() -> str:
    """Create, write, close, reopen and search a throwaway journal in a temporary folder."""
    from companion.journal import Journal

    folder = Path(tempfile.mkdtemp(prefix="companion-selftest-"))
    try:
        journal, recovery = Journal.create(folder, passphrase="self-test passphrase")
        journal.add_note(CANARY)
        journal.close()
        for path in folder.rglob("*"):
            if path.is_file() and CANARY.encode() in path.read_bytes():
                raise RuntimeError("journal text was found unencrypted on disk")
        reopened = Journal.unlock(folder, recovery_code=recovery)
        try:
            if not reopened.search("canary"):
                raise RuntimeError("a saved note was not found after reopening")
        finally:
            reopened.close()
        import sqlcipher3

        version = sqlcipher3.connect(":memory:").execute("PRAGMA cipher_version").fetchone()[0]
        return f"encrypted store created, reopened and searched (SQLCipher {version})"
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def check_keyring() -> str:
    from companion.storage.keystore import secure_backend

    name = secure_backend()
    if name is None:
        return "no secure keyring here: the journal opens with a passphrase or recovery code"
    return f"secure keyring available ({name}): automatic unlock can be offered"


def check_qt() -> str:
    import PySide6
    from PySide6 import QtCore

    return f"PySide6 {PySide6.__version__}, Qt {QtCore.qVersion()}"


def check_text() -> str:
    """Locale-aware sorting works: Qt found its Unicode collation data (ICU on Linux)."""
    from PySide6.QtCore import QCollator, QLocale

    collator = QCollator(QLocale("en_US"))
    words = sorted(["f", "\u00e9", "B", "e", "A", "b", "a"], key=collator.sortKey)
    first_letters = {w.casefold() for w in words[:2]}, {w.casefold() for w in words[2:4]}
    if first_letters != ({"a"}, {"b"}) or words[4:] != ["e", "\u00e9", "f"]:
        raise RuntimeError(f"text sorts by code point, not by language: {' '.join(words)}")
    return "sorting by language works"


CHECKS: list[tuple[str, Callable[[], str]]] = [
    ("qt", check_qt),
    ("text", check_text),
    ("glossary", check_glossary),
    ("Spanish glossary", check_spanish_glossary),
    ("directory", check_directory),
    ("calendar", check_calendar),
    ("user guide", check_user_guide),
    ("encrypted store", check_store),
    ("keyring", check_keyring),
]


def run_self_test(out: Callable[[str], object] = print) -> int:
    """Run every check; 0 when all pass, 1 naming the ones that failed."""
    from companion import __version__

    out(f"Companion {__version__} self-test (Python {sys.version.split()[0]})")
    failed: list[str] = []
    for name, check in CHECKS:
        try:
            detail = check()
        except Exception as exc:
            failed.append(name)
            out(f"FAIL {name}: {type(exc).__name__}: {exc}")
        else:
            out(f"ok   {name}: {detail}")
    if failed:
        out(f"self-test FAILED: {', '.join(failed)}")
        return 1
    out("self-test passed")
    return 0
