"""The Plan tab: the cycles from the team's roadmap, where today falls, the upcoming treatment
days, and "the team delayed this cycle": shift it and every later day by N days."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.journal.plan.treatment_plan import cycle_name, local_day, position_text
from companion.journal.records import Kind, TreatmentDay
from companion.ui.widgets.entry_forms import TARGET_HEIGHT, big_button, heading_font
from companion.ui.widgets.error_sentences import Doing, guarded

if TYPE_CHECKING:
    from companion.journal import Journal

ID_ROLE = Qt.ItemDataRole.UserRole + 7


#: Qt's translation function; pyside6-lupdate reads its calls (context first).
translate = QCoreApplication.translate


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def plan_header(journal: Journal, child_id: str | None) -> str:
    """ "Day 8 of cycle 3" for the journal's header, or "" outside the plan."""
    if child_id is None:
        return ""
    where = journal.plan_position(child_id)
    return position_text(where, translate) if where is not None else ""


def day_text(day: TreatmentDay, cycle_names: dict[str, str]) -> str:
    """ "Tue 12 Mar · Day 8 of cycle 3 · Vincristine (if the counts allow)"."""
    local = local_day(day.starts_at, day.tz)
    date_text = QLocale().toString(_qdate(local), "ddd d MMM")
    where = translate("Journal", "Day %1 of %2").replace("%1", str(day.day))
    where = where.replace("%2", cycle_names.get(day.cycle_id, ""))
    parts = [date_text, where, day.drugs]
    if day.needs_counts:
        parts.append(translate("Journal", "if the counts allow"))
    return " · ".join(part for part in parts if part)


class PlanView(QWidget):
    add_requested = Signal(str)
    edit_requested = Signal(str, str)
    changed = Signal()
    status_message = Signal(str)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.child_id: str | None = None
        title = QLabel(self.tr("Treatment plan"), self)
        title.setFont(heading_font(self, 1.25))
        self.today = QLabel(self)
        self.today.setFont(heading_font(self, 1.1))
        note = QLabel(
            self.tr(
                "Copy the plan from your team's roadmap: each cycle's day 1, and what is "
                "given on which day. Companion keeps the team's words; it never works out a dose."
            ),
            self,
        )
        note.setWordWrap(True)
        self.cycles = QListWidget(self)
        self.cycles.setAccessibleName(self.tr("Cycles"))
        self.upcoming = QListWidget(self)
        self.upcoming.setAccessibleName(self.tr("Upcoming treatment days"))
        self.add_button = big_button(self.tr("Add a cycle"), None, self)
        self.edit_button = big_button(self.tr("Edit"), self.tr("Edit the chosen cycle"), self)
        self.shift_days = QSpinBox(self)
        self.shift_days.setRange(-60, 60)
        self.shift_days.setValue(7)
        self.shift_days.setSuffix(self.tr(" days"))
        self.shift_days.setMinimumHeight(TARGET_HEIGHT)
        self.shift_days.setAccessibleName(self.tr("Move by how many days"))
        self.shift_button = big_button(
            self.tr("Move this and later cycles"),
            self.tr("Move the chosen cycle and every later day"),
            self,
        )
        self.add_button.clicked.connect(lambda: self.add_requested.emit(Kind.CYCLE))
        self.edit_button.clicked.connect(self._edit)
        self.shift_button.clicked.connect(self.shift_chosen)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.shift_days)
        buttons.addWidget(self.shift_button)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Cycles"), self))
        left.addWidget(self.cycles, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Coming up"), self))
        right.addWidget(self.upcoming, 1)
        lists = QHBoxLayout()
        lists.addLayout(left, 1)
        lists.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.today)
        layout.addWidget(note)
        layout.addLayout(lists, 1)
        layout.addLayout(buttons)

    def set_child(self, child_id: str | None) -> None:
        self.child_id = child_id
        self.refresh()

    def refresh(self) -> None:
        self.cycles.clear()
        self.upcoming.clear()
        if self.child_id is None:
            self.today.clear()
            return
        self.today.setText(plan_header(self.journal, self.child_id))
        names = {}
        for cycle in self.journal.list_cycles(self.child_id):
            first = QLocale().toString(_qdate(local_day(cycle.starts_at, cycle.tz)), "d MMM yyyy")
            text = self.tr("%1 · day 1: %2").replace("%1", cycle.name).replace("%2", first)
            if cycle.length_days:
                text += " · " + self.tr("%n days", "", cycle.length_days)
            item = QListWidgetItem(text, self.cycles)
            item.setData(ID_ROLE, cycle.id)
            names[cycle.id] = cycle_name(cycle, translate)
        days = self.journal.upcoming_treatment_days(self.child_id, now=datetime.now(UTC))
        for day in days:
            QListWidgetItem(day_text(day, names), self.upcoming)
        if not days:
            QListWidgetItem(self.tr("No planned treatment days ahead."), self.upcoming)

    def chosen_cycle(self) -> str | None:
        item = self.cycles.currentItem()
        return None if item is None else str(item.data(ID_ROLE))

    def _edit(self) -> None:
        chosen = self.chosen_cycle()
        if chosen is not None:
            self.edit_requested.emit(Kind.CYCLE, chosen)

    def shift_chosen(self) -> None:
        chosen = self.chosen_cycle()
        days = self.shift_days.value()
        if chosen is None or days == 0:
            self.status_message.emit(self.tr("Choose a cycle, and how many days to move it."))
            return
        done, moved = guarded(self, Doing.CHANGE, lambda: self.journal.shift_cycle(chosen, days))
        if done and moved is not None:
            self.status_message.emit(self.tr("Moved %n cycles and their days.", "", len(moved)))
            self.refresh()
            self.changed.emit()
