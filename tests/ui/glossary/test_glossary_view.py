"""The Glossary section driven the way a parent would: typing, arrow keys, Enter, Esc, clicks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QTextBrowser, QToolButton
from pytestqt.qtbot import QtBot

from companion.glossary.terms import Glossary, GlossaryError, load_glossary
from companion.ui.glossary.glossary_view import GlossaryView
from tests.glossary.test_search import build_small


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def view(qtbot: QtBot, glossary: Glossary, settings: QSettings) -> GlossaryView:
    widget = GlossaryView(glossary, settings=settings)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def search_field(view: GlossaryView) -> QLineEdit:
    field = view.findChild(QLineEdit)
    assert field is not None and field.accessibleName() == "Search the glossary"
    return field


def button(view: GlossaryView, name: str) -> QPushButton:
    found = [b for b in view.findChildren(QPushButton) if b.accessibleName() == name]
    assert len(found) == 1, name
    return found[0]


def click_link_text(qtbot: QtBot, browser: QTextBrowser, text: str, after: str) -> None:
    """Click on ``text`` where it appears after the heading ``after`` in the reading pane."""
    document = browser.document()
    heading = document.find(after)
    found = document.find(text, heading)
    assert not found.isNull(), text
    middle = QTextCursor(found)
    middle.setPosition((found.selectionStart() + found.selectionEnd()) // 2)
    browser.ensureCursorVisible()
    browser.setTextCursor(middle)
    browser.ensureCursorVisible()
    point = browser.cursorRect(middle).center()
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_typing_finds_words_and_enter_opens_them(qtbot: QtBot, view: GlossaryView) -> None:
    field = search_field(view)
    field.setFocus()
    qtbot.keyClicks(field, "nuroblastoma")
    assert view.visible_term_ids()[0] == "neuroblastoma"
    qtbot.keyClick(field, Qt.Key.Key_Return)
    term = view.current_term()
    assert term is not None and term.id == "neuroblastoma"
    text = view.reader_text()
    assert term.term in text and term.summary in text and term.explanation in text
    assert term.sources[0].label in text
    assert "Reviewed" in text and str(term.reviewed.year) in text
    if term.pronunciation:
        assert term.pronunciation in text


def test_arrow_keys_move_through_results_and_esc_clears(
    qtbot: QtBot, view: GlossaryView, glossary: Glossary
) -> None:
    field = search_field(view)
    qtbot.keyClicks(field, "re")
    results = view.visible_term_ids()
    assert len(results) >= 2
    # The reading pane follows the highlighted word as you type: no Enter needed.
    assert view.current_term() is not None and view.current_term().id == results[0]
    # Down goes from the search box into the list, then through it; the pane follows.
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert view._list.hasFocus()
    assert view.current_term().id == results[0]
    qtbot.keyClick(view._list, Qt.Key.Key_Down)
    assert view.current_term().id == results[1]
    qtbot.keyClick(view._list, Qt.Key.Key_Up)
    assert view.current_term().id == results[0]
    qtbot.keyClick(view._list, Qt.Key.Key_Escape)
    assert field.text() == ""
    assert view.visible_term_ids() == [t.id for t in glossary.terms]


@pytest.mark.parametrize("typed", ["car t", "CAR-T", "cart"])
def test_car_t_spellings_find_car_t_cell_therapy_first(
    qtbot: QtBot, view: GlossaryView, typed: str
) -> None:
    qtbot.keyClicks(search_field(view), typed)
    assert view.visible_term_ids()[0] == "car-t-cell-therapy"


def test_clicking_a_related_word_opens_it(
    qtbot: QtBot, view: GlossaryView, glossary: Glossary
) -> None:
    term = next(t for t in glossary.terms if t.related)
    assert view.open_term(term.id)
    target = glossary.get(term.related[0])
    assert target is not None
    browser = view.findChild(QTextBrowser)
    with qtbot.waitSignal(view.term_opened, timeout=2000) as opened:
        click_link_text(qtbot, browser, target.term, "Related words")
    assert opened.args == [target.id]
    assert view.current_term() == target


def test_no_match_offers_did_you_mean_links(
    qtbot: QtBot, glossary: Glossary, settings: QSettings
) -> None:
    view = GlossaryView(build_small(), settings=settings)
    qtbot.addWidget(view)
    view.show()
    qtbot.keyClicks(search_field(view), "feverr blah")
    assert view.visible_term_ids() == []
    note = view.no_match_text()
    assert "No word matches your search." in note
    assert "Did you mean:" in note and "Fever" in note
    qtbot.keyClick(search_field(view), Qt.Key.Key_Escape)
    assert view.no_match_text() == ""


def test_did_you_mean_link_opens_the_word(qtbot: QtBot, settings: QSettings) -> None:
    view = GlossaryView(build_small(), settings=settings)
    qtbot.addWidget(view)
    view.show()
    qtbot.keyClicks(search_field(view), "feverr blah")
    from PySide6.QtWidgets import QLabel

    note = next(
        label for label in view.findChildren(QLabel) if label.accessibleName() == "No match"
    )
    note.linkActivated.emit("term:fever")
    assert view.current_term() is not None and view.current_term().id == "fever"


def test_favourites_round_trip(
    qtbot: QtBot, view: GlossaryView, glossary: Glossary, settings: QSettings
) -> None:
    star = button(view, "Keep in my words")
    assert not star.isEnabled()
    view.open_term("relapse")
    qtbot.mouseClick(star, Qt.MouseButton.LeftButton)
    assert star.isChecked() and "relapse" in view.favourites()

    again = GlossaryView(glossary, settings=QSettings(settings.fileName(), settings.format()))
    qtbot.addWidget(again)
    again.open_term("relapse")
    assert button(again, "Keep in my words").isChecked()
    again._browse.setCurrentIndex(again._browse.findData("favourites"))
    assert again.visible_term_ids() == ["relapse"]

    qtbot.mouseClick(button(again, "Keep in my words"), Qt.MouseButton.LeftButton)
    assert again.favourites() == [] and again.visible_term_ids() == []


def test_browse_by_category_and_letter(
    qtbot: QtBot, view: GlossaryView, glossary: Glossary
) -> None:
    category = glossary.categories()[0]
    view._browse.setCurrentIndex(view._browse.findData(category))
    assert view.visible_term_ids() == [t.id for t in glossary.in_category(category)]
    letter = next(b for b in view.findChildren(QToolButton) if b.text() == "R")
    qtbot.mouseClick(letter, Qt.MouseButton.LeftButton)
    current = view._list.currentItem()
    assert current is not None and current.text().lstrip("★ ").startswith("R")
    assert len(view.visible_term_ids()) == len(glossary)


def test_add_to_walkthrough(qtbot: QtBot, view: GlossaryView) -> None:
    add = button(view, "Add to walk-through")
    assert not add.isEnabled()
    view.open_term("relapse")
    with qtbot.waitSignal(view.status_message, timeout=2000):
        qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    view.open_term("refractory")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    walk = view.walkthrough()
    assert walk is not None and walk.term_ids() == ["relapse", "refractory"]
    assert button(view, "Open the walk-through").text() == "Walk-through (2)"
    qtbot.mouseClick(button(view, "Open the walk-through"), Qt.MouseButton.LeftButton)
    assert walk.isVisible()
    walk.close()


def test_waits_for_the_glossary_then_shows_it(
    qtbot: QtBot, glossary: Glossary, settings: QSettings
) -> None:
    view = GlossaryView(None, settings=settings)
    qtbot.addWidget(view)
    assert view.section_title() == "Glossary"
    assert view._pages.currentIndex() == 0
    assert view.open_term("relapse") is False
    view.set_glossary(glossary)
    assert view._pages.currentIndex() == 1
    assert view.open_term("relapse") and not view.open_term("no-such-word")


def test_a_broken_file_shows_a_calm_message(
    qtbot: QtBot, tmp_path: Path, settings: QSettings
) -> None:
    bad = tmp_path / "glossary.json"
    bad.write_text('{"format": 1, "terms": [{"id": "relapse"}]}', encoding="utf-8")
    view = GlossaryView(None, settings=settings)
    qtbot.addWidget(view)
    with pytest.raises(GlossaryError) as caught:
        load_glossary(bad)
    view.show_error(str(caught.value))
    shown = QTextDocument()
    shown.setHtml(view._message.text())
    text = shown.toPlainText()
    assert "could not be opened" in text and "works as usual" in text
    assert "entry 'relapse' (#1): field 'term' must be a non-empty string" in text


def test_reading_pane_follows_a_dark_palette(
    qtbot: QtBot, glossary: Glossary, settings: QSettings
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    dark = QPalette(before)
    for role, colour in [
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#1b1c1e"),
        (QPalette.ColorRole.Text, "#e8eaed"),
    ]:
        dark.setColor(role, QColor(colour))
    app.setPalette(dark)
    try:
        view = GlossaryView(glossary, settings=settings)
        qtbot.addWidget(view)
        view.resize(1000, 700)
        view.open_term("relapse")
        view.show()
        qtbot.waitExposed(view)
        html = view.reading_pane().term_html(glossary.get("relapse"), glossary)  # type: ignore[arg-type]
        assert "color" not in html and "background" not in html
        image = view.findChild(QTextBrowser).viewport().grab().toImage()
        light = sum(
            QColor(image.pixel(x, y)).lightness() > 128
            for x in range(0, image.width(), 7)
            for y in range(0, image.height(), 7)
        )
        samples = len(range(0, image.width(), 7)) * len(range(0, image.height(), 7))
        assert 0 < light < samples * 0.2  # dark background, with light text on it
    finally:
        app.setPalette(before)


def test_every_control_has_an_accessible_name(view: GlossaryView) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QListWidget

    for kind in (QAbstractButton, QLineEdit, QComboBox, QListWidget, QTextBrowser):
        for widget in view.findChildren(kind):
            assert widget.accessibleName(), widget


def test_links_take_the_new_link_colour_when_the_palette_changes(
    qtbot: QtBot, glossary: Glossary, settings: QSettings
) -> None:
    from PySide6.QtGui import QTextCursor

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    view = GlossaryView(glossary, settings=settings)
    qtbot.addWidget(view)
    view.open_term("relapse")
    view.show()
    reader = view.findChild(QTextBrowser)

    def link_colours() -> set[str]:
        colours = set()
        cursor = QTextCursor(reader.document())
        while not cursor.atEnd():
            cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
            fmt = cursor.charFormat()
            if fmt.isAnchor():
                colours.add(fmt.foreground().color().name())
        return colours

    dark = QPalette(before)
    dark.setColor(QPalette.ColorRole.Link, QColor("#8ab4f8"))
    try:
        app.setPalette(dark)
        qtbot.waitUntil(lambda: link_colours() == {"#8ab4f8"})
    finally:
        app.setPalette(before)


CENTERS_LINK = "Centers that say they offer this"


def test_program_words_link_to_the_centers_that_offer_them(
    qtbot: QtBot, view: GlossaryView, glossary: Glossary
) -> None:
    from companion.directory.programs import GLOSSARY_TERMS

    browser = view.findChild(QTextBrowser)
    for program, term_ids in GLOSSARY_TERMS.items():
        for term_id in term_ids:
            term = glossary.get(term_id)
            assert term is not None and view.open_term(term_id)
            assert CENTERS_LINK in view.reader_text(), term_id
            with qtbot.waitSignal(view.centers_requested, timeout=2000) as asked:
                click_link_text(qtbot, browser, CENTERS_LINK, term.explanation[:40])
            assert asked.args == [program]


def test_other_words_have_no_centers_link(view: GlossaryView) -> None:
    for term_id in ("fever", "neuroblastoma", "phase-1-trial"):
        assert view.open_term(term_id)
        assert CENTERS_LINK not in view.reader_text()
