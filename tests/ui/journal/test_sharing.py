"""Sharing screens: choosing the folder, the computers list, exchanges at unlock, after a save
and at lock, "Since you last looked", and who added an entry in its details."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from companion.journal import Journal
from companion.paths import AppPaths
from companion.ui.journal.entry_details import entry_html
from companion.ui.journal.sync.news_dialog import NewsDialog, show_news
from companion.ui.journal.sync.privacy_view import PrivacyView
from companion.ui.journal.sync.sync_runner import runner_for
from companion.ui.widgets.session import JournalSession
from tests.support.journals import PASSPHRASE, create_journal


@pytest.fixture
def pair(paths: AppPaths, tmp_path: Path) -> Iterator[tuple[Journal, Journal, Path]]:
    """This computer's journal (in ``paths``), another computer's, and the shared folder."""
    here, _code = create_journal(paths.data_dir)
    here.name_this_computer("Mum's laptop")
    here.add_child("Sam")
    here.backup(tmp_path / "join.backup")
    there = Journal.restore(tmp_path / "join.backup", tmp_path / "other", PASSPHRASE)
    there.name_this_computer("Dad's desktop")
    shared = tmp_path / "shared"
    shared.mkdir()
    yield here, there, shared
    here.close()
    there.close()


def test_choose_folder_then_other_computers_entries_arrive(qtbot, paths, pair) -> None:  # type: ignore[no-untyped-def]
    here, there, shared = pair
    session = JournalSession(paths)
    session.open_with(here)
    view = PrivacyView(here, session)
    qtbot.addWidget(view)
    view.resize(900, 2400)
    view.show()
    section = view.sharing
    assert section in view.sections()
    assert "No shared folder" in section.folder_label.text()
    section.use_folder(str(shared))
    qtbot.waitUntil(lambda: "now shared" in section.message.text(), timeout=10_000)
    assert str(shared) in section.folder_label.text()
    names = [section.computers.item(n).text() for n in range(section.computers.count())]
    assert names == ["Mum's laptop (this computer)"]

    there.sync(shared)
    child = there.list_children()[0]
    reading = there.add_temperature(child.id, 38.8, "C")
    there.sync(shared)
    section.exchange_now()  # (after the first exchange, if that one still runs)

    def arrived() -> bool:
        return any(r.id == reading.id for r in here.latest_readings(child.id))

    qtbot.waitUntil(arrived, timeout=10_000)
    qtbot.waitUntil(lambda: not runner_for(session).busy, timeout=10_000)
    qtbot.waitUntil(lambda: section.computers.count() == 2)
    assert "Dad's desktop, last heard from" in section.computers.item(1).text()
    who = here.who("temperature", reading.id)
    shown = entry_html(here.get("temperature", reading.id), None, by=(who.added_by, who.changed_by))
    assert "<b>Added by</b>" in shown.html and "Dad&#x27;s desktop" in shown.html

    # Stop sharing with the other computer: it stays listed, as no longer sharing.
    section.computers.setCurrentRow(1)
    assert section.remove_button.isEnabled()
    device = next(c for c in here.sync_status().computers if not c.this_computer).device_id
    section.remove(device)
    assert "no longer shares" in section.computers.item(1).text()
    view.shutdown()
    session.lock()


def test_unlock_shows_since_you_last_looked_and_lock_writes_out(qtbot, paths, pair) -> None:  # type: ignore[no-untyped-def]
    here, there, shared = pair
    here.sync(shared)
    there.sync(shared)
    child = there.list_children()[0]
    medicine = there.add_medicine(child.id, "Ondansetron", dose="4 mg")
    there.add_dose(child.id, medicine.id)
    there.add_temperature(child.id, 39.1, "C")
    there.sync(shared)
    session = JournalSession(paths)
    runner = runner_for(session)
    with qtbot.waitSignal(runner.news, timeout=10_000) as news:
        session.open_with(here)
    lines = [line for line in show_news_lines(here, news.args[0])]
    assert any("Dad's desktop" in line and "Ondansetron" in line for line in lines)
    assert any("39.1" in line for line in lines)
    dialog = show_news(here, news.args[0], None)
    assert isinstance(dialog, NewsDialog)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert here.since_last_looked() == []

    note = here.add_note("Written just before locking")
    session.notify_changed("note")  # a save: an exchange follows a few seconds later...
    session.lock()  # ...or at once, when the journal locks first
    there.sync(shared)
    assert there.get("note", note.id).text == "Written just before locking"


def show_news_lines(journal: Journal, news: list) -> list[str]:  # type: ignore[type-arg]
    from companion.ui.journal.sync.news_dialog import news_lines

    return news_lines(journal, news)
