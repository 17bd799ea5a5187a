"""Contrast, measured: every colour pair the app sets is at least WCAG's 4.5:1 for text and
3:1 for control edges and focus rings, in the light palette and the dark one."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from companion.ui.journal.fever import fever_card
from companion.ui.shell.contrast import EDGE, TEXT, ratio, readable_palette
from companion.ui.shell.screenshots import dark_palette

R = QPalette.ColorRole

#: (foreground, background, minimum) by palette role, as the style sheets and styles use them.
PALETTE_PAIRS = [
    (R.WindowText, R.Window, TEXT),
    (R.Text, R.Base, TEXT),
    (R.ButtonText, R.Button, TEXT),
    (R.HighlightedText, R.Highlight, TEXT),  # the chosen sidebar item, chosen answers
    (R.ToolTipText, R.ToolTipBase, TEXT),
    (R.PlaceholderText, R.Base, TEXT),
    (R.Link, R.Base, TEXT),
    (R.Text, R.Base, EDGE),  # the sidebar's and the letter bar's focus ring
    (R.Text, R.Highlight, EDGE),  # the focus ring on the chosen sidebar item
    (R.Text, R.Window, EDGE),
    (R.Link, R.Button, EDGE),  # the focus ring of the answer buttons
    (R.Mid, R.Window, EDGE),  # control edges: answer buttons, recovery-code box, sidebar edge
    (R.Mid, R.Base, EDGE),
    (R.Mid, R.Button, EDGE),  # the answer buttons' edge on their own face
    (R.Highlight, R.Window, EDGE),  # a chosen answer (filled with the highlight) on the window
]


def test_ratio_matches_wcag_examples() -> None:
    assert ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert ratio(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_palette_pairs(qapp: QApplication, theme: str) -> None:
    desktop = qapp.style().standardPalette() if theme == "light" else dark_palette()
    palette = readable_palette(desktop)  # as the app sets it on start
    low = []
    for fg, bg, minimum in PALETTE_PAIRS:
        measured = ratio(palette.color(fg), palette.color(bg))
        if measured < minimum:
            low.append(f"{fg.name} on {bg.name}: {measured:.2f} < {minimum}")
    assert not low, f"{theme}: " + "; ".join(low)


def test_fever_card_colours() -> None:
    card, text = QColor(fever_card.CARD_BACKGROUND), QColor(fever_card.CARD_TEXT)
    box, box_text = QColor(fever_card.BOX_BACKGROUND), QColor(fever_card.BOX_TEXT)
    assert ratio(text, card) >= TEXT
    assert ratio(box_text, box) >= TEXT
    assert ratio(box, card) >= EDGE  # the white buttons and box on the red card
    assert ratio(QColor(fever_card.FOCUS_RING), card) >= EDGE


def test_a_palette_changed_while_open_is_made_readable_again(qtbot, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from companion.ui.shell.contrast import KeepReadable

    before = qapp.palette()
    keeper = KeepReadable(qapp)
    try:
        qapp.setPalette(dark_palette())  # as a desktop switching to dark does
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)

        def readable() -> bool:
            palette = qapp.palette()
            text = ratio(palette.color(R.HighlightedText), palette.color(R.Highlight))
            return text >= TEXT and ratio(palette.color(R.Mid), palette.color(R.Window)) >= EDGE

        qtbot.waitUntil(readable, timeout=2_000)
    finally:
        qapp.styleHints().colorSchemeChanged.disconnect(keeper._scheme_changed)
        keeper.deleteLater()
        qapp.setPalette(before)
