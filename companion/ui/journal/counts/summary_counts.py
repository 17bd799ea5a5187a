"""The visit summary's blood counts: the latest ANC and its date, the period's counts as a
table, and the counts chart (the same painter routine as the Counts tab, drawn on an image)."""

from __future__ import annotations

import html
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, QUrl
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette, QTextDocument

from companion.journal.counts.words import value_text
from companion.ui.journal.counts.count_chart import BAND_HEIGHT, SERIES, CountData, paint_counts
from companion.ui.journal.counts.counts_view import count_data
from companion.ui.journal.counts.latest import latest_anc_text
from companion.ui.widgets.entry_forms import local_text

if TYPE_CHECKING:
    from companion.journal import Journal

COUNTS_URL = QUrl("companion-chart:counts")
WIDTH = 820
SCALE = 2.0
MAX_ROWS = 12


#: Qt's translation function; pyside6-lupdate reads its calls (context first).
translate = QCoreApplication.translate


def counts_image(data: CountData, palette: QPalette) -> QImage:
    """The chart on white paper, laid out at its printed size before it is painted."""
    height = BAND_HEIGHT * len(SERIES)
    image = QImage(int(WIDTH * SCALE), int(height * SCALE), QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(SCALE)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    font = QFont()
    font.setPixelSize(14)
    painter.setFont(font)
    paint_counts(painter, QRectF(0, 0, WIDTH, height), data, palette)
    painter.end()
    return image


def counts_html(journal: Journal, child_id: str, start: datetime, end: datetime) -> list[str]:
    """The section's HTML: latest ANC (whenever it was drawn), the period's counts, the chart."""
    parts = ["<h2>" + html.escape(translate("VisitSummary", "Blood counts")) + "</h2>"]
    latest = latest_anc_text(journal, child_id)
    if latest:
        parts.append(f"<p><b>{html.escape(latest)}</b></p>")
    counts = journal.counts_between(child_id, start, end)
    if not counts:
        parts.append(
            "<p>" + html.escape(translate("VisitSummary", "None recorded in this period.")) + "</p>"
        )
        return parts
    headers = [
        translate("VisitSummary", "Blood taken"),
        translate("VisitSummary", "WBC"),
        translate("VisitSummary", "ANC"),
        translate("VisitSummary", "Hemoglobin"),
        translate("VisitSummary", "Platelets"),
    ]
    rows = [
        [local_text(c.drawn_at)]
        + [value_text(c, name) for name in ("wbc", "anc", "hemoglobin", "platelets")]
        for c in counts[-MAX_ROWS:]
    ]
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows
    )
    parts.append(f"<table border='1' cellspacing='0' cellpadding='4'><tr>{head}</tr>{body}</table>")
    if len(counts) > MAX_ROWS:
        text = translate(
            "VisitSummary", "The latest %1 of %2 counts; all are in the chart and the journal."
        )
        parts.append(
            "<p><i>"
            + html.escape(text.replace("%1", str(MAX_ROWS)).replace("%2", str(len(counts))))
            + "</i></p>"
        )
    parts.append(f"<p><img src='{COUNTS_URL.toString()}'></p>")
    return parts


def add_counts_chart(
    document: QTextDocument,
    html_text: str,
    journal: Journal,
    child_id: str,
    start: datetime,
    end: datetime,
    css_width: float,
    palette: QPalette,
) -> str:
    """Put the counts chart into ``document`` and size its image tag to the page's width."""
    tag = f"<img src='{COUNTS_URL.toString()}'>"
    if tag not in html_text:
        return html_text
    image = counts_image(count_data(journal, child_id, start, end), palette)
    document.addResource(QTextDocument.ResourceType.ImageResource, COUNTS_URL, image)
    css_height = css_width * image.height() / image.width()
    sized = f"<img src='{COUNTS_URL.toString()}' width='{css_width:.0f}' height='{css_height:.0f}'>"
    return html_text.replace(tag, sized)
