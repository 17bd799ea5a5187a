"""The visit summary's chart: temperatures and symptoms drawn as an image for the printout."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette

from companion.ui.journal.reports.trend_chart import (
    TEMPERATURE_HEIGHT,
    TrendData,
    paint_all,
    symptoms_height,
)

CHART_WIDTH = 820
#: Pixels per chart unit: about 230 dots per inch across the printed page, sharp on paper.
CHART_SCALE = 2.0
MAX_CHART_SYMPTOMS = 8


def paper_palette() -> QPalette:
    """Dark ink on white paper: a printout does not follow the screen's dark mode."""
    palette = QPalette()
    for role, color in (
        (QPalette.ColorRole.Base, "#ffffff"),
        (QPalette.ColorRole.Window, "#ffffff"),
        (QPalette.ColorRole.Text, "#1a1a1a"),
        (QPalette.ColorRole.WindowText, "#1a1a1a"),
        (QPalette.ColorRole.Highlight, "#1f5fa8"),
    ):
        palette.setColor(role, QColor(color))
    return palette


def chart_image(data: TrendData) -> QImage:
    """The chart, sharp on paper; the most frequent symptoms only, so it fits on a page."""
    if len(data.symptoms) > MAX_CHART_SYMPTOMS:
        data = replace(data, symptoms=data.symptoms[:MAX_CHART_SYMPTOMS])
    font = QFont()
    font.setPixelSize(14)
    height = TEMPERATURE_HEIGHT + 24 + symptoms_height(data, font)
    image = QImage(
        int(CHART_WIDTH * CHART_SCALE), int(height * CHART_SCALE), QImage.Format.Format_RGB32
    )
    image.setDevicePixelRatio(CHART_SCALE)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setFont(font)
    paint_all(painter, QRectF(0, 0, CHART_WIDTH, height), data, paper_palette())
    painter.end()
    return image
