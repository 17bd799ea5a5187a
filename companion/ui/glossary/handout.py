"""A printed handout of glossary words: what a nurse gives a family to take home.

One or two pages, big enough to read at arm's length (body 12 pt or more, terms 16 pt), dated,
with the line that this is information and not medical advice, and the sources. The same
drawing code serves a PDF file (QPdfWriter) and a real printer (QPrinter).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from companion.glossary.terms import Term
from companion.ui.widgets.page_size import page_size_for

#: Qt's translation function; pyside6-lupdate reads its calls (context first).
translate = QCoreApplication.translate

BODY_PT = 12
TERM_PT = 18
TITLE_PT = 22
MAX_PAGES = 2
_FOOTER_ALIGN = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)


def disclaimer() -> str:
    return translate(
        "Handout",
        "This handout gives information, not medical advice. "
        "Ask your care team about your child's care.",
    )


def date_text(date: dt.date, locale: QLocale) -> str:
    return locale.toString(QDate(date.year, date.month, date.day), "d MMMM yyyy")


def english_labels() -> dict[str, str]:
    return {
        "say": translate("Handout", "Say it: %1"),
        "why": translate("Handout", "Why it matters:"),
        "ask": translate("Handout", "You could ask:"),
    }


def term_block(term: Term, detail: int, labels: Mapping[str, str], name: str | None = None) -> str:
    """One word as HTML at a level of ``detail`` (2 everything, -1 only the summary)."""
    esc = html.escape
    style = f"font-size:{TERM_PT}pt; margin-top:10px; margin-bottom:4px"
    parts = [f"<h2 style='{style}'>{esc(name or term.term)}</h2>"]
    if term.pronunciation and "say" in labels:
        parts.append(f"<p><i>{esc(labels['say'].replace('%1', term.pronunciation))}</i></p>")
    parts.append(f"<p><b>{esc(term.summary)}</b></p>")
    if detail >= 0:
        parts.append(f"<p>{esc(term.explanation)}</p>")
    if detail >= 1 and term.why_it_matters:
        parts.append(f"<p><b>{esc(labels['why'])}</b> {esc(term.why_it_matters)}</p>")
    if detail >= 2 and term.questions:
        items = "".join(f"<li>{esc(q)}</li>" for q in term.questions)
        parts.append(f"<p><b>{esc(labels['ask'])}</b></p><ul>{items}</ul>")
    return "".join(parts)


def sources_html(terms: Sequence[Term], detail: int, heading: str) -> str:
    """Each word's sources, grouped by word, so a family can see where each fact came from."""
    esc = html.escape
    parts = [f"<h3 style='font-size:{BODY_PT + 2}pt'>{esc(heading)}</h3>"]
    for term in terms:
        names = [
            f"{source.label} ({source.url})" if detail >= 1 and source.url else source.label
            for source in term.sources
        ]
        parts.append(f"<p><b>{esc(term.term)}:</b> {esc('; '.join(names))}</p>")
    return "".join(parts)


#: How the handout shortens to fit two pages: (detail of the words, how sources are listed).
#: Sources shorten first (publisher and title, then publishers only), then the words lose
#: their questions, "why it matters", and the longer explanations, in that order.
LEVELS: tuple[tuple[int, str], ...] = (
    (2, "titles"),
    (2, "publishers"),
    (1, "publishers"),
    (0, "publishers"),
    (-1, "publishers"),
)


def compact_sources_html(terms: Sequence[Term], level: str, heading: str) -> str:
    """Each word's sources on one line: "Publisher: Title (date)", or the publishers only;
    never a web address or a file name (the glossary keeps the addresses)."""
    esc = html.escape
    parts = [f"<h3 style='font-size:{BODY_PT}pt'>{esc(heading)}</h3>"]
    small = f"font-size:{BODY_PT}pt; margin:0"
    for term in terms:
        if level == "titles":
            names = [source.label for source in term.sources]
        else:
            names = list(dict.fromkeys(source.publisher for source in term.sources))
        parts.append(f"<p style='{small}'><b>{esc(term.term)}:</b> {esc('; '.join(names))}</p>")
    return "".join(parts)


def notes_box(care_number: str | None) -> str:
    """A box to write in: notes, and the care team's number (filled in when it is known)."""
    esc = html.escape
    number = esc(care_number) if care_number else "&nbsp;" * 40
    blank = "<br>" * 2
    call = esc(translate("Handout", "Your care team’s number:"))
    notes = esc(translate("Handout", "Notes:"))
    return (
        "<table border='1' cellspacing='0' cellpadding='6' width='100%' "
        "style='margin-top:12px; border-color:#000000'>"
        f"<tr><td><b>{call}</b> {number}</td></tr>"
        f"<tr><td><b>{notes}</b>{blank}</td></tr></table>"
    )


def _html(
    terms: Sequence[Term],
    date: dt.date,
    locale: QLocale,
    detail: int,
    sources: str = "titles",
    care_number: str | None = None,
) -> str:
    """The handout as simple HTML: the words first, then a box for notes and the care team's
    number, then the sources; ``detail`` 2 has everything, -1 only each word's summary."""
    esc = html.escape
    title = translate("Handout", "Words from today")
    made_on = translate("Handout", "Made on %1").replace("%1", date_text(date, locale))
    parts = [
        f"<h1 style='font-size:{TITLE_PT}pt'>{esc(title)}</h1>",
        f"<p>{esc(made_on)}</p>",
        f"<p><b>{esc(disclaimer())}</b></p>",
    ]
    if detail < 0:
        parts.append(
            "<p>"
            + esc(translate("Handout", "Each word is explained in full in the Companion glossary."))
            + "</p>"
        )
    labels = english_labels()
    parts += [term_block(term, detail, labels) for term in terms]
    parts.append(notes_box(care_number))
    parts.append(compact_sources_html(terms, sources, translate("Handout", "Sources")))
    return "".join(parts)


def _layout(device: QPagedPaintDevice, text: str) -> tuple[QTextDocument, QRectF]:
    """Lay the text out for the device's page, leaving room at the bottom for the footer."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(BODY_PT)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(
        f"body, p, li {{ font-size: {BODY_PT}pt; }} p {{ margin-top: 0px; margin-bottom: 6px; }}"
    )
    document.setHtml(text)
    page = device.pageLayout().paintRectPixels(device.logicalDpiX())
    footer = _footer_height(device)
    body = QRectF(0, 0, page.width(), page.height() - footer)
    document.setPageSize(QSizeF(body.width(), body.height()))
    return document, body


def _footer_font() -> QFont:
    font = QFont("DejaVu Sans")
    font.setPointSizeF(BODY_PT)
    return font


def _footer_height(device: QPagedPaintDevice) -> float:
    return BODY_PT * 2.4 * device.logicalDpiY() / 72


def render_handout(
    terms: Sequence[Term],
    device: QPagedPaintDevice,
    *,
    date: dt.date | None = None,
    locale: QLocale | None = None,
    care_number: str | None = None,
) -> int:
    """Draw the handout on ``device`` (a PDF writer or a printer); returns the page count.

    If everything would not fit on two pages it shortens, in the order of :data:`LEVELS`:
    the sources first, then the questions, "why it matters" and the longer explanations.
    """
    locale = locale or QLocale()
    date = date or dt.date.today()
    return render_paged(
        device,
        lambda level: _html(terms, date, locale, *LEVELS[level], care_number=care_number),
        lambda page, pages: (
            translate("Handout", "Page %1 of %2 - %3")
            .replace("%1", str(page))
            .replace("%2", str(pages))
            .replace("%3", str(date_text(date, locale)))
        ),
        range(len(LEVELS)),
    )


def render_paged(
    device: QPagedPaintDevice,
    html_at: Callable[[int], str],
    footer: Callable[[int, int], str],
    levels: Sequence[int] = (2, 1, 0, -1),
) -> int:
    """Draw the first ``html_at(level)`` of ``levels`` (richest first) that fits on two pages,
    with ``footer(page, pages)`` under each page; returns the page count."""
    for detail in levels:
        document, body = _layout(device, html_at(detail))
        if document.pageCount() <= MAX_PAGES:
            break
    pages = document.pageCount()
    painter = QPainter(device)
    try:
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.translate(0, -page * body.height())
            document.drawContents(painter, body.translated(0, page * body.height()))
            painter.restore()
            painter.setFont(_footer_font())
            strip = QRectF(0, body.height(), body.width(), _footer_height(device))
            painter.drawText(strip, _FOOTER_ALIGN, footer(page + 1, pages))
    finally:
        painter.end()
    return pages


def pdf_writer(path: str | Path, title: str, locale: QLocale) -> QPdfWriter:
    """A 300 dpi PDF writer on the locale's paper, with the handout's margins."""
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setCreator("Companion")
    writer.setTitle(title)
    writer.setPageLayout(
        QPageLayout(
            page_size_for(locale),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 12, 15, 10),
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer


def write_handout(
    terms: Sequence[Term],
    path: str | Path,
    *,
    date: dt.date | None = None,
    locale: QLocale | None = None,
    care_number: str | None = None,
) -> int:
    """Save the handout as a PDF at ``path``; returns the number of pages (1 or 2 usually)."""
    locale = locale or QLocale()
    writer = pdf_writer(path, translate("Handout", "Words from today"), locale)
    return render_handout(terms, writer, date=date, locale=locale, care_number=care_number)
