"""Walk-through mode as a nurse uses it: gather words, show them full screen, hand them out."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from companion.glossary.terms import Glossary, load_glossary
from companion.ui.glossary.walkthrough import WalkthroughWindow

WORDS = ["relapse", "refractory", "neuroblastoma"]


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary()


@pytest.fixture
def window(qtbot: QtBot, glossary: Glossary) -> WalkthroughWindow:
    widget = WalkthroughWindow(glossary)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    for term_id in WORDS:
        assert widget.add_term(term_id)
    return widget


def button(window: WalkthroughWindow, name: str) -> QPushButton:
    found = [b for b in window.findChildren(QPushButton) if b.accessibleName() == name]
    assert len(found) == 1, name
    return found[0]


def test_gather_reorder_and_remove(qtbot: QtBot, window: WalkthroughWindow) -> None:
    assert not window.add_term("relapse")  # already there
    assert not window.add_term("no-such-word")
    window._list.setCurrentRow(2)
    qtbot.mouseClick(button(window, "Move word up"), Qt.MouseButton.LeftButton)
    assert window.term_ids() == ["relapse", "neuroblastoma", "refractory"]
    qtbot.mouseClick(button(window, "Move word down"), Qt.MouseButton.LeftButton)
    assert window.term_ids() == WORDS
    window._list.setCurrentRow(0)
    assert not button(window, "Move word up").isEnabled()
    with qtbot.waitSignal(window.terms_changed, timeout=2000):
        qtbot.mouseClick(button(window, "Remove word"), Qt.MouseButton.LeftButton)
    assert window.term_ids() == WORDS[1:]


def test_add_a_word_by_typing(qtbot: QtBot, window: WalkthroughWindow) -> None:
    field = next(f for f in window.findChildren(QLineEdit) if f.accessibleName() == "Word to add")
    qtbot.keyClicks(field, "remision")  # a typo still finds it
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.term_ids() == [*WORDS, "remission"]
    assert field.text() == ""


def test_full_screen_one_word_at_a_time_with_keys_and_buttons(
    qtbot: QtBot, window: WalkthroughWindow, glossary: Glossary
) -> None:
    qtbot.mouseClick(button(window, "Show full screen"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.isFullScreen)
    assert window.is_showing() and window.position_text() == "1 of 3"
    assert window._term.text() == glossary.get("relapse").term  # type: ignore[union-attr]
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.position_text() == "2 of 3"
    assert window._summary.text() == glossary.get("refractory").summary  # type: ignore[union-attr]
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.keyClick(window, Qt.Key.Key_Right)  # already at the end: stays
    assert window.position_text() == "3 of 3"
    assert not button(window, "Next word").isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.position_text() == "2 of 3"
    qtbot.mouseClick(button(window, "Previous word"), Qt.MouseButton.LeftButton)
    assert window.position_text() == "1 of 3"
    qtbot.mouseClick(button(window, "Next word"), Qt.MouseButton.LeftButton)
    assert window.position_text() == "2 of 3"

    qtbot.keyClick(window, Qt.Key.Key_Escape)  # leaves full screen, keeps the word
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.is_showing() and window.position_text() == "2 of 3"
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # then back to the list, on that word
    assert not window.is_showing()
    assert window._list.currentRow() == 1


def test_key_presses_on_the_focused_button_still_move(
    qtbot: QtBot, window: WalkthroughWindow
) -> None:
    window.start()
    qtbot.keyClick(button(window, "Next word"), Qt.Key.Key_Right)
    assert window.position_text() == "2 of 3"


def test_save_handout(
    qtbot: QtBot, window: WalkthroughWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "handout.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    with qtbot.waitSignal(window.status_message, timeout=5000) as saved:
        qtbot.mouseClick(button(window, "Save handout"), Qt.MouseButton.LeftButton)
    reader = PdfReader(target)
    assert 1 <= len(reader.pages) <= 2
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    for term in window.terms():
        assert " ".join(term.term.split()) in text
    assert "Saved" in saved.args[0]


def test_save_cancelled_writes_nothing(
    qtbot: QtBot, window: WalkthroughWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    assert window.save_handout() is None
    assert list(tmp_path.glob("*.pdf")) == []


def test_print_handout_through_the_print_dialog(
    window: WalkthroughWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert window.print_handout(printer)
    text = " ".join(PdfReader(tmp_path / "printed.pdf").pages[0].extract_text().split())
    assert "Words from today" in text

    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert not window.print_handout(printer)


def test_empty_list_cannot_start_or_print(qtbot: QtBot, glossary: Glossary) -> None:
    empty = WalkthroughWindow(glossary)
    qtbot.addWidget(empty)
    assert not button(empty, "Show full screen").isEnabled()
    assert not button(empty, "Save handout").isEnabled()
    empty.start()
    assert not empty.is_showing()
