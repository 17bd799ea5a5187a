"""The encrypted family journal (Qt-free): the :class:`Journal` facade, its entry kinds and
records, the timeline, fever rules, symptoms and calendar export.

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
    from companion.journal.calendar import appointments_to_ics

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
    "preload",
]


def __getattr__(name: str) -> Any:
    if name == "appointments_to_ics":
        from companion.journal.calendar import appointments_to_ics

        return appointments_to_ics
    raise AttributeError(name)
