"""Type sizes relative to a widget's own font, so every screen follows the text size setting.

The main window's Ctrl+= / Ctrl+- scaler rescales any font a widget set for itself by the same
ratio, so sizes are always a factor of the current font, never a fixed point size.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QWidget


def scaled_font(
    widget_or_font: QWidget | QFont,
    factor: float,
    bold: bool = False,
    *,
    minimum_pt: float | None = None,
) -> QFont:
    """The font ``factor`` times bigger, bold or not.

    ``minimum_pt`` treats a smaller base size (or a pixel-sized font) as that many points
    first, for screens meant to be read from across a room.
    """
    base = widget_or_font if isinstance(widget_or_font, QFont) else widget_or_font.font()
    font = QFont(base)
    size = font.pointSizeF()
    if minimum_pt is not None:
        size = max(size, minimum_pt)
    if size > 0:
        font.setPointSizeF(size * factor)
    font.setBold(bold)
    return font


def monospace_font(widget: QWidget, factor: float = 1.0) -> QFont:
    """The system's fixed-width font at ``factor`` times the widget's size (codes, numbers)."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    size = widget.font().pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    return font
