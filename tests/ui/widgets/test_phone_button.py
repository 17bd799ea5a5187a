"""The click-to-copy phone number: click, Enter and Ctrl+C copy exactly what is shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from companion.ui.widgets.phone_button import PhoneButton


def clipboard() -> str:
    return QGuiApplication.clipboard().text()


def make(qtbot, e164: str = "+17349369814", country: str = "US", **kwargs) -> PhoneButton:  # type: ignore[no-untyped-def]
    button = PhoneButton(e164, "Second opinions and appointments", country, **kwargs)
    qtbot.addWidget(button)
    QGuiApplication.clipboard().setText("something else")
    return button


def test_click_copies_the_number_and_confirms_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    button = make(qtbot, owner="C.S. Mott Children's Hospital")
    assert button.number_button.text() == "734-936-9814"
    with qtbot.waitSignal(button.copied) as signal:
        qtbot.mouseClick(button.number_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["734-936-9814"]
    assert clipboard() == "734-936-9814"
    assert button.confirmation.text() == "Copied 734-936-9814"
    assert button.number_button.accessibleName() == (
        "Copy phone number 734-936-9814, Second opinions and appointments, "
        "C.S. Mott Children's Hospital"
    )


@pytest.mark.parametrize(
    ("key", "modifier"),
    [
        (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier),
        (Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier),
    ],
)
def test_keyboard_copies_the_focused_number(qtbot, key, modifier) -> None:  # type: ignore[no-untyped-def]
    button = make(qtbot, "+448088004040", "GB")
    button.show()
    qtbot.waitExposed(button)
    with qtbot.waitSignal(button.copied):
        qtbot.keyClick(button.number_button, key, modifier)
        if key == Qt.Key.Key_Space:  # a push button clicks when Space is released
            qtbot.keyRelease(button.number_button, key)
    assert clipboard() == "0808 800 4040"


def test_international_format_is_one_click_away(qtbot) -> None:  # type: ignore[no-untyped-def]
    button = make(qtbot, "+448088004040", "GB", owner="Cancer Research UK")
    assert button.format_button.text() == "Show international format"
    qtbot.mouseClick(button.format_button, Qt.MouseButton.LeftButton)
    assert button.is_international()
    assert button.number_button.text() == "+44 808 800 4040"
    assert "+44 808 800 4040" in button.number_button.accessibleName()
    assert button.format_button.text() == "Show national format"
    qtbot.mouseClick(button.number_button, Qt.MouseButton.LeftButton)
    assert clipboard() == "+44 808 800 4040"
    assert button.confirmation.text() == "Copied +44 808 800 4040"
    button.set_international(False)
    assert button.number_button.text() == "0808 800 4040"


def test_a_number_from_another_country_is_shown_internationally(qtbot) -> None:  # type: ignore[no-untyped-def]
    button = make(qtbot, "+448088004040", "US")
    assert button.text() == "+44 808 800 4040"
    assert button.format_button.isHidden()


def test_hours_and_warning_are_shown_and_read_out(qtbot) -> None:  # type: ignore[no-untyped-def]
    button = make(qtbot, hours="Hours: Monday to Friday", warning="Please confirm this number.")
    assert [label.text() for label in button.details] == [
        "Hours: Monday to Friday",
        "Please confirm this number.",
    ]
    assert button.number_button.accessibleDescription() == (
        "Hours: Monday to Friday Please confirm this number."
    )
    assert button.focusProxy() is button.number_button


def test_buttons_are_big_enough_and_named(qtbot) -> None:  # type: ignore[no-untyped-def]
    button = make(qtbot)
    button.show()
    qtbot.waitExposed(button)
    for child in (button.number_button, button.format_button):
        assert child.height() >= 44
        assert child.accessibleName()
    assert QApplication.instance() is not None
