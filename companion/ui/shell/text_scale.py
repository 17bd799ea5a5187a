"""Text size: follows the system font, and Ctrl+= / Ctrl+- make everything bigger or smaller."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

MIN_SCALE = 0.8
MAX_SCALE = 2.0
STEP = 0.1
_SIZE_RESOLVED = 0x4  # QFont::SizeResolved (the enum is not exposed by PySide6)


def clamp(scale: float) -> float:
    return round(min(MAX_SCALE, max(MIN_SCALE, scale)), 2)


class TextScaler:
    """Scales the application font and every font a widget set for itself, by the same ratio.

    The base is the system font at start, so the family's own font setting is respected.
    """

    def __init__(self, app: QApplication, scale: float = 1.0) -> None:
        self._app = app
        # The system font as it was before any scaling, kept on the application so that a
        # second window (or a test) never compounds an earlier scale.
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
        ratio = scale / self._scale
        font = QFont(self._base)
        size = self._base.pointSizeF()
        if size > 0:
            font.setPointSizeF(size * scale)
        self._app.setFont(font)
        if ratio != 1.0:
            for widget in self._app.allWidgets():
                own = widget.font()
                # Only fonts a widget set for itself (a big heading, say) need rescaling; the rest
                # inherit the application font just set.
                if own.resolveMask() & _SIZE_RESOLVED and own.pointSizeF() > 0:
                    own.setPointSizeF(own.pointSizeF() * ratio)
                    widget.setFont(own)
        self._scale = scale
        return scale

    def bigger(self) -> float:
        return self.set_scale(self._scale + STEP)

    def smaller(self) -> float:
        return self.set_scale(self._scale - STEP)

    def reset(self) -> float:
        return self.set_scale(1.0)
