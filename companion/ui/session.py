"""The open (or locked) journal, shared by every screen that shows family data."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from companion.journal import Journal
    from companion.paths import AppPaths


class JournalSession(QObject):
    """Holds the unlocked Journal, or nothing while locked.

    Screens listen to ``unlocked`` / ``locked`` to show or hide family data, and to ``changed``
    (with the kind of entry, e.g. "contact") to refresh after another screen wrote something.
    """

    unlocked = Signal()
    locked = Signal()
    changed = Signal(str)

    def __init__(self, paths: AppPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self._journal: Journal | None = None

    @property
    def journal(self) -> Journal | None:
        return self._journal

    def is_unlocked(self) -> bool:
        return self._journal is not None

    def open_with(self, journal: Journal) -> None:
        self._journal = journal
        self.unlocked.emit()

    def lock(self) -> None:
        """Close the database and drop the key; public sections keep working."""
        journal, self._journal = self._journal, None
        if journal is not None:
            journal.close()
            self.locked.emit()

    def notify_changed(self, kind: str) -> None:
        self.changed.emit(kind)
