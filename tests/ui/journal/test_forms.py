"""Adding entries the way a parent does it: click, type, Enter; read back screen and storage."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from companion.journal import Journal
from companion.journal.records import Appointment, Child, Note, Question
from companion.ui.journal.forms.appointment_form import AppointmentForm
from companion.ui.journal.forms.medicine_form import MedicineForm
from companion.ui.journal.forms.note_form import NoteForm, QuestionForm
from companion.ui.journal.forms.symptom_form import SymptomForm
from companion.ui.journal.forms.temperature_form import TemperatureForm
from companion.ui.journal.journal_page import JournalPage
from tests.ui.helpers import click, press, row_texts, unnamed_controls

WIDE = (datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC))


def test_symptom_pick_rate_type_enter(qtbot, page: JournalPage, journal: Journal, maya: Child):
    click(qtbot, page.add_buttons["symptom"])
    form = page.form
    assert isinstance(form, SymptomForm)
    assert form.heading.text() == "New symptom or side effect"
    assert not form.where.isVisible()
    click(qtbot, form.picker.buttons["pain"])
    assert form.where.isVisible()
    assert form.where_label.text() == "Where does it hurt?"
    qtbot.keyClicks(form.where, "tummy")
    click(qtbot, form.severity.button_for(3))
    click(qtbot, form.frequency.button_for(2))
    click(qtbot, form.reporter.buttons["child"])
    qtbot.keyClicks(form.notes, "Worse after lunch")
    press(qtbot, form.where, Qt.Key.Key_Return)

    assert page.form is None
    assert page.stack.currentWidget() is page.tabs
    [stored] = journal.symptoms_between(maya.id, *WIDE)
    assert (stored.symptom, stored.detail, stored.severity) == ("pain", "tummy", 3)
    assert (stored.frequency, stored.interference, stored.reporter) == (2, None, "child")
    assert stored.notes == "Worse after lunch"
    assert abs(stored.recorded_at - datetime.now(UTC)) < timedelta(minutes=2)
    assert "Symptom | Pain: tummy · Worse after lunch" in row_texts(page)[0]


def test_symptom_needs_a_choice_and_a_rating(qtbot, page: JournalPage, journal: Journal, maya):
    form = page.open_form("symptom")
    click(qtbot, form.save_button)
    assert form.error.isVisible()
    assert "Choose what it is" in form.error.text()
    click(qtbot, form.picker.buttons["other"])
    click(qtbot, form.save_button)
    assert "Say in a few words" in form.error.text()
    assert form.where.hasFocus()
    qtbot.keyClicks(form.where, "hiccups")
    click(qtbot, form.save_button)
    assert "how bad" in form.error.text()
    click(qtbot, form.severity.button_for(1))
    click(qtbot, form.save_button)
    [stored] = journal.symptoms_between(maya.id, *WIDE)
    assert (stored.symptom, stored.detail, stored.severity) == ("other", "hiccups", 1)
    assert "Other: hiccups" in row_texts(page)[0]


def test_escape_cancels_without_saving(qtbot, page: JournalPage, journal: Journal, maya):
    form = page.open_form("symptom")
    click(qtbot, form.picker.buttons["cough"])
    click(qtbot, form.severity.button_for(2))
    press(qtbot, form.picker.buttons["cough"], Qt.Key.Key_Escape)
    assert page.form is None
    assert journal.symptoms_between(maya.id, *WIDE) == []


def test_temperature_typed_converted_and_stored(qtbot, page: JournalPage, journal: Journal, maya):
    click(qtbot, page.add_buttons["temperature"])
    form = page.form
    assert isinstance(form, TemperatureForm)
    assert "in the bottom (rectally)" in form.never_rectal.text()
    assert "Children's Oncology Group" in form.never_rectal.text()
    assert form.value.hasFocus()
    qtbot.keyClicks(form.value, "37.6")
    assert form.value.value() == 37.6
    click(qtbot, form.unit.buttons["F"])
    assert form.value.value() == 99.7
    assert form.value.suffix() == " °F"
    click(qtbot, form.method.buttons["ear"])
    qtbot.keyClicks(form.notes, "Sleepy")
    press(qtbot, form.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.form is None
    [reading] = journal.readings_between(maya.id, *WIDE)
    assert (reading.value, reading.unit, reading.method, reading.notes) == (
        99.7,
        "F",
        "ear",
        "Sleepy",
    )
    assert not page.fever_card.isVisible()
    # The next form remembers the unit and method the family uses.
    form = page.open_form("temperature")
    assert form.unit.value() == "F"
    assert form.method.value() == "ear"
    # A number that cannot be °F is not lost or replaced: it is taken as °C.
    qtbot.keyClicks(form.value, "38.4")
    click(qtbot, form.save_button)
    stored = {(r.value, r.unit) for r in journal.readings_between(maya.id, *WIDE)}
    assert stored == {(99.7, "F"), (38.4, "C")}
    form = page.open_form("temperature")
    qtbot.keyClicks(form.value, "60")
    click(qtbot, form.save_button)
    assert "like 37.5 °C or 99.5 °F" in form.error.text()
    assert len(journal.readings_between(maya.id, *WIDE)) == 2


def test_appointment_in_another_zone_with_checklist(qtbot, page: JournalPage, journal, maya):
    click(qtbot, page.add_buttons["appointment"])
    form = page.form
    assert isinstance(form, AppointmentForm)
    assert form.when.zone_name()  # the computer's zone is preselected and shown
    assert form.when.offset.text().startswith("UTC")
    form.when.edit.setDateTime(QDateTime(QDate(2030, 1, 15), QTime(10, 0)))
    form.when.zone.lineEdit().selectAll()
    qtbot.keyClicks(form.when.zone.lineEdit(), "Europe/Paris")
    assert form.when.offset.text() == "UTC+01:00"
    qtbot.keyClicks(form.place.lineEdit(), "Radiology, level 2")
    qtbot.keyClicks(form.with_whom, "Dr. Patel")
    qtbot.keyClicks(form.purpose, "Scan results")
    qtbot.keyClicks(form.questions.new_text, "What did the scan show?")
    press(qtbot, form.questions.new_text, Qt.Key.Key_Return)  # adds, does not save
    assert page.form is form
    qtbot.keyClicks(form.questions.new_text, "Next steps?")
    click(qtbot, form.questions.add_button)
    assert form.questions.list.count() == 2
    form.reminder.setCurrentIndex(form.reminder.findData(24 * 60))
    click(qtbot, form.save_button)

    [stored] = journal.list_appointments(maya.id)
    assert stored.starts_at == datetime(2030, 1, 15, 9, 0, tzinfo=UTC)
    assert stored.tz == "Europe/Paris"
    assert (stored.place, stored.place_kind) == ("Radiology, level 2", "free")
    assert (stored.with_whom, stored.purpose, stored.reminder_minutes) == (
        "Dr. Patel",
        "Scan results",
        1440,
    )
    assert [q.text for q in stored.questions] == ["What did the scan show?", "Next steps?"]


def test_appointment_place_from_care_team(qtbot, page: JournalPage, journal: Journal, maya):
    journal.add_contact("Oncology clinic", role="nurse line", phone="+17349369814")
    page.centers = lambda: ["C.S. Mott Children's Hospital"]
    form = page.open_form("appointment")
    assert form.place.findText("C.S. Mott Children's Hospital") >= 0
    form.place.setCurrentIndex(form.place.findText("Oncology clinic (nurse line)"))
    click(qtbot, form.save_button)
    [stored] = journal.list_appointments(maya.id)
    assert (stored.place, stored.place_kind) == ("Oncology clinic (nurse line)", "contact")
    form = page.open_form("appointment")
    form.place.setCurrentIndex(form.place.findText("C.S. Mott Children's Hospital"))
    assert form.place_kind() == "center"


def test_edit_from_timeline_opens_filled_form(qtbot, page: JournalPage, journal: Journal, maya):
    start = datetime(2030, 3, 2, 14, 30, tzinfo=UTC)
    item = journal.add_appointment(
        maya.id, start, "America/Detroit", purpose="Clinic", questions=["Counts?"]
    )
    page.refresh_all()
    table = page.timeline.table
    rect = table.visualRect(page.timeline.model.index(0, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    form = page.form
    assert isinstance(form, AppointmentForm)
    assert form.heading.text() == "Edit appointment"
    assert form.purpose.text() == "Clinic"
    assert form.when.zone_name() == "America/Detroit"
    assert form.when.edit.dateTime().time() == QTime(9, 30)  # 14:30 UTC is 9:30 EST in Detroit
    assert form.questions.items()[0].text == "Counts?"
    form.purpose.selectAll()
    qtbot.keyClicks(form.purpose, "Clinic and counts")
    press(qtbot, form.purpose, Qt.Key.Key_Enter)
    stored = journal.get(Appointment, item.id)
    assert stored.purpose == "Clinic and counts"
    assert stored.starts_at == start
    assert len(journal.list_appointments(maya.id)) == 1


def test_enter_on_timeline_row_edits(qtbot, page: JournalPage, journal: Journal, maya):
    note = journal.add_note("First note", maya.id)
    page.refresh_all()
    page.timeline.table.setFocus()
    page.timeline.table.selectRow(0)
    press(qtbot, page.timeline.table, Qt.Key.Key_Return)
    form = page.form
    assert isinstance(form, NoteForm)
    assert form.text.toPlainText() == "First note"
    form.text.selectAll()
    qtbot.keyClicks(form.text, "Better day")
    press(qtbot, form.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert journal.get(Note, note.id).text == "Better day"


def test_note_and_question_forms(qtbot, page: JournalPage, journal: Journal, maya):
    click(qtbot, page.add_buttons["note"])
    form = page.form
    assert isinstance(form, NoteForm)
    qtbot.keyClicks(form.text, "Played outside.")
    press(qtbot, form.text, Qt.Key.Key_Return)  # Enter in a notes box is a new line
    assert page.form is form
    qtbot.keyClicks(form.text, "Ate well.")
    click(qtbot, form.save_button)
    [note] = journal.list_notes(maya.id)
    assert note.text == "Played outside.\nAte well."

    click(qtbot, page.add_buttons["question"])
    form = page.form
    assert isinstance(form, QuestionForm)
    assert not form.answer.isVisible()
    qtbot.keyClicks(form.text, "Can she swim?")
    click(qtbot, form.answered)
    assert form.answer.isVisible()
    qtbot.keyClicks(form.answer, "Not with the line in.")
    click(qtbot, form.save_button)
    [question] = journal.list_questions(maya.id)
    assert (question.text, question.answered, question.answer) == (
        "Can she swim?",
        True,
        "Not with the line in.",
    )
    assert journal.get(Question, question.id).answered


def test_medicine_form(qtbot, page: JournalPage, journal: Journal, maya):
    form = page.open_form("medicine")
    assert isinstance(form, MedicineForm)
    click(qtbot, form.save_button)
    assert "name" in form.error.text()
    qtbot.keyClicks(form.name, "Ondansetron")
    qtbot.keyClicks(form.dose, "4 mg")
    qtbot.keyClicks(form.schedule, "When sick")
    click(qtbot, form.as_needed)
    press(qtbot, form.schedule, Qt.Key.Key_Return)
    [medicine] = journal.list_medicines(maya.id)
    assert (medicine.name, medicine.dose, medicine.schedule) == ("Ondansetron", "4 mg", "When sick")
    assert medicine.as_needed and medicine.active


def test_every_form_control_has_a_name(qtbot, page: JournalPage):
    for kind in (
        "child",
        "symptom",
        "temperature",
        "appointment",
        "medicine",
        "dose",
        "note",
        "question",
    ):
        form = page.open_form(kind)
        assert unnamed_controls(form) == [], kind


def test_tab_walks_a_form_top_to_bottom(qtbot, page: JournalPage):
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    form = page.open_form("medicine")
    seen = []
    for _ in range(12):
        widget = form.focusWidget()
        seen.append(widget)
        if widget is form.save_button:
            break
        press(qtbot, widget, Qt.Key.Key_Tab)
    assert seen[0] is form.name
    assert seen[:4] == [form.name, form.dose, form.schedule, form.as_needed]
    assert form.save_button in seen
    tops = [w.mapTo(form, w.rect().topLeft()).y() for w in seen]
    assert tops == sorted(tops)


def test_keyboard_shortcuts_open_the_forms(qtbot, page: JournalPage):
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.timeline.table.setFocus()
    for key, cls in ((Qt.Key.Key_S, SymptomForm), (Qt.Key.Key_T, TemperatureForm)):
        qtbot.keyClick(
            page.timeline.table,
            key,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        assert isinstance(page.form, cls)
        assert "Ctrl+Shift" in page.add_buttons[cls.kind].toolTip()
        press(qtbot, page.form.focusWidget(), Qt.Key.Key_Escape)
        assert page.form is None


def test_chosen_buttons_use_the_palette_highlight(qtbot, page: JournalPage):
    """Dark mode: the chosen rating takes the palette's colours, nothing hard-coded."""
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.Button, QColor("#303134"))
    dark.setColor(QPalette.ColorRole.ButtonText, QColor("#e8eaed"))
    dark.setColor(QPalette.ColorRole.Highlight, QColor("#8ab4f8"))
    dark.setColor(QPalette.ColorRole.HighlightedText, QColor("#202124"))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    app.setPalette(dark)  # what a dark desktop theme does
    try:
        form = page.open_form("symptom")
        chosen = form.severity.button_for(3)
        other = form.severity.button_for(1)
        click(qtbot, chosen)
        image = chosen.grab().toImage()
        assert QColor(image.pixel(8, image.height() // 2)) == QColor("#8ab4f8")
        image = other.grab().toImage()
        assert QColor(image.pixel(8, image.height() // 2)) == QColor("#303134")
    finally:
        app.setPalette(before)


def test_enter_saves_the_fever_rules(qtbot, page: JournalPage, journal: Journal):
    from companion.journal import fever

    rules = page.rules
    page.show_tab(rules)
    rules.high.selectAll()
    qtbot.keyClicks(rules.high, "38.5")
    press(qtbot, rules.high, Qt.Key.Key_Return)
    assert fever.load_rules(journal.get_setting(fever.SETTINGS_KEY)).high == 38.5


def test_a_full_disk_keeps_what_was_typed(
    qtbot, page: JournalPage, journal: Journal, maya: Child, monkeypatch
):
    from companion.storage.errors import DiskFull

    def full(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise DiskFull("the disk is full")

    monkeypatch.setattr(journal, "add_note", full)
    form = page.open_form("note")
    qtbot.keyClicks(form.text, "Fever gone by lunch")
    click(qtbot, form.save_button)
    assert page.form is form
    assert "disk is full" in form.error.text()
    assert form.text.toPlainText() == "Fever gone by lunch"
    monkeypatch.undo()
    click(qtbot, form.save_button)
    assert [n.text for n in journal.list_notes(maya.id)] == ["Fever gone by lunch"]
