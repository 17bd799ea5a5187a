"""The appointment form and the clocks: a time that happens twice, one that never happens,
and a whole day."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, QDateTime, QTime

from companion.journal import Journal
from companion.journal.records import Appointment, Child
from companion.ui.journal.forms.appointment_form import AppointmentForm
from companion.ui.journal.journal_page import JournalPage
from tests.ui.helpers import click


def _new_york(form: AppointmentForm, day: QDate, time: QTime) -> None:
    form.when.set_zone("America/New_York")
    form.when.edit.setDateTime(QDateTime(day, time))


def test_the_repeated_hour_asks_which_one(qtbot, page: JournalPage, journal: Journal, maya: Child):
    form = page.open_form("appointment")
    assert isinstance(form, AppointmentForm)
    assert form.when.which.isHidden()
    _new_york(form, QDate(2027, 11, 7), QTime(1, 30))
    assert not form.when.which.isHidden()
    assert "happens twice" in form.when.notice.text()
    assert [form.when.which.itemText(i) for i in range(2)] == [
        "The first 01:30 (before the clocks go back, UTC−04:00)",
        "The second 01:30 (after the clocks go back, UTC−05:00)",
    ]
    form.when.which.setCurrentIndex(1)
    click(qtbot, form.save_button)
    [stored] = journal.list_appointments(maya.id)
    assert stored.starts_at == datetime(2027, 11, 7, 6, 30, tzinfo=UTC)
    # Opened again, the form shows the hour that was chosen.
    again = page.open_form("appointment", stored.id)
    assert again.when.which.currentIndex() == 1


def test_a_skipped_time_is_refused_with_a_reason(
    qtbot, page: JournalPage, journal: Journal, maya: Child
):
    form = page.open_form("appointment")
    _new_york(form, QDate(2027, 3, 14), QTime(2, 30))
    assert "does not exist" in form.when.notice.text()
    click(qtbot, form.save_button)
    assert "does not exist" in form.error.text()
    assert journal.list_appointments(maya.id) == []


def test_an_all_day_appointment(qtbot, page: JournalPage, journal: Journal, maya: Child):
    form = page.open_form("appointment")
    _new_york(form, QDate(2027, 3, 14), QTime(15, 0))
    form.when.all_day.setChecked(True)
    assert not form.duration.isEnabled()
    assert form.when.edit.displayFormat() == "ddd d MMM yyyy"
    click(qtbot, form.save_button)
    [stored] = journal.list_appointments(maya.id)
    assert isinstance(stored, Appointment)
    assert stored.all_day
    assert stored.starts_at == datetime(2027, 3, 14, 5, 0, tzinfo=UTC)  # midnight, EST
    assert stored.duration_minutes == 24 * 60
    again = page.open_form("appointment", stored.id)
    assert again.when.all_day.isChecked()
    assert again.when.edit.date() == QDate(2027, 3, 14)
