"""WCAG contrast: measure a colour pair, and keep the desktop's colours readable.

Fusion's light highlight (#308cc6) under white text is 3.7:1 and many dark themes are near
4:1; the sidebar and the chosen answers show text on it, so it is darkened to reach 4.5:1.
Control edges drawn in the palette's Mid colour (answer buttons, the recovery-code box, the
sidebar's edge) are moved away from the background until they reach 3:1 against both the
window and the fields, and so is the highlight where it draws a chosen answer's edge.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

TEXT = 4.5  # normal text
EDGE = 3.0  # control edges, focus rings


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def ratio(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable_highlight(palette: QPalette) -> QPalette:
    """``palette`` with Highlight darkened (or lightened) until its text reads at 4.5:1."""
    fixed = copy.copy(palette)  # QPalette(palette) costs ~45 ms the first time (overloads)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        text = fixed.color(group, QPalette.ColorRole.HighlightedText)
        back = fixed.color(group, QPalette.ColorRole.Highlight)
        lighter = luminance(text) < luminance(back)
        for _step in range(40):
            if ratio(text, back) >= TEXT:
                break
            back = back.lighter(106) if lighter else back.darker(106)
        fixed.setColor(group, QPalette.ColorRole.Highlight, back)
    return fixed


def _away_from(colour: QColor, backgrounds: list[QColor], minimum: float) -> QColor:
    """``colour`` darkened (on light backgrounds) or lightened (on dark ones) until it stands
    out from every background by ``minimum``."""
    lighter = luminance(backgrounds[0]) < 0.18
    for _step in range(60):
        if all(ratio(colour, back) >= minimum for back in backgrounds):
            break
        colour = colour.lighter(108) if lighter else colour.darker(108)
    return colour


def readable_palette(palette: QPalette) -> QPalette:
    """``palette`` with readable highlighted text and control edges of at least 3:1."""
    fixed = readable_highlight(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        backs = [
            fixed.color(group, QPalette.ColorRole.Window),
            fixed.color(group, QPalette.ColorRole.Base),
            fixed.color(group, QPalette.ColorRole.Button),
        ]
        mid = _away_from(fixed.color(group, QPalette.ColorRole.Mid), backs, EDGE)
        fixed.setColor(group, QPalette.ColorRole.Mid, mid)
    return fixed


class KeepReadable(QObject):
    """Applies :func:`readable_palette` to the application now and again whenever the desktop
    switches between light and dark while Companion is open (``colorSchemeChanged``; an
    application-wide event filter would cost a Python call for every event of every widget)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.apply()
        app.styleHints().colorSchemeChanged.connect(self._scheme_changed)

    def _scheme_changed(self, *_: object) -> None:
        # The new palette arrives with the scheme change; correct it once events settle.
        QTimer.singleShot(0, self.apply)

    def apply(self) -> None:
        current = self._app.palette()
        fixed = readable_palette(current)
        if fixed != current:
            self._app.setPalette(fixed)


def restyle(window: QWidget) -> None:
    """After the system's palette changed: nothing hardcodes colours, but style sheets resolve
    palette(...) roles once, so set them again on every widget that uses them (the sidebar,
    the recovery code box, cards), then repolish the window."""
    for widget in QApplication.allWidgets():
        sheet = widget.styleSheet()
        if "palette(" in sheet:
            widget.setStyleSheet(sheet)
    window.style().unpolish(window)
    window.style().polish(window)
