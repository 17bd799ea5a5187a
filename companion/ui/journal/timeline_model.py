"""The timeline as a windowed table: every entry has a row, a few pages of them are held.

Years of evenings add up. The model knows how many entries match (``timeline_count``), so the
scroll bar covers the whole journal, but it holds at most ``MAX_PAGES`` pages of entries and
reads a page only when the view asks for one of its rows. A page next to one it holds is read
by keyset (``timeline(after=...)`` / ``before=...``), so scrolling costs the same at the bottom
of the journal as at the top; a jump far away (End, dragging the scroll bar) reads by offset
once. The page used least recently is let go first, so scrolling through every entry never
keeps them all in memory.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from companion.journal import Damaged, kinds
from companion.journal.records import Kind, TimelineFilter
from companion.ui.widgets.entry_forms import local_text
from companion.ui.widgets.error_sentences import tell_damage

if TYPE_CHECKING:
    from companion.journal import Journal
    from companion.journal.records import TimelineEntry

#: Rows read at a time, and the most pages held at once (PAGE_SIZE * MAX_PAGES rows).
PAGE_SIZE = 100
MAX_PAGES = 10
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


#: The kinds the timeline's filter offers, in its order (contacts and children are not events).
FILTER_KINDS = (
    Kind.SYMPTOM,
    Kind.TEMPERATURE,
    Kind.DOSE,
    Kind.MEDICINE,
    Kind.APPOINTMENT,
    Kind.NOTE,
    Kind.QUESTION,
    Kind.FEVER,
    Kind.BLOOD_COUNT,
    Kind.TREATMENT_DAY,
    Kind.CYCLE,
    Kind.CALL_ALERT,
)

#: Qt's translation function; pyside6-lupdate reads its calls (context first).
translate = QCoreApplication.translate


def kind_labels() -> dict[Kind, str]:
    """The kinds of entry as the family reads them (singular), in timeline filter order."""
    return {kind: kind_label(kind) for kind in FILTER_KINDS}


def kind_label(kind: str) -> str:
    return kinds.label(kind, QCoreApplication.translate)


#: The most a row (and its tooltip) shows of an entry; laying out more costs time for nothing.
ROW_CHARS = 200
TIP_CHARS = 1_000


def first_line(text: str, limit: int = ROW_CHARS) -> str:
    """The first line of ``text``, at most ``limit`` characters, read without scanning the
    rest (a note can be megabytes long)."""
    line = text[: limit + 1].split("\n", 1)[0]
    return line if len(line) <= limit else line[:limit].rstrip() + "…"


class TimelineModel(QAbstractTableModel):
    """Columns: when, kind, what. One row per matching entry; pages read as rows are shown."""

    WHEN, KIND, WHAT = range(3)

    def __init__(self, journal: Journal | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._filter = TimelineFilter()
        #: Page number -> its entries, least recently used first.
        self._pages: OrderedDict[int, list[TimelineEntry]] = OrderedDict()
        self._total = 0
        self.child_names: dict[str, str] = {}
        #: Pages read since the last reload, and how many of them were read by offset
        #: because no neighbouring page was held (the first page is not counted).
        self.pages_fetched = 0
        self.jumps = 0
        if journal is not None:
            self.reload()

    # -- state ----------------------------------------------------------------------------

    @property
    def filter(self) -> TimelineFilter:
        return self._filter

    @property
    def total(self) -> int:
        """How many entries match the filter (the row count; not how many are held)."""
        return self._total

    def rows_held(self) -> int:
        """How many entries the model holds in memory right now."""
        return sum(len(page) for page in self._pages.values())

    def set_journal(self, journal: Journal | None, *, count: bool = True) -> None:
        """Show ``journal``; ``count=False`` leaves the table empty until the filters are set."""
        self._journal = journal
        if count:
            self.reload()

    def set_filter(self, new_filter: TimelineFilter) -> None:
        self._filter = new_filter
        self.reload()

    def update_filter(self, **changes: Any) -> None:
        self.set_filter(replace(self._filter, **changes))

    def reload(self) -> None:
        """Let go of every page and count again; rows are read when next shown."""
        self.beginResetModel()
        self._pages.clear()
        self.pages_fetched = self.jumps = 0
        journal = self._open_journal()
        self._total = journal.timeline_count(filters=self._filter) if journal else 0
        self.endResetModel()

    def entry(self, row: int) -> TimelineEntry | None:
        """The entry on that row, reading its page if needed (None outside the table)."""
        if not 0 <= row < self._total:
            return None
        number, place = divmod(row, PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            page = self._load(number)
        else:
            self._pages.move_to_end(number)
        return page[place] if place < len(page) else None

    def row_of(self, kind: str, entry_id: str) -> int:
        """The row showing that entry, or -1 when the filters hide it or it is gone."""
        for number, page in self._pages.items():
            for place, entry in enumerate(page):
                if entry.kind == kind and entry.id == entry_id:
                    return number * PAGE_SIZE + place
        journal = self._open_journal()
        if journal is None:
            return -1
        row = journal.timeline_position(kind, entry_id, filters=self._filter)
        return -1 if row is None or row >= self._total else row

    # -- pages ----------------------------------------------------------------------------

    def _open_journal(self) -> Journal | None:
        """The journal while it is unlocked (once locked, the page showing this goes away)."""
        journal = self._journal
        return journal if journal is not None and journal.is_open else None

    def _load(self, number: int) -> list[TimelineEntry]:
        journal = self._open_journal()
        if journal is None:
            return []
        try:
            page = self._read(journal, number)
        except Damaged as exc:  # met while painting: the damage screen takes over next
            tell_damage(exc)
            page = []  # kept, so the rows of this page are not read again meanwhile
        self.pages_fetched += 1
        self._pages[number] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def _read(self, journal: Journal, number: int) -> list[TimelineEntry]:
        query = self._filter
        above, below = self._pages.get(number - 1), self._pages.get(number + 1)
        if above is not None and len(above) == PAGE_SIZE:
            return journal.timeline(filters=query, limit=PAGE_SIZE, after=above[-1])
        if below:
            return journal.timeline(filters=query, limit=PAGE_SIZE, before=below[0])
        offset = number * PAGE_SIZE
        self.jumps += 1 if offset else 0
        return journal.timeline(filters=query, offset=offset, limit=PAGE_SIZE)

    # -- table ----------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            translate("Timeline", "When"),
            translate("Timeline", "Type"),
            translate("Timeline", "Entry"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
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
        """The row's words: one short line (a tooltip: a few lines), however long the entry;
        the detail pane below shows the rest."""
        limit = TIP_CHARS if full else ROW_CHARS
        text, detail = first_line(entry.title, limit), entry.detail
        if detail and detail != entry.title:
            detail = detail[: limit + 1] if full else first_line(detail, limit)
            text = f"{text}: {detail}" if not full else f"{text}\n{detail}"
            text = text if len(text) <= limit else text[:limit].rstrip() + "…"
        if len(self.child_names) > 1 and entry.child_id in self.child_names:
            text = f"{self.child_names[entry.child_id]} · {text}"
        return text
