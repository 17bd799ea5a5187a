"""What a reader sees of a source, on screen and on the printed handout: publisher and title,
never the name of a stored file."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, QSettings
from pytestqt.qtbot import QtBot

from companion.glossary import Glossary, load_glossary
from companion.ui.glossary.glossary_view import GlossaryView
from companion.ui.glossary.handout import write_handout

FILE_NAME = re.compile(r"[0-9a-f]{16}\.txt|\.txt\b|seed page", re.IGNORECASE)


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary()


def seed_sourced(glossary: Glossary) -> list[str]:
    """Entries whose facts come (partly) from a stored seed page."""
    return [t.id for t in glossary.terms if any(s.seed for s in t.sources)]


def test_the_glossary_pane_shows_publisher_and_title_not_file_names(
    qtbot: QtBot, glossary: Glossary, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    view = GlossaryView(glossary, settings=settings)
    qtbot.addWidget(view)
    ids = seed_sourced(glossary)
    assert ids
    for term_id in ids:
        assert view.open_term(term_id)
        text = view.reader_text()
        assert not FILE_NAME.search(text), term_id
        term = glossary.get(term_id)
        assert term is not None
        for source in term.sources:
            assert source.label in text, (term_id, source.label)


def test_the_handout_shows_publisher_and_title_not_file_names(
    qapp: Any, glossary: Glossary, tmp_path: Path
) -> None:
    terms = [t for t in glossary.terms if t.id in seed_sourced(glossary)][:6]
    path = tmp_path / "handout.pdf"
    write_handout(terms, path, date=dt.date(2026, 12, 2), locale=QLocale("en_GB"))
    text = " ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    flat = " ".join(text.split())
    assert not FILE_NAME.search(flat)
    for term in terms:
        assert " ".join(term.sources[0].publisher.split()) in flat, term.id


def test_every_word_in_the_pane_says_it_is_information_not_advice(
    qtbot: QtBot, glossary: Glossary, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    view = GlossaryView(glossary, settings=settings)
    qtbot.addWidget(view)
    for term in glossary.terms[::25]:
        assert view.open_term(term.id)
        assert "information, not medical advice" in view.reader_text(), term.id
    view.set_language("es")
    assert view.open_term(glossary.terms[0].id)
    assert "información, no consejo médico" in view.reader_text()
