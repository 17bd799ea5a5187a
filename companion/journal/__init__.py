"""The encrypted family journal (Qt-free): the :class:`Journal` facade, its entry kinds and
records, the timeline, fever rules, symptoms, and the exports: calendar (``write_ics``),
spreadsheet (``write_csv``) and the full JSON export and its import (``write_json``,
``import_json``).

Storage is imported when a journal is opened, never by importing this package, so the first
window does not pay for SQLAlchemy; the calendar (icalendar) loads on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from companion.journal.facade import Journal, preload
from companion.storage.errors import (
    Damaged,
    DiskFull,
    KeyringUnavailable,
    Locked,
    NewerSchema,
    ReadOnly,
    ReplaceNeedsConfirmation,
    StorageError,
    WrongKey,
)

if TYPE_CHECKING:
    from companion.journal.exports.calendar import appointments_to_ics, write_ics
    from companion.journal.exports.csvfile import write_csv
    from companion.journal.exports.jsonfile import import_json, write_json

# The UI may not import companion.storage; it catches these from here.
__all__ = [
    "Damaged",
    "DiskFull",
    "Journal",
    "KeyringUnavailable",
    "Locked",
    "NewerSchema",
    "ReadOnly",
    "ReplaceNeedsConfirmation",
    "StorageError",
    "WrongKey",
    "appointments_to_ics",
    "import_json",
    "preload",
    "write_csv",
    "write_ics",
    "write_json",
]

#: The exports, loaded on first use: name -> module.
_LAZY = {
    "appointments_to_ics": "calendar",
    "write_ics": "calendar",
    "write_csv": "csvfile",
    "write_json": "jsonfile",
    "import_json": "jsonfile",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(name)
    from importlib import import_module

    return getattr(import_module(f"companion.journal.exports.{module}"), name)
