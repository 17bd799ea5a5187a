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
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

import companion.demo
from companion.paths import resolve_paths, resource_path
from companion.ui.shell import screenshots
from tests.ui.clipping import clipped
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
    """Each visible widget's own words: labels, buttons, tabs, titles, placeholders."""
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


@pytest.mark.parametrize("size", [(1280, 800), (1024, 600)])
def test_every_screen_is_translated_and_fits(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, pseudo_language: None, monkeypatch, size: tuple[int, int]
) -> None:
    problems: dict[str, list[str]] = {}

    def check(widget: QWidget, folder: Path, name: str) -> Path:
        screenshots.settle()
        found = [f"not translated: {p}" for p in bypassed(widget)]
        found += [f"cut: {p}" for p in clipped(widget)]
        if found:
            problems[name] = found
        return folder / f"{name}.png"

    monkeypatch.setattr(screenshots, "save", check)
    monkeypatch.setattr(screenshots, "WINDOW_SIZE", size)
    shots = list(screenshots.render_all(resolve_paths(tmp_path / "data"), tmp_path))
    assert len(shots) > 20
    report = "\n".join(f"{name}:\n  " + "\n  ".join(lines) for name, lines in problems.items())
    assert not problems, report
