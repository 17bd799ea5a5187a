"""Temperature and symptom charts drawn with QPainter, the same on screen and in the PDF.

PySide6-Essentials has no QtCharts, and a painter function needs no layout pass before it can
be printed, so one drawing routine serves the Trends tab and the visit summary.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLineF, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from companion.ui.widgets.entry_forms import from_utc

#: Qt's translation function; pyside6-lupdate reads its calls (context first).
translate = QCoreApplication.translate

TEMPERATURE_HEIGHT = 260
STRIP_HEIGHT = 46
#: Room on the left for symptom names; the temperature plot starts there too, so days line up.
LABEL_WIDTH = 190
MARGIN = 12


@dataclass(frozen=True)
class TrendData:
    """Everything the charts show for one child over one period. Times are aware datetimes;
    temperatures are already in ``unit``; symptoms are (label, [(time, severity 0-4)])."""

    start: datetime
    end: datetime
    unit: str = "C"
    temperatures: tuple[tuple[datetime, float], ...] = ()
    threshold: float | None = None
    fever_times: tuple[datetime, ...] = ()
    symptoms: tuple[tuple[str, tuple[tuple[datetime, int], ...]], ...] = field(default=())


def warning_color(palette: QPalette) -> QColor:
    """A red that stands out on the palette's base colour, light or dark."""
    dark = palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5
    return QColor("#ff7b72") if dark else QColor("#b3261e")


def _local_date(moment: datetime) -> QDate:
    return from_utc(moment).date()


def _ticks(data: TrendData) -> list[tuple[datetime, str]]:
    """Midnight ticks with short local date labels, spaced so the labels never crowd."""
    start_day = _local_date(data.start)
    end_day = _local_date(data.end)
    days = max(1, start_day.daysTo(end_day))
    step = 1 if days <= 10 else 2 if days <= 20 else 7 if days <= 70 else 14 if days <= 140 else 30
    locale = QLocale()
    fmt = "ddd d" if days <= 10 else "d MMM"
    ticks: list[tuple[datetime, str]] = []
    day = start_day
    if step == 7:
        day = day.addDays((8 - day.dayOfWeek()) % 7)  # weekly ticks on Mondays
    while day <= end_day:
        midnight = day.startOfDay().toSecsSinceEpoch()
        moment = datetime.fromtimestamp(midnight, tz=data.start.tzinfo)
        if data.start <= moment < data.end:
            ticks.append((moment, locale.toString(day, fmt)))
        day = day.addDays(step)
    return ticks


class _Axis:
    """Maps times to x pixels across the plot area."""

    def __init__(self, data: TrendData, left: float, right: float) -> None:
        self.start = data.start
        self.span = max((data.end - data.start).total_seconds(), 1.0)
        self.left = left
        self.width = max(right - left, 1.0)

    def x(self, moment: datetime) -> float:
        return self.left + (moment - self.start).total_seconds() / self.span * self.width


def _draw_time_axis(
    painter: QPainter, data: TrendData, axis: _Axis, top: float, bottom: float, palette: QPalette
) -> None:
    grid = QColor(palette.color(QPalette.ColorRole.Text))
    grid.setAlphaF(0.18)
    text = palette.color(QPalette.ColorRole.Text)
    metrics = QFontMetricsF(painter.font())
    last_right = -1e9
    ticks = _ticks(data)
    painter.setPen(QPen(grid, 1))
    painter.drawLines([QLineF(axis.x(m), top, axis.x(m), bottom) for m, _ in ticks])
    painter.setPen(text)
    for moment, label in ticks:
        width = metrics.horizontalAdvance(label)
        left = min(axis.x(moment) - width / 2, axis.left + axis.width - width)
        left = max(left, axis.left)
        if left > last_right + 6:
            painter.drawText(QPointF(left, bottom + metrics.ascent() + 4), label)
            last_right = left + width


def temperature_range(data: TrendData) -> tuple[float, float, float]:
    """(low, high, grid step) for the y axis, always including a normal-to-fever band."""
    if data.unit == "F":
        low, high, step = 95.0, 104.0, 1.0
    else:
        low, high, step = 35.0, 40.0, 0.5
    values = [value for _, value in data.temperatures]
    if data.threshold is not None:
        values.append(data.threshold)
    if values:
        low = min(low, min(values) - step)
        high = max(high, max(values) + step)
    return low, high, step


#: Points per stroke of the temperature line.
_RUN = 32


def paint_temperature(painter: QPainter, rect: QRectF, data: TrendData, palette: QPalette) -> None:
    """Readings as a line with dots; the fever rule as a dashed line; fever events marked."""
    text = palette.color(QPalette.ColorRole.Text)
    accent = palette.color(QPalette.ColorRole.Highlight)
    warn = warning_color(palette)
    metrics = QFontMetricsF(painter.font())
    title_height = metrics.height() + 6
    plot = QRectF(
        rect.left() + LABEL_WIDTH,
        rect.top() + title_height,
        rect.width() - LABEL_WIDTH - MARGIN,
        rect.height() - title_height - metrics.height() - 10,
    )
    painter.setPen(text)
    bold = QFont(painter.font())
    bold.setBold(True)
    painter.save()
    painter.setFont(bold)
    painter.drawText(
        QPointF(rect.left(), rect.top() + metrics.ascent()),
        translate("TrendChart", "Temperature (°%1)").replace("%1", data.unit),
    )
    painter.restore()
    low, high, step = temperature_range(data)

    def y(value: float) -> float:
        return plot.bottom() - (value - low) / (high - low) * plot.height()

    grid = QColor(text)
    grid.setAlphaF(0.18)
    levels = []
    value = low
    while value <= high + 1e-9:
        levels.append(value)
        value += step
    painter.setPen(QPen(grid, 1))
    painter.drawLines([QLineF(plot.left(), y(v), plot.right(), y(v)) for v in levels])
    painter.setPen(text)
    for value in levels:
        if abs(value - round(value)) < 1e-9:
            label = f"{value:.0f}"
            painter.drawText(
                QPointF(
                    plot.left() - 8 - metrics.horizontalAdvance(label),
                    y(value) + metrics.ascent() / 2 - 1,
                ),
                label,
            )
    axis = _Axis(data, plot.left(), plot.right())
    _draw_time_axis(painter, data, axis, plot.top(), plot.bottom(), palette)

    if data.fever_times:
        xs = [axis.x(moment) for moment in data.fever_times]
        painter.setPen(QPen(warn, 2, Qt.PenStyle.SolidLine))
        painter.drawLines([QLineF(x, plot.top(), x, plot.bottom()) for x in xs])
        painter.setBrush(warn)
        for x in xs:  # a downward triangle on top of each fever line
            top = plot.top()
            painter.drawPolygon(
                QPolygonF([QPointF(x - 7, top), QPointF(x + 7, top), QPointF(x, top + 11)])
            )
        painter.setBrush(Qt.BrushStyle.NoBrush)

    if data.threshold is not None:
        painter.setPen(QPen(warn, 2, Qt.PenStyle.DashLine))
        ty = y(data.threshold)
        painter.drawLine(QPointF(plot.left(), ty), QPointF(plot.right(), ty))
        label = translate("TrendChart", "Fever rule %1").replace(
            "%1", f"{data.threshold:.1f} °{data.unit}"
        )
        painter.setPen(warn)
        painter.drawText(QPointF(plot.left() + 6, ty - 5), label)

    points = sorted(data.temperatures)
    if not points:
        painter.setPen(text)
        painter.drawText(
            plot,
            Qt.AlignmentFlag.AlignCenter,
            translate("TrendChart", "No temperatures in this period."),
        )
        return
    # Few, batched painter calls: each Qt call has a fixed cost, and a year of readings
    # would otherwise mean thousands of them per repaint.
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    spots = [QPointF(axis.x(moment), y(value)) for moment, value in points]
    painter.setPen(QPen(accent, 2))
    # In short runs: one stroke of a long, self-crossing line is filled as a single outline,
    # which costs far more than the same line in pieces (half a second for a year of readings).
    for first in range(0, max(1, len(spots) - 1), _RUN):
        painter.drawPolyline(QPolygonF(spots[first : first + _RUN + 1]))
    threshold = data.threshold
    is_hot = [threshold is not None and value >= threshold for _, value in points]
    hot = [spot for spot, flag in zip(spots, is_hot, strict=True) if flag]
    cool = [spot for spot, flag in zip(spots, is_hot, strict=True) if not flag]
    for dots, colour, size in ((cool, accent, 7.0), (hot, warn, 10.0)):
        if dots:
            pen = QPen(colour, size)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawPoints(QPolygonF(dots))


def _daily_worst(points: tuple[tuple[datetime, int], ...]) -> dict[date, tuple[datetime, int]]:
    """The worst rating of each local day, so many entries in one day make one bar."""
    worst: dict[date, tuple[datetime, int]] = {}
    for moment, severity in points:
        day: date = _local_date(moment).toPython()  # type: ignore[assignment]
        if day not in worst or severity > worst[day][1]:
            worst[day] = (moment, severity)
    return worst


def symptoms_height(data: TrendData, font: QFont) -> int:
    metrics = QFontMetricsF(font)
    rows = max(1, len(data.symptoms))
    return int(metrics.height() * 2.5 + rows * STRIP_HEIGHT + metrics.height() + 12)


def paint_symptoms(painter: QPainter, rect: QRectF, data: TrendData, palette: QPalette) -> None:
    """One strip per symptom; each day's worst rating is a bar from 0 (none) to 4 (very severe)."""
    text = palette.color(QPalette.ColorRole.Text)
    accent = palette.color(QPalette.ColorRole.Highlight)
    metrics = QFontMetricsF(painter.font())
    bold = QFont(painter.font())
    bold.setBold(True)
    painter.save()
    painter.setFont(bold)
    painter.setPen(text)
    painter.drawText(
        QPointF(rect.left(), rect.top() + metrics.ascent()),
        translate("TrendChart", "Symptoms"),
    )
    painter.restore()
    painter.setPen(text)
    painter.drawText(
        QPointF(rect.left(), rect.top() + metrics.height() + metrics.ascent() + 2),
        translate(
            "TrendChart", "Bar height: worst rating that day, from 0 (none) to 4 (very severe)."
        ),
    )
    top = rect.top() + metrics.height() * 2.5
    left = rect.left() + LABEL_WIDTH
    right = rect.right() - MARGIN
    axis = _Axis(data, left, right)
    if not data.symptoms:
        painter.drawText(
            QRectF(left, top, right - left, STRIP_HEIGHT),
            Qt.AlignmentFlag.AlignCenter,
            translate("TrendChart", "No symptoms recorded in this period."),
        )
        _draw_time_axis(painter, data, axis, top, top + STRIP_HEIGHT, palette)
        return
    bottom = top + len(data.symptoms) * STRIP_HEIGHT
    _draw_time_axis(painter, data, axis, top, bottom, palette)
    day_width = axis.width * 86400 / axis.span
    bar_width = max(3.0, min(day_width * 0.7, 18.0))
    rule = QColor(text)
    rule.setAlphaF(0.35)
    bases = [top + (row + 1) * STRIP_HEIGHT - 6 for row in range(len(data.symptoms))]
    painter.setPen(QPen(rule, 1))
    painter.drawLines([QLineF(left, base, right, base) for base in bases])
    painter.setPen(text)
    bars: list[QRectF] = []
    for base, (label, points) in zip(bases, data.symptoms, strict=True):
        elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 10)
        painter.drawText(QPointF(rect.left(), base - 4), elided)
        for moment, severity in _daily_worst(points).values():
            x = axis.x(moment)
            height = max(2.0, (STRIP_HEIGHT - 12) * severity / 4)
            bars.append(QRectF(x - bar_width / 2, base - height, bar_width, height))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(accent)
    painter.drawRects(bars)
    painter.setBrush(Qt.BrushStyle.NoBrush)


class TrendChart(QWidget):
    """The Trends tab's canvas: temperature on top, one strip per symptom underneath."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("TrendChart", "Trends chart"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.data: TrendData | None = None

    def set_data(self, data: TrendData) -> None:
        self.data = data
        self.setAccessibleDescription(describe(data))
        self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        if self.data is None:
            return QSize(600, TEMPERATURE_HEIGHT)
        return QSize(600, TEMPERATURE_HEIGHT + 24 + symptoms_height(self.data, self.font()))

    def paintEvent(self, event: object) -> None:
        if self.data is None:
            return
        painter = QPainter(self)
        painter.setFont(self.font())
        paint_all(painter, QRectF(self.rect()), self.data, self.palette())
        painter.end()


def paint_all(painter: QPainter, rect: QRectF, data: TrendData, palette: QPalette) -> None:
    """Both charts stacked in ``rect`` (the PDF and the widget share this)."""
    temp_rect = QRectF(rect.left(), rect.top(), rect.width(), TEMPERATURE_HEIGHT)
    paint_temperature(painter, temp_rect, data, palette)
    sym_top = rect.top() + TEMPERATURE_HEIGHT + 24
    sym_rect = QRectF(rect.left(), sym_top, rect.width(), rect.bottom() - sym_top)
    paint_symptoms(painter, sym_rect, data, palette)


def describe(data: TrendData) -> str:
    """A sentence for screen readers: the chart in words."""
    parts = [
        translate("TrendChart", "%1 temperature readings").replace(
            "%1", str(len(data.temperatures))
        ),
        translate("TrendChart", "%1 fever events").replace("%1", str(len(data.fever_times))),
    ]
    for label, points in data.symptoms:
        worst = max(severity for _, severity in points) if points else 0
        parts.append(
            translate("TrendChart", "%1: %2 entries, worst %3 of 4")
            .replace("%1", label)
            .replace("%2", str(len(points)))
            .replace("%3", str(worst))
        )
    return "; ".join(parts)
