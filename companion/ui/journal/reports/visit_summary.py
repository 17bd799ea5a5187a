"""The visit summary: one printable PDF for the care team covering a chosen stretch of time.

Built as a QTextDocument laid out as one long page and painted a slice per page (see
``paginate``: no table row is split, a continued table repeats its header) onto a PDF writer or
a printer, so every page gets the same footer. The chart is drawn by the same painter code as
the Trends tab, on a light "paper" palette whatever the screen theme.
"""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from datetime import datetime, timedelta
from pathlib import Path
from statistics import median
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QMarginsF,
    QRectF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from companion.journal import fever, symptoms
from companion.journal.records import Child
from companion.ui.journal.counts.summary_counts import add_counts_chart, counts_html
from companion.ui.journal.entry_details import rule_text
from companion.ui.journal.forms.symptom_form import symptom_text
from companion.ui.journal.reports.paginate import draw_page, measure, page_breaks
from companion.ui.journal.reports.summary_chart import chart_image, paper_palette
from companion.ui.journal.reports.summary_questions import open_questions_html
from companion.ui.journal.reports.trends_view import TrendRecords, read_trend_records, trend_data
from companion.ui.widgets.entry_forms import from_utc, local_text
from companion.ui.widgets.page_size import page_size_for

#: Qt's translation function; pyside6-lupdate reads its calls (context first).
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from companion.journal import Journal

CHART_URL = QUrl("companion-chart:trends")
#: The severe-entries table shows the most recent ones; the summary table covers them all.
MAX_SEVERE_ROWS = 30
#: After-visit notes are shortened to about this many characters; the journal has them whole.
MAX_NOTE_CHARS = 200
FOOTER_POINTS = 8.5


def _h2(text: str) -> str:
    return f"<h2>{_e(text)}</h2>"


def _e(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _day(moment: datetime) -> str:
    return QLocale().toString(from_utc(moment).date(), "d MMM yyyy")


def _table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th align='left'>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return (
        "<table width='100%' border='1' cellspacing='0' cellpadding='4' "
        f"style='border-collapse: collapse; border-color: #999'><thead><tr>{head}</tr></thead>"
        f"{body}</table>"
    )


def _table_or(headers: list[str], rows: list[list[str]], empty: str) -> str:
    """The table, or a sentence saying there is nothing to show."""
    return _table(headers, rows) if rows else "<p>" + _e(empty) + "</p>"


def short_note(text: str, limit: int = MAX_NOTE_CHARS) -> str:
    """A note as it fits in a table cell: whole when short, else its first ``limit`` or so
    characters, cut at a word, on one line, ending with "…"."""
    text = text.strip()
    if len(text) <= limit:
        return text
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit]
    space = cut.rfind(" ")
    if flat[limit] != " " and space > limit * 3 // 4:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-") + "…"


def summary_html(
    journal: Journal,
    child: Child,
    start: datetime,
    end: datetime,
    made: datetime,
    records: TrendRecords | None = None,
) -> str:
    """The summary's content as HTML (the chart is the ``CHART_URL`` image). ``records`` are
    the chart's readings, symptoms and fever events when they have been read already."""
    if records is None:
        records = read_trend_records(journal, child.id, start, end)
    parts: list[str] = [
        "<h1>"
        + _e(translate("VisitSummary", "Visit summary: %1").replace("%1", child.name))
        + "</h1>",
        "<p>"
        + _e(
            translate("VisitSummary", "From %1 to %2")
            .replace("%1", _day(start))
            .replace("%2", _day(end - timedelta(seconds=1)))
        )
        + "<br>"
        + _e(translate("VisitSummary", "Made on %1").replace("%1", local_text(made)))
        + "</p>",
        "<p><b>"
        + _e(
            translate("VisitSummary", "Information from the family's journal, not medical advice.")
        )
        + "</b></p>",
    ]
    facts = []
    if child.birth_date is not None:
        birth = child.birth_date
        born = QLocale().toString(QDate(birth.year, birth.month, birth.day), "d MMM yyyy")
        facts.append(_e(translate("VisitSummary", "Born %1").replace("%1", born)))
    if child.diagnosis:
        facts.append(_e(child.diagnosis))
    if facts:
        parts.append("<p>" + " · ".join(facts) + "</p>")

    parts.append(_h2(translate("VisitSummary", "Appointments")))
    appointments = journal.list_appointments(child.id, start, end)
    upcoming = [a for a in journal.upcoming_appointments(child.id, now=end) if a.starts_at >= end]
    next_ids = {a.id for a in upcoming[:1]}
    listed = appointments + upcoming[:1]
    notes = {a.id: short_note(a.after_notes) for a in listed}
    rows = [
        [
            _e(local_text(a.starts_at))
            + (
                "<br><b>" + _e(translate("VisitSummary", "(next visit)")) + "</b>"
                if a.id in next_ids
                else ""
            ),
            _e(a.purpose),
            _e(" · ".join(p for p in (a.with_whom, a.place) if p)),
            _e(notes[a.id]),
        ]
        for a in listed
    ]
    headers = [
        translate("VisitSummary", "When"),
        translate("VisitSummary", "What for"),
        translate("VisitSummary", "With, where"),
        translate("VisitSummary", "Notes after"),
    ]
    parts.append(_table_or(headers, rows, translate("VisitSummary", "None in this period.")))
    if any(notes[a.id] != a.after_notes.strip() for a in listed):
        shortened = translate(
            "VisitSummary", "Long notes are shortened here. The full notes are in the journal."
        )
        parts.append(f"<p><i>{_e(shortened)}</i></p>")

    entries = records.symptoms
    parts.append(_h2(translate("VisitSummary", "Symptoms")))
    if entries:
        grouped: dict[str, list[int]] = defaultdict(list)
        last: dict[str, datetime] = {}
        for entry in entries:
            name = symptom_text(entry.symptom, entry.detail)
            grouped[name].append(entry.severity)
            last[name] = entry.recorded_at
        order = sorted(grouped, key=lambda n: (-max(grouped[n]), -len(grouped[n]), n))
        word = symptoms.severity_word
        rows = [
            [
                _e(name),
                str(len(grouped[name])),
                _e(translate("Symptoms", word(max(grouped[name]))) + f" ({max(grouped[name])}/4)"),
                _e(translate("Symptoms", word(int(median(grouped[name]))))),
                _e(_day(last[name])),
            ]
            for name in order
        ]
        headers = [
            translate("VisitSummary", "Symptom"),
            translate("VisitSummary", "Times"),
            translate("VisitSummary", "Worst"),
            translate("VisitSummary", "Usually"),
            translate("VisitSummary", "Last"),
        ]
        parts.append(_table(headers, rows))
        severe = [entry for entry in entries if entry.severity >= 3]
        if severe:
            shown = severe[-MAX_SEVERE_ROWS:]
            title = translate("VisitSummary", "Severe or very severe")
            if len(shown) < len(severe):
                title = (
                    translate("VisitSummary", "Severe or very severe: the latest %1 of %2")
                    .replace("%1", str(len(shown)))
                    .replace("%2", str(len(severe)))
                )
            parts.append(f"<h3>{_e(title)}</h3>")
            rows = [
                [
                    _e(local_text(e.recorded_at)),
                    _e(symptom_text(e.symptom, e.detail)),
                    _e(translate("Symptoms", word(e.severity))),
                    _e(e.notes),
                ]
                for e in shown
            ]
            parts.append(
                _table(
                    [
                        translate("VisitSummary", "When"),
                        translate("VisitSummary", "Symptom"),
                        translate("VisitSummary", "How bad"),
                        translate("VisitSummary", "Notes"),
                    ],
                    rows,
                )
            )
    else:
        parts.append(
            "<p>" + _e(translate("VisitSummary", "None recorded in this period.")) + "</p>"
        )

    parts.append(
        "<h2>" + _e(translate("VisitSummary", "Temperature and symptoms over time")) + "</h2>"
    )
    parts.append(f"<p><img src='{CHART_URL.toString()}'></p>")

    readings = records.readings
    if readings:
        top = max(readings, key=lambda r: r.celsius)
        parts.append(
            "<p>"
            + _e(
                translate("VisitSummary", "%1 readings. Highest: %2 on %3.")
                .replace("%1", str(len(readings)))
                .replace("%2", fever.format_temperature(top.value, top.unit))
                .replace("%3", local_text(top.taken_at))
            )
            + "</p>"
        )
    parts += counts_html(journal, child.id, start, end)  # latest ANC, counts, counts chart
    parts.append(_h2(translate("VisitSummary", "Fever events")))
    rows = [
        [_e(local_text(e.occurred_at)), _e(rule_text(e.rule)), _e(e.summary)]
        for e in reversed(records.fever_events)
    ]
    headers = [
        translate("VisitSummary", "When"),
        translate("VisitSummary", "Rule met"),
        translate("VisitSummary", "What happened"),
    ]
    parts.append(_table_or(headers, rows, translate("VisitSummary", "None in this period.")))

    parts.append(_h2(translate("VisitSummary", "Medicines given")))
    medicines = {m.id: m for m in journal.list_medicines(child.id)}
    doses = journal.doses_between(child.id, start, end)
    counts = Counter(d.medicine_id for d in doses)
    last_dose = {d.medicine_id: d.given_at for d in doses}
    rows = [
        [
            _e(medicines[mid].name),
            _e(medicines[mid].dose),
            _e(
                medicines[mid].schedule
                + (
                    " " + translate("VisitSummary", "(when needed)")
                    if medicines[mid].as_needed
                    else ""
                )
            ),
            str(counts[mid]),
            _e(local_text(last_dose[mid])),
        ]
        for mid in medicines
        if counts[mid]
    ]
    headers = [
        translate("VisitSummary", "Medicine"),
        translate("VisitSummary", "Dose"),
        translate("VisitSummary", "When to give"),
        translate("VisitSummary", "Doses"),
        translate("VisitSummary", "Last"),
    ]
    parts.append(
        _table_or(
            headers,
            rows,
            translate("VisitSummary", "No doses logged in this period."),
        )
    )

    parts += open_questions_html(journal.list_questions(child.id, open_only=True), start, end)
    return "".join(parts)


def write_visit_summary(
    journal: Journal,
    child_id: str,
    start: datetime,
    end: datetime,
    path: str | Path,
    *,
    made: datetime | None = None,
) -> int:
    """Write the PDF to ``path``; returns the number of pages. Needs a QGuiApplication.

    The file's metadata names no child and holds no health data: a file list or a search
    index shows only "Visit summary"."""
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setTitle(translate("VisitSummary", "Visit summary"))
    writer.setCreator("Companion")
    return render_visit_summary(journal, child_id, start, end, writer, made=made)


def render_visit_summary(
    journal: Journal,
    child_id: str,
    start: datetime,
    end: datetime,
    device: QPagedPaintDevice,
    *,
    made: datetime | None = None,
) -> int:
    """Lay the summary out on ``device`` (a PDF writer or a printer) page by page; returns
    the number of pages. No table row is split between pages (see ``paginate``)."""
    child = journal.get(Child, child_id)
    made = made or datetime.now().astimezone()
    device.setPageSize(page_size_for())
    device.setPageMargins(QMarginsF(16, 14, 16, 14), QPageLayout.Unit.Millimeter)
    resolution = device.logicalDpiY()
    area = device.pageLayout().paintRectPixels(resolution)

    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    font = QFont()
    font.setPointSizeF(10.5)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(
        "h1 { font-size: 18pt; } h2 { font-size: 13pt; } th { background: #e8e8e8; }"
    )
    records = read_trend_records(journal, child_id, start, end)  # the chart and the tables
    image = chart_image(trend_data(records))
    document.addResource(QTextDocument.ResourceType.ImageResource, CHART_URL, image)
    html_text = summary_html(journal, child, start, end, made, records)
    width = area.width()
    # HTML sizes are in 96-dpi pixels, scaled by the document to the device's resolution.
    css_width = width * 96 / resolution * 0.98
    css_height = css_width * image.height() / image.width()
    html_text = html_text.replace(
        f"<img src='{CHART_URL.toString()}'>",
        f"<img src='{CHART_URL.toString()}' width='{css_width:.0f}' height='{css_height:.0f}'>",
    )
    html_text = add_counts_chart(
        document, html_text, journal, child_id, start, end, css_width, paper_palette()
    )
    document.setHtml(html_text)
    document.setTextWidth(width)  # one long page; paginate cuts it between rows
    footer_height = resolution * 0.35
    pages = page_breaks(measure(document), area.height() - footer_height)

    footer_font = QFont()
    footer_font.setPointSizeF(FOOTER_POINTS)
    painter = QPainter(device)
    try:
        for number, page in enumerate(pages):
            if number:
                device.newPage()
            draw_page(painter, document, page, width)
            footer = translate(
                "VisitSummary",
                "%1 · Made %2 with Companion · Information, not medical advice · Page %3 of %4",
            )
            footer = (
                footer.replace("%1", child.name)
                .replace("%2", _day(made))
                .replace("%3", str(number + 1))
                .replace("%4", str(len(pages)))
            )
            painter.setFont(footer_font)
            painter.setPen(QColor("#333333"))
            painter.drawText(
                QRectF(0, area.height() - footer_height * 0.8, width, footer_height * 0.8),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                footer,
            )
    finally:
        painter.end()
    return len(pages)
