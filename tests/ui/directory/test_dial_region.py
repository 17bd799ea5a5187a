"""Numbers dial from where the family lives (the region setting), never the interface
language: national form only for a number of that country, otherwise international."""

from __future__ import annotations

from collections.abc import Iterator

import phonenumbers
import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QGuiApplication

from companion.paths import AppPaths
from companion.ui.directory.directory_view import DirectoryView
from companion.ui.widgets.region import set_family_region

MOTT = "+17349369814"
CRUK = "+448088004040"


@pytest.fixture(params=["en_US", "en_GB"])
def language(request) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The interface language (and number format), which must not change how numbers dial."""
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(before)


def copied(qtbot, view: DirectoryView, center_id: str) -> str:  # type: ignore[no-untyped-def]
    view.select_center(center_id)
    [button] = view.phone_buttons
    QGuiApplication.clipboard().setText("")
    qtbot.mouseClick(button.number_button, Qt.MouseButton.LeftButton)
    return QGuiApplication.clipboard().text()


@pytest.mark.parametrize(
    ("region", "mott", "cruk"),
    [
        ("US", "734-936-9814", "+44 808 800 4040"),
        ("GB", "+1 734-936-9814", "0808 800 4040"),
    ],
)
def test_copied_number_reaches_the_same_line_from_the_family_region(  # type: ignore[no-untyped-def]
    qtbot, directory_view: DirectoryView, paths: AppPaths, language, region, mott, cruk
) -> None:
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    set_family_region(settings, region)
    settings.sync()
    for center_id, shown, e164 in (("mott", mott, MOTT), ("cruk-nurses", cruk, CRUK)):
        text = copied(qtbot, directory_view, center_id)
        assert text == shown
        # Read back as a phone in the family's region reads what is dialled.
        number = phonenumbers.parse(text, region)
        assert phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) == e164


def test_changing_where_you_live_updates_the_shown_center(  # type: ignore[no-untyped-def]
    qtbot, directory_view: DirectoryView, paths: AppPaths
) -> None:
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    set_family_region(settings, "US")
    directory_view.select_center("mott")
    assert directory_view.phone_buttons[0].text() == "734-936-9814"
    set_family_region(settings, "GB")
    assert directory_view.phone_buttons[0].text() == "+1 734-936-9814"
