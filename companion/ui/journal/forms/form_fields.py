"""The fields the journal forms are made of: a time with "Now", 0-4 ratings as big buttons,
a few exclusive choices, a notes box. Palette-aware, so they work in dark mode."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from companion.ui.widgets.entry_forms import TARGET_HEIGHT, big_button, from_utc, to_utc
from companion.ui.widgets.fit.flow_layout import FlowLayout

#: Chosen toggle buttons take the palette's highlight, so a choice is plain in light and dark.
CHOICE_STYLE = """
QPushButton[choice="true"] {
    border: 1px solid palette(mid); border-radius: 6px; padding: 6px 10px;
    background: palette(button); color: palette(button-text);
}
QPushButton[choice="true"]:hover { border: 1px solid palette(highlight); }
QPushButton[choice="true"]:checked {
    background: palette(highlight); color: palette(highlighted-text);
    border: 1px solid palette(highlight); font-weight: bold;
}
QPushButton[choice="true"]:focus { border: 3px solid palette(link); }
"""


def choice_button(text: str, accessible: str, parent: QWidget | None = None) -> QPushButton:
    """A checkable, auto-exclusive button for picking one of a few (arrow keys move along)."""
    button = QPushButton(text, parent)
    button.setCheckable(True)
    button.setAutoExclusive(True)
    button.setMinimumHeight(TARGET_HEIGHT)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    button.setAccessibleName(accessible)
    button.setProperty("choice", True)
    button.setStyleSheet(CHOICE_STYLE)
    return button


class WhenField(QWidget):
    """A date and time (the computer's zone) with a big "Now" button; values are aware UTC."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateTimeEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("ddd d MMM yyyy  hh:mm")
        self.edit.setMinimumHeight(TARGET_HEIGHT)
        self.edit.setAccessibleName(name)
        self.now_button = big_button(self.tr("Now"), self.tr("%1: set to now").replace("%1", name))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.now_button)
        self.now_button.clicked.connect(self.set_now)
        self.setFocusProxy(self.edit)
        self.set_now()

    def set_now(self) -> None:
        now = QDateTime.currentDateTime()
        now.setTime(now.time().addMSecs(-now.time().msec()))
        self.edit.setDateTime(now)

    def value(self) -> datetime:
        return to_utc(self.edit.dateTime())

    def set_value(self, moment: datetime) -> None:
        self.edit.setDateTime(from_utc(moment))


class ScaleField(QWidget):
    """A 0-4 rating as a row of big toggle buttons, one word each (arrow keys move along).

    An optional scale adds "Not rated" so the choice can be taken back.
    """

    changed = Signal()

    def __init__(
        self, name: str, words: Sequence[str], *, optional: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._name = name
        self.buttons: list[QPushButton] = []
        layout = FlowLayout(self, spacing=4, grid=True)  # a second row when narrow
        choices: list[tuple[int | None, str]] = list(enumerate(words))
        if optional:
            choices.insert(0, (None, self.tr("Not rated")))
        for value, word in choices:
            button = choice_button(word, f"{name}: {word}", self)
            if value is not None:
                button.setToolTip(self.tr("%1 of 4").replace("%1", str(value)))
            button.setProperty("scale_value", value)
            button.toggled.connect(self._on_toggled)
            layout.addWidget(button)
            self.buttons.append(button)
        if optional:
            self.buttons[0].setChecked(True)
        self.setFocusProxy(self.buttons[0])

    def _on_toggled(self, checked: bool) -> None:
        if checked:
            self.changed.emit()

    def button_for(self, value: int | None) -> QPushButton:
        for button in self.buttons:
            if button.property("scale_value") == value:
                return button
        raise KeyError(value)

    def value(self) -> int | None:
        for button in self.buttons:
            if button.isChecked():
                result = button.property("scale_value")
                return None if result is None else int(result)
        return None

    def set_value(self, value: int | None) -> None:
        try:
            self.button_for(value).setChecked(True)
        except KeyError:
            for button in self.buttons:  # a required scale with nothing chosen yet
                button.setAutoExclusive(False)
                button.setChecked(False)
                button.setAutoExclusive(True)


class ChoiceButtons(QWidget):
    """A few exclusive choices as big toggle buttons (who reported it, how it was taken)."""

    def __init__(
        self, name: str, choices: Sequence[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.buttons: dict[str, QPushButton] = {}
        layout = FlowLayout(self, spacing=4, grid=True)  # a second row when narrow
        for key, text in choices:
            button = choice_button(text, f"{name}: {text}", self)
            layout.addWidget(button)
            self.buttons[key] = button
        first = next(iter(self.buttons.values()))
        first.setChecked(True)
        self.setFocusProxy(first)

    def value(self) -> str:
        for key, button in self.buttons.items():
            if button.isChecked():
                return key
        return next(iter(self.buttons))

    def set_value(self, key: str) -> None:
        if key in self.buttons:
            self.buttons[key].setChecked(True)


def multiline(name: str, placeholder: str = "", parent: QWidget | None = None) -> QPlainTextEdit:
    """A notes box: Tab moves on (it never types a tab), Ctrl+Enter saves the form."""
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setMinimumHeight(TARGET_HEIGHT * 2)
    edit.setMaximumHeight(TARGET_HEIGHT * 4)
    return edit
