"""My care team: locked notice, add/edit/delete with real number checks, one fever contact,
the same click-to-copy as the directory."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication

from companion.journal.records import Contact
from companion.paths import AppPaths
from companion.ui.directory.care_team_view import CareTeamView, ContactDialog
from companion.ui.widgets.region import REGION_SETTING
from companion.ui.widgets.session import JournalSession


class FakeJournal:
    """The contact part of the journal, in memory, with the same one-fever-contact rule."""

    def __init__(self) -> None:
        self.contacts: dict[str, Contact] = {}
        self.deleted: dict[str, Contact] = {}
        self.closed = False

    def _store(self, contact: Contact) -> Contact:
        if contact.call_for_fever:
            for other in list(self.contacts.values()):
                if other.id != contact.id and other.call_for_fever:
                    self.contacts[other.id] = replace(other, call_for_fever=False)
        self.contacts[contact.id] = contact
        return contact

    def add_contact(self, name: str, **fields: object) -> Contact:
        return self._store(Contact(name=name, **fields))  # type: ignore[arg-type]

    def list_contacts(self) -> list[Contact]:
        return list(self.contacts.values())

    def fever_contact(self) -> Contact | None:
        return next((c for c in self.contacts.values() if c.call_for_fever), None)

    def update(self, record: Contact) -> Contact:
        assert record.id in self.contacts
        return self._store(record)

    def delete(self, kind: str, entry_id: str) -> None:
        assert kind == "contact"
        self.deleted[entry_id] = self.contacts.pop(entry_id)

    def undo_delete(self, kind: str, entry_id: str) -> None:
        assert kind == "contact"
        self.contacts[entry_id] = self.deleted.pop(entry_id)

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def session(paths: AppPaths) -> JournalSession:
    return JournalSession(paths)


@pytest.fixture
def view(qtbot, session: JournalSession) -> CareTeamView:  # type: ignore[no-untyped-def]
    view = CareTeamView(session)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    return view


def unlock(session: JournalSession) -> FakeJournal:
    journal = FakeJournal()
    session.open_with(journal)  # type: ignore[arg-type]
    return journal


def fill(dialog: ContactDialog, name: str, phone: str, *, region: str | None = None,
         role: str = "", fever: bool = False) -> None:  # fmt: skip
    dialog.name_field.setText(name)
    dialog.role_field.setCurrentText(role)
    dialog.phone_field.setText(phone)
    if region is not None:
        dialog.region_field.setCurrentIndex(dialog.region_field.findData(region))
    dialog.fever_box.setChecked(fever)


def save(qtbot, dialog: ContactDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_locked_journal_shows_a_notice_and_an_unlock_button(qtbot, view, session) -> None:  # type: ignore[no-untyped-def]
    assert not view.is_showing_team()
    assert view.locked_label.text() == (
        "Your care team is kept in your private journal. Unlock the journal to see it."
    )
    with qtbot.waitSignal(view.unlock_requested):
        qtbot.mouseClick(view.unlock_button, Qt.MouseButton.LeftButton)
    assert view.cards == []


def test_unlocking_shows_contacts_and_locking_drops_them(view, session) -> None:  # type: ignore[no-untyped-def]
    journal = unlock(session)
    assert view.is_showing_team() and view.cards == []
    assert not view.empty_label.isHidden()
    journal.add_contact("Oncology clinic", phone="+17349369814")
    session.notify_changed("contact")
    assert [card.contact.name for card in view.cards] == ["Oncology clinic"]
    session.lock()
    assert journal.closed and not view.is_showing_team() and view.cards == []


def test_adding_a_contact_stores_e164_and_copies_like_the_directory(qtbot, view, session) -> None:  # type: ignore[no-untyped-def]
    journal = unlock(session)
    dialog = view.add_contact()
    fill(dialog, "After-hours line", "(734) 936-9814", role="After-hours oncology line")
    with qtbot.waitSignal(session.changed) as changed:
        save(qtbot, dialog)
    assert changed.args == ["contact"]
    [contact] = journal.list_contacts()
    assert (contact.name, contact.role, contact.phone) == (
        "After-hours line", "After-hours oncology line", "+17349369814",
    )  # fmt: skip
    [card] = view.cards
    assert card.phone_button is not None
    assert card.phone_button.number_button.accessibleName() == (
        "Copy phone number 734-936-9814, After-hours line, After-hours oncology line"
    )
    QGuiApplication.clipboard().setText("")
    with qtbot.waitSignal(view.status_message) as status:
        qtbot.mouseClick(card.phone_button.number_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "734-936-9814"
    assert status.args == ["Copied 734-936-9814"]


@pytest.mark.parametrize("typed", ["12", "555-01", "call the clinic"])
def test_invalid_numbers_are_refused_with_a_clear_message(qtbot, view, session, typed) -> None:  # type: ignore[no-untyped-def]
    journal = unlock(session)
    dialog = view.add_contact()
    fill(dialog, "Pharmacy", typed)
    save(qtbot, dialog)
    assert dialog.isVisible() and journal.list_contacts() == []
    message = dialog.error_label.text()
    assert message.startswith("This phone number was not saved.")
    assert typed not in message
    dialog.reject()


def test_a_name_is_needed_and_a_fever_contact_needs_a_number(qtbot, view, session) -> None:  # type: ignore[no-untyped-def]
    journal = unlock(session)
    dialog = view.add_contact()
    fill(dialog, "", "734-936-9814")
    save(qtbot, dialog)
    assert dialog.isVisible() and "Type a name" in dialog.error_label.text()
    fill(dialog, "Nurse", "", fever=True)
    save(qtbot, dialog)
    assert dialog.isVisible() and "needs a phone number" in dialog.error_label.text()
    fill(dialog, "Nurse", "")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert [(c.name, c.phone) for c in journal.list_contacts()] == [("Nurse", "")]


def test_number_country_reads_it_where_you_live_shows_it(qtbot, view, session, paths) -> None:  # type: ignore[no-untyped-def]
    journal = unlock(session)
    dialog = view.add_contact()
    assert dialog.region() == "US"  # the family's region, by default
    fill(dialog, "UK nurses", "0808 800 4040", region="GB")
    save(qtbot, dialog)
    assert journal.list_contacts()[0].phone == "+448088004040"
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    assert settings.value(REGION_SETTING) is None  # the number's country is not where you live
    [card] = view.cards
    assert card.phone_button is not None and card.phone_button.text() == "+44 808 800 4040"
    # The family says they live in the United Kingdom: the number shows as dialled there.
    choice = view.region_choice
    assert choice.isVisibleTo(view)
    choice.combo.showPopup()  # every country is listed once the list is opened
    choice.combo.hidePopup()
    choice.combo.setCurrentIndex(choice.combo.findData("GB"))
    choice.combo.activated.emit(choice.combo.currentIndex())
    assert (
        QSettings(str(paths.settings_file), QSettings.Format.IniFormat).value(REGION_SETTING)
        == "GB"
    )
    [card] = view.cards
    assert card.phone_button is not None and card.phone_button.text() == "0808 800 4040"
    assert view.add_contact().region() == "GB"
    view.dialog.reject()  # type: ignore[union-attr]


def test_only_one_contact_is_the_fever_number(qtbot, view, session) -> None:  # type: ignore[no-untyped-def]
    journal = unlock(session)
    for name, number in (("Clinic", "734-936-9814"), ("Nurse", "215-590-3025")):
        dialog = view.add_contact()
        fill(dialog, name, number, fever=True)
        save(qtbot, dialog)
    assert [(c.name, c.call_for_fever) for c in journal.list_contacts()] == [
        ("Clinic", False), ("Nurse", True),
    ]  # fmt: skip
    clinic = view.cards[0]
    assert clinic.fever_button is not None and view.cards[1].fever_button is None
    qtbot.mouseClick(clinic.fever_button, Qt.MouseButton.LeftButton)
    assert journal.fever_contact() is not None and journal.fever_contact().name == "Clinic"  # type: ignore[union-attr]
    assert [c.call_for_fever for c in journal.list_contacts()] == [True, False]


def test_edit_then_delete_with_undo(qtbot, view, session) -> None:  # type: ignore[no-untyped-def]
    journal = unlock(session)
    contact = journal.add_contact("Dr Rivera", role="Oncologist", phone="+12155902810")
    session.notify_changed("contact")
    dialog = view.edit_contact(contact.id)
    assert dialog.name_field.text() == "Dr Rivera"
    assert dialog.phone_field.text() == "215-590-2810"
    dialog.phone_field.setText("267 426 0762")
    dialog.notes_field.setPlainText("Clinic days Tuesday and Friday")
    save(qtbot, dialog)
    [edited] = journal.list_contacts()
    assert (edited.id, edited.phone, edited.notes) == (
        contact.id, "+12674260762", "Clinic days Tuesday and Friday",
    )  # fmt: skip
    qtbot.mouseClick(view.cards[0].delete_button, Qt.MouseButton.LeftButton)
    assert journal.list_contacts() == [] and view.cards == []
    assert not view.undo_bar.isHidden()
    assert view.undo_label.text() == "Deleted Dr Rivera from your care team."
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert [c.id for c in journal.list_contacts()] == [contact.id]
    assert view.undo_bar.isHidden() and len(view.cards) == 1


def test_locking_closes_an_open_dialog(qtbot, view, session) -> None:  # type: ignore[no-untyped-def]
    unlock(session)
    dialog = view.add_contact()
    fill(dialog, "Private name", "734-936-9814")
    session.lock()
    assert not dialog.isVisible()


def test_with_the_real_encrypted_journal(qtbot, view, session, paths) -> None:  # type: ignore[no-untyped-def]
    from companion.journal import Journal
    from companion.storage.vault import MINIMUM_KDF

    journal, _code = Journal.create(paths.data_dir, "a long family passphrase", _kdf=MINIMUM_KDF)
    session.open_with(journal)
    for name, number in (("Clinic", "(734) 936-9814"), ("Home care", "216.844.3951")):
        dialog = view.add_contact()
        fill(dialog, name, number, fever=True)
        save(qtbot, dialog)
    assert [(c.name, c.phone, c.call_for_fever) for c in journal.list_contacts()] == [
        ("Clinic", "+17349369814", False),
        ("Home care", "+12168443951", True),
    ]
    qtbot.mouseClick(view.cards[0].fever_button, Qt.MouseButton.LeftButton)
    fever = journal.fever_contact()
    assert fever is not None and fever.name == "Clinic"
    qtbot.mouseClick(view.cards[1].delete_button, Qt.MouseButton.LeftButton)
    assert [c.name for c in journal.list_contacts()] == ["Clinic"]
    session.lock()
    assert not view.is_showing_team() and view.cards == []
