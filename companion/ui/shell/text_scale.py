"""Text size: follows the system font, and Ctrl+= / Ctrl+- / Ctrl+0 change it everywhere, live.

One mechanism: the application font is the system font times the family's scale, and every
widget with its own size keeps a factor of it (widgets/typography.py), set again on each
change. Applied before the first window is built, so nothing starts at the wrong size.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from companion.ui.widgets.typography import follow_text_size, remember_factor

MIN_SCALE = 0.8
MAX_SCALE = 2.0
STEP = 0.1
SETTING = "view/text_scale"


def clamp(scale: float) -> float:
    return round(min(MAX_SCALE, max(MIN_SCALE, scale)), 2)


def read_scale(value: object) -> float:
    """The saved scale, or 1.0 when missing or unreadable."""
    try:
        return clamp(float(str(value)))
    except ValueError:
        return 1.0


class TextScaler:
    """Sets the application font to the system font times ``scale`` and makes every widget
    with a size of its own follow. The system font at first use is the base, so the family's
    own desktop setting is respected and a second scaler never compounds an earlier scale."""

    def __init__(self, app: QApplication, scale: float = 1.0) -> None:
        self._app = app
        base = app.property("companion_base_font")
        if not isinstance(base, QFont):
            base = QFont(app.font())
            app.setProperty("companion_base_font", base)
        self._base = base
        size = app.font().pointSizeF()
        self._scale = size / base.pointSizeF() if size > 0 and base.pointSizeF() > 0 else 1.0
        self.set_scale(scale)

    @property
    def scale(self) -> float:
        return self._scale

    def set_scale(self, scale: float) -> float:
        scale = clamp(scale)
        widgets = self._app.allWidgets()
        before = self._app.font().pointSizeF()
        for widget in widgets:
            remember_factor(widget, before)
        font = QFont(self._base)
        size = self._base.pointSizeF()
        if size > 0:
            font.setPointSizeF(size * scale)
        self._app.setFont(font)
        # Qt passes the new font on from the event loop; pass it on now, so a screen built
        # next (the unlock page right after start-up, say) starts from the new size.
        change = QEvent(QEvent.Type.ApplicationFontChange)
        for widget in widgets:
            QCoreApplication.sendEvent(widget, change)
            follow_text_size(widget)
        self._scale = scale
        return scale

    def bigger(self) -> float:
        return self.set_scale(self._scale + STEP)

    def smaller(self) -> float:
        return self.set_scale(self._scale - STEP)

    def reset(self) -> float:
        return self.set_scale(1.0)
