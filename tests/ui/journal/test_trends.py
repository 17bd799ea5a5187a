"""Trends: temperature and symptom charts over a chosen range, fever events marked, any theme."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDate, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPalette

from companion.journal import Journal
from companion.journal.records import Child
from companion.ui.journal.journal_page import JournalPage
from companion.ui.journal.reports.trend_chart import TrendData, paint_all, warning_color


def fill(journal: Journal, child_id: str) -> None:
    now = datetime.now(UTC)
    for day in range(40):
        journal.add_temperature(child_id, 37.0 + (day % 3) / 10, taken_at=now - timedelta(days=day))
    hot = journal.add_temperature(child_id, 38.6, taken_at=now - timedelta(days=3, hours=2))
    journal.add_fever_event(child_id, "high", "38.6", reading_id=hot.id, occurred_at=hot.taken_at)
    for day in range(0, 20, 2):
        journal.add_symptom(child_id, "nausea", 1 + day % 3, recorded_at=now - timedelta(days=day))
    journal.add_symptom(child_id, "pain", 4, detail="knee", recorded_at=now - timedelta(days=50))


def colours(image: QImage) -> set[int]:
    return {
        image.pixel(x, y) & 0xFFFFFF
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    }


def test_range_choice_changes_what_is_charted(
    qtbot, page: JournalPage, journal: Journal, maya: Child
):
    fill(journal, maya.id)
    trends = page.trends
    page.show_tab(trends)
    trends.range.setCurrentIndex(trends.range.findText("Last 7 days"))
    data = trends.chart.data
    assert data is not None
    assert len(data.temperatures) == 8  # seven days of readings plus the hot one
    assert len(data.fever_times) == 1
    assert [label for label, _ in data.symptoms] == ["Nausea"]
    assert data.threshold == 38.0 and data.unit == "C"
    assert "1 fever events" in trends.chart.accessibleDescription()

    trends.range.setCurrentIndex(trends.range.findText("Last 3 months"))
    data = trends.chart.data
    assert len(data.temperatures) == 41
    assert [label for label, _ in data.symptoms] == ["Nausea", "Pain (knee)"]

    trends.range.setCurrentIndex(trends.range.findText("Choose dates"))
    assert trends.start_date.isVisible()
    trends.start_date.setDate(QDate.currentDate().addDays(-55))
    trends.end_date.setDate(QDate.currentDate().addDays(-45))
    data = trends.chart.data
    assert data.temperatures == ()
    assert [label for label, _ in data.symptoms] == ["Pain (knee)"]


def test_chart_draws_on_screen(qtbot, page: JournalPage, journal: Journal, maya: Child):
    fill(journal, maya.id)
    page.show_tab(page.trends)
    page.trends.refresh()
    qtbot.waitUntil(lambda: page.trends.chart.isVisible())
    image = page.trends.chart.grab().toImage()
    assert image.height() >= page.trends.chart.sizeHint().height() - 1
    assert len(colours(image)) > 20  # axes, labels, lines, bars: not an empty box


def test_chart_follows_the_palette_in_dark_mode(qtbot):
    """Every colour comes from the palette: render with odd colours and find only them."""
    now = datetime.now(UTC)
    data = TrendData(
        start=now - timedelta(days=7),
        end=now,
        temperatures=((now - timedelta(days=2), 37.1), (now - timedelta(days=1), 38.4)),
        threshold=38.0,
        fever_times=(now - timedelta(days=1),),
        symptoms=(("Nausea", ((now - timedelta(days=1), 3),)),),
    )
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#101820"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#00ff00"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#0000ff"))
    image = QImage(900, 700, QImage.Format.Format_RGB32)
    image.fill(QColor("#101820"))
    painter = QPainter(image)
    paint_all(painter, QRectF(0, 0, 900, 700), data, palette)
    painter.end()
    found = colours(image)
    assert 0x00FF00 in found  # text and axes in the palette's text colour
    assert 0x0000FF in found  # data in the highlight colour
    assert warning_color(palette).rgb() & 0xFFFFFF in found  # fever marks, light red on dark
    assert 0x000000 not in found and 0xFFFFFF not in found  # nothing hard-coded
    light = QPalette()
    light.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    assert warning_color(light) != warning_color(palette)
