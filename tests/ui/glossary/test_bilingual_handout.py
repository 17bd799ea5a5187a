"""The handout in English and Spanish: each word's two texts side by side on the same page.

Read back with pypdf (someone else's parser) and looked at with pdftoppm.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QImage

from companion.glossary.terms import Glossary, Term, load_glossary
from companion.ui.glossary.bilingual_handout import Pair, write_bilingual_handout
from companion.ui.glossary.handout import disclaimer
from companion.ui.glossary.spanish_words import SPANISH
from tests.ui.glossary.test_handout import font_sizes

DAY = dt.date(2026, 11, 22)


@pytest.fixture(scope="module")
def english() -> Glossary:
    return load_glossary()


@pytest.fixture(scope="module")
def spanish() -> Glossary:
    return load_glossary(language="es")


def pairs_for(english: Glossary, spanish: Glossary, ids: list[str]) -> list[Pair]:
    found = [english.get(term_id) for term_id in ids]
    return [(term, spanish.get(term.id)) for term in found if term is not None]


def longest(english: Glossary, spanish: Glossary, count: int) -> list[Pair]:
    """The wordiest translated words: the hardest case for two columns on two pages."""

    def size(term: Term) -> int:
        return len(term.summary) + len(term.explanation) + len(term.why_it_matters or "")

    translated = [(t, s) for t in english.terms if (s := spanish.get(t.id)) is not None]
    return sorted(translated, key=lambda pair: size(pair[0]) + size(pair[1]), reverse=True)[:count]


def flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def page_texts(path: Path) -> list[str]:
    return [flat(page.extract_text()) for page in PdfReader(path).pages]


def assert_side_by_side(path: Path, pairs: list[Pair]) -> None:
    """Each word's English and Spanish names are on the same page."""
    pages = page_texts(path)
    for word, translated in pairs:
        assert translated is not None
        holding = [
            number
            for number, text in enumerate(pages)
            if flat(word.term) in text and flat(translated.term) in text
        ]
        assert holding, (word.id, word.term, translated.term)


def test_a_few_words_in_both_languages_on_one_page(
    qapp: Any, english: Glossary, spanish: Glossary, tmp_path: Path
) -> None:
    pairs = pairs_for(english, spanish, ["relapse", "refractory", "fever"])
    path = tmp_path / "three.pdf"
    assert write_bilingual_handout(pairs, path, date=DAY, locale=QLocale("en_US")) in (1, 2)
    assert_side_by_side(path, pairs)
    text = " ".join(page_texts(path))
    assert flat(disclaimer()) in text and flat(SPANISH["disclaimer"]) in text
    assert "22 November 2026" in text and "22 de noviembre de 2026" in text
    assert "Words from today" in text and "Palabras de hoy" in text
    for word, translated in pairs:
        assert translated is not None
        assert flat(word.summary) in text and flat(translated.summary) in text
        assert flat(word.sources[0].label) in text
    assert "Sources · Fuentes" in text and "Página 1 de" in text


def test_eight_long_words_still_fit_on_two_pages_side_by_side(
    qapp: Any, english: Glossary, spanish: Glossary, tmp_path: Path
) -> None:
    pairs = longest(english, spanish, 8)
    path = tmp_path / "eight.pdf"
    assert write_bilingual_handout(pairs, path, date=DAY, locale=QLocale("en_GB")) <= 2
    assert_side_by_side(path, pairs)


def test_type_is_readable_at_arms_length(
    qapp: Any, english: Glossary, spanish: Glossary, tmp_path: Path
) -> None:
    pairs = longest(english, spanish, 6)
    path = tmp_path / "sizes.pdf"
    write_bilingual_handout(pairs, path, date=DAY, locale=QLocale("en_GB"))
    sizes = font_sizes(path)
    assert min(size for size, _ in sizes) >= 12.0
    biggest: dict[str, float] = {}
    for size, text in sizes:
        biggest[text] = max(size, biggest.get(text, 0.0))
    for word, translated in pairs:
        assert translated is not None
        for name in (word.term, translated.term):
            # A long name may wrap in its half of the page: each line is a heading line.
            lines = [text for text in biggest if text and text in flat(name)]
            assert lines and all(biggest[line] >= 16.0 for line in lines), name


def test_a_word_without_spanish_says_so_in_spanish(
    qapp: Any, english: Glossary, tmp_path: Path
) -> None:
    relapse = english.get("relapse")
    assert relapse is not None
    path = tmp_path / "missing.pdf"
    write_bilingual_handout([(relapse, None)], path, date=DAY, locale=QLocale("en_US"))
    text = " ".join(page_texts(path))
    assert relapse.term in text and flat(SPANISH["missing"]) in text


def test_the_page_has_two_columns_of_text(
    qapp: Any, english: Glossary, spanish: Glossary, tmp_path: Path
) -> None:
    path = tmp_path / "look.pdf"
    pairs = pairs_for(english, spanish, ["relapse", "car-t-cell-therapy", "port", "anc"])
    write_bilingual_handout(pairs, path, date=DAY, locale=QLocale("en_GB"))
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(path), str(tmp_path / "p")], check=True)
    image = QImage(str(sorted(tmp_path.glob("p*.png"))[0]))
    assert not image.isNull()
    width, height = image.width(), image.height()

    def ink(x0: int, x1: int) -> int:
        return sum(
            QColor(image.pixel(x, y)).lightness() < 110
            for x in range(x0, x1, 2)
            for y in range(0, height, 2)
        )

    left, right = ink(0, width // 2), ink(width // 2, width)
    assert left > 0 and right > 0 and 0.4 < left / right < 2.5
