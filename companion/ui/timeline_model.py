"""The timeline as a lazily filled table: a page of entries at a time, newest first.

Years of evenings add up; the view asks for more rows only as the family scrolls
(``canFetchMore`` / ``fetchMore``), so opening the journal never reads every entry.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from companion.ui.entry_forms import local_text

if TYPE_CHECKING:
    from companion.journal import Journal
    from companion.records import TimelineEntry

PAGE_SIZE = 50
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("Timeline", text)


def kind_labels() -> dict[str, str]:
    """The kinds of entry as the family reads them (singular), in timeline filter order."""
    return {
        "symptom": _tr("Symptom"),
        "temperature": _tr("Temperature"),
        "dose": _tr("Medicine given"),
        "medicine": _tr("Medicine"),
        "appointment": _tr("Appointment"),
        "note": _tr("Note"),
        "question": _tr("Question"),
        "fever": _tr("Fever alert"),
    }


def kind_label(kind: str) -> str:
    return kind_labels().get(kind, kind)


@dataclass(frozen=True)
class TimelineFilter:
    """What the timeline shows; None means "any"."""

    child_id: str | None = None
    kinds: tuple[str, ...] | None = None
    start: datetime | None = None
    end: datetime | None = None
    text: str | None = None

    def query(self) -> dict[str, Any]:
        return {
            "child_id": self.child_id,
            "kinds": self.kinds,
            "start": self.start,
            "end": self.end,
            "text": self.text or None,
        }


class TimelineModel(QAbstractTableModel):
    """Columns: when, kind, what. Rows arrive ``PAGE_SIZE`` at a time."""

    WHEN, KIND, WHAT = range(3)

    def __init__(self, journal: Journal | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._filter = TimelineFilter()
        self._rows: list[TimelineEntry] = []
        self._total = 0
        self.child_names: dict[str, str] = {}
        self.pages_fetched = 0

    # -- state ----------------------------------------------------------------------------

    @property
    def filter(self) -> TimelineFilter:
        return self._filter

    @property
    def total(self) -> int:
        """How many entries match the filter (not how many are loaded)."""
        return self._total

    def set_journal(self, journal: Journal | None) -> None:
        self._journal = journal
        self.reload()

    def set_filter(self, new_filter: TimelineFilter) -> None:
        self._filter = new_filter
        self.reload()

    def update_filter(self, **changes: Any) -> None:
        self.set_filter(replace(self._filter, **changes))

    def reload(self) -> None:
        """Drop the loaded rows and count again; the view then pulls the first page."""
        self.beginResetModel()
        self._rows = []
        self.pages_fetched = 0
        journal = self._journal
        self._total = journal.timeline_count(**self._filter.query()) if journal else 0
        self.endResetModel()
        self.fetchMore()  # the first page at once, so the newest entries never flicker in

    def entry(self, row: int) -> TimelineEntry:
        return self._rows[row]

    def row_of(self, kind: str, entry_id: str) -> int:
        """The loaded row showing that entry, or -1."""
        for row, entry in enumerate(self._rows):
            if entry.kind == kind and entry.id == entry_id:
                return row
        return -1

    # -- lazy loading ---------------------------------------------------------------------

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._journal is None:
            return False
        return len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._journal is not None
        page = self._journal.timeline(
            **self._filter.query(), offset=len(self._rows), limit=PAGE_SIZE
        )
        self.pages_fetched += 1
        if not page:
            self._total = len(self._rows)  # entries vanished since counting
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # -- table ----------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (_tr("When"), _tr("Type"), _tr("Entry"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == ENTRY_ROLE:
            return entry
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.WHEN:
                return local_text(entry.at)
            if column == self.KIND:
                return kind_label(entry.kind)
            return self._what(entry)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.WHAT:
            return self._what(entry, full=True)
        return None

    def _what(self, entry: TimelineEntry, *, full: bool = False) -> str:
        from companion.ui.entry_details import display_title

        text, detail = display_title(entry)
        if detail and detail != text:
            detail = detail if full else detail.splitlines()[0]
            text = f"{text}: {detail}" if not full else f"{text}\n{detail}"
        if len(self.child_names) > 1 and entry.child_id in self.child_names:
            text = f"{self.child_names[entry.child_id]} · {text}"
        return text
