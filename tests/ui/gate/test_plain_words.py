"""Plain words at the gate: a password for the journal, a keyring said in words, no raw zone
names, no folder paths the family did not ask for."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import QDateTime, QTimeZone

import companion
from companion.ui.journal.forms.zoned_when import ZonedWhen, system_zone, zone_offset_text

UI = Path(companion.__file__).resolve().parent / "ui"
TRANSLATED = {"tr", "_tr", "translate", "QT_TRANSLATE_NOOP"}


def _visible_strings() -> list[tuple[str, int, str]]:
    """Every literal a screen translates, so every word a parent may read."""
    found = []
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in TRANSLATED:
                for arg in node.args:
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        found.append((path.name, node.lineno, arg.value))
    return found


def test_no_screen_says_passphrase() -> None:
    strings = _visible_strings()
    assert len(strings) > 500  # the walk found the screens' words
    said = [(f, n, t) for f, n, t in strings if "passphrase" in t.lower()]
    assert said == []


def test_the_keyring_is_explained_in_words_where_it_is_offered() -> None:
    raw = [
        (f, n, t)
        for f, n, t in _visible_strings()
        if "keyring" in t.lower() and "safe place for keys (its keyring)" not in t
    ]
    assert raw == []


def test_the_computers_own_zone_goes_unsaid_and_another_is_a_place(qtbot) -> None:  # type: ignore[no-untyped-def]
    when = ZonedWhen()
    qtbot.addWidget(when)
    when.show()
    assert not when.zone.isVisible() and not when.offset.isVisible()
    assert when.other_zone.isVisible()
    assert when.zone_name() == system_zone()
    when.set_zone("America/New_York")
    assert when.zone.isVisible()
    winter = QDateTime.fromString("2026-01-15T09:00:00", "yyyy-MM-ddTHH:mm:ss")
    assert zone_offset_text("America/New_York", winter) == "New York, United States · UTC−05:00"
    assert zone_offset_text("Etc/UTC", winter) == "UTC+00:00"
    assert "Etc/" not in zone_offset_text("Etc/GMT+5", winter)
    when.set_zone(system_zone())
    assert not when.zone.isVisible()
    assert QTimeZone.systemTimeZoneId()  # the computer names its zone


def test_backups_folder_is_shown_only_when_asked(qtbot, journal) -> None:  # type: ignore[no-untyped-def]
    from companion.ui.journal.security_view import SecurityView

    view = SecurityView(journal)
    qtbot.addWidget(view)
    view.refresh_backups()
    folder = str(journal.paths.backups_dir)
    assert folder not in view.backup_list.text()
    assert "backups folder" in view.backup_list.text()
    assert view.backup_list.toolTip() == folder
    view.shutdown()
