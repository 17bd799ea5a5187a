"""WCAG contrast: measure a colour pair, and keep the desktop's highlight readable.

Fusion's light highlight (#308cc6) under white text is 3.7:1 and many dark themes are near
4:1; the sidebar and the chosen answers show text on it, so it is darkened to reach 4.5:1.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

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
    fixed = QPalette(palette)
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
