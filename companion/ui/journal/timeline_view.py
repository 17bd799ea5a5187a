"""The timeline tab: every entry newest first, with search and filters, and the selected
entry in full underneath (glossary words as links)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from companion.journal.records import Kind, TreatmentDay
from companion.ui.journal.entry_details import PAGE_CHARS, entry_html
from companion.ui.journal.forms.registry import FORMS
from companion.ui.journal.timeline_model import TimelineModel, kind_labels
from companion.ui.widgets.entry_forms import TARGET_HEIGHT, big_button, to_utc
from companion.ui.widgets.fit.fitting import FittingPlaceholder, WholeChoice
from companion.ui.widgets.fit.flow_layout import FlowLayout
from companion.ui.widgets.word_links import NoteView

if TYPE_CHECKING:
    from companion.glossary.terms import Glossary
    from companion.journal import Journal
    from companion.journal.records import TimelineEntry

#: Date ranges offered, in days back from today (None: any time; -1: choose dates).
RANGES: tuple[tuple[object, int | None], ...] = (
    (QT_TRANSLATE_NOOP("TimelineView", "Any time"), None),
    (QT_TRANSLATE_NOOP("TimelineView", "Today"), 0),
    (QT_TRANSLATE_NOOP("TimelineView", "Last 7 days"), 6),
    (QT_TRANSLATE_NOOP("TimelineView", "Last 30 days"), 29),
    (QT_TRANSLATE_NOOP("TimelineView", "Last 3 months"), 90),
    (QT_TRANSLATE_NOOP("TimelineView", "Choose dates"), -1),
)


def day_start(day: QDate) -> datetime:
    """Local midnight at the start of ``day`` as an aware datetime."""
    return to_utc(day.startOfDay())


def editable(kind: str) -> bool:
    """Entries the family can open in a form (alerts are written by the app)."""
    return kind in FORMS or kind == Kind.TREATMENT_DAY


class TimelineView(QWidget):
    """Emits ``edit_requested(kind, id)`` (double-click or Enter) and ``delete_requested(kind,
    id)`` (Delete key or button); the journal page does the rest."""

    edit_requested = Signal(str, str)
    delete_requested = Signal(str, str)
    term_activated = Signal(str)

    def __init__(
        self,
        journal: Journal,
        glossary_provider: Callable[[], Glossary | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.glossary_provider = glossary_provider
        self.model = TimelineModel(None, self)

        self.search = QLineEdit(self)
        self.search.setMinimumHeight(TARGET_HEIGHT)
        FittingPlaceholder(
            self.search,
            self.tr("Search the journal (Ctrl+F)"),
            self.tr("Search the journal"),
            hold_last=True,
        )
        self.search.setAccessibleName(self.tr("Search the journal"))
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Show only this kind of entry"))
        self.kind.addItem(self.tr("Everything"), None)
        for key, label in kind_labels().items():
            self.kind.addItem(label, key)
        self.child = QComboBox(self)
        self.child.setAccessibleName(self.tr("Show only this child"))
        self.range = QComboBox(self)
        self.range.setAccessibleName(self.tr("Dates to show"))
        for range_label, days in RANGES:
            self.range.addItem(self.tr(str(range_label)), days)
        self.start_date = QDateEdit(QDate.currentDate().addDays(-30), self)
        self.end_date = QDateEdit(QDate.currentDate(), self)
        for edit, name in ((self.start_date, self.tr("From")), (self.end_date, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(name)
            edit.hide()
        for combo in (self.kind, self.child, self.range):
            combo.setMinimumHeight(TARGET_HEIGHT)
            WholeChoice(combo)  # as wide as its words at every text size
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("How many entries are shown"))

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Journal entries, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(TARGET_HEIGHT - 6)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TimelineModel.WHEN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TimelineModel.KIND, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(TimelineModel.WHEN, 230)
        self.table.setColumnWidth(TimelineModel.KIND, 150)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(self._open_index)

        self.detail = NoteView(self)
        self.detail.setAccessibleName(self.tr("The chosen entry in full"))
        self.detail.term_activated.connect(self.term_activated)
        self.show_all_button = big_button(self.tr("Show all"), self.tr("Show the whole entry"))
        self.show_all_button.clicked.connect(self.show_all)
        self.show_all_button.hide()
        self.edit_button = big_button(self.tr("&Edit"), self.tr("Edit the chosen entry"))
        self.delete_button = big_button(self.tr("&Delete"), self.tr("Delete the chosen entry"))
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)

        filter_row = QWidget(self)  # wraps to a second row rather than squeeze a filter
        filters = FlowLayout(filter_row)
        for widget in (self.search, self.kind, self.child, self.range):
            filters.addWidget(widget)
        filters.addWidget(self.start_date)
        filters.addWidget(self.end_date)
        detail_box = QWidget(self)
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        detail_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(detail_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(filter_row)
        layout.addWidget(self.count_label)
        layout.addWidget(splitter, 1)

        self.search.textChanged.connect(self.apply_filters)
        self.kind.currentIndexChanged.connect(self.apply_filters)
        self.child.currentIndexChanged.connect(self.apply_filters)
        self.range.currentIndexChanged.connect(self._range_changed)
        self.start_date.dateChanged.connect(self.apply_filters)
        self.end_date.dateChanged.connect(self.apply_filters)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.model.modelReset.connect(self._update_count)

        self.setTabOrder(self.search, self.kind)
        self.setTabOrder(self.kind, self.child)
        self.setTabOrder(self.child, self.range)
        self.setTabOrder(self.range, self.start_date)
        self.setTabOrder(self.start_date, self.end_date)
        self.setTabOrder(self.end_date, self.table)
        self.setTabOrder(self.table, self.detail)
        self.setTabOrder(self.detail, self.edit_button)
        self.setTabOrder(self.edit_button, self.delete_button)

        # Counted once, with the page's filters, when the journal page chooses its child.
        self.model.set_journal(journal, count=False)
        self.refresh_children()
        self._show_current(QModelIndex())

    # -- filters --------------------------------------------------------------------------

    def refresh_children(self) -> None:
        children = self.journal.list_children()
        current = self.child.currentData()
        self.child.blockSignals(True)
        self.child.clear()
        self.child.addItem(self.tr("All children"), None)
        for child in children:
            self.child.addItem(child.name, child.id)
        index = self.child.findData(current)
        self.child.setCurrentIndex(max(0, index))
        self.child.blockSignals(False)
        self.child.setVisible(len(children) > 1)
        self.model.child_names = {child.id: child.name for child in children}

    def _range_changed(self) -> None:
        choose = self.range.currentData() == -1
        self.start_date.setVisible(choose)
        self.end_date.setVisible(choose)
        self.apply_filters()

    def date_bounds(self) -> tuple[datetime | None, datetime | None]:
        days = self.range.currentData()
        today = QDate.currentDate()
        if days is None:
            return None, None
        if days == -1:
            first, last = self.start_date.date(), self.end_date.date()
            if first > last:
                first, last = last, first
            return day_start(first), day_start(last.addDays(1))
        return day_start(today.addDays(-int(days))), None

    def apply_filters(self) -> None:
        start, end = self.date_bounds()
        kind = self.kind.currentData()
        self.model.update_filter(
            child_id=self.child.currentData(),
            kinds=(kind,) if kind else None,
            start=start,
            end=end,
            text=self.search.text().strip() or None,
        )
        self._show_current(QModelIndex())

    def focus_list(self) -> None:
        """Focus on the entries, at the selected row (or the first one)."""
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid() and self.table.model().rowCount() > 0:
            self.table.setCurrentIndex(self.table.model().index(0, 0))

    def reload(self) -> None:
        """After an add, edit, delete or undo: count again, keep the same filters, and keep
        the chosen entry chosen (and in view) while it is still there."""
        chosen = self.current_entry()
        self.refresh_children()
        self.model.reload()  # the table keeps its scroll position across the reset
        if chosen is None or not self.select_entry(chosen.kind, chosen.id):
            self._show_current(QModelIndex())

    def _update_count(self) -> None:
        total = self.model.total
        searching = bool(self.search.text().strip())
        if total == 1:
            text = self.tr("1 entry matches") if searching else self.tr("1 entry")
        elif searching:
            text = self.tr("%1 entries match").replace("%1", str(total))
        else:
            text = self.tr("%1 entries").replace("%1", str(total))
        self.count_label.setText(text)

    # -- current entry --------------------------------------------------------------------

    def current_entry(self) -> TimelineEntry | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.entry(index.row())

    def select_entry(self, kind: str, entry_id: str) -> bool:
        """Select the row showing that entry, wherever it is, and scroll to it; True if the
        filters show it."""
        row = self.model.row_of(kind, entry_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _show_current(self, index: QModelIndex) -> None:
        entry = self.model.entry(index.row()) if index.isValid() else None
        self.edit_button.setEnabled(entry is not None and editable(entry.kind))
        self.delete_button.setEnabled(entry is not None)
        if entry is None:
            self.show_all_button.hide()
            self.detail.show_html(
                "<p>" + self.tr("Choose an entry to see it in full.") + "</p>", None
            )
            return
        self._show_entry(entry, PAGE_CHARS)

    def show_all(self) -> None:
        """The rest of a long entry, read when asked for."""
        entry = self.current_entry()
        if entry is not None:
            self._show_entry(entry, None)

    def _show_entry(self, entry: TimelineEntry, limit: int | None) -> None:
        record = self.journal.get(entry.kind, entry.id)
        medicine_name = entry.title if entry.kind == Kind.DOSE else ""
        glossary = self.glossary_provider()
        shown = entry_html(record, glossary, medicine_name, limit=limit, by=self._who(entry))
        if shown.plain:
            self.detail.setPlainText(shown.plain)
        else:
            self.detail.show_html(shown.html, glossary)
        self.show_all_button.setVisible(shown.shortened)

    def _who(self, entry: TimelineEntry) -> tuple[str | None, str | None]:
        """Which caregivers' computers added and last changed the entry (shared journals)."""
        who = getattr(self.journal, "who", None)
        if who is None:
            return None, None
        found = who(entry.kind, entry.id)
        return found.added_by, found.changed_by

    def _open_index(self, index: QModelIndex) -> None:
        entry = self.model.entry(index.row()) if index.isValid() else None
        if entry is None or not editable(entry.kind):
            return
        if entry.kind == Kind.TREATMENT_DAY:  # a planned day is changed in its cycle
            day = self.journal.get(TreatmentDay, entry.id)
            self.edit_requested.emit(Kind.CYCLE, day.cycle_id)
        else:
            self.edit_requested.emit(entry.kind, entry.id)

    def edit_current(self) -> None:
        self._open_index(self.table.currentIndex())

    def delete_current(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.delete_requested.emit(entry.kind, entry.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_current()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.delete_current()
                return True
        return super().eventFilter(watched, event)
