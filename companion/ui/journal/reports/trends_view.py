"""The trends tab: temperature and each symptom's severity over a chosen stretch of time."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from companion.journal import fever
from companion.journal.records import FeverEvent, SymptomEntry, TemperatureReading
from companion.ui.journal.forms.symptom_form import symptom_text
from companion.ui.journal.reports.trend_chart import TrendChart, TrendData
from companion.ui.widgets.entry_forms import TARGET_HEIGHT, heading_font, to_utc

if TYPE_CHECKING:
    from companion.journal import Journal

#: Ranges in days back from today; -1 means "choose dates".
RANGES: tuple[tuple[object, int], ...] = (
    (QT_TRANSLATE_NOOP("TrendsView", "Last 7 days"), 7),
    (QT_TRANSLATE_NOOP("TrendsView", "Last 30 days"), 30),
    (QT_TRANSLATE_NOOP("TrendsView", "Last 3 months"), 91),
    (QT_TRANSLATE_NOOP("TrendsView", "Choose dates"), -1),
)


@dataclass(frozen=True)
class TrendRecords:
    """What one child's charts are made from, read once, so the visit summary's tables can
    use the same records instead of reading them again."""

    start: datetime
    end: datetime
    rules: fever.FeverRules
    #: Oldest first.
    readings: tuple[TemperatureReading, ...]
    #: Only those in the range, newest first.
    fever_events: tuple[FeverEvent, ...]
    #: Oldest first.
    symptoms: tuple[SymptomEntry, ...]


def read_trend_records(
    journal: Journal, child_id: str, start: datetime, end: datetime
) -> TrendRecords:
    """The read step: readings, fever events and symptoms with ``start <= time < end``."""
    return TrendRecords(
        start=start,
        end=end,
        rules=fever.load_rules(journal.get_setting(fever.SETTINGS_KEY)),
        readings=tuple(journal.readings_between(child_id, start, end)),
        fever_events=tuple(
            event
            for event in journal.list_fever_events(child_id)
            if start <= event.occurred_at < end
        ),
        symptoms=tuple(journal.symptoms_between(child_id, start, end)),
    )


def trend_data(records: TrendRecords) -> TrendData:
    """The build step: what the charts draw, in the unit of the family's fever rules."""
    unit = records.rules.unit
    temperatures = tuple(
        (r.taken_at, fever.convert(r.value, r.unit, unit) if r.unit != unit else r.value)
        for r in records.readings
    )
    by_symptom: dict[str, list[tuple[datetime, int]]] = {}
    counts: Counter[str] = Counter()
    labels: dict[str, str] = {}
    for entry in records.symptoms:
        shown = symptom_text(entry.symptom, entry.detail)  # pain in the knee is its own line
        label = labels.setdefault(shown.casefold(), shown)
        by_symptom.setdefault(label, []).append((entry.recorded_at, entry.severity))
        counts[label] += 1
    ordered = sorted(by_symptom, key=lambda label: (-counts[label], label))
    return TrendData(
        start=records.start,
        end=records.end,
        unit=unit,
        temperatures=temperatures,
        threshold=records.rules.high,
        fever_times=tuple(event.occurred_at for event in records.fever_events),
        symptoms=tuple((label, tuple(by_symptom[label])) for label in ordered),
    )


def build_trend_data(journal: Journal, child_id: str, start: datetime, end: datetime) -> TrendData:
    """Everything the charts need for one child: both steps at once."""
    return trend_data(read_trend_records(journal, child_id, start, end))


class TrendsView(QWidget):
    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.child_id: str | None = None
        title = QLabel(self.tr("Trends"), self)
        title.setFont(heading_font(self, 1.25))
        self.range = QComboBox(self)
        self.range.setAccessibleName(self.tr("Time to show"))
        self.range.setMinimumHeight(TARGET_HEIGHT)
        for label, days in RANGES:
            self.range.addItem(self.tr(str(label)), days)
        self.range.setCurrentIndex(1)
        self.start_date = QDateEdit(QDate.currentDate().addDays(-13), self)
        self.end_date = QDateEdit(QDate.currentDate(), self)
        for edit, name in ((self.start_date, self.tr("From")), (self.end_date, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(name)
            edit.setMinimumHeight(TARGET_HEIGHT)
            edit.hide()
        self.chart = TrendChart(self)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Charts (arrow keys scroll)"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.chart)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.range)
        top.addWidget(self.start_date)
        top.addWidget(self.end_date)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.range.currentIndexChanged.connect(self._range_changed)
        self.start_date.dateChanged.connect(self.refresh)
        self.end_date.dateChanged.connect(self.refresh)

    def set_child(self, child_id: str | None) -> None:
        self.child_id = child_id
        self.refresh()

    def bounds(self) -> tuple[datetime, datetime]:
        days = int(self.range.currentData())
        today = QDate.currentDate()
        if days == -1:
            first, last = sorted((self.start_date.date(), self.end_date.date()))
        else:
            first, last = today.addDays(-(days - 1)), today
        return to_utc(first.startOfDay()), to_utc(last.addDays(1).startOfDay())

    def _range_changed(self) -> None:
        choose = self.range.currentData() == -1
        self.start_date.setVisible(choose)
        self.end_date.setVisible(choose)
        self.refresh()

    def refresh(self) -> None:
        if self.child_id is None:
            return
        start, end = self.bounds()
        self.chart.set_data(build_trend_data(self.journal, self.child_id, start, end))
