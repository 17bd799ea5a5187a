"""The Qt binding must not leak references to None: on Python 3.11 that aborts the app.

PySide6 6.12.0 drops one reference to None on every call that returns nothing; after a few
thousand such calls (a repaint, a long scroll) Python dies with "none_dealloc".
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_alive(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
    painter = QPainter(image)
    for _ in range(500):
        painter.drawLine(0, 0, 10, 10)
    painter.end()
    lost = before - sys.getrefcount(None)
    assert lost < 50, f"{lost} references to None lost in 1,000 Qt calls"
