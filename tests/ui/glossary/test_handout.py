"""The printed handout: page count, paper size, type size, the words, date and disclaimer.

The pages are also rendered to images with ``pdftoppm`` (poppler-utils) and looked at: not
blank, and inked the way lines of text are.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QImage

from companion.glossary.terms import Glossary, Term, load_glossary
from companion.ui.glossary.handout import date_text, disclaimer, write_handout

DAY = dt.date(2026, 11, 22)


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary()


FILE_NAME = re.compile(r"[0-9a-f]{16}\.txt|seed page", re.IGNORECASE)


def longest(glossary: Glossary, count: int) -> list[Term]:
    """The wordiest entries: the hardest case for fitting on two pages."""

    def size(term: Term) -> int:
        return len(term.summary) + len(term.explanation) + len(term.why_it_matters or "")

    return sorted(glossary.terms, key=size, reverse=True)[:count]


def pdf_text(path: Path) -> str:
    pages = PdfReader(path).pages
    text = " ".join(page.extract_text() for page in pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def font_sizes(path: Path) -> list[tuple[float, str]]:
    """(size in points, text) for every piece of text on every page."""
    found: list[tuple[float, str]] = []
    for page in PdfReader(path).pages:

        def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
            if text.strip():
                scale = math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3])
                plain = unicodedata.normalize("NFKC", text)  # "ﬂ" ligatures read as "fl"
                found.append((round(size * scale, 1), " ".join(plain.split())))

        page.extract_text(visitor_text=visit)
    return found


def page_images(path: Path, tmp_path: Path) -> list[QImage]:
    prefix = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(path), str(prefix)], check=True)
    images = [QImage(str(p)) for p in sorted(tmp_path.glob("page*.png"))]
    assert images and all(not image.isNull() for image in images)
    return images


def ink_lines(image: QImage) -> tuple[float, int]:
    """Share of dark pixels, and how many separate bands of inked rows (lines of text)."""
    dark_total, bands, in_band = 0, 0, False
    for y in range(image.height()):
        dark = sum(QColor(image.pixel(x, y)).lightness() < 110 for x in range(image.width()))
        dark_total += dark
        if dark and not in_band:
            bands += 1
        in_band = dark > 0
    return dark_total / (image.width() * image.height()), bands


def test_a_few_words_fit_on_one_or_two_pages(qapp: Any, glossary: Glossary, tmp_path: Path) -> None:
    path = tmp_path / "three.pdf"
    pages = write_handout(glossary.terms[:3], path, date=DAY, locale=QLocale("en_GB"))
    assert pages in (1, 2) and len(PdfReader(path).pages) == pages


def test_eight_long_words_still_fit_on_two_pages(
    qapp: Any, glossary: Glossary, tmp_path: Path
) -> None:
    path = tmp_path / "eight.pdf"
    terms = longest(glossary, 8)
    assert write_handout(terms, path, date=DAY, locale=QLocale("en_US")) <= 2
    text = pdf_text(path)
    for term in terms:
        assert " ".join(term.term.split()) in text


def test_words_date_disclaimer_and_sources_are_in_the_text(
    qapp: Any, glossary: Glossary, tmp_path: Path
) -> None:
    path = tmp_path / "handout.pdf"
    terms = glossary.terms[:4]
    write_handout(terms, path, date=DAY, locale=QLocale("en_GB"))
    text = pdf_text(path)
    assert date_text(DAY, QLocale("en_GB")) == "22 November 2026"
    assert "22 November 2026" in text
    assert disclaimer() == (
        "This handout gives information, not medical advice. "
        "Ask your care team about your child's care."
    )
    assert disclaimer() in text
    for term in terms:
        assert term.term in text and term.summary in text
        assert term.sources[0].label in text
    assert "Sources" in text


def test_type_is_readable_at_arms_length(qapp: Any, glossary: Glossary, tmp_path: Path) -> None:
    path = tmp_path / "sizes.pdf"
    terms = longest(glossary, 8)
    write_handout(terms, path, date=DAY, locale=QLocale("en_GB"))
    sizes = font_sizes(path)
    assert min(size for size, _ in sizes) >= 12.0
    headings = {text: size for size, text in sizes}
    for term in terms:
        assert headings.get(" ".join(term.term.split()), 0) >= 16.0, term.term


def test_paper_follows_the_locale(qapp: Any, glossary: Glossary, tmp_path: Path) -> None:
    letter, a4 = tmp_path / "letter.pdf", tmp_path / "a4.pdf"
    write_handout(glossary.terms[:2], letter, date=DAY, locale=QLocale("en_US"))
    write_handout(glossary.terms[:2], a4, date=DAY, locale=QLocale("en_GB"))
    box = PdfReader(letter).pages[0].mediabox
    assert (round(box.width), round(box.height)) == (612, 792)
    box = PdfReader(a4).pages[0].mediabox
    assert (round(box.width), round(box.height)) == (595, 842)


def test_pages_look_like_printed_text(qapp: Any, glossary: Glossary, tmp_path: Path) -> None:
    path = tmp_path / "look.pdf"
    pages = write_handout(longest(glossary, 6), path, date=DAY, locale=QLocale("en_GB"))
    images = page_images(path, tmp_path)
    assert len(images) == pages
    share, bands = ink_lines(images[0])
    assert 0.005 < share < 0.25  # ink, but not a solid block
    assert bands >= 15  # many separate lines of text
    corner = images[0].pixel(2, 2)
    assert QColor(corner).lightness() > 240  # white paper


def test_the_words_come_first_and_sources_shorten_before_questions(
    qapp: Any, glossary: Glossary, tmp_path: Path
) -> None:
    path = tmp_path / "order.pdf"
    asking = [t for t in glossary.terms if t.questions]
    terms = sorted(asking, key=lambda t: len(t.explanation) + len(t.summary))[:5]
    write_handout(terms, path, date=DAY, locale=QLocale("en_US"))
    text = pdf_text(path)
    assert "You could ask:" in text  # five words fit with their questions
    last_word = max(text.index(term.summary) for term in terms)
    assert text.index("Your care team’s number:") > last_word
    assert text.rindex("Sources") > text.index("Notes:")
    assert "http" not in text  # the glossary keeps the addresses; paper gets publisher and title
    assert not FILE_NAME.search(text)


def test_the_box_carries_the_care_teams_number_when_it_is_known(
    qapp: Any, glossary: Glossary, tmp_path: Path
) -> None:
    path = tmp_path / "number.pdf"
    number = "Oncology nurse line: +1 734-936-9814"
    write_handout(glossary.terms[:2], path, date=DAY, locale=QLocale("en_US"), care_number=number)
    assert number in pdf_text(path)


def test_paper_comes_from_the_one_rule(qapp: Any, glossary: Glossary, tmp_path: Path) -> None:
    from companion.ui.widgets.page_size import uses_letter

    for name in ("en_US", "en_GB", "es_MX", "es_ES", "fr_CA"):
        path = tmp_path / f"{name}.pdf"
        write_handout(glossary.terms[:1], path, date=DAY, locale=QLocale(name))
        width = float(PdfReader(path).pages[0].mediabox.width)
        letter = abs(width - 612) < 2  # points; A4 is 595
        assert letter == uses_letter(QLocale(name)), name
