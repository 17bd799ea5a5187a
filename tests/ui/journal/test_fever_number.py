"""The number from the card: "Add the number" opens the contact form with "Call this number for
a fever" already ticked, and the card shows the number as soon as it is saved."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from companion.journal import Journal
from companion.journal.records import Child
from companion.ui.journal.journal_page import JournalPage


def test_add_the_number_from_the_card_updates_it_at_once(  # type: ignore[no-untyped-def]
    qtbot, page: JournalPage, journal: Journal, maya: Child
) -> None:
    journal.add_temperature(
        maya.id, 38.5, "C", method="mouth", taken_at=datetime.now(UTC) - timedelta(minutes=2)
    )
    page.fever.check(maya.id)
    card = page.fever_card
    assert card.isVisible() and card.phone_button is None
    qtbot.mouseClick(card.add_contact_button, Qt.MouseButton.LeftButton)
    dialog = page.fever.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.fever_box.isChecked()
    dialog.name_field.setText("Oncology nurse line")
    dialog.phone_field.setText("734-936-9814")
    with qtbot.waitSignal(page.changed):
        dialog.accept()
    contact = journal.fever_contact()
    assert contact is not None and contact.phone == "+17349369814"
    # The same card, no new reading needed: the number is there and has the focus.
    assert card.isVisible() and card.phone_button is not None
    assert card.phone_button.number_button.text() == "734-936-9814"
    assert "Oncology nurse line" in card.contact_label.text()
    assert not card.add_contact_button.isVisibleTo(card)
