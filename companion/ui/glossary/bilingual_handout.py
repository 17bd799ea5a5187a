"""The handout in English and Spanish side by side: one row per word, a column per language.

For a family who reads Spanish and a care team who speaks English: each word's two texts share
a row, so they always start on the same page and either reader can point at the other's word.
The layout rules are the English handout's (``handout.py``): one or two pages, body 12 pt,
terms 18 pt, dated, the disclaimer, the sources, and the same order of shortening, with one
last step two columns need: the sources as the list of their publishers.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QPagedPaintDevice

from companion.glossary.terms import Term
from companion.ui.glossary.handout import (
    TITLE_PT,
    date_text,
    disclaimer,
    english_labels,
    pdf_writer,
    render_paged,
    sources_html,
    term_block,
)
from companion.ui.glossary.spanish_words import SPANISH, spanish_date

#: Qt's translation function; pyside6-lupdate reads its calls (context first).
translate = QCoreApplication.translate

#: An English word and its Spanish text (None while a word has no Spanish text yet).
Pair = tuple[Term, Term | None]

_ROW = "<table width='100%' cellspacing='0' cellpadding='5'><tr>{cells}</tr></table>"
_CELL = "<td width='50%' valign='top'>{body}</td>"


def _row(left: str, right: str) -> str:
    return _ROW.format(cells=_CELL.format(body=left) + _CELL.format(body=right))


def _html(pairs: Sequence[Pair], date: dt.date, locale: QLocale, detail: int) -> str:
    esc = html.escape
    title = f"<h1 style='font-size:{TITLE_PT}pt'>{{}}</h1>"
    made_on = translate("Handout", "Made on %1").replace("%1", str(date_text(date, locale)))
    english = [
        title.format(esc(translate("Handout", "Words from today"))),
        f"<p>{esc(made_on)}</p><p><b>{esc(disclaimer())}</b></p>",
    ]
    spanish = [
        title.format(esc(SPANISH["title"])),
        f"<p>{esc(SPANISH['made_on'].replace('%1', spanish_date(date)))}</p>",
        f"<p><b>{esc(SPANISH['disclaimer'])}</b></p>",
    ]
    if detail < 0:
        english.append(
            "<p>"
            + esc(translate("Handout", "Each word is explained in full in the Companion glossary."))
            + "</p>"
        )
        spanish.append(f"<p>{esc(SPANISH['summary_only'])}</p>")
    parts = [_row("".join(english), "".join(spanish))]
    labels = english_labels()
    for word, translated in pairs:
        other = (
            term_block(translated, detail, SPANISH)
            if translated is not None
            else f"<p><i>{esc(SPANISH['missing'])}</i></p>"
        )
        parts.append(_row(term_block(word, detail, labels), other))
    heading = translate("Handout", "Sources") + " · " + SPANISH["sources"]
    words = [word for word, _ in pairs]
    if detail >= -1:
        parts.append(sources_html(words, detail, heading))
    else:
        publishers = dict.fromkeys(source.publisher for word in words for source in word.sources)
        parts.append(f"<h3>{esc(heading)}</h3><p>{esc('; '.join(publishers))}</p>")
    return "".join(parts)


def render_bilingual_handout(
    pairs: Sequence[Pair],
    device: QPagedPaintDevice,
    *,
    date: dt.date | None = None,
    locale: QLocale | None = None,
) -> int:
    """Draw the two-language handout on ``device``; returns the page count."""
    locale = locale or QLocale()
    date = date or dt.date.today()

    def footer(page: int, pages: int) -> str:
        english = (
            translate("Handout", "Page %1 of %2 - %3")
            .replace("%1", str(page))
            .replace("%2", str(pages))
            .replace("%3", str(date_text(date, locale)))
        )
        return f"{english} · {SPANISH['page'].replace('%1', str(page)).replace('%2', str(pages))}"

    return render_paged(
        device, lambda detail: _html(pairs, date, locale, detail), footer, (2, 1, 0, -1, -2)
    )


def write_bilingual_handout(
    pairs: Sequence[Pair],
    path: str | Path,
    *,
    date: dt.date | None = None,
    locale: QLocale | None = None,
) -> int:
    """Save the two-language handout as a PDF at ``path``; returns the number of pages."""
    locale = locale or QLocale()
    title = translate("Handout", "Words from today") + " · " + SPANISH["title"]
    writer = pdf_writer(path, title, locale)
    return render_bilingual_handout(pairs, writer, date=date, locale=locale)
