"""Type sizes as factors of the one application text size, so every screen follows it live.

The text size is the application font (set by the shell's TextScaler from the family's
setting, at start-up and on Ctrl+= / Ctrl+- / Ctrl+0). A widget that needs bigger or smaller
text says so with ``set_text_size(widget, factor)``: the factor is kept on the widget and the
scaler sets ``application size x factor`` again after every change. Fonts a widget set for
itself some other way are measured against the application font before a change and follow
it by the same rule, so no widget keeps a fixed point size.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

#: The widget property holding a widget's text size factor (relative to the application's).
FACTOR_PROPERTY = "companion_text_factor"


def application_point_size() -> float:
    size = QApplication.font().pointSizeF()
    return size if size > 0 else 9.0


def set_text_size(
    widget: QWidget,
    factor: float = 1.0,
    *,
    bold: bool | None = None,
    monospace: bool = False,
) -> None:
    """Show ``widget``'s text at ``factor`` times the application text size, from now on."""
    if monospace:
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setBold(widget.font().bold())
    else:
        font = QFont(widget.font())
    if bold is not None:
        font.setBold(bold)
    font.setPointSizeF(application_point_size() * factor)
    widget.setProperty(FACTOR_PROPERTY, float(factor))
    widget.setFont(font)


def text_factor(widget: QWidget) -> float | None:
    value = widget.property(FACTOR_PROPERTY)
    return float(value) if isinstance(value, int | float) else None


def remember_factor(widget: QWidget, application_size: float) -> None:
    """Record the factor of a font a widget set for itself without ``set_text_size``."""
    if text_factor(widget) is not None or application_size <= 0:
        return
    own = widget.font()
    if own.resolveMask() & _SIZE_RESOLVED and own.pointSizeF() > 0:
        widget.setProperty(FACTOR_PROPERTY, own.pointSizeF() / application_size)


def follow_text_size(widget: QWidget) -> None:
    """Set the widget's font to its factor of the application size (after a change)."""
    factor = text_factor(widget)
    if factor is None:
        return
    font = QFont(widget.font())
    font.setPointSizeF(application_point_size() * factor)
    widget.setFont(font)


_SIZE_RESOLVED = 0x2  # QFont::SizeResolved in Qt 6 (the enum is not exposed by PySide6)


def scaled_font(
    widget_or_font: QWidget | QFont,
    factor: float,
    bold: bool = False,
    *,
    minimum_pt: float | None = None,
) -> QFont:
    """The font ``factor`` times bigger, bold or not (it follows later changes of text size
    once set on a widget, by the rule above; prefer ``set_text_size`` for new code).

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
