"""The window shell: sections, shortcuts, help and about, remembered state, text size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout

from companion.paths import AppPaths
from companion.ui.shell.main_window import DIRECTORY, GLOSSARY, JOURNAL, MainWindow
from companion.ui.widgets.section import Section
from companion.ui.widgets.session import JournalSession


class FakeSection(Section):
    def __init__(self, title: str) -> None:
        super().__init__()
        self._title = title
        self.search = QLineEdit(self)
        self.search.setAccessibleName(f"Search {title}")
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)

    def section_title(self) -> str:
        return self._title

    def focus_search(self) -> None:
        self.search.setFocus()

    # What the window calls on its glossary section once the glossary is loaded.
    def set_glossary(self, glossary: object) -> None:
        self.glossary = glossary

    def show_error(self, message: str) -> None:
        self.error = message


def make_window(qtbot, paths: AppPaths) -> MainWindow:  # type: ignore[no-untyped-def]
    sections = [FakeSection("Glossary"), FakeSection("Journal"), FakeSection("Centers")]
    window = MainWindow(paths, JournalSession(paths), sections=sections)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_paint, timeout=10000):  # keys are bound from there on
        window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_three_sections_switch_with_sidebar_and_shortcuts(qtbot, paths: AppPaths) -> None:
    window = make_window(qtbot, paths)
    assert window.nav.count() == 3
    assert window.stack.currentIndex() == GLOSSARY
    window.nav.setCurrentRow(DIRECTORY)
    assert window.stack.currentIndex() == DIRECTORY
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == JOURNAL


def test_ctrl_f_focuses_the_current_sections_search(qtbot, paths: AppPaths) -> None:
    window = make_window(qtbot, paths)
    window.show_section(DIRECTORY)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    section = window.sections[DIRECTORY]
    assert isinstance(section, FakeSection)
    qtbot.waitUntil(lambda: section.search.hasFocus())


def test_standard_shortcuts_are_bound(qtbot, paths: AppPaths) -> None:
    window = make_window(qtbot, paths)
    assert "Ctrl+Q" in [s.toString() for s in window.quit_action.shortcuts()]
    assert "F1" in [s.toString() for s in window.help_action.shortcuts()]
    assert window.find_action.shortcut().toString() == "Ctrl+F"
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    assert "Ctrl+=" in [s.toString() for s in window.bigger_action.shortcuts()]
    assert "Ctrl+-" in [s.toString() for s in window.smaller_action.shortcuts()]


def test_quit_closes_the_window(qtbot, paths: AppPaths) -> None:
    window = make_window(qtbot, paths)
    window.quit_action.trigger()
    assert not window.isVisible()


def test_f1_shows_the_parents_user_guide(qtbot, paths: AppPaths) -> None:
    window = make_window(qtbot, paths)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.help_dialog
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    text = dialog.browser.toPlainText()
    assert "Companion user guide" in text
    assert "information, not medical advice" in text
    assert "recovery code" in text


def test_about_states_version_folder_and_not_medical_advice(qtbot, paths: AppPaths) -> None:
    window = make_window(qtbot, paths)
    window.show_about()
    dialog = window.about_dialog
    qtbot.addWidget(dialog)
    text = dialog.label.text()
    from companion import __version__

    assert __version__ in text
    assert str(paths.data_dir) in text
    assert "not medical advice" in text
    assert "emergency" in text


def test_window_size_and_section_are_remembered(qtbot, paths: AppPaths) -> None:
    window = make_window(qtbot, paths)
    window.resize(761, 563)
    window.show_section(DIRECTORY)
    window.close()
    again = make_window(qtbot, paths)
    assert again.stack.currentIndex() == DIRECTORY
    assert (again.width(), again.height()) == (761, 563)
    assert paths.settings_file.is_file()


def test_text_size_grows_shrinks_and_is_remembered(qtbot, paths: AppPaths) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = make_window(qtbot, paths)
    base = app.font().pointSizeF()
    window.bigger_action.trigger()
    window.bigger_action.trigger()
    assert app.font().pointSizeF() == pytest.approx(base * 1.2, rel=0.01)
    assert "120%" in window.statusBar().currentMessage()
    window.close()
    again = make_window(qtbot, paths)
    assert again.scaler.scale == pytest.approx(1.2)
    again.reset_text_action.trigger()
    assert app.font().pointSizeF() == pytest.approx(base, rel=0.01)
    again.smaller_action.trigger()
    assert app.font().pointSizeF() < base
    again.reset_text_action.trigger()


def test_follows_a_dark_system_palette(qtbot, paths: AppPaths) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = make_window(qtbot, paths)
    original = app.palette()
    dark = QPalette(original)
    dark.setColor(QPalette.ColorRole.Window, Qt.GlobalColor.black)
    dark.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.white)
    dark.setColor(QPalette.ColorRole.Base, Qt.GlobalColor.black)
    dark.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.white)
    try:
        app.setPalette(dark)
        qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Window).lightness() < 50)
        for widget in (window, window.nav, *window.sections):
            assert widget.palette().color(QPalette.ColorRole.Window).lightness() < 50
            assert widget.palette().color(QPalette.ColorRole.WindowText).lightness() > 200
    finally:
        app.setPalette(original)


def test_first_paint_signal_fires(qtbot, paths: AppPaths) -> None:
    sections = [FakeSection("Glossary"), FakeSection("Journal"), FakeSection("Centers")]
    window = MainWindow(paths, JournalSession(paths), sections=sections)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_paint, timeout=5000):
        window.show()


def test_palette_styled_widgets_follow_a_palette_change(qtbot, paths: AppPaths) -> None:
    from PySide6.QtWidgets import QLabel

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = make_window(qtbot, paths)
    box = QLabel("ABCD-EFGH", window.sections[JOURNAL])
    box.setStyleSheet("QLabel { background: palette(base); }")
    box.show()
    qtbot.waitExposed(box)
    original = app.palette()
    dark = QPalette(original)
    dark.setColor(QPalette.ColorRole.Base, Qt.GlobalColor.black)
    try:
        app.setPalette(dark)
        qtbot.waitUntil(lambda: box.grab().toImage().pixelColor(2, 2).lightness() < 40)
    finally:
        app.setPalette(original)


def test_a_long_status_message_gets_the_line_and_the_lock_state_comes_back(
    qtbot, paths: AppPaths
) -> None:
    window = make_window(qtbot, paths)
    window.resize(1024, 600)
    window.set_text_scale(2.0)
    label, bar = window.lock_label, window.statusBar()
    window.show_status("Copied")
    assert label.isVisible() and bar.currentMessage() == "Copied"
    long = "The journal file is damaged. Your last backup can bring it back: see the Journal."
    window.show_status(long)
    assert not label.isVisible() and bar.currentMessage() == long
    # Nothing is drawn under the label: the message has the line to itself.
    assert bar.fontMetrics().horizontalAdvance(long) > bar.width() - label.sizeHint().width() - 32
    bar.clearMessage()
    assert label.isVisible()
    window.set_text_scale(1.0)
