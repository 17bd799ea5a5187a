"""The real window with its real sections: lazy building, the glossary load, cross-links."""

from __future__ import annotations

from pathlib import Path

from companion.paths import resolve_paths
from companion.ui.shell.main_window import DIRECTORY, GLOSSARY, JOURNAL, MainWindow
from companion.ui.shell.window_fit import Opening
from companion.ui.widgets.session import JournalSession


def test_no_section_is_built_before_first_paint_then_only_the_visible_one(
    qtbot, data_dir: Path
) -> None:
    paths = resolve_paths(data_dir)
    paths.ensure()
    window = MainWindow(paths, JournalSession(paths))
    qtbot.addWidget(window)
    # The first paint shows the sidebar and "Opening…": nothing of a section is built yet,
    # nor are the keys bound (both cost Qt's tables, paid just after the window shows).
    assert [built is not None for built in window._built] == [False, False, False]
    opening = window.stack.currentWidget()
    assert isinstance(opening, Opening) and opening.label.text() == "Opening…"
    assert window.quit_action.shortcuts() == []
    with qtbot.waitSignal(window.first_paint, timeout=10000):
        window.show()
    assert [built is not None for built in window._built] == [True, False, False]
    assert window.stack.currentWidget() is window.glossary_view
    assert "Ctrl+Q" in [key.toString() for key in window.quit_action.shortcuts()]
    qtbot.waitUntil(lambda: window.current_glossary() is not None, timeout=10000)
    assert window.glossary_view.open_term("relapse")
    assert window.stack.currentIndex() == GLOSSARY
    # The others wait until the family goes there: start-up pays for the one on screen only.
    assert [built is not None for built in window._built] == [True, False, False]
    window.show_section(DIRECTORY)
    assert window._built[DIRECTORY] is not None


def test_journal_word_link_opens_the_glossary_and_care_team_asks_to_unlock(
    qtbot, data_dir: Path
) -> None:
    paths = resolve_paths(data_dir)
    paths.ensure()
    window = MainWindow(paths, JournalSession(paths))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.current_glossary() is not None, timeout=10000)
    window.show_section(JOURNAL)
    window.journal_view.open_glossary_term.emit("neuroblastoma")
    assert window.stack.currentIndex() == GLOSSARY
    window.show_section(DIRECTORY)
    window.directory_view.unlock_requested.emit()
    assert window.stack.currentIndex() == JOURNAL


def test_a_broken_glossary_file_leaves_the_app_working(qtbot, data_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from companion.glossary import terms as glossary

    def broken(path: object = None) -> object:
        raise glossary.GlossaryError(["entry 'relapse' (#1): field 'summary' is missing"])

    monkeypatch.setattr(glossary, "load_glossary", broken)
    paths = resolve_paths(data_dir)
    paths.ensure()
    window = MainWindow(paths, JournalSession(paths))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_paint, timeout=10000):
        window.show()
    qtbot.waitUntil(lambda: window._glossary_error is not None, timeout=10000)
    assert "relapse" in window._glossary_error
    window.show_section(DIRECTORY)
    assert window.directory_view.isVisible()


def test_fever_card_add_contact_opens_my_care_team_form(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from companion.journal import Journal
    from companion.storage.vault import MINIMUM_KDF
    from companion.ui.directory.contact_dialog import ContactDialog

    paths = resolve_paths(data_dir)
    paths.ensure()
    journal, _code = Journal.create(data_dir, passphrase="a long test passphrase", _kdf=MINIMUM_KDF)
    session = JournalSession(paths)
    window = MainWindow(paths, session)
    qtbot.addWidget(window)
    session.open_with(journal)
    window.show()
    window.journal_view.add_contact_requested.emit()
    assert window.stack.currentIndex() == DIRECTORY
    assert window.directory_view.tabs.currentWidget() is window.directory_view.care_team
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, ContactDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
        )
    )
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ContactDialog):
            widget.reject()
    session.lock()


def test_a_glossary_program_word_opens_centers_filtered_by_that_program(
    qtbot, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    paths = resolve_paths(data_dir)
    paths.ensure()
    window = MainWindow(paths, JournalSession(paths))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.current_glossary() is not None, timeout=10000)
    directory = window.directory_view
    directory.search_field.setText("london")  # an earlier search must not hide the answer
    window.show_section(GLOSSARY)
    window.glossary_view.centers_requested.emit("MIBG therapy")
    assert window.stack.currentIndex() == DIRECTORY
    assert directory.program_filter.currentData() == "MIBG therapy"
    assert directory.search_field.text() == ""
    assert set(directory.visible_ids()) == {
        center.id for center in directory.directory.centers if "MIBG therapy" in center.programs
    }
    qtbot.waitUntil(lambda: directory.detail is not None)
    assert directory.detail.center.id in directory.visible_ids()
