"""Every screen under a pseudo-translation: no visible text bypasses tr(), none is cut.

The screens are the ones ``--screenshots`` renders (``ui/shell/screenshots.render_all``), at
1280x800 and 1024x600. Text that comes from the family's data, the glossary or the centers
directory is not the app's own words and is not expected to carry the marks.
"""

from __future__ import annotations

import ast
import functools
import json
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTabBar,
    QWidget,
)

import companion.demo
from companion.paths import resolve_paths, resource_path
from companion.ui.glossary.language_choice import LANGUAGE_NAMES
from companion.ui.shell import screenshots
from companion.ui.widgets import workers
from tests.ui.clipping import _name, clipped
from tests.ui.pseudo import CLOSE, OPEN, pseudo, pseudo_qm

#: A word of three letters or more: text with none (a number, a date, "°C") is not checked.
WORD = re.compile(r"[A-Za-z]{3,}")


@pytest.fixture
def pseudo_language(tmp_path: Path) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(pseudo_qm(tmp_path)))
    QCoreApplication.installTranslator(translator)
    saved = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(saved)


def test_pseudo_marks_and_lengthens() -> None:
    text = pseudo("Saved: %1")
    assert text.startswith(OPEN) and text.endswith(CLOSE) and "%1" in text
    assert len(pseudo("Call your care team now")) >= 1.4 * len("Call your care team now")


def visible_texts(root: QWidget) -> Iterator[tuple[QWidget, str]]:
    """Each visible widget's own words: labels, buttons, tabs, titles, placeholders, the
    choice a drop-down shows."""
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        texts: list[str] = []
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit) and not widget.text():
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox) and not widget.isEditable():
            texts.append(widget.currentText())
        if isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if widget.isWindow():
            texts.append(widget.windowTitle())
        for text in texts:
            if text:
                yield widget, text


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


@functools.cache
def data_texts() -> tuple[str, ...]:
    """Text that is not the app's own words, so carries no marks: the glossary and centers
    files, the demo journal's sample entries, dates and Qt's own standard buttons (which
    Qt's translations cover, tested in test_language.py)."""
    found: set[str] = set()
    for name in ("centers.json", "glossary.json", "glossary.es.json"):
        found.update(_strings(json.loads(resource_path(name).read_text(encoding="utf-8"))))
    demo = ast.parse(Path(companion.demo.__file__).read_text(encoding="utf-8"))
    found.update(
        node.value
        for node in ast.walk(demo)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    )
    locale = QLocale()
    for index in range(1, 13):
        for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            found.add(locale.monthName(index, kind))
            if index <= 7:
                found.add(locale.dayName(index, kind))
    found.update(QLocale.territoryToString(country) for country in QLocale.Country)
    found.update({"Close", "Cancel", "Etc/UTC", "UTC"})
    found.update(LANGUAGE_NAMES.values())  # each language named in its own words
    return tuple(sorted((text for text in found if len(text) >= 3), key=len, reverse=True))


def bypassed(root: QWidget) -> list[str]:
    found = []
    for widget, text in visible_texts(root):
        plain = re.sub(r"<[^>]+>", " ", text).replace("&amp;", "&")
        plain = re.sub(r"[\w.-]+\.companion-backup", " ", plain)  # a backup's file name
        if OPEN in plain or not WORD.search(plain):
            continue
        for data in data_texts():
            if data in plain:
                plain = plain.replace(data, " ")
                if not WORD.search(plain):
                    break
        if WORD.search(plain):
            found.append(f"{type(widget).__name__}: {plain.strip()[:70]!r}")
    return found


SIZES = [(1280, 800), (1024, 600)]


def render_every_screen(
    tmp_path: Path, monkeypatch, size: tuple[int, int], measure
) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Drive ``render_all`` at ``size``; what ``measure`` finds on each screen, by name."""
    problems: dict[str, list[str]] = {}

    def check(widget: QWidget, folder: Path, name: str) -> Path:
        # Background checks (the keyring's answer) change words on screen: let them land.
        deadline = time.monotonic() + 5
        while workers._ACTIVE and time.monotonic() < deadline:
            screenshots.settle(20)
        screenshots.ready(widget)
        found = measure(widget)
        if found:
            problems[name] = found
        return folder / f"{name}.png"

    monkeypatch.setattr(screenshots, "save", check)
    view = screenshots.View(size=size)
    shots = list(screenshots.render_all(resolve_paths(tmp_path / "data"), tmp_path, view))
    assert len(shots) > 20
    return problems


def report(problems: dict[str, list[str]]) -> str:
    return "\n".join(f"{name}:\n  " + "\n  ".join(lines) for name, lines in problems.items())


@pytest.mark.parametrize("size", SIZES)
def test_every_screen_is_translated(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, pseudo_language: None, monkeypatch, size: tuple[int, int]
) -> None:
    problems = render_every_screen(tmp_path, monkeypatch, size, bypassed)
    assert not problems, report(problems)


def cut_by_place(root: QWidget) -> list[str]:
    """What is cut, each keyed by the widget's place in the window's tree (the same place in
    every language), so a cut in Spanish can be told from one English has too."""
    names = [
        (index, _name(widget)) for index, widget in enumerate([root, *root.findChildren(QWidget)])
    ]
    found = []
    for problem in clipped(root):
        place = next((i for i, name in names if problem.startswith(name + ":")), -1)
        found.append(f"#{place} {problem}")
    return found


def _places(problems: dict[str, list[str]]) -> set[tuple[str, str]]:
    return {(screen, line.split(" ", 1)[0]) for screen, lines in problems.items() for line in lines}


@pytest.mark.slow
@pytest.mark.parametrize("size", SIZES)
def test_spanish_cuts_nothing_english_does_not(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, monkeypatch, size: tuple[int, int]
) -> None:
    """Every screen in Spanish at 1280x800 and 1024x600: no text is cut that is not cut in
    English too (what English cuts is the layouts' to fix, for both languages)."""
    from companion.ui.widgets.language import install_language

    english = render_every_screen(tmp_path / "en", monkeypatch, size, cut_by_place)
    install_language("es", "US")
    try:
        spanish = render_every_screen(tmp_path / "es", monkeypatch, size, cut_by_place)
    finally:
        install_language("en", "US")
    only_spanish = {
        screen: [line for line in lines if (screen, line.split(" ", 1)[0]) not in _places(english)]
        for screen, lines in spanish.items()
    }
    only_spanish = {screen: lines for screen, lines in only_spanish.items() if lines}
    assert not only_spanish, report(only_spanish)


def cut_or_out_of_reach(size: tuple[int, int]):  # type: ignore[no-untyped-def]
    """What is cut (tests/ui/clipping.py), what a page hides off its side (a page that
    scrolls sideways), and a main window that cannot be as small as ``size``."""

    def measure(root: QWidget) -> list[str]:
        found = clipped(root)
        areas = [root, *root.findChildren(QScrollArea)]
        found += [
            f"{_name(area.widget())}: the page scrolls sideways"
            for area in areas
            if isinstance(area, QScrollArea)
            and area.isVisible()
            and area.horizontalScrollBar().isVisible()
        ]
        if root.inherits("QMainWindow") and (root.width(), root.height()) != size:
            found.append(f"the window is {root.width()}x{root.height()}, wider or taller")
        return found

    return measure


@pytest.mark.slow
@pytest.mark.parametrize("size", SIZES)
def test_longer_words_cut_nothing(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, pseudo_language: None, monkeypatch, size: tuple[int, int]
) -> None:
    """Every screen with every string 40% longer, at 1280x800 and 1024x600: no text is cut
    (the measure the small-screen tests use), no page hides words off its side, and the
    window keeps its size."""
    problems = render_every_screen(tmp_path, monkeypatch, size, cut_or_out_of_reach(size))
    assert not problems, report(problems)
