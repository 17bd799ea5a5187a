"""Medicines: the list, one-click "Given now", what was given today, Undo for a slip."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from companion.journal import Journal
from companion.journal.records import Child, DoseGiven
from companion.ui.journal.forms.medicine_form import DoseForm
from companion.ui.journal.journal_page import JournalPage
from tests.ui.helpers import click


def today_texts(page: JournalPage) -> list[str]:
    listing = page.medicines.today
    return [listing.item(row).text() for row in range(listing.count())]


def test_given_now_logs_a_dose_and_lists_it_today(
    qtbot, page: JournalPage, journal: Journal, maya: Child
):
    journal.add_medicine(maya.id, "Ondansetron", dose="4 mg", schedule="When sick", as_needed=True)
    journal.add_medicine(maya.id, "Old cream", active=False)
    page.show_tab(page.medicines)
    page.medicines.refresh()
    assert [row.medicine.name for row in page.medicines.rows] == ["Ondansetron"]
    assert today_texts(page) == ["Nothing logged yet today."]

    row = page.medicines.row_for("Ondansetron")
    assert row.given_button.accessibleName() == "Ondansetron: given now"
    click(qtbot, row.given_button)
    [dose] = journal.list_doses(maya.id)
    assert dose.amount == "4 mg"
    assert abs(dose.given_at - datetime.now(UTC)) < timedelta(minutes=1)
    [line] = today_texts(page)
    assert line.endswith("Ondansetron — 4 mg")
    assert page.undo_bar.isVisible()
    assert "Logged:" in page.undo_bar.label.text()

    click(qtbot, page.undo_bar.button)  # a slip of the finger
    assert journal.list_doses(maya.id) == []
    assert today_texts(page) == ["Nothing logged yet today."]


def test_stopped_medicines_can_be_shown(qtbot, page: JournalPage, journal: Journal, maya: Child):
    journal.add_medicine(maya.id, "Old cream", active=False)
    page.medicines.refresh()
    assert page.medicines.rows == []
    assert page.medicines.empty.isVisibleTo(page.medicines)
    click(qtbot, page.medicines.show_stopped)
    [row] = page.medicines.rows
    assert row.medicine.name == "Old cream"
    assert not row.given_button.isEnabled()


def test_yesterdays_doses_are_not_in_given_today(qtbot, page: JournalPage, journal, maya):
    medicine = journal.add_medicine(maya.id, "Mouthwash", dose="10 ml")
    journal.add_dose(maya.id, medicine.id, given_at=datetime.now(UTC) - timedelta(days=2))
    page.medicines.refresh()
    assert today_texts(page) == ["Nothing logged yet today."]


def test_log_a_dose_at_another_time(qtbot, page: JournalPage, journal: Journal, maya: Child):
    journal.add_medicine(maya.id, "Mouthwash", dose="10 ml")
    page.medicines.refresh()
    click(qtbot, page.medicines.other_dose_button)
    form = page.form
    assert isinstance(form, DoseForm)
    assert form.medicine.currentText() == "Mouthwash"
    assert form.amount.text() == "10 ml"
    form.when.edit.setDateTime(form.when.edit.dateTime().addSecs(-3 * 3600))
    click(qtbot, form.save_button)
    [dose] = journal.list_doses(maya.id)
    assert isinstance(dose, DoseGiven)
    assert (
        timedelta(hours=2, minutes=55)
        < datetime.now(UTC) - dose.given_at
        < timedelta(hours=3, minutes=5)
    )


def test_edit_a_medicine_from_its_row(qtbot, page: JournalPage, journal: Journal, maya: Child):
    journal.add_medicine(maya.id, "Mouthwash", dose="10 ml")
    page.medicines.refresh()
    click(qtbot, page.medicines.row_for("Mouthwash").edit_button)
    form = page.form
    assert form is not None and form.name.text() == "Mouthwash"  # type: ignore[attr-defined]
    click(qtbot, form.active)  # type: ignore[attr-defined]
    click(qtbot, form.save_button)
    assert journal.list_medicines(maya.id, active_only=True) == []
