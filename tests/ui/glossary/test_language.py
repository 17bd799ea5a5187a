"""The glossary in Spanish: the language menu, remembered, and the two-language handout."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QToolButton
from pytestqt.qtbot import QtBot

from companion.glossary import terms as glossary_terms
from companion.glossary.terms import Glossary, GlossaryError, load_glossary
from companion.ui.glossary.glossary_view import GlossaryView


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def make_view(qtbot: QtBot, glossary: Glossary, settings: QSettings) -> GlossaryView:
    view = GlossaryView(glossary, settings=settings)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def language_menu(view: GlossaryView) -> QComboBox:
    found = [c for c in view.findChildren(QComboBox) if c.accessibleName() == "Glossary language"]
    assert len(found) == 1
    return found[0]


def choose(qtbot: QtBot, view: GlossaryView, name: str) -> None:
    menu = language_menu(view)
    key = Qt.Key.Key_Down if menu.findText(name) > menu.currentIndex() else Qt.Key.Key_Up
    for _ in range(menu.count()):
        if menu.currentText() == name:
            break
        qtbot.keyClick(menu, key)
    assert menu.currentText() == name


def search(qtbot: QtBot, view: GlossaryView, text: str) -> None:
    field = next(
        f for f in view.findChildren(QLineEdit) if f.accessibleName() == "Search the glossary"
    )
    field.clear()
    qtbot.keyClicks(field, text)


def test_spanish_shows_the_spanish_word_first_with_the_english_beside_it(
    qtbot: QtBot, glossary: Glossary, settings: QSettings
) -> None:
    view = make_view(qtbot, glossary, settings)
    menu = language_menu(view)
    assert [menu.itemText(i) for i in range(menu.count())] == ["English", "Español"]
    choose(qtbot, view, "Español")
    assert view.language() == "es"
    search(qtbot, view, "recaida")
    assert view.visible_term_ids()[0] == "relapse"
    qtbot.keyClick(view.findChild(QLineEdit), Qt.Key.Key_Return)
    text = view.reader_text()
    assert text.startswith("Recaída (Relapse)")
    assert "el cáncer volvió" in text and "Por qué importa" in text
    assert "Revisado el 2 de diciembre de 2026" in text
    term = view.current_term()
    assert term is not None and term.sources[0].label in text


def test_words_typed_in_english_find_spanish_words(
    qtbot: QtBot, glossary: Glossary, settings: QSettings
) -> None:
    view = make_view(qtbot, glossary, settings)
    view.set_language("es")
    for typed, expected in [("relapse", "relapse"), ("celulas car t", "car-t-cell-therapy")]:
        search(qtbot, view, typed)
        assert view.visible_term_ids()[0] == expected
    item = view.findChild(QLineEdit)
    assert item is not None
    list_texts = [view._list.item(r).text() for r in range(view._list.count())]
    assert list_texts[0] == "Terapia con células CAR T (CAR T-cell therapy)"


def test_the_choice_is_remembered_and_the_open_word_stays_open(
    qtbot: QtBot, glossary: Glossary, settings: QSettings
) -> None:
    view = make_view(qtbot, glossary, settings)
    view.open_term("fever")
    choose(qtbot, view, "Español")
    assert view.reader_text().startswith("Fiebre (Fever)")
    again = make_view(qtbot, glossary, QSettings(settings.fileName(), settings.format()))
    assert again.language() == "es" and again.visible_term_ids()[0] != "all"
    assert again.open_term("relapse") and again.reader_text().startswith("Recaída")
    choose(qtbot, again, "English")
    assert again.reader_text().startswith("Relapse")
    assert QSettings(settings.fileName(), settings.format()).value(again.LANGUAGE_KEY) == "en"


def test_letters_file_accented_words_under_their_letter(
    qtbot: QtBot, glossary: Glossary, settings: QSettings
) -> None:
    view = make_view(qtbot, glossary, settings)
    view.set_language("es")
    letter = next(b for b in view.findChildren(QToolButton) if b.text() == "A")
    qtbot.mouseClick(letter, Qt.MouseButton.LeftButton)
    current = view._list.currentItem()
    assert current is not None and current.text().startswith("A")
    assert current.text() == view._list.item(0).text()  # the first word of the list
    texts = [view._list.item(r).text() for r in range(view._list.count())]
    assert any(text.startswith("Análisis de sangre") for text in texts)


def test_a_damaged_spanish_file_falls_back_to_english_calmly(
    qtbot: QtBot, glossary: Glossary, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(path: object = None, *, language: str = "en", english: object = None) -> Glossary:
        raise GlossaryError(["entry 'relapse' (#1): field 'summary' must be a non-empty string"])

    monkeypatch.setattr(glossary_terms, "load_glossary", broken)
    view = make_view(qtbot, glossary, settings)
    view.open_term("relapse")
    with qtbot.waitSignal(view.status_message, timeout=2000) as said:
        view.set_language("es")
    assert said.args == ["The words in this language could not be opened."]
    assert view.reader_text().startswith("Relapse")


def test_the_walkthrough_prints_both_languages_side_by_side(
    qtbot: QtBot, glossary: Glossary, settings: QSettings, tmp_path: Path
) -> None:
    view = make_view(qtbot, glossary, settings)
    for term_id in ("relapse", "refractory", "port"):
        assert view.add_to_walkthrough(term_id)
    walk = view.walkthrough()
    assert walk is not None
    box = next(b for b in walk.findChildren(QCheckBox))
    assert box.accessibleName() == "Handout in English and Spanish"
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert box.isChecked()
    path = walk.save_handout(tmp_path / "both.pdf")
    assert path is not None
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]
    assert len(pages) <= 2
    for english, spanish in [
        ("Relapse", "Recaída"),
        ("Refractory", "Refractario"),
        ("Port", "Puerto implantado"),
    ]:
        assert any(english in page and spanish in page for page in pages), english
    walk.close()
