"""The Counts tab: the trends chart of ANC, platelets and hemoglobin, the numbers the care team
gave (entered by the family), the glossary words, and sourced examples shown as examples."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from companion.journal.counts import thresholds as th
from companion.journal.counts.examples import COUNT_EXAMPLES
from companion.journal.counts.units import from_stored
from companion.translation import QT_TRANSLATE_NOOP
from companion.ui.journal.counts.count_chart import SERIES, CountChart, CountData, CountSeries
from companion.ui.widgets.entry_forms import TARGET_HEIGHT, big_button, heading_font
from companion.ui.widgets.error_sentences import Doing, guarded
from companion.ui.widgets.word_links import NoteView, linked_html

if TYPE_CHECKING:
    from companion.glossary.terms import Glossary
    from companion.journal import Journal

PERIODS = (
    (90, QT_TRANSLATE_NOOP("CountsView", "Last 3 months")),
    (182, QT_TRANSLATE_NOOP("CountsView", "Last 6 months")),
    (365, QT_TRANSLATE_NOOP("CountsView", "Last year")),
)
_NAMES = {
    "anc": QT_TRANSLATE_NOOP("CountsView", "ANC"),
    "platelets": QT_TRANSLATE_NOOP("CountsView", "Platelets"),
    "hemoglobin": QT_TRANSLATE_NOOP("CountsView", "Hemoglobin"),
}


#: Qt's translation function; pyside6-lupdate reads its calls (context first).
translate = QCoreApplication.translate


def count_data(journal: Journal, child_id: str, start: datetime, end: datetime) -> CountData:
    """The chart's values for one child: each in the unit of the family's threshold for it,
    or else of the newest sheet."""
    counts = journal.counts_between(child_id, start, end)
    chosen = th.load(journal.get_setting(th.SETTINGS_KEY))
    series: dict[str, CountSeries] = {}
    for name in SERIES:
        threshold = chosen.get(name)
        if threshold is not None:
            unit = threshold.unit
        elif counts:
            unit = counts[-1].hgb_unit if name == "hemoglobin" else counts[-1].count_unit
        else:
            unit = th.UNITS[name][0]
        points = tuple(
            (c.drawn_at, from_stored(name, value, unit, unit))
            for c in counts
            if (value := getattr(c, name)) is not None
        )
        series[name] = CountSeries(unit, points, threshold.value if threshold else None)
    return CountData(start, end, series)


class CountsView(QWidget):
    """``add_requested`` opens the blood count form; ``term_activated(id)`` a glossary word."""

    add_requested = Signal()
    term_activated = Signal(str)
    saved = Signal()

    def __init__(
        self,
        journal: Journal,
        glossary_provider: Callable[[], Glossary | None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.glossary_provider = glossary_provider
        self.child_id: str | None = None
        title = QLabel(self.tr("Blood counts"), self)
        title.setFont(heading_font(self, 1.25))
        self.period = QComboBox(self)
        for days, label in PERIODS:
            self.period.addItem(translate("CountsView", label), days)
        self.period.setMinimumHeight(TARGET_HEIGHT)
        self.period.setAccessibleName(self.tr("Period shown"))
        self.period.currentIndexChanged.connect(self.refresh)
        self.add_button = big_button(self.tr("Add a blood count"), None, self)
        self.add_button.clicked.connect(self.add_requested)
        self.chart = CountChart(self)
        self.chart.setMinimumHeight(420)
        self.words = NoteView(self)
        self.words.setMaximumHeight(90)
        self.words.setAccessibleName(self.tr("Words used here"))
        self.words.term_activated.connect(self.term_activated)

        limits_title = QLabel(self.tr("Your care team's numbers"), self)
        limits_title.setFont(heading_font(self, 1.1))
        explain = QLabel(
            self.tr(
                "Copy the numbers your care team gave you (for example, when to take fever "
                "precautions or when a transfusion may be needed). They are drawn on the chart. "
                "Leave one at “Not given” if the team gave none."
            ),
            self,
        )
        explain.setWordWrap(True)
        grid = QGridLayout()
        self.values: dict[str, QDoubleSpinBox] = {}
        self.units: dict[str, QComboBox] = {}
        for row, name in enumerate(th.FIELDS):
            value = QDoubleSpinBox(self)
            value.setRange(0, 1000000)
            value.setDecimals(2)
            value.setSpecialValueText(self.tr("Not given"))
            value.setAccessibleName(
                translate("CountsView", "%1 below").replace(
                    "%1", translate("CountsView", _NAMES[name])
                )
            )
            unit = QComboBox(self)
            for choice in th.UNITS[name]:
                unit.addItem(choice, choice)
            unit.setAccessibleName(
                translate("CountsView", "%1 unit").replace(
                    "%1", translate("CountsView", _NAMES[name])
                )
            )
            grid.addWidget(
                QLabel(
                    translate("CountsView", "%1 below:").replace(
                        "%1", translate("CountsView", _NAMES[name])
                    ),
                    self,
                ),
                row,
                0,
            )
            grid.addWidget(value, row, 1)
            grid.addWidget(unit, row, 2)
            self.values[name] = value
            self.units[name] = unit
        self.save_button = big_button(self.tr("Save these numbers"), None, self)
        self.save_button.clicked.connect(self.save_thresholds)
        self.examples = QLabel(self._examples_text(), self)
        self.examples.setWordWrap(True)
        self.examples.setAccessibleName(self.tr("Examples from other care teams"))

        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.period)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.words)
        layout.addWidget(limits_title)
        layout.addWidget(explain)
        layout.addLayout(grid)
        layout.addWidget(self.save_button)
        layout.addWidget(self.examples)
        self._load_thresholds()

    def _examples_text(self) -> str:
        lines = [self.tr("Examples (not your team's numbers):")]
        for name in th.FIELDS:
            for example in COUNT_EXAMPLES[name]:
                text = QCoreApplication.translate("Examples", example.text)
                source = self.tr("example from %1").replace("%1", example.source.label)
                lines.append(f"• {text} ({source})")
        return "\n".join(lines)

    def words_html(self) -> str:
        text = self.tr(
            "Words used here: ANC, neutropenia, platelets, hemoglobin, transfusion. "
            "Click a word to read what it means."
        )
        return linked_html(text, self.glossary_provider())

    def _load_thresholds(self) -> None:
        chosen = th.load(self.journal.get_setting(th.SETTINGS_KEY))
        for name in th.FIELDS:
            found = chosen.get(name)
            self.values[name].setValue(found.value if found else 0)
            if found:
                self.units[name].setCurrentIndex(self.units[name].findData(found.unit))

    def save_thresholds(self) -> bool:
        chosen = {
            name: th.Threshold(name, self.values[name].value(), str(self.units[name].currentData()))
            for name in th.FIELDS
            if self.values[name].value() > 0
        }
        done, _ = guarded(
            self, Doing.SAVE, lambda: self.journal.set_setting(th.SETTINGS_KEY, th.dump(chosen))
        )
        if done:
            self.refresh()
            self.saved.emit()
        return done

    def set_child(self, child_id: str | None) -> None:
        self.child_id = child_id
        self.refresh()

    def refresh(self) -> None:
        self.words.show_html(self.words_html(), self.glossary_provider())
        if self.child_id is None:
            return
        end = datetime.now(UTC) + timedelta(days=1)
        start = end - timedelta(days=int(self.period.currentData()))
        self.chart.set_data(count_data(self.journal, self.child_id, start, end))
