"""Children: the first child is asked for at once; the switcher appears with a second child."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from companion.journal import Journal
from companion.journal.records import Child
from companion.ui.journal.forms.child_form import ChildForm
from companion.ui.journal.journal_page import JournalPage
from tests.ui.helpers import click, press


def test_a_new_journal_asks_for_the_child_first(qtbot, journal: Journal):
    shown = JournalPage(journal, lambda: None)
    qtbot.addWidget(shown)
    shown.show()
    form = shown.form
    assert isinstance(form, ChildForm)
    assert form.heading.text() == "Welcome. First, add your child."
    assert not form.cancel_button.isEnabled()
    assert not any(button.isEnabled() for button in shown.add_buttons.values())
    press(qtbot, form.name, Qt.Key.Key_Escape)  # cannot skip this step
    assert shown.form is form
    press(qtbot, form.name, Qt.Key.Key_Return)
    assert "name" in form.error.text()
    qtbot.keyClicks(form.name, "Maya")
    click(qtbot, form.birth.known)
    form.birth.edit.setDate(QDate(2017, 5, 14))
    qtbot.keyClicks(form.diagnosis, "Relapsed neuroblastoma")
    press(qtbot, form.diagnosis, Qt.Key.Key_Return)
    [child] = journal.list_children()
    assert (child.name, child.birth_date, child.diagnosis) == (
        "Maya",
        date(2017, 5, 14),
        "Relapsed neuroblastoma",
    )
    assert shown.form is None
    assert not shown.child_switch.isVisible()  # hidden with one child
    assert all(button.isEnabled() for button in shown.add_buttons.values())
    shown.shutdown()


def test_second_child_shows_the_switcher_and_entries_go_to_the_chosen_child(
    qtbot, page: JournalPage, journal: Journal, maya: Child
):
    assert not page.child_switch.isVisible()
    page.more_menu.actions()[0].trigger()  # "Add a child"
    form = page.form
    assert isinstance(form, ChildForm)
    assert not form.birth.edit.isEnabled()  # optional until ticked
    qtbot.keyClicks(form.name, "Leo")
    press(qtbot, form.name, Qt.Key.Key_Return)
    [_, leo] = journal.list_children()
    assert leo.birth_date is None
    assert page.child_switch.isVisible()
    assert page.child_switch.currentText() == "Leo"  # the new child is chosen
    assert page.child_switch.accessibleName() == "Whose journal"

    click(qtbot, page.add_buttons["note"])
    note_form = page.form
    assert note_form is not None and note_form.child is not None
    assert note_form.child.isVisibleTo(note_form)
    assert note_form.child.currentText() == "Leo"
    qtbot.keyClicks(note_form.text, "Leo's first day back")  # type: ignore[attr-defined]
    click(qtbot, note_form.save_button)
    assert [n.text for n in journal.list_notes(leo.id)] == ["Leo's first day back"]
    assert journal.list_notes(maya.id) == []

    page.child_switch.setCurrentIndex(page.child_switch.findText("Maya"))
    assert page.medicines.child_id == maya.id
    assert page.trends.child_id == maya.id


def test_edit_the_child(qtbot, page: JournalPage, journal: Journal, maya: Child):
    page.edit_child()
    form = page.form
    assert isinstance(form, ChildForm)
    assert form.name.text() == "Maya"
    qtbot.keyClicks(form.diagnosis, "ALL")
    click(qtbot, form.save_button)
    assert journal.get(Child, maya.id).diagnosis == "ALL"
