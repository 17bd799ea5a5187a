"""The A to Z bar: one tab stop, arrow keys move along the enabled letters, Enter jumps."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from companion.ui.glossary.letter_bar import LetterBar


def test_one_tab_stop_and_arrow_keys(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    before = QLineEdit(host)
    bar = LetterBar("ABCD", QFont(), host)
    after = QLineEdit(host)
    layout = QVBoxLayout(host)
    for widget in (before, bar, after):
        layout.addWidget(widget)
    bar.buttons["B"].setEnabled(False)
    chosen: list[str] = []
    bar.chosen.connect(chosen.append)
    host.show()
    qtbot.waitExposed(host)

    def stops() -> list[object]:
        return [b for b in bar.buttons.values() if b.focusPolicy() & Qt.FocusPolicy.TabFocus]

    assert stops() == [bar.buttons["A"]]
    qtbot.keyClick(bar.buttons["A"], Qt.Key.Key_Right)  # B is disabled: skipped
    assert stops() == [bar.buttons["C"]]
    qtbot.keyClick(bar.buttons["C"], Qt.Key.Key_End)
    assert stops() == [bar.buttons["D"]]
    qtbot.keyClick(bar.buttons["D"], Qt.Key.Key_Home)
    assert bar.tab_stop() is bar.buttons["A"]
    qtbot.keyClick(bar.buttons["A"], Qt.Key.Key_Return)
    assert chosen == ["A"]
    qtbot.mouseClick(bar.buttons["D"], Qt.MouseButton.LeftButton)
    assert chosen == ["A", "D"]
    assert stops() == [bar.buttons["D"]]  # Tab comes back to the last letter used


def test_disabling_the_tab_stop_moves_it(qtbot) -> None:
    bar = LetterBar("ABC", QFont())
    qtbot.addWidget(bar)
    bar.buttons["A"].setEnabled(False)
    assert bar.tab_stop() is bar.buttons["B"]
    assert not bar.buttons["A"].focusPolicy() & Qt.FocusPolicy.TabFocus
