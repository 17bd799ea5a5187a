"""Doses with who gave them: this computer's caregiver, the time since the last dose, the
question before a dose inside the team's interval, and the supply left."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from companion.journal import Journal
from companion.journal.records import Child
from companion.ui.journal.doses.caregivers import (
    CaregiversPanel,
    set_this_computer_caregiver,
    this_computer_caregiver,
)
from companion.ui.journal.forms.medicine_form import DoseForm, MedicineForm
from companion.ui.journal.medicines_view import MedicinesView
from tests.ui.helpers import click


def test_caregivers_are_set_up_once_and_one_is_this_computers(qtbot, journal: Journal) -> None:
    panel = CaregiversPanel(journal)
    qtbot.addWidget(panel)
    qtbot.keyClicks(panel.name, "Mum")
    click(qtbot, panel.add_button)
    qtbot.keyClicks(panel.name, "Grandma")
    click(qtbot, panel.add_button)
    assert [c.name for c in journal.caregivers()] == ["Mum", "Grandma"]
    panel.list.setCurrentRow(1)
    click(qtbot, panel.usual_button)
    assert this_computer_caregiver() == journal.caregivers()[1].id
    assert "usually gives doses" in panel.list.item(1).text()
    # The same identity names this computer's entries for the other computers (sharing).
    assert journal.sync_status().name == "Grandma"
    panel.list.setCurrentRow(1)
    panel.rename("Abuela")
    assert [c.name for c in journal.caregivers()] == ["Mum", "Abuela"]
    assert journal.sync_status().name == "Abuela"
    panel.list.setCurrentRow(0)
    click(qtbot, panel.remove_button)
    assert [c.name for c in journal.caregivers()] == ["Abuela"]


def test_a_dose_too_soon_asks_naming_who_gave_the_last_one(
    qtbot, journal: Journal, maya: Child
) -> None:
    grandma = journal.add_caregiver("Grandma")
    mum = journal.add_caregiver("Mum")
    set_this_computer_caregiver(mum.id)
    med = journal.add_medicine(maya.id, "Ondansetron", as_needed=True, min_interval_hours=8)
    journal.add_dose(
        maya.id, med.id, given_at=datetime.now(UTC) - timedelta(hours=3), given_by=grandma.id
    )
    form = DoseForm(journal, maya.id)
    qtbot.addWidget(form)
    assert form.given_by.currentText() == "Mum"
    assert not form.save()
    assert form.error.text().startswith("Grandma gave Ondansetron at ")
    assert "minimum time between doses is 8 hours" in form.error.text()
    assert "Press Save again" in form.error.text()
    assert len(journal.list_doses(maya.id)) == 1
    assert form.save()
    newest = journal.list_doses(maya.id)[0]
    assert newest.given_by == mum.id


def test_given_now_asks_on_the_row_and_shows_time_since(
    qtbot, journal: Journal, maya: Child
) -> None:
    grandma = journal.add_caregiver("Grandma")
    med = journal.add_medicine(maya.id, "Ondansetron", as_needed=True, min_interval_hours=8)
    journal.add_dose(
        maya.id, med.id, given_at=datetime.now(UTC) - timedelta(hours=2), given_by=grandma.id
    )
    view = MedicinesView(journal)
    qtbot.addWidget(view)
    view.set_child(maya.id)
    view.show()
    row = view.row_for("Ondansetron")
    assert row.status.text().startswith("Last given 2 h 0 min ago")
    assert row.status.text().endswith("by Grandma")
    click(qtbot, row.given_button)
    row = view.row_for("Ondansetron")
    assert row.ask_box.isVisible()
    assert row.question.text().startswith("Grandma gave Ondansetron")
    assert len(journal.list_doses(maya.id)) == 1
    click(qtbot, row.dont_give)
    assert not row.ask_box.isVisible() and len(journal.list_doses(maya.id)) == 1
    click(qtbot, row.given_button)
    click(qtbot, view.row_for("Ondansetron").give_anyway)
    assert len(journal.list_doses(maya.id)) == 2


def test_supply_left_is_shown_in_days(qtbot, journal: Journal, maya: Child) -> None:
    form = MedicineForm(journal, maya.id)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.name, "Ondansetron")
    form.dose_amount.setValue(4)
    form.dose_unit.setText("mL")
    form.on_hand.setValue(100)
    form.per_day.setValue(3)
    form.interval.setValue(8)
    assert form.save()
    (med,) = journal.list_medicines(maya.id)
    assert (med.dose_amount, med.on_hand, med.doses_per_day, med.min_interval_hours) == (
        4,
        100,
        3,
        8,
    )
    journal.add_dose(maya.id, med.id)
    view = MedicinesView(journal)
    qtbot.addWidget(view)
    view.set_child(maya.id)
    assert "About 8 days of supply left (96 mL)" in view.row_for("Ondansetron").status.text()
