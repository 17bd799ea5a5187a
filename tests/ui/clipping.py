"""Find text that does not fit its room: the measure behind "render it small, nothing is cut".

`clipped(widget)` walks every visible label, button, tick box, radio button, group box title,
line-edit placeholder, combo box and tab under `widget` and returns one sentence per offender.
Each text is measured with its own font's metrics against the geometry it was given:

- a word-wrapped label is cut when `heightForWidth(width)` is taller than its height, or when
  one word is wider than the label;
- a single-line text (label, button, tab, title, placeholder) is cut when its advance is wider
  than the room its style gives it, or its lines taller than that room;
- a widget is cut when an ancestor's edge crosses it (a layout squeezed past its minimum).
  An ancestor that is a scroll area's viewport is scrolling, not cutting, so by default that
  counts only for the widgets named in `must_show`: for those, any part outside the visible
  region of the window (scrolled away included) is an offence.

An empty list means everything fits.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6 import QtGui
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionGroupBox,
    QTabBar,
    QToolButton,
    QWidget,
)

SLACK = 1  # pixels of rounding forgiven


def clipped(widget: QWidget, must_show: Iterable[QWidget] = ()) -> list[str]:
    """One description per visible text under `widget` that does not fit where it is shown."""
    required = set(map(id, must_show))
    found: list[str] = []
    for each in [widget, *widget.findChildren(QWidget)]:
        if each is not widget and not each.isVisibleTo(widget):
            continue
        if each is widget and not widget.isVisible() and not widget.isWindow():
            continue
        problem = _text_problem(each)
        if problem is None and _has_text(each):
            problem = _cut_by_ancestor(each, must=id(each) in required)
        elif problem is None and id(each) in required:
            problem = _cut_by_ancestor(each, must=True)
        if problem is not None:
            found.append(f"{_name(each)}: {problem}")
    return found


def _name(widget: QWidget) -> str:
    label = _visible_text(widget) or widget.accessibleName()
    short = label if len(label) <= 50 else label[:47] + "..."
    name = widget.objectName()
    return f"{type(widget).__name__}{f' {name!r}' if name else ''} {short!r}"


def _visible_text(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        return _plain(widget.text(), widget.textFormat())
    if isinstance(widget, QAbstractButton):
        return _strip_mnemonic(widget.text())
    if isinstance(widget, QGroupBox):
        return _strip_mnemonic(widget.title())
    if isinstance(widget, QLineEdit):
        return widget.text() or widget.placeholderText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QTabBar):
        return " | ".join(widget.tabText(i) for i in range(widget.count()))
    return ""


def _has_text(widget: QWidget) -> bool:
    return bool(_visible_text(widget).strip())


def _strip_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _plain(text: str, text_format: Qt.TextFormat) -> str:
    if _is_rich(text, text_format):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def _is_rich(text: str, text_format: Qt.TextFormat) -> bool:
    if text_format == Qt.TextFormat.RichText:
        return True
    return text_format == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)


def _text_problem(widget: QWidget) -> str | None:
    if isinstance(widget, QLabel):
        return _label_problem(widget)
    if isinstance(widget, QCheckBox | QRadioButton):
        return _tick_problem(widget)
    if isinstance(widget, QPushButton):
        return _push_problem(widget)
    if isinstance(widget, QToolButton):
        return _tool_problem(widget)
    if isinstance(widget, QGroupBox):
        return _group_problem(widget)
    if isinstance(widget, QLineEdit):
        return _placeholder_problem(widget)
    if isinstance(widget, QComboBox):
        return _combo_problem(widget)
    if isinstance(widget, QTabBar):
        return _tabs_problem(widget)
    return None


def _compare(need_w: int, need_h: int, room: QRect) -> str | None:
    if need_w > room.width() + SLACK:
        return f"text needs {need_w} px wide, has {room.width()}"
    if need_h > room.height() + SLACK:
        return f"text needs {need_h} px tall, has {room.height()}"
    return None


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text.strip():
        return None
    room = label.contentsRect()
    margin = label.margin()
    room.adjust(margin, margin, -margin, -margin)
    metrics = QFontMetrics(label.font())
    rich = _is_rich(text, label.textFormat())
    if label.wordWrap():
        # Qt breaks a word longer than the line anywhere, so the height says it all.
        need_h = label.heightForWidth(label.width())
        if need_h > label.height() + SLACK:
            return f"wrapped text needs {need_h} px tall, has {label.height()}"
        return None
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        need_w = int(document.idealWidth() + 0.999)
        need_h = int(document.size().height() + 0.999)
    else:
        size = metrics.size(Qt.TextFlag.TextShowMnemonic if label.buddy() else 0, text)
        need_w, need_h = size.width(), size.height()
    return _compare(need_w, need_h, room)


def _button_text_size(button: QAbstractButton) -> tuple[int, int]:
    text = button.text()
    if not text:
        return 0, 0
    size = QFontMetrics(button.font()).size(Qt.TextFlag.TextShowMnemonic, text)
    width = size.width()
    if not button.icon().isNull():
        width += button.iconSize().width() + 4
    return width, size.height()


def _tick_problem(button: QCheckBox | QRadioButton) -> str | None:
    if not button.text():
        return None
    option = QStyleOptionButton()
    button.initStyleOption(option)
    element = (
        QStyle.SubElement.SE_CheckBoxContents
        if isinstance(button, QCheckBox)
        else QStyle.SubElement.SE_RadioButtonContents
    )
    room = button.style().subElementRect(element, option, button)
    room = room.intersected(button.rect())
    need_w, need_h = _button_text_size(button)
    return _compare(need_w, need_h, room)


def _push_problem(button: QPushButton) -> str | None:
    if not button.text():
        return None
    option = QStyleOptionButton()
    button.initStyleOption(option)
    style = button.style()
    room = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
    inset = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, option, button) // 2
    room.adjust(inset, 0, -inset, 0)
    if button.menu() is not None:
        room.adjust(
            0, 0, -style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button), 0
        )
    need_w, need_h = _button_text_size(button)
    return _compare(need_w, need_h, room)


def _tool_problem(button: QToolButton) -> str | None:
    style = button.toolButtonStyle()
    if not button.text() or style == Qt.ToolButtonStyle.ToolButtonIconOnly:
        return None
    if style == Qt.ToolButtonStyle.ToolButtonFollowStyle and not button.icon().isNull():
        return None  # shows its icon
    text = QFontMetrics(button.font()).size(Qt.TextFlag.TextShowMnemonic, button.text())
    need_w, need_h = text.width(), text.height()
    has_icon = not button.icon().isNull()
    if has_icon and style == Qt.ToolButtonStyle.ToolButtonTextBesideIcon:
        need_w += button.iconSize().width() + 4
    if has_icon and style == Qt.ToolButtonStyle.ToolButtonTextUnderIcon:
        need_h += button.iconSize().height() + 4
    room = button.rect().adjusted(3, 2, -3, -2)
    return _compare(need_w, need_h, room)


def _group_problem(group: QGroupBox) -> str | None:
    if not group.title():
        return None
    option = QStyleOptionGroupBox()
    group.initStyleOption(option)
    label = group.style().subControlRect(
        QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, group
    )
    if label.right() > group.rect().right() + SLACK:
        return f"title needs {label.right() + 1} px wide, has {group.width()}"
    return None


def _placeholder_problem(edit: QLineEdit) -> str | None:
    if edit.text() or not edit.placeholderText():
        return None
    parent = edit.parentWidget()
    if isinstance(parent, QComboBox):
        return None
    room = edit.contentsRect()
    margins = edit.textMargins()
    room.adjust(margins.left() + 2, margins.top(), -margins.right() - 2, -margins.bottom())
    for action in edit.actions():
        if action.isVisible():
            room.adjust(0, 0, -(room.height() + 4), 0)  # a clear button or icon takes a square
    metrics = QFontMetrics(edit.font())
    need_w = metrics.horizontalAdvance(edit.placeholderText())
    return _compare(need_w, metrics.height(), room)


def _combo_problem(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    room = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    metrics = QFontMetrics(combo.font())
    need_w = metrics.horizontalAdvance(text)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        need_w += combo.iconSize().width() + 4
    return _compare(need_w, metrics.height(), room)


def _tabs_problem(bar: QTabBar) -> str | None:
    metrics = QFontMetrics(bar.font())
    space = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    problems = []
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = _strip_mnemonic(bar.tabText(index))
        rect = bar.tabRect(index)
        need = metrics.horizontalAdvance(text) + space
        if not bar.tabIcon(index).isNull():
            need += bar.iconSize().width() + 4
        if need > rect.width() + SLACK:
            problems.append(f"tab {text!r} needs {need} px wide, has {rect.width()}")
        elif not bar.rect().contains(rect):
            problems.append(f"tab {text!r} is outside the tab bar")
    return "; ".join(problems) or None


def _cut_by_ancestor(widget: QWidget, must: bool) -> str | None:
    """Whether some ancestor's edge hides part of `widget` (scrolling only counts if `must`)."""
    if widget.isWindow() or widget.width() <= 0 or widget.height() <= 0:
        return None
    window = widget.window()
    full = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    shown = QRect(full)
    parent = widget.parentWidget()
    while parent is not None:
        origin = parent.mapTo(window, QPoint(0, 0)) if parent is not window else QPoint(0, 0)
        area = QRect(origin, parent.size())
        if not must and _is_viewport(parent):
            full = full.intersected(area)  # scrolled away, not cut
            if full.isEmpty():
                return None
        shown = shown.intersected(area)
        if parent is window:
            break
        parent = parent.parentWidget()
    if shown == full:
        return None
    if shown.isEmpty():
        return "entirely outside the visible area"
    return (
        f"only {shown.width()}x{shown.height()} of its {full.width()}x{full.height()} "
        "px is inside the visible area"
    )


def _is_viewport(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget
