"""Pages for a laid-out QTextDocument that never split a table row, a line of text or the
chart, and never leave a heading alone at the foot of a page.

QTextDocument's own pagination breaks inside table rows: the rest of a row goes on to the next
page, where it reads as a row of its own with no date. So the document is laid out once as one
long page, the rows, lines and headings are measured, and each printed page shows a slice of it
that ends between two of them. A table that goes on to the next page gets its header row
repeated at the top.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QTextBlock, QTextCursor, QTextDocument, QTextTable

_EPSILON = 0.5


@dataclass(frozen=True)
class Span:
    """A stretch of the document no page may end inside."""

    top: float
    bottom: float


@dataclass(frozen=True)
class Page:
    """The slice ``[top, bottom)`` of the document, under ``header`` (a table's header row)
    when the page continues a table."""

    top: float
    bottom: float
    header: Span | None = None


@dataclass
class Measures:
    spans: list[Span]
    #: The top of each table row but the header row -> that table's header row.
    headers: dict[float, Span]
    height: float


def _table_rows(document: QTextDocument, table: QTextTable) -> list[Span]:
    """Each row from the middle of the gap above it to the middle of the gap below it.

    Every cell of a row starts at the same height, so one cell gives the row's top; the gap
    between two rows (padding and border) is the same all down the table, so the first row
    gives it. That keeps a table of hundreds of rows to one look-up per row."""
    layout = document.documentLayout()
    columns = table.columns()

    def first_top(row: int) -> float:
        return layout.blockBoundingRect(table.cellAt(row, 0).firstCursorPosition().block()).top()

    tops = [first_top(row) for row in range(table.rows())]
    frame = layout.frameBoundingRect(table)
    if len(tops) > 1:
        first_bottom = max(
            layout.blockBoundingRect(table.cellAt(0, c).lastCursorPosition().block()).bottom()
            for c in range(columns)
        )
        half_gap = (tops[1] - first_bottom) / 2
    else:
        half_gap = 0.0
    edges = [frame.top()] + [top - half_gap for top in tops[1:]] + [frame.bottom()]
    return [Span(edges[n], edges[n + 1]) for n in range(len(tops))]


def _lines(document: QTextDocument, block: QTextBlock) -> list[Span]:
    rect = document.documentLayout().blockBoundingRect(block)
    lines = block.layout()
    found = []
    for n in range(lines.lineCount()):
        line = lines.lineAt(n).rect()
        found.append(Span(rect.top() + line.top(), rect.top() + line.bottom()))
    return found or [Span(rect.top(), rect.bottom())]


def measure(document: QTextDocument) -> Measures:
    """The unbreakable spans of a document laid out as one long page."""
    spans: list[Span] = []
    headers: dict[float, Span] = {}
    tables: dict[int, list[Span]] = {}
    firsts: list[tuple[QTextBlock, Span]] = []  # each block (or table) and its first span
    block = document.begin()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None:
            key = table.firstPosition()
            if key not in tables:
                rows = tables[key] = _table_rows(document, table)
                spans.extend(rows)
                for row in rows[1:]:
                    headers[row.top] = rows[0]
                # A table starts with its header and first row together.
                first = Span(rows[0].top, rows[min(1, len(rows) - 1)].bottom)
                spans.append(first)
                firsts.append((block, first))
        else:
            lines = _lines(document, block)
            spans.extend(lines)
            firsts.append((block, lines[0]))
        block = block.next()
    for (block, first), (_next, following) in itertools.pairwise(firsts):
        if block.blockFormat().headingLevel() > 0:
            spans.append(Span(first.top, following.bottom))
    height = document.documentLayout().documentSize().height()
    return Measures(spans, headers, height)


def page_breaks(measures: Measures, page_height: float) -> list[Page]:
    """Slices of at most ``page_height`` (header included) ending between spans; a span taller
    than a page is cut where it must be."""
    pages: list[Page] = []
    start, header = 0.0, None
    spans = sorted(measures.spans, key=lambda s: s.top)
    while start < measures.height - _EPSILON:
        room = page_height - (header.bottom - header.top if header else 0.0)
        cut = start + room
        if cut >= measures.height:
            pages.append(Page(start, measures.height, header))
            break
        moved = True
        while moved:
            moved = False
            for span in spans:
                if span.top >= cut:
                    break
                if span.top > start + _EPSILON and span.top < cut < span.bottom - _EPSILON:
                    cut, moved = span.top, True
        if cut <= start + _EPSILON:
            cut = start + room
        pages.append(Page(start, cut, header))
        header = measures.headers.get(cut)
        start = cut
    return pages or [Page(0.0, measures.height)]


def draw_page(painter: QPainter, document: QTextDocument, page: Page, width: float) -> None:
    """Paint one page's slice at the painter's origin, the repeated header above it."""
    y = 0.0
    if page.header is not None:
        _draw_slice(painter, document, page.header.top, page.header.bottom, y, width)
        y = page.header.bottom - page.header.top
    _draw_slice(painter, document, page.top, page.bottom, y, width)


def _draw_slice(
    painter: QPainter, document: QTextDocument, top: float, bottom: float, at: float, width: float
) -> None:
    painter.save()
    painter.translate(0, at - top)
    document.drawContents(painter, QRectF(0, top, width, bottom - top))
    painter.restore()
