"""The cycle form: name, number, day 1, length and the day numbers the team wrote."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from companion.journal import Journal
from companion.journal.plan.treatment_plan import local_day
from companion.journal.records import Child
from companion.ui.journal.plan.cycle_form import CycleForm
from tests.ui.helpers import click


def test_a_cycle_with_its_days(qtbot, journal: Journal, maya: Child) -> None:
    form = CycleForm(journal, maya.id)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.name, "Cycle 3")
    form.number.setValue(3)
    form.first_day.setDate(QDate(2024, 3, 1))
    form.length.setValue(21)
    form.add_day(1, "Vincristine")
    form.add_day(8, "Vincristine", needs_counts=True)
    assert form.save()
    (cycle,) = journal.list_cycles(maya.id)
    assert (cycle.name, cycle.number, cycle.length_days) == ("Cycle 3", 3, 21)
    days = journal.cycle_days(cycle.id)
    assert [(d.day, d.drugs, d.needs_counts) for d in days] == [
        (1, "Vincristine", False),
        (8, "Vincristine", True),
    ]
    assert local_day(days[1].starts_at, days[1].tz) == date(2024, 3, 8)


def test_day_numbers_are_checked(qtbot, journal: Journal, maya: Child) -> None:
    form = CycleForm(journal, maya.id)
    qtbot.addWidget(form)
    click(qtbot, form.save_button)
    assert "cycle's name" in form.error.text()
    qtbot.keyClicks(form.name, "C1")
    form.length.setValue(7)
    form.add_day(8)
    click(qtbot, form.save_button)
    assert form.error.text() == "A day number is past the cycle's length."
    form.add_day(8)
    form.length.setValue(0)
    click(qtbot, form.save_button)
    assert form.error.text() == "Each day number can be listed once."
    assert journal.list_cycles(maya.id) == []


def test_editing_a_cycle_changes_its_days(qtbot, journal: Journal, maya: Child) -> None:
    cycle = journal.add_cycle(maya.id, "C1", date(2024, 3, 1), "UTC", days=[1, 8])
    form = CycleForm(journal, maya.id, cycle)
    qtbot.addWidget(form)
    assert form.days.rowCount() == 2
    form.days.setCurrentCell(0, 1)
    form.remove_day()
    assert form.save()
    assert [d.day for d in journal.cycle_days(cycle.id)] == [8]
