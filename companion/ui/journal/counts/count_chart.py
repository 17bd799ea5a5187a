"""The counts chart: ANC, platelets and hemoglobin over time, one band each, with the family's
thresholds drawn as dashed lines. Painted with QPainter like the temperature chart, so the same
routine draws the Counts tab and the visit summary's page (no layout pass needed to print)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from companion.journal.counts.units import number_text
from companion.translation import QT_TRANSLATE_NOOP
from companion.ui.journal.reports.trend_chart import (
    LABEL_WIDTH,
    MARGIN,
    TrendData,
    _Axis,
    _draw_time_axis,
    warning_color,
)

BAND_HEIGHT = 150
#: Points per stroke of a line.
_RUN = 32
SERIES = ("anc", "platelets", "hemoglobin")
_TITLES = {
    "anc": QT_TRANSLATE_NOOP("CountChart", "ANC (%1)"),
    "platelets": QT_TRANSLATE_NOOP("CountChart", "Platelets (%1)"),
    "hemoglobin": QT_TRANSLATE_NOOP("CountChart", "Hemoglobin (%1)"),
}


#: Qt's translation function; pyside6-lupdate reads its calls (context first).
translate = QCoreApplication.translate


@dataclass(frozen=True)
class CountSeries:
    """One value over time, in ``unit``; ``threshold`` in the same unit, or None."""

    unit: str
    points: tuple[tuple[datetime, float], ...] = ()
    threshold: float | None = None


@dataclass(frozen=True)
class CountData:
    start: datetime
    end: datetime
    series: dict[str, CountSeries] = field(default_factory=dict)


def paint_band(
    painter: QPainter, rect: QRectF, name: str, data: CountData, palette: QPalette
) -> None:
    series = data.series.get(name) or CountSeries("")
    text = palette.color(QPalette.ColorRole.Text)
    accent = palette.color(QPalette.ColorRole.Highlight)
    warn = warning_color(palette)
    metrics = QFontMetricsF(painter.font())
    title_height = metrics.height() + 4
    plot = QRectF(
        rect.left() + LABEL_WIDTH,
        rect.top() + title_height,
        rect.width() - LABEL_WIDTH - MARGIN,
        rect.height() - title_height - metrics.height() - 8,
    )
    bold = QFont(painter.font())
    bold.setBold(True)
    painter.save()
    painter.setFont(bold)
    painter.setPen(text)
    painter.drawText(
        QPointF(rect.left(), rect.top() + metrics.ascent()),
        translate("CountChart", _TITLES[name]).replace("%1", series.unit),
    )
    painter.restore()
    values = [v for _, v in series.points]
    if series.threshold is not None:
        values.append(series.threshold)
    high = max(values, default=1.0) * 1.1 or 1.0

    def y(value: float) -> float:
        return plot.bottom() - value / high * plot.height()

    axis = _Axis(TrendData(data.start, data.end), plot.left(), plot.right())
    _draw_time_axis(
        painter, TrendData(data.start, data.end), axis, plot.top(), plot.bottom(), palette
    )
    painter.setPen(text)
    for value in (0.0, high / 1.1):
        label = number_text(value)
        painter.drawText(
            QPointF(plot.left() - 8 - metrics.horizontalAdvance(label), y(value) + 4), label
        )
    if series.threshold is not None:
        painter.setPen(QPen(warn, 2, Qt.PenStyle.DashLine))
        ty = y(series.threshold)
        painter.drawLine(QPointF(plot.left(), ty), QPointF(plot.right(), ty))
        painter.setPen(warn)
        label = translate("CountChart", "Your team's number: %1").replace(
            "%1", f"{number_text(series.threshold)} {series.unit}"
        )
        painter.drawText(QPointF(plot.left() + 6, ty - 5), label)
    points = sorted(series.points)
    if not points:
        painter.setPen(text)
        painter.drawText(
            plot, Qt.AlignmentFlag.AlignCenter, translate("CountChart", "No values in this period.")
        )
        return
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    spots = [QPointF(axis.x(moment), y(value)) for moment, value in points]
    painter.setPen(QPen(accent, 2))
    # In short runs: one long, self-crossing stroke is filled as a single outline, which
    # costs many times the same line in pieces (as in the temperature chart).
    for first in range(0, max(1, len(spots) - 1), _RUN):
        painter.drawPolyline(QPolygonF(spots[first : first + _RUN + 1]))
    low = [s for s, (_, v) in zip(spots, points, strict=True) if _below(v, series.threshold)]
    rest = [s for s, (_, v) in zip(spots, points, strict=True) if not _below(v, series.threshold)]
    for dots, colour, size in ((rest, accent, 7.0), (low, warn, 10.0)):
        if dots:
            pen = QPen(colour, size)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawPoints(QPolygonF(dots))


def _below(value: float, threshold: float | None) -> bool:
    return threshold is not None and value < threshold


def paint_counts(painter: QPainter, rect: QRectF, data: CountData, palette: QPalette) -> None:
    """The three bands, stacked, in ``rect``."""
    height = rect.height() / len(SERIES)
    for n, name in enumerate(SERIES):
        band = QRectF(rect.left(), rect.top() + n * height, rect.width(), height - 6)
        paint_band(painter, band, name, data, palette)


def describe(data: CountData) -> str:
    """The chart in words, for screen readers: the latest of each value and the thresholds."""
    parts = []
    for name in SERIES:
        series = data.series.get(name)
        if series is None or not series.points:
            continue
        _when, value = max(series.points)
        text = translate("CountChart", _TITLES[name]).replace("%1", series.unit)
        parts.append(
            translate("CountChart", "%1: latest %2")
            .replace("%1", text)
            .replace("%2", number_text(value))
        )
    return "; ".join(parts) or translate("CountChart", "No blood counts in this period.")


class CountChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: CountData | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(translate("CountChart", "Blood counts chart"))

    def set_data(self, data: CountData) -> None:
        self.data = data
        self.setAccessibleDescription(describe(data))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(800, BAND_HEIGHT * len(SERIES))

    def paintEvent(self, event: object) -> None:
        if self.data is None:
            return
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        paint_counts(painter, QRectF(self.rect()), self.data, self.palette())
        painter.end()
